import { LETTER_SECTIONS, toLetterRequest, validateLetter } from '../../src/ui/letter';
import type { LetterRequestDto } from '../../src/shared/rpc';

const valid: LetterRequestDto = {
  applicantName: 'Rina',
  agency: 'Bappelitbang',
  position: '',
  email: 'rina@bandung.go.id',
  phone: '0812 3456 7890',
  letterNumber: '005/123',
  letterDate: '2026-01-02',
  srikandiNumber: '',
  title: 'Rapat',
  eventDate: '2026-01-05',
  startTime: '09:00',
  endTime: '11:00',
  platform: 'Zoom',
  participants: '40',
  needsRoom: false,
  needsOperator: true,
  needsRecording: false,
  notes: '',
};

describe('toLetterRequest', () => {
  test('trims text, fills missing text with "", and reads checkboxes only when true', () => {
    const dto = toLetterRequest({
      applicantName: '  Rina ',
      agency: 'OPD',
      needsRoom: true,
      needsOperator: 'true',
      platform: 'Zoom',
    });
    expect(dto).toEqual({
      applicantName: 'Rina',
      agency: 'OPD',
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
      platform: 'Zoom',
      participants: '',
      needsRoom: true,
      needsOperator: false,
      needsRecording: false,
      notes: '',
    });
  });
  test('the form has one input per LetterRequestDto field, all labelled in Indonesian', () => {
    const names = LETTER_SECTIONS.flatMap((s) => s.fields.map((f) => f.name)).sort();
    expect(names).toEqual(Object.keys(valid).sort());
    const labels = Object.fromEntries(LETTER_SECTIONS.flatMap((s) => s.fields.map((f) => [f.name, f.label])));
    expect(labels).toMatchObject({
      srikandiNumber: 'Nomor SRIKANDI',
      participants: 'Perkiraan jumlah peserta',
      phone: 'Nomor WhatsApp',
    });
  });
});

describe('validateLetter', () => {
  test('a complete letter passes', () => {
    expect(validateLetter(valid)).toEqual({});
  });
  test('an empty letter names every required field and the missing letter number', () => {
    expect(validateLetter(toLetterRequest({}))).toEqual({
      applicantName: 'Isi nama pemohon.',
      agency: 'Isi instansi/OPD.',
      title: 'Isi judul kegiatan.',
      eventDate: 'Isi tanggal kegiatan.',
      startTime: 'Isi jam mulai.',
      endTime: 'Isi jam selesai.',
      platform: 'Pilih platform.',
      letterNumber: 'Isi nomor surat atau nomor SRIKANDI.',
    });
  });
  test('a SRIKANDI number alone is enough', () => {
    expect(validateLetter({ ...valid, letterNumber: '', srikandiNumber: 'B/1/2026' })).toEqual({});
  });
  test('unreadable email, phone, times and counts are named', () => {
    expect(
      validateLetter({ ...valid, email: 'rina@', phone: '08-abc', endTime: '08:00', participants: 'banyak' }),
    ).toEqual({
      email: 'Format email tidak benar, contoh: nama@instansi.go.id.',
      phone: 'Nomor WhatsApp hanya berisi angka, contoh: 081234567890.',
      endTime: 'Jam selesai harus setelah jam mulai.',
      participants: 'Perkiraan jumlah peserta harus berupa angka.',
    });
    expect(validateLetter({ ...valid, startTime: '25:00', platform: 'Webex' })).toEqual({
      startTime: 'Jam mulai tidak terbaca (JJ:MM).',
      platform: 'Pilih Zoom, Google Meet, atau Lainnya.',
    });
  });
});
