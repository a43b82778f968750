import { parseAnswers, normalisePhone } from '../../../src/core/intake/parse';
import { validAnswers } from '../../fixtures/answers';

const fieldsOf = (over: Partial<Record<string, string>>) => parseAnswers(validAnswers(over)).fields;

describe('parseAnswers: choices and counts', () => {
  it('reads each platform choice and keeps an unknown one aside', () => {
    expect(fieldsOf({ Platform: 'Google Meet' }).platform).toBe('meet');
    expect(fieldsOf({ Platform: 'Lainnya (Teams)' }).platform).toBe('lainnya');
    const unknown = parseAnswers(validAnswers({ Platform: 'Webex' }));
    expect(unknown.fields.platform).toBe('');
    expect(unknown.unreadable).toEqual({ platform: 'Webex' });
  });
  it('reads Ya, y, yes, true and perlu as yes, anything else as no', () => {
    for (const yes of ['Ya', 'y', 'YES', 'true', 'Perlu'])
      expect(fieldsOf({ 'Perlu ruang rapat': yes }).needsRoom).toBe(true);
    for (const no of ['Tidak', 'n', 'tidak perlu', ''])
      expect(fieldsOf({ 'Perlu ruang rapat': no }).needsRoom).toBe(false);
  });
  it('reads a participant count with thousands dots and a unit word, refuses anything else', () => {
    expect(fieldsOf({ 'Perkiraan jumlah peserta': '1.500 peserta' }).participants).toBe(1500);
    expect(fieldsOf({ 'Perkiraan jumlah peserta': '150 orang' }).participants).toBe(150);
    expect(fieldsOf({ 'Perkiraan jumlah peserta': '9999999' }).participants).toBe(9999999);
    for (const bad of ['12345678', '12a', 'a12']) {
      const r = parseAnswers(validAnswers({ 'Perkiraan jumlah peserta': bad }));
      expect([r.fields.participants, r.unreadable]).toEqual([null, { participants: bad }]);
    }
  });
});

describe('parseAnswers: text, titles and missing answers', () => {
  it('joins checkbox answers with a comma and keeps up to 4000 characters of an answer', () => {
    expect(parseAnswers(validAnswers({ Keterangan: ['Ruang A', 'Ruang B'] as unknown as string })).fields.notes).toBe(
      'Ruang A, Ruang B',
    );
    expect(fieldsOf({ Keterangan: 'x'.repeat(4500) }).notes).toBe('x'.repeat(4000));
    const long = ['a'.repeat(2500), 'b'.repeat(2500)] as unknown as string;
    expect(parseAnswers(validAnswers({ Keterangan: long })).fields.notes).toBe(
      `${'a'.repeat(2500)}, ${'b'.repeat(1498)}`,
    );
  });
  it('matches a title with stray spaces and does not list it as extra', () => {
    const answers: Record<string, string> = { ...validAnswers(), ' Judul kegiatan ': 'Rapat Evaluasi' };
    delete answers['Judul kegiatan'];
    const r = parseAnswers(answers);
    expect(r.fields.title).toBe('Rapat Evaluasi');
    expect(r.extraTitles).toEqual([]);
  });
  it('gives empty fields, nothing unreadable and no extras for an empty answer set', () => {
    expect(parseAnswers({})).toEqual({
      fields: {
        applicantName: '',
        agency: '',
        position: '',
        email: '',
        phone: '',
        letterNumber: '',
        letterDate: '',
        srikandiNumber: '',
        title: '',
        eventDate: '',
        startTime: '',
        endTime: '',
        platform: '',
        participants: null,
        needsRoom: false,
        needsOperator: false,
        needsRecording: false,
        notes: '',
      },
      extraTitles: [],
      unreadable: {},
    });
  });
  it('keeps a phone that is not an Indonesian number as typed and reports it unreadable', () => {
    const r = parseAnswers(validAnswers({ 'Nomor WhatsApp': '12345' }));
    expect(r.fields.phone).toBe('12345');
    expect(r.unreadable).toEqual({ phone: '12345' });
  });
});

describe('normalisePhone: the whole number must fit', () => {
  it.each([
    ['0812 3456 7', '6281234567'],
    ['0812 3456 7890 12', '628123456789012'],
    ['081234567890123', null],
    ['ab6281234567890', null],
    ['9962812345678', null],
  ])('%s → %s', (input, out) => expect(normalisePhone(input)).toBe(out));
});
