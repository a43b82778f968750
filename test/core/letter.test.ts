import {
  DEFAULT_LETTER_TEMPLATES,
  LETTER_KINDS,
  LETTER_PLACEHOLDERS,
  checkLetterNumberPattern,
  checkPlaceholders,
  formatLetterNumber,
  letterFields,
  nextLetterSeq,
  placeholderProblems,
  placeholderRegexSource,
  scanPlaceholders,
  type LetterExtras,
} from '../../src/core/letter';
import { emptyAssignments, type VcRequest } from '../../src/core/request';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';

/** A Tarakan (WITA) request for Monday 5 January 2026, approved with a Zoom meeting. */
function tarakanRequest(over: Partial<VcRequest> = {}): VcRequest {
  return {
    ...emptyAssignments(),
    id: 'VC-2026-0001',
    receivedAt: '2026-01-02T01:00:00.000Z',
    source: 'letter',
    responseRef: 'surat:x',
    status: 'Disetujui',
    presetId: '001-tarakan',
    presetVersion: 1,
    stepId: 'draft',
    stepSince: '2026-01-02T01:00:00.000Z',
    version: 3,
    warnings: [],
    problems: [],
    note: '',
    editUrl: '',
    pending: [],
    applicantName: 'Siti Aminah',
    agency: 'Bappeda Kota Tarakan',
    position: 'Kepala',
    email: 'siti@example.go.id',
    phone: '6281234567890',
    letterNumber: '005/12/Bappeda',
    letterDate: '2025-12-29',
    srikandiNumber: '',
    title: 'Rapat Koordinasi Stunting',
    eventDate: '2026-01-05',
    startTime: '09:00',
    endTime: '11:00',
    platform: 'zoom',
    participants: 50,
    needsRoom: false,
    needsOperator: true,
    needsRecording: false,
    notes: '',
    meetingId: '81234567890',
    joinUrl: 'https://us02web.zoom.us/j/81234567890?pwd=Abc',
    passcode: 'ab3Cd5Ef',
    ...over,
  };
}

const tarakanSettings: Settings = {
  ...DEFAULT_SETTINGS,
  officeName: 'Dinas Komunikasi, Informatika, Statistik dan Persandian',
  timeZone: 'Asia/Makassar',
};

const extras: LetterExtras = {
  letterNumber: '7/555/Diskominfo/I/2026',
  letterDate: '2026-01-03',
  signer: { name: 'Drs. Budi Santoso', position: 'Kepala Dinas', nip: '197001011990031001' },
  office: { government: 'PEMERINTAH KOTA TARAKAN', address: 'Jl. Sudirman No. 1, Tarakan', city: 'Tarakan' },
};

const PATTERN = '{seq}/{kode}/Diskominfo/{bulan_romawi}/{tahun}';

describe('formatLetterNumber', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [12, 'XII'],
  ])('month %i → %s', (month, roman) => {
    expect(formatLetterNumber(PATTERN, { seq: 7, code: '555', month, year: 2026 })).toBe(
      `7/555/Diskominfo/${roman}/2026`,
    );
  });

  it('supports {seq3} and {bulan}', () => {
    expect(formatLetterNumber('{seq3}.{bulan}/{kode}/{tahun}', { seq: 7, code: '400.14', month: 3, year: 2026 })).toBe(
      '007.03/400.14/2026',
    );
  });

  it('refuses a sequence number below 1 or not whole, and accepts 1', () => {
    const parts = { code: '555', month: 1, year: 2026 };
    for (const seq of [0, -1, 1.5, Number.NaN])
      expect(() => formatLetterNumber(PATTERN, { ...parts, seq })).toThrow(`Nomor urut surat tidak valid: ${seq}.`);
    expect(formatLetterNumber(PATTERN, { ...parts, seq: 1 })).toBe('1/555/Diskominfo/I/2026');
  });

  it('rejects unknown tokens with an Indonesian message', () => {
    expect(() => formatLetterNumber('{seq}/{kodee}/{tahun}', { seq: 1, code: 'x', month: 1, year: 2026 })).toThrow(
      /tidak dikenal: \{kodee\}/,
    );
    expect(checkLetterNumberPattern('{kode}/{tahun}')).toMatch(/\{seq\}/);
    expect(checkLetterNumberPattern(PATTERN)).toBeNull();
  });

  it('names every unknown token and lists the known ones, comma-separated', () => {
    expect(checkLetterNumberPattern('{seq}/{kodee}/{thn}')).toBe(
      'Pola nomor surat memuat kode yang tidak dikenal: {kodee}, {thn}. Kode yang dikenal: {seq}, {seq3}, {kode}, {bulan_romawi}, {bulan}, {tahun}.',
    );
  });

  it('a pattern without any token still needs a sequence number', () => {
    expect(checkLetterNumberPattern('Diskominfo/2026')).toBe(
      'Pola nomor surat harus memuat {seq} atau {seq3} (nomor urut).',
    );
  });
});

