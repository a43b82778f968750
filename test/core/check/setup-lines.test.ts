/**
 * The checklist lines about what Setup put in place: the account, the triggers, what the office
 * account owns, the form, the protections. Each ✓ and ✗ with the exact words an admin reads.
 */
import { accountLine, formLine, ownershipLine, protectionLine, triggerLine } from '../../../src/core/check/setup-lines';

const SETUP =
  'Jalankan Layanan Vicon › Siapkan sebagai akun layanan (Siapkan memperbaiki ini tanpa membuat apa pun dua kali).';

describe('the account running the engine', () => {
  it('passes when it also owns the spreadsheet, whatever the letter case', () =>
    expect(accountLine({ office: 'layanan@x.id', spreadsheetOwner: 'Layanan@X.id' })).toEqual({
      id: 'akun',
      title: 'Akun layanan',
      ok: true,
      detail: 'Mesin berjalan sebagai layanan@x.id, pemilik spreadsheet ini.',
      fix: '',
      raw: [],
    }));
  it('fails when another account owns the spreadsheet, and says how to hand it over', () =>
    expect(accountLine({ office: 'layanan@x.id', spreadsheetOwner: 'budi@x.id' })).toEqual({
      id: 'akun',
      title: 'Akun layanan',
      ok: false,
      detail: 'Mesin berjalan sebagai layanan@x.id, tetapi spreadsheet dimiliki akun lain (budi@x.id).',
      fix: 'Jadikan akun layanan pemilik spreadsheet (Bagikan › Jadikan pemilik), agar data tidak ikut hilang bila pemilik lama pergi.',
      raw: [],
    }));
  it('says so when Google does not name the owner', () =>
    expect(accountLine({ office: 'layanan@x.id', spreadsheetOwner: '' }).detail).toBe(
      'Mesin berjalan sebagai layanan@x.id, tetapi spreadsheet dimiliki akun lain (tidak diketahui).',
    ));
  it('fails when the engine does not know who runs it, even if no owner is known either', () =>
    expect(accountLine({ office: '', spreadsheetOwner: '' })).toEqual({
      id: 'akun',
      title: 'Akun layanan',
      ok: false,
      detail: 'Mesin tidak mengenali akun yang menjalankannya.',
      fix: SETUP,
      raw: [],
    }));
});

const NEEDS = [
  { handler: 'onFpvcSubmit', label: 'kiriman formulir', sourceId: 'form-1' },
  { handler: 'runHourly', label: 'per jam', sourceId: null },
  { handler: 'onSheetEdit', label: 'suntingan sheet', sourceId: 'ss-1' },
];
const ALL = [
  { handler: 'onFpvcSubmit', sourceId: 'form-1' },
  { handler: 'runHourly', sourceId: '' },
  { handler: 'onSheetEdit', sourceId: 'ss-1' },
];
const EDITOR =
  'Masuk sebagai akun layanan, buka proyek mesin di editor Apps Script › Pemicu (Triggers), hapus pemicu ganda, salah sasaran atau tak dikenal sampai tersisa tepat satu per jenis.';

describe('triggers: exactly one of each kind, on the right form and spreadsheet', () => {
  it('passes with one each, naming every kind', () =>
    expect(triggerLine(ALL, NEEDS)).toEqual({
      id: 'pemicu',
      title: 'Pemicu akun layanan',
      ok: true,
      detail: 'Tepat satu pemicu untuk onFpvcSubmit, runHourly, onSheetEdit.',
      fix: '',
      raw: [],
    }));
  it('names a missing one and says Setup installs it', () =>
    expect(triggerLine(ALL.slice(1), NEEDS)).toEqual({
      id: 'pemicu',
      title: 'Pemicu akun layanan',
      ok: false,
      detail: 'Pemicu kiriman formulir (onFpvcSubmit) tidak ada.',
      fix: SETUP,
      raw: [],
    }));
  it('names duplicates, a trigger on another form, and unknown ones, and says to delete in the editor', () => {
    const l = triggerLine(
      [
        { handler: 'onFpvcSubmit', sourceId: 'form-lama' },
        ...ALL.slice(1),
        ALL[1],
        { handler: 'lama', sourceId: '' },
        { handler: 'kuno', sourceId: '' },
        { handler: 'lama', sourceId: '' },
      ],
      NEEDS,
    );
    expect(l.detail).toBe(
      'Pemicu kiriman formulir (onFpvcSubmit) mengawasi berkas lain. Pemicu per jam (runHourly) terpasang 2 kali. Pemicu tak dikenal: lama, kuno.',
    );
    expect(l.fix).toBe(`${EDITOR} ${SETUP}`);
  });
  it('a trigger missing and another doubled: both fixes', () => {
    const l = triggerLine([ALL[0], ALL[0], ALL[1]], NEEDS);
    expect(l.detail).toBe(
      'Pemicu suntingan sheet (onSheetEdit) tidak ada. Pemicu kiriman formulir (onFpvcSubmit) terpasang 2 kali.',
    );
    expect(l.fix).toBe(`${EDITOR} ${SETUP}`);
  });
});

