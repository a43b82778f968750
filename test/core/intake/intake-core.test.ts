import { parseAnswers, normalisePhone } from '../../../src/core/intake/parse';
import { validateRequest } from '../../../src/core/intake/validate';
import { QUESTIONS } from '../../../src/core/intake/questions';
import { nextRequestNumber } from '../../../src/core/numbering';
import { sheetText, cleanText } from '../../../src/core/sheet-text';
import { validAnswers } from '../../fixtures/answers';

const NOW = new Date('2026-11-23T03:00:00Z'); // 10:00 WIB
const POLICY = { timeZone: 'Asia/Jakarta' as const, minLeadDays: 1, maxDurationHours: 8 };

describe('parseAnswers', () => {
  it('reads every field by title, whatever the order', () => {
    const shuffled = Object.fromEntries(Object.entries(validAnswers()).reverse());
    const { fields, unreadable } = parseAnswers(shuffled);
    expect(unreadable).toEqual({});
    expect(fields).toMatchObject({
      applicantName: 'Siti Rahma',
      phone: '6281234567890',
      eventDate: '2026-11-30',
      startTime: '09:00',
      endTime: '11:30',
      platform: 'zoom',
      participants: 150,
      needsRoom: false,
      needsOperator: true,
      needsRecording: true,
      letterDate: '2026-11-20',
    });
  });
  it('keeps unreadable values aside and lists extra items', () => {
    const r = parseAnswers({
      ...validAnswers({ 'Tanggal kegiatan': 'besok pagi', 'Jam mulai': '25:99' }),
      'Pertanyaan lain': 'x',
    });
    expect(r.fields.eventDate).toBe('');
    expect(r.unreadable).toEqual({ eventDate: 'besok pagi', startTime: '25:99' });
    expect(r.extraTitles).toEqual(['Pertanyaan lain']);
  });
  it('accepts Indonesian date and time spellings', () => {
    const r = parseAnswers(
      validAnswers({ 'Tanggal kegiatan': '30/11/2026', 'Jam mulai': '09.00', 'Jam selesai': '11.30 WIB' }),
    );
    expect([r.fields.eventDate, r.fields.startTime, r.fields.endTime]).toEqual(['2026-11-30', '09:00', '11:30']);
  });
});

describe('normalisePhone', () => {
  it.each([
    ['0812 3456 7890', '6281234567890'],
    ['+62 812-3456-7890', '6281234567890'],
    ['6281234567890', '6281234567890'],
    ['81234567890', '6281234567890'],
    ['12345', null],
    ['=HYPERLINK("x")', null],
  ])('%s → %s', (input, out) => expect(normalisePhone(input)).toBe(out));
});

describe('validateRequest', () => {
  it('accepts a complete request with no warnings', () => {
    expect(validateRequest(parseAnswers(validAnswers()), POLICY, NOW)).toEqual({
      problems: [],
      warnings: [],
      lead: [],
    });
  });
  it('lists every problem in Indonesian', () => {
    const r = validateRequest(
      parseAnswers(
        validAnswers({
          Email: 'bukan-email',
          'Nama pemohon': '',
          'Jam selesai': '08:00',
          'Perkiraan jumlah peserta': '0',
          Platform: '',
        }),
      ),
      POLICY,
      NOW,
    );
    expect(r.problems).toEqual(
      expect.arrayContaining([
        'Nama pemohon wajib diisi.',
        'Alamat email tidak valid.',
        'Jam selesai harus setelah jam mulai.',
        'Jumlah peserta minimal 1.',
        'Platform wajib dipilih: Zoom, Google Meet, atau Lainnya.',
      ]),
    );
  });
  it('refuses past dates, past start times today and over-long meetings', () => {
    expect(
      validateRequest(parseAnswers(validAnswers({ 'Tanggal kegiatan': '2026-11-22' })), POLICY, NOW).problems,
    ).toContain('Tanggal kegiatan sudah lewat.');
    expect(
      validateRequest(
        parseAnswers(validAnswers({ 'Tanggal kegiatan': '2026-11-23', 'Jam mulai': '09:30' })),
        POLICY,
        NOW,
      ).problems,
    ).toContain('Jam mulai kegiatan hari ini sudah lewat.');
    expect(
      validateRequest(parseAnswers(validAnswers({ 'Jam mulai': '07:00', 'Jam selesai': '16:00' })), POLICY, NOW)
        .problems,
    ).toContain('Durasi kegiatan melebihi batas 8 jam.');
  });
  it('warns (does not refuse) when the lead time is shorter than the minimum', () => {
    const r = validateRequest(
      parseAnswers(validAnswers({ 'Tanggal kegiatan': '2026-11-23', 'Jam mulai': '13:00', 'Jam selesai': '14:00' })),
      POLICY,
      NOW,
    );
    expect(r.problems).toEqual([]);
    expect(r.warnings[0]).toMatch(/pada hari kegiatan, kurang dari batas minimal H-1/);
  });
  it('uses the office zone for "today" (Jayapura is already tomorrow)', () => {
    const late = new Date('2026-11-23T16:30:00Z'); // 23:30 WIB, 01:30 WIT next day
    const a = parseAnswers(
      validAnswers({ 'Tanggal kegiatan': '2026-11-23', 'Jam mulai': '23:45', 'Jam selesai': '23:59' }),
    );
    expect(validateRequest(a, POLICY, late).problems).toEqual([]);
    expect(validateRequest(a, { ...POLICY, timeZone: 'Asia/Jayapura' }, late).problems).toContain(
      'Tanggal kegiatan sudah lewat.',
    );
  });
  it('every required question has a message when empty', () => {
    const empty = Object.fromEntries(QUESTIONS.map((q) => [q.title, '']));
    const r = validateRequest(parseAnswers(empty), POLICY, NOW);
    expect(r.problems.length).toBeGreaterThanOrEqual(QUESTIONS.filter((q) => q.required && q.kind !== 'choice').length);
  });
});

