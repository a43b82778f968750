import { buildActionInput, needsForm, noteRequired } from '../../src/ui/action-input';
import type { ActionDto } from '../../src/shared/rpc';

const action = (requires: ActionDto['requires'] = [], negative = false): ActionDto => ({
  id: 'x',
  label: 'X',
  requires,
  negative,
});

describe('which actions ask first', () => {
  test('a plain positive action runs at once; negative or input-requiring ones ask', () => {
    expect(needsForm(action())).toBe(false);
    expect(needsForm(action([], true))).toBe(true);
    expect(needsForm(action(['operator']))).toBe(true);
  });
  test('the note is mandatory for negative actions and when required', () => {
    expect(noteRequired(action([], true))).toBe(true);
    expect(noteRequired(action(['note']))).toBe(true);
    expect(noteRequired(action(['operator']))).toBe(false);
  });
});

describe('buildActionInput', () => {
  test('a negative action without a note is refused with a message', () => {
    expect(buildActionInput(action([], true), { note: '   ' })).toEqual({
      ok: false,
      errors: { note: 'Catatan wajib diisi: tuliskan alasannya.' },
    });
  });
  test('a negative action with a note passes the trimmed note', () => {
    expect(buildActionInput(action([], true), { note: '  Di luar kewenangan. ' })).toEqual({
      ok: true,
      input: { note: 'Di luar kewenangan.' },
    });
  });
  test('a note over the limit is refused before it is sent; at the limit it passes', () => {
    expect(buildActionInput(action([], true), { note: 'x'.repeat(1001) })).toEqual({
      ok: false,
      errors: { note: 'Catatan terlalu panjang: 1001 karakter, paling banyak 1000.' },
    });
    expect(buildActionInput(action([], true), { note: 'x'.repeat(1000) })).toMatchObject({ ok: true });
  });
  test('an optional empty note is left out', () => {
    expect(buildActionInput(action(), { note: '' })).toEqual({ ok: true, input: {} });
  });
  test('operator and host must be chosen when required', () => {
    expect(buildActionInput(action(['operator', 'host']), {})).toEqual({
      ok: false,
      errors: { operator: 'Pilih operator.', host: 'Pilih akun host.' },
    });
    expect(buildActionInput(action(['operator']), { operator: 'andi@x.go.id' })).toEqual({
      ok: true,
      input: { operator: 'andi@x.go.id' },
    });
  });
  test('an alternative time needs a date and an end after the start', () => {
    const result = buildActionInput(action(['alternative']), {
      altDate: '2026-01-05',
      altStart: '11:00',
      altEnd: '10:00',
    });
    expect(result).toEqual({ ok: false, errors: { altEnd: 'Jam selesai harus setelah jam mulai.' } });
    expect(buildActionInput(action(['alternative']), { altDate: '', altStart: '9:00', altEnd: '' })).toEqual({
      ok: false,
      errors: {
        altDate: 'Isi tanggal alternatif.',
        altStart: 'Isi jam mulai alternatif.',
        altEnd: 'Isi jam selesai alternatif.',
      },
    });
    expect(
      buildActionInput(action(['alternative']), { altDate: '2026-01-05', altStart: '09:00', altEnd: '10:30' }),
    ).toEqual({
      ok: true,
      input: { alternative: { date: '2026-01-05', start: '09:00', end: '10:30' } },
    });
  });
  test('a link must be https without spaces', () => {
    expect(buildActionInput(action(['link']), { link: 'http://meet.example/abc' })).toEqual({
      ok: false,
      errors: { link: 'Tautan harus diawali https:// tanpa spasi.' },
    });
    expect(buildActionInput(action(['link']), { link: ' https://meet.example/abc ' })).toEqual({
      ok: true,
      input: { link: 'https://meet.example/abc' },
    });
  });
  test('documentation keeps filled items, needs at least one, and a numeric participant count', () => {
    expect(buildActionInput(action(['documentation']), { documentation: { notulen: ' ', foto: '' } })).toEqual({
      ok: false,
      errors: { notulen: 'Isi minimal satu data dokumentasi.' },
    });
    expect(buildActionInput(action(['documentation']), { documentation: { jumlahPeserta: 'empat puluh' } })).toEqual({
      ok: false,
      errors: { jumlahPeserta: 'Jumlah peserta harus berupa angka.' },
    });
    expect(
      buildActionInput(action(['documentation']), {
        documentation: { notulen: 'https://d/1', foto: '', jumlahPeserta: '40' },
      }),
    ).toEqual({
      ok: true,
      input: { documentation: { notulen: 'https://d/1', jumlahPeserta: '40' } },
    });
  });
});

describe("TU adds the applicant's email to a letter", () => {
  test('the email is required and must read as an address; a good one is sent trimmed', () => {
    expect(buildActionInput(action(['email']), { email: '' })).toEqual({
      ok: false,
      errors: { email: 'Isi email pemohon yang benar, contoh: nama@instansi.go.id.' },
    });
    expect(buildActionInput(action(['email']), { email: 'budi di bappeda' }).ok).toBe(false);
    expect(buildActionInput(action(['email']), { email: ' budi@bappeda.go.id ' })).toEqual({
      ok: true,
      input: { email: 'budi@bappeda.go.id' },
    });
  });
});