describe('what the office account must own', () => {
  const FOREIGN =
    'Yang dimiliki akun lain: untuk berkas, jadikan akun layanan pemiliknya (Bagikan › Jadikan pemilik); untuk kalender, kosongkan "ID Kalender" di Sumber Daya lalu jalankan Siapkan kalender sumber daya.';
  const form = { what: 'Formulir FPVC', owned: true };
  const template = { what: 'Templat Surat Persetujuan', owned: null, raw: 'File not found: 1x.' };
  const calendar = { what: 'Kalender "Ruang"', owned: false };

  it('passes when it owns everything, counting the items', () =>
    expect(ownershipLine([form, { what: 'Folder', owned: true }])).toEqual({
      id: 'milik',
      title: 'Kepemilikan formulir, folder, templat, kalender',
      ok: true,
      detail: 'Akun layanan memiliki 2 berkas dan kalender yang dipakai.',
      fix: '',
      raw: [],
    }));
  it('something it cannot find: Setup makes it again, with Google’s words', () =>
    expect(ownershipLine([form, template])).toEqual({
      id: 'milik',
      title: 'Kepemilikan formulir, folder, templat, kalender',
      ok: false,
      detail: 'Templat Surat Persetujuan tidak ditemukan oleh akun layanan.',
      fix: SETUP,
      raw: ['File not found: 1x.'],
    }));
  it('something another account owns: hand it over, or let Setup make a calendar of its own', () => {
    const l = ownershipLine([form, calendar]);
    expect(l.detail).toBe('Kalender "Ruang" dimiliki akun lain.');
    expect(l.fix).toBe(FOREIGN);
  });
  it('both: the missing first, then the foreign, and both fixes', () => {
    const l = ownershipLine([form, calendar, template]);
    expect(l.detail).toBe(
      'Templat Surat Persetujuan tidak ditemukan oleh akun layanan. Kalender "Ruang" dimiliki akun lain.',
    );
    expect(l.fix).toBe(`${SETUP} ${FOREIGN}`);
  });
});

describe('the form', () => {
  const FIX = `${SETUP} Bila tetap gagal: buka formulir sebagai akun layanan, klik Terbitkan (Publish) dan aktifkan "Menerima jawaban".`;
  const base = { found: true, published: true, accepting: true, linkedHere: true };
  const ok = { ...base, responders: 'semua' as const, anyoneMayAnswer: true, domainMayAnswer: false };
  const kantor = { ...base, responders: 'kantor' as const, anyoneMayAnswer: false, domainMayAnswer: true };

  it('passes when published, open, linked, and answerable as Pengaturan says', () => {
    expect(formLine(ok)).toEqual({
      id: 'formulir',
      title: 'Formulir FPVC',
      ok: true,
      detail: 'Diterbitkan, menerima jawaban, tertaut ke spreadsheet ini, dapat diisi siapa saja yang punya tautannya.',
      fix: '',
      raw: [],
    });
    expect(formLine(kantor).detail).toBe(
      'Diterbitkan, menerima jawaban, tertaut ke spreadsheet ini, dapat diisi akun Google kantor.',
    );
  });
  it('fails when unpublished, unlinked, or closed to outsiders the office wants', () =>
    expect(formLine({ ...ok, published: false, linkedHere: false, anyoneMayAnswer: false })).toEqual({
      id: 'formulir',
      title: 'Formulir FPVC',
      ok: false,
      detail:
        'Formulir belum diterbitkan: pemohon tidak dapat membukanya. Jawaban formulir tidak masuk ke spreadsheet ini. Pengaturan memilih "semua", tetapi pemohon di luar domain kantor tidak dapat mengisi formulir.',
      fix: FIX,
      raw: [],
    }));
  it('fails when published but no longer accepting answers', () =>
    expect(formLine({ ...ok, accepting: false }).detail).toBe('Formulir tidak menerima jawaban.'));
  it("'kantor' fails while anyone may still answer, or the office domain may not", () => {
    const wrong = 'Pengaturan memilih "kantor", tetapi formulir tidak dibatasi untuk akun Google kantor.';
    expect(formLine({ ...kantor, anyoneMayAnswer: true }).detail).toBe(wrong);
    expect(formLine({ ...kantor, domainMayAnswer: false }).detail).toBe(wrong);
  });
  it('a form the engine cannot open', () =>
    expect(formLine({ ...ok, found: false }).detail).toBe(
      'Formulir FPVC tidak ditemukan (ID-nya di Properti Skrip mesin tidak terbuka).',
    ));
});

describe('protections', () => {
  const ok = {
    sheet: 'Register',
    exists: true,
    protectedSheet: true,
    warningOnly: false,
    otherEditors: 0,
    domainEdit: false,
  };
  it.each([
    [{ exists: false }, 'Sheet "Register" tidak ada.'],
    [{ protectedSheet: false }, '"Register" tidak dilindungi.'],
    [{ warningOnly: true }, '"Register" hanya dilindungi dengan peringatan (siapa pun tetap dapat mengubahnya).'],
    [{ domainEdit: true }, '"Register" dapat disunting semua orang di domain.'],
    [{ otherEditors: 3 }, '"Register" dapat disunting 3 orang selain akun layanan.'],
  ])('%j', (change, problem) => expect(protectionLine([{ ...ok, ...change }]).detail).toBe(problem));
  it('passes when every sheet only the office account edits, counting them', () =>
    expect(protectionLine([ok, { ...ok, sheet: 'Riwayat' }])).toEqual({
      id: 'perlindungan',
      title: 'Sheet data terlindungi',
      ok: true,
      detail: '2 sheet data hanya dapat diubah akun layanan.',
      fix: '',
      raw: [],
    }));
  it('fails with Setup as the fix and a warning against editing protections by hand', () =>
    expect(protectionLine([ok, { ...ok, sheet: 'Riwayat', otherEditors: 1 }])).toEqual({
      id: 'perlindungan',
      title: 'Sheet data terlindungi',
      ok: false,
      detail: '"Riwayat" dapat disunting 1 orang selain akun layanan.',
      fix: `${SETUP} Jangan mengubah perlindungan sheet (Data › Lindungi sheet dan rentang) dengan tangan.`,
      raw: [],
    }));
});