describe('nextLetterSeq', () => {
  it('is sequential per year and never reuses a voided number', () => {
    const issued = [
      { number: '1/555/Diskominfo/XII/2025', year: 2025, seq: 41, void: false },
      { number: '1/555/Diskominfo/I/2026', year: 2026, seq: 1, void: false },
      { number: '2/555/Diskominfo/I/2026', year: 2026, seq: 2, void: true },
    ];
    expect(nextLetterSeq(issued, 2026)).toBe(3);
    expect(nextLetterSeq(issued, 2025)).toBe(42);
    expect(nextLetterSeq(issued, 2027)).toBe(1);
    expect(nextLetterSeq([], 2026)).toBe(1);
  });
});

describe('letterFields', () => {
  it('fills every placeholder with Indonesian dates and the zone', () => {
    const fields = letterFields(tarakanRequest(), tarakanSettings, extras);
    expect(Object.keys(fields).sort()).toEqual([...LETTER_PLACEHOLDERS].sort());
    expect(fields.tanggal_kegiatan).toBe('Senin, 5 Januari 2026');
    expect(fields.jam).toBe('09.00–11.00 WITA');
    expect(fields.tanggal_surat).toBe('3 Januari 2026');
    expect(fields.tanggal_surat_permohonan).toBe('29 Desember 2025');
    expect(fields.rujukan).toBe('surat Saudara Nomor 005/12/Bappeda tanggal 29 Desember 2025');
    expect(fields.nomor_surat_permohonan).toBe('005/12/Bappeda');
    expect(fields.id_rapat).toBe('812 3456 7890');
    expect(fields.platform).toBe('Zoom');
  });

  it('refers to the form when there is no letter, and never prints a start URL', () => {
    const f = letterFields(
      tarakanRequest({ letterNumber: '', letterDate: '', joinUrl: 'https://zoom.us/s/1?zak=x' }),
      tarakanSettings,
      extras,
    );
    expect(f.rujukan).toBe('permohonan Saudara melalui formulir Nomor VC-2026-0001 tanggal 2 Januari 2026');
    expect(f.tautan).toBe('');
    expect([f.nomor_surat_permohonan, f.tanggal_surat_permohonan]).toEqual(['', '']);
  });

  it('refers to the form by number alone when the receipt time is unknown', () => {
    const f = letterFields(
      tarakanRequest({ letterNumber: '', letterDate: '', receivedAt: '' }),
      tarakanSettings,
      extras,
    );
    expect(f.rujukan).toBe('permohonan Saudara melalui formulir Nomor VC-2026-0001');
  });

  it('a letter number without a readable date is cited without one', () => {
    for (const letterDate of ['', '29/12/2025']) {
      const f = letterFields(tarakanRequest({ letterDate }), tarakanSettings, extras);
      expect([f.rujukan, f.tanggal_surat_permohonan]).toEqual(['surat Saudara Nomor 005/12/Bappeda', '']);
    }
  });

  it('a request sent through SRIKANDI is cited by its SRIKANDI number; a letter number comes first', () => {
    const srikandi = letterFields(
      tarakanRequest({ letterNumber: '', letterDate: '', srikandiNumber: 'B-45/SRK/2026' }),
      tarakanSettings,
      extras,
    );
    expect([srikandi.rujukan, srikandi.nomor_surat_permohonan]).toEqual([
      'surat Saudara melalui SRIKANDI Nomor B-45/SRK/2026',
      'B-45/SRK/2026',
    ]);
    const both = letterFields(tarakanRequest({ srikandiNumber: 'B-45/SRK/2026' }), tarakanSettings, extras);
    expect([both.rujukan, both.nomor_surat_permohonan]).toEqual([
      'surat Saudara Nomor 005/12/Bappeda tanggal 29 Desember 2025',
      '005/12/Bappeda',
    ]);
  });

  it('leaves the hours, the platform and the letterhead empty (missing) while they are not known', () => {
    const noEnd = letterFields(tarakanRequest({ endTime: '' }), tarakanSettings, extras);
    const noStart = letterFields(tarakanRequest({ startTime: '' }), tarakanSettings, extras);
    const bare = letterFields(tarakanRequest({ startTime: '', endTime: '', platform: '' }), tarakanSettings, {
      ...extras,
      office: undefined,
    });
    expect([noEnd.jam, noStart.jam, bare.jam]).toEqual(['', '', '']);
    expect([bare.platform, bare.kota, bare.pemerintah, bare.alamat_kantor]).toEqual(['', '', '', '']);
    expect(checkPlaceholders(DEFAULT_LETTER_TEMPLATES.persetujuan, bare).missing).toEqual([
      'pemerintah',
      'alamat_kantor',
      'kota',
      'jam',
      'platform',
    ]);
  });

  it('a Google Meet has no passcode: the letter says so instead of waiting for one', () => {
    const meet = tarakanRequest({
      platform: 'meet',
      joinUrl: 'https://meet.google.com/abc-defg-hij',
      meetingId: 'abc-defg-hij',
      passcode: '',
    });
    const f = letterFields(meet, tarakanSettings, extras);
    expect([f.kode_sandi, f.platform, f.tautan]).toEqual([
      'tidak ada',
      'Google Meet',
      'https://meet.google.com/abc-defg-hij',
    ]);
    expect(checkPlaceholders(DEFAULT_LETTER_TEMPLATES.persetujuan, f)).toEqual({ unknown: [], missing: [] });
    const typed = letterFields({ ...meet, platform: 'lainnya', meetingId: '' }, tarakanSettings, extras);
    expect([typed.id_rapat, typed.kode_sandi]).toEqual(['tidak ada', 'tidak ada']);
  });

  it('before the meeting exists, its ID and passcode are missing, not "tidak ada"', () => {
    const f = letterFields(tarakanRequest({ joinUrl: '', meetingId: '', passcode: '' }), tarakanSettings, extras);
    expect([f.id_rapat, f.kode_sandi]).toEqual(['', '']);
    expect(checkPlaceholders(DEFAULT_LETTER_TEMPLATES.persetujuan, f).missing).toEqual(
      expect.arrayContaining(['id_rapat', 'kode_sandi']),
    );
  });

  it('every default template is fully served by the fields', () => {
    const fields = letterFields(tarakanRequest(), tarakanSettings, extras);
    for (const kind of LETTER_KINDS) {
      const check = checkPlaceholders(DEFAULT_LETTER_TEMPLATES[kind], { ...fields, alasan: 'Akun Zoom penuh' });
      expect(check).toEqual({ unknown: [], missing: [] });
    }
  });
});

