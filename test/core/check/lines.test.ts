/**
 * The checklist's judgements, one per line: what counts as ✓, and the message and fix of each ✗.
 */
import { accountLine, formLine, ownershipLine, protectionLine, triggerLine } from '../../../src/core/check/setup-lines';
import { cellsLine, logLine, scopeLine, yearsLeft } from '../../../src/core/check/usage-lines';
import { calendarLine, exportLine, webAppLine, zoomMeetingLine } from '../../../src/core/check/effect-lines';
import { panelLines, unansweredLine } from '../../../src/core/check/panel-lines';

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

describe('triggers: exactly one of each kind, on the right form and spreadsheet', () => {
  it('passes with one each', () => expect(triggerLine(ALL, NEEDS).ok).toBe(true));
  it('names a missing one and says Setup installs it', () => {
    const l = triggerLine(ALL.slice(1), NEEDS);
    expect(l.detail).toBe('Pemicu kiriman formulir (onFpvcSubmit) tidak ada.');
    expect(l.fix).toMatch(/^Jalankan Layanan Vicon › Siapkan/);
  });
  it('names duplicates, a trigger on another form, and unknown ones, and says to delete in the editor', () => {
    const l = triggerLine(
      [{ handler: 'onFpvcSubmit', sourceId: 'form-lama' }, ...ALL.slice(1), ALL[1], { handler: 'lama', sourceId: '' }],
      NEEDS,
    );
    expect(l.detail).toBe(
      'Pemicu kiriman formulir (onFpvcSubmit) mengawasi berkas lain. Pemicu per jam (runHourly) terpasang 2 kali. Pemicu tak dikenal: lama.',
    );
    expect(l.fix).toMatch(/^Masuk sebagai akun layanan, buka proyek mesin/);
  });
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
    [{}, null],
    [{ exists: false }, 'Sheet "Register" tidak ada.'],
    [{ protectedSheet: false }, '"Register" tidak dilindungi.'],
    [{ warningOnly: true }, '"Register" hanya dilindungi dengan peringatan (siapa pun tetap dapat mengubahnya).'],
    [{ domainEdit: true }, '"Register" dapat disunting semua orang di domain.'],
    [{ otherEditors: 3 }, '"Register" dapat disunting 3 orang selain akun layanan.'],
  ])('%j', (change, problem) => {
    const l = protectionLine([{ ...ok, ...change }]);
    expect(l.ok ? null : l.detail).toBe(problem);
  });
});

describe('the form', () => {
  const ok = {
    found: true,
    published: true,
    accepting: true,
    linkedHere: true,
    responders: 'semua' as const,
    anyoneMayAnswer: true,
    domainMayAnswer: false,
  };
  it('passes when published, open, linked, and answerable as Pengaturan says', () =>
    expect(formLine(ok).ok).toBe(true));
  it('fails when unpublished, unlinked, or closed to outsiders the office wants', () => {
    expect(formLine({ ...ok, published: false, linkedHere: false, anyoneMayAnswer: false }).detail).toBe(
      'Formulir belum diterbitkan: pemohon tidak dapat membukanya. Jawaban formulir tidak masuk ke spreadsheet ini. Pengaturan memilih "semua", tetapi pemohon di luar domain kantor tidak dapat mengisi formulir.',
    );
  });
  it("'kantor' fails while anyone may still answer", () => {
    expect(formLine({ ...ok, responders: 'kantor', domainMayAnswer: true }).ok).toBe(false);
    expect(formLine({ ...ok, responders: 'kantor', domainMayAnswer: true, anyoneMayAnswer: false }).ok).toBe(true);
  });
  it('a form the engine cannot open', () =>
    expect(formLine({ ...ok, found: false }).detail).toMatch(/tidak ditemukan/));
});

describe('account and ownership', () => {
  it('the spreadsheet must be the office account’s', () => {
    expect(accountLine({ office: 'a@x.id', spreadsheetOwner: 'A@x.id' }).ok).toBe(true);
    expect(accountLine({ office: 'a@x.id', spreadsheetOwner: 'b@x.id' }).detail).toMatch(
      /dimiliki akun lain \(b@x\.id\)/,
    );
  });
  it('lists what is missing and what is someone else’s, with Google’s words', () => {
    const l = ownershipLine([
      { what: 'Formulir FPVC', owned: true },
      { what: 'Templat Surat Persetujuan', owned: null, raw: 'File not found: 1x.' },
      { what: 'Kalender "Ruang"', owned: false },
    ]);
    expect(l.detail).toBe(
      'Templat Surat Persetujuan tidak ditemukan oleh akun layanan. Kalender "Ruang" dimiliki akun lain.',
    );
    expect(l.raw).toEqual(['File not found: 1x.']);
  });
});

describe('scopes granted', () => {
  const needed = ['a', 'b'];
  it('passes when every needed scope is granted', () =>
    expect(scopeLine('izin-mesin', 'akun layanan', needed, { granted: ['b', 'a', 'c'], error: '' }).ok).toBe(true));
  it('names the ones missing, with the fix for that account', () => {
    const l = scopeLine('izin-panel', 'Anda', needed, { granted: ['a'], error: '' });
    expect(l.detail).toBe('Belum disetujui: b.');
    expect(l.fix).toMatch(/^Muat ulang spreadsheet/);
  });
  it('fails, with Google’s words, when Google would not say', () =>
    expect(scopeLine('izin-mesin', 'x', needed, { granted: null, error: 'boom' }).raw).toEqual(['boom']));
});

