/** Paper and SRIKANDI letters entered from the sidebar: one request per letter, the same checks as the form. */
import { submitLetter } from '../../src/app/incoming-letter';
import type { LetterRequestDto } from '../../src/shared/rpc';
import { world } from './fakes';
import { validLetter } from '../fixtures/letter';

const LETTER: LetterRequestDto = validLetter({
  applicantName: 'Budi',
  srikandiNumber: '',
  eventDate: '2026-12-01',
  needsRoom: true,
  needsRecording: true,
  notes: 'Mohon disiapkan.',
});

function entered(letter: LetterRequestDto = LETTER) {
  const w = world();
  w.as('tu@kominfo.go.id');
  w.users.push({ email: 'tu@kominfo.go.id', name: 'TU', nip: '', roles: ['tu'], active: true, isAdmin: false });
  return { w, result: submitLetter(w.deps, letter) };
}

describe('submitLetter', () => {
  it('enters every field of the letter, with the official as its author', () => {
    const { w, result } = entered();
    expect(result).toEqual({
      ok: true,
      value: { id: 'VC-2026-0001', status: 'Menunggu Disposisi Kepala Dinas', warnings: [], problems: [] },
    });
    expect(w.register.rows[0]).toMatchObject({
      source: 'letter',
      responseRef: 'surat:bappeda|005/77/bappeda',
      applicantName: 'Budi',
      letterNumber: '005/77/Bappeda',
      participants: 40,
      needsRoom: true,
      needsOperator: false,
      needsRecording: true,
      notes: 'Mohon disiapkan.',
      srikandiNumber: '',
    });
    expect(w.history.records[0]).toMatchObject({ action: 'surat dicatat', actorEmail: 'tu@kominfo.go.id' });
  });

  it('recognises the same letter typed again with other spacing or case', () => {
    const { w } = entered();
    const again = submitLetter(w.deps, { ...LETTER, agency: '  BAPPEDA ', letterNumber: '005/77/bappeda\t' });
    expect(again).toEqual({ ok: false, error: 'Surat ini sudah tercatat sebagai VC-2026-0001.' });
    expect(submitLetter(w.deps, { ...LETTER, agency: 'Bappeda  Kota', letterNumber: '005/77/Bappeda' })).toMatchObject({
      ok: true,
      value: { id: 'VC-2026-0002' },
    });
    expect(w.register.rows[1].responseRef).toBe('surat:bappeda kota|005/77/bappeda');
    expect(submitLetter(w.deps, { ...LETTER, agency: 'Bappeda \n Kota' })).toEqual({
      ok: false,
      error: 'Surat ini sudah tercatat sebagai VC-2026-0002.',
    });
  });

  it('a SRIKANDI letter without a paper number is identified by its SRIKANDI number', () => {
    const { w, result } = entered({ ...LETTER, letterNumber: '', srikandiNumber: 'SRK-9' });
    expect(result).toMatchObject({ ok: true });
    expect(w.register.rows[0]).toMatchObject({ responseRef: 'surat:bappeda|srk-9', srikandiNumber: 'SRK-9' });
    expect(submitLetter(w.deps, { ...LETTER, letterNumber: '', srikandiNumber: 'srk-9' })).toMatchObject({ ok: false });
  });

  it('an invalid letter is kept, with every reason, for correction', () => {
    const { w, result } = entered({ ...LETTER, email: 'budi@bappeda', needsRoom: false, participants: 'banyak' });
    expect(result).toMatchObject({ ok: true, value: { status: 'Perlu Perbaikan' } });
    expect(w.register.rows[0].problems).toEqual(
      expect.arrayContaining(['Alamat email tidak valid.', 'Jumlah peserta tidak terbaca: "banyak".']),
    );
    expect(w.register.rows[0].needsRoom).toBe(false);
  });

  it('refuses a letter without agency and number, and what is not a letter', () => {
    const { w } = entered();
    expect(submitLetter(w.deps, { ...LETTER, agency: ' ', letterNumber: '', srikandiNumber: '' })).toEqual({
      ok: false,
      error: 'Isi Instansi/OPD dan nomor surat (atau nomor SRIKANDI) terlebih dahulu.',
    });
    for (const bad of [null, 'surat', 7])
      expect(submitLetter(w.deps, bad as unknown as LetterRequestDto)).toEqual({
        ok: false,
        error: 'Data surat tidak terbaca.',
      });
    expect(w.register.rows).toHaveLength(1);
  });

  it('refuses a caller who is not an active official', () => {
    const w = world();
    w.as('orang@luar.id');
    expect(submitLetter(w.deps, LETTER)).toEqual({
      ok: false,
      error: 'orang@luar.id tidak terdaftar di sheet Pengguna. Minta admin menambahkan Anda.',
    });
    expect(w.register.rows).toEqual([]);
  });
});