describe('placeholders', () => {
  it('scans each name once, in order, spaces inside braces allowed', () => {
    expect(scanPlaceholders('{{a}} {{ b }} {{a}} {c} {{d_1}}')).toEqual(['a', 'b', 'd_1']);
  });

  it('reports unknown and missing placeholders', () => {
    const check = checkPlaceholders('{{nomor_surat}} {{nama_pemohn}} {{alasan}}', { nomor_surat: '1/2', alasan: '  ' });
    expect(check).toEqual({ unknown: ['nama_pemohn'], missing: ['alasan'] });
  });

  it('says, one line per placeholder, which is misspelt and which has no data', () => {
    expect(placeholderProblems({ unknown: ['nama_pemohn'], missing: ['alasan', 'nip'] })).toEqual([
      'Templat memuat {{nama_pemohn}} yang tidak dikenal; perbaiki ejaannya di templat. Bagian itu dikosongkan.',
      'Data untuk {{alasan}} belum ada; lengkapi lalu buat ulang surat. Bagian itu dikosongkan.',
      'Data untuk {{nip}} belum ada; lengkapi lalu buat ulang surat. Bagian itu dikosongkan.',
    ]);
    expect(placeholderProblems({ unknown: [], missing: [] })).toEqual([]);
  });

  it('the regex source matches the placeholder and escapes the name', () => {
    const re = new RegExp(placeholderRegexSource('nip'), 'g');
    expect('NIP. {{nip}} / {{ nip }} / {{nipx}}'.replace(re, 'X')).toBe('NIP. X / X / {{nipx}}');
    expect(placeholderRegexSource('a.b')).toBe('\\{\\{\\s*a\\.b\\s*\\}\\}');
  });
});