describe('cells against the 10 million limit', () => {
  const now = new Date('2027-01-01T00:00:00Z');
  it('years left at the current rate: what grew since the first history entry, per year', () => {
    const since = new Date('2026-01-01T00:00:00Z');
    expect(yearsLeft({ used: 1_000_000, growing: 900_000, since, now })).toBeCloseTo(10, 1);
    expect(yearsLeft({ used: 1_000_000, growing: 900_000, since: new Date('2026-12-15T00:00:00Z'), now })).toBeNull();
    expect(yearsLeft({ used: 0, growing: 0, since: null, now })).toBeNull();
  });
  it('warns with less than two years left or more than 80% used', () => {
    const since = new Date('2026-01-01T00:00:00Z');
    expect(cellsLine({ used: 1_000_000, growing: 900_000, since, now }).ok).toBe(true);
    const soon = cellsLine({ used: 9_000_000, growing: 600_000, since, now });
    expect(soon.ok).toBe(false);
    expect(soon.detail).toBe(
      '9.000.000 dari 10.000.000 sel terpakai (90,0%). Pada laju sekarang, batas tercapai dalam ±1,7 tahun.',
    );
  });
});

describe('the Log', () => {
  it('passes with nothing recent, else shows the five newest with their words', () => {
    expect(logLine([], 7).ok).toBe(true);
    const at = (h: number) => new Date(Date.UTC(2026, 10, 23, h));
    const entries = [1, 2, 3, 4, 5, 6].map((h) => ({ at: at(h), source: `Efek ${h}`, raw: `kata ${h}` }));
    const l = logLine(entries, 7);
    expect(l.detail).toBe(
      '6 kesalahan tercatat dalam 7 hari terakhir; yang terbaru: Efek 6; Efek 5; Efek 4; Efek 3; Efek 2.',
    );
    expect(l.raw[0]).toBe('Efek 6: kata 6');
  });
});

describe('effects', () => {
  it('the web app: a forged identity accepted is the worst news, with its own fix', () => {
    const l = webAppLine({ answered: true, forgedRefused: false, raw: [] });
    expect(l.detail).toMatch(/^Mesin MENERIMA token identitas palsu/);
    expect(l.fix).toMatch(/^Hentikan pemakaian/);
    expect(webAppLine({ answered: true, forgedRefused: true, raw: [] }).ok).toBe(true);
  });
  it('calendars: each failing calendar named with where it stopped', () => {
    const l = calendarLine([
      { resource: 'Ruang A', failedAt: null, raw: '' },
      { resource: 'Ruang B', failedAt: 'id', raw: '' },
      { resource: 'Zoom 1', failedAt: 'hapus', raw: 'Action not allowed' },
    ]);
    expect(l.detail).toBe('"Ruang B": belum punya "ID Kalender". "Zoom 1": acara uji tidak dapat dihapus.');
    expect(l.raw).toEqual(['Action not allowed']);
    expect(calendarLine([]).ok).toBe(true);
  });
  it('the export: the code Google answered', () => {
    expect(exportLine({ status: 401, isXlsx: false, removed: true, raw: 'HTTP 401' }).detail).toBe(
      'Google menolak ekspor (kode 401).',
    );
    expect(exportLine({ status: 200, isXlsx: true, removed: false, raw: '' }).detail).toBe(
      'Spreadsheet sementara tidak dapat dihapus.',
    );
  });
  it('Zoom time: compares instants, not texts', () => {
    const expected = new Date('2027-12-28T01:00:00Z');
    const base = { zone: 'Asia/Jayapura' as const, expected, failedAt: null, raw: '' };
    expect(zoomMeetingLine({ ...base, got: '2027-12-28T01:00:00Z' }).ok).toBe(true);
    expect(zoomMeetingLine({ ...base, got: '2027-12-28T10:00:00+09:00' }).ok).toBe(true);
    expect(zoomMeetingLine({ ...base, got: '2027-12-28T10:00:00Z' }).detail).toBe(
      'Rapat uji untuk 28/12/2027 pukul 10.00 WIT tersimpan di Zoom pada 28/12/2027 pukul 19.00 WIT.',
    );
    expect(zoomMeetingLine({ ...base, got: '', failedAt: 'buat' }).detail).toBe('Rapat uji tidak dapat dibuat.');
  });
});

describe('the panel’s own lines', () => {
  it('one line per fact, the scopes against the panel’s needs', () => {
    const lines = panelLines(
      {
        sheets: { ok: false, raw: 'Sheet "Register" kehilangan kolom: Nomor.' },
        identity: { ok: true, raw: '' },
        engineUrlOk: false,
        scopes: { granted: ['x'], error: '' },
      },
      ['x', 'openid'],
    );
    expect(lines.map((l) => [l.id, l.ok])).toEqual([
      ['panel-baca', false],
      ['panel-identitas', true],
      ['alamat-mesin', false],
      ['izin-panel', false],
    ]);
    expect(lines[0].raw).toEqual(['Sheet "Register" kehilangan kolom: Nomor.']);
  });
  it('a part the engine did not answer', () => {
    expect(unansweredLine('zoom', 'Mesin tidak dapat dihubungi.')).toMatchObject({
      id: 'bagian-zoom',
      title: 'Pemeriksaan Zoom',
      ok: false,
      raw: ['Mesin tidak dapat dihubungi.'],
    });
  });
});