describe('validateRequest: exact problems by source', () => {
  const LETTER = { ...POLICY, source: 'letter' as const };
  it('on the FPVC requires the letter number and the email each in one sentence, never the letter notices', () => {
    const r = validateRequest(parseAnswers(validAnswers({ 'Nomor surat permohonan': '', Email: '' })), POLICY, NOW);
    // An empty email is missing, not also invalid: one sentence for each empty field.
    expect(r.problems).toEqual(['Email wajib diisi.', 'Nomor surat permohonan wajib diisi.']);
  });
  it('on a letter asks for either number, and hands a missing email to TU', () => {
    const noNumber = parseAnswers(validAnswers({ 'Nomor surat permohonan': '' }));
    expect(validateRequest(noNumber, LETTER, NOW).problems).toEqual(['Nomor surat atau nomor SRIKANDI wajib diisi.']);
    const srikandiOnly = parseAnswers({ ...validAnswers({ 'Nomor surat permohonan': '' }), 'Nomor SRIKANDI': 'SRK-9' });
    expect(validateRequest(srikandiOnly, LETTER, NOW).problems).toEqual([]);
    const noEmail = parseAnswers(validAnswers({ Email: '' }));
    expect(validateRequest(noEmail, LETTER, NOW).problems).toEqual([
      'Perlu tindak lanjut TU: email pemohon belum ada.',
    ]);
  });
  it('quotes an unreadable date, and explains an unreadable phone once', () => {
    const date = validateRequest(parseAnswers(validAnswers({ 'Tanggal kegiatan': 'besok pagi' })), POLICY, NOW);
    expect(date.problems).toEqual([
      'Tanggal kegiatan wajib diisi dengan tanggal yang benar.',
      'Tanggal kegiatan tidak terbaca: "besok pagi".',
    ]);
    const phone = validateRequest(parseAnswers(validAnswers({ 'Nomor WhatsApp': '12345' })), POLICY, NOW);
    expect(phone.problems).toEqual(['Nomor WhatsApp tidak valid; gunakan nomor Indonesia, misalnya 0812xxxxxxx.']);
  });
});

describe('numbering and sheet text', () => {
  it('gives the next gap-free number of the year, ignoring other years and junk', () => {
    expect(nextRequestNumber([], 2026)).toBe('VC-2026-0001');
    expect(nextRequestNumber(['VC-2025-0099', 'VC-2026-0007', 'VC-2026-0003', '', 'xx'], 2026)).toBe('VC-2026-0008');
    expect(nextRequestNumber(['VC-2026-9999'], 2026)).toBe('VC-2026-10000');
  });
  it('prefixes every typed string so Sheets keeps it as text', () => {
    expect(sheetText('=IMPORTXML("http://x","//a")')).toBe(`'=IMPORTXML("http://x","//a")`);
    expect(sheetText('+6281234')).toBe("'+6281234");
    expect(sheetText('')).toBe('');
    expect(cleanText('  a\u0000b\u0007 ')).toBe('ab');
  });
});
