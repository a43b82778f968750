/**
 * "Periksa pemasangan", the engine's side, over small fakes: one part per call for admins only,
 * each probe on its own (one that throws fails only its line, titled as the admin reads it, with
 * the exact words), the lines in a fixed order, tests far ahead at night, and nothing changed.
 */
import { checkInstallationPart } from '../../src/app/install-check';
import type { InstallProbes } from '../../src/app/install-probes';
import type { PanelFactsDto } from '../../src/shared/check-rpc';
import type { Result } from '../../src/shared/rpc';
import { world, type TestWorld } from './fakes';
import { memoryState } from './fakes-hourly';
import { healthyProbes as probes } from './fakes-install';

/** A Zoom token carrying every scope the product needs (the classic ones an older app holds). */
const ALL_ZOOM_SCOPES = 'meeting:write:admin meeting:read:admin recording:read:admin user:read:admin';

const FACTS: PanelFactsDto = {
  engineUrl: 'https://script.google.com/macros/s/AKfycbx1234567890/exec',
  engineUrlOk: true,
  sheets: { ok: true, raw: '' },
  identity: { ok: true, raw: '' },
  scopes: { granted: ['p'], error: '' },
};

const PARTS = ['dasar', 'mesin', 'kalender', 'email', 'surat', 'ekspor', 'zoom'] as const;

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

const linesOf = (w: TestWorld, p: InstallProbes, part: string) =>
  value(checkInstallationPart(w.deps, p, part, FACTS)).lines;

/** The Sumber Daya's Zoom accounts, as the office typed them. */
function zoomAccounts(w: TestWorld, zoomUsers: Record<string, string>): void {
  w.deps.schedule = { ...w.schedule, inventory: () => ({ ...w.schedule.inventory(), zoomUsers }) };
}

describe('the engine’s parts', () => {
  it('dasar: eight lines in order, as a healthy installation reads, and the engine’s meta with the office zone', () => {
    const w = world({ timeZone: 'Asia/Makassar' });
    const done = value(checkInstallationPart(w.deps, probes(), 'dasar', FACTS));
    expect(done.lines.map((l) => [l.id, l.title, l.ok, l.detail])).toEqual([
      ['akun', 'Akun layanan', true, 'Mesin berjalan sebagai layanan@kominfo.go.id, pemilik spreadsheet ini.'],
      ['pemicu', 'Pemicu akun layanan', true, 'Tepat satu pemicu untuk onFpvcSubmit, runHourly.'],
      [
        'milik',
        'Kepemilikan formulir, folder, templat, kalender',
        true,
        'Akun layanan memiliki 2 berkas dan kalender yang dipakai.',
      ],
      [
        'formulir',
        'Formulir FPVC',
        true,
        'Diterbitkan, menerima jawaban, tertaut ke spreadsheet ini, dapat diisi siapa saja yang punya tautannya.',
      ],
      ['perlindungan', 'Sheet data terlindungi', true, '2 sheet data hanya dapat diubah akun layanan.'],
      ['izin-mesin', 'Izin yang disetujui akun layanan', true, 'Semua 2 izin yang dibutuhkan sudah disetujui.'],
      [
        'sel',
        'Ruang spreadsheet',
        true,
        '120.000 dari 10.000.000 sel terpakai (1,2%). Pada laju sekarang, batas tercapai dalam lebih dari 100 tahun.',
      ],
      ['log', 'Kesalahan saat dipakai (sheet Log)', true, 'Tidak ada kesalahan tercatat dalam 7 hari terakhir.'],
    ]);
    expect(done.meta).toEqual({
      version: 'v1',
      spreadsheetZone: 'Asia/Jakarta',
      spreadsheetLocale: 'id_ID',
      officeZone: 'Asia/Makassar',
    });
  });

  it('dasar: each thing out of order is a ✗ saying what was found and what to do; the rest still pass', () => {
    const w = world();
    const healthy = probes();
    const p = probes({
      account: () => ({ office: 'layanan@kominfo.go.id', spreadsheetOwner: 'kadis.pribadi@gmail.com' }),
      triggers: () => {
        const t = healthy.triggers();
        return { ...t, found: [...t.found, { handler: 'runHourly', sourceId: '' }] };
      },
      protections: () => healthy.protections().map((f) => ({ ...f, warningOnly: f.sheet === 'Riwayat' })),
      grants: () => ({ granted: ['spreadsheets'], error: '' }),
      cells: () => ({ used: 8_500_000, growing: 0, since: null }),
    });
    const lines = linesOf(w, p, 'dasar');
    expect(lines.map((l) => [l.id, l.ok])).toEqual([
      ['akun', false],
      ['pemicu', false],
      ['milik', true],
      ['formulir', true],
      ['perlindungan', false],
      ['izin-mesin', false],
      ['sel', false],
      ['log', true],
    ]);
    expect(lines.filter((l) => !l.ok).map((l) => [l.detail, l.fix])).toEqual([
      [
        'Mesin berjalan sebagai layanan@kominfo.go.id, tetapi spreadsheet dimiliki akun lain (kadis.pribadi@gmail.com).',
        'Jadikan akun layanan pemilik spreadsheet (Bagikan › Jadikan pemilik), agar data tidak ikut hilang bila pemilik lama pergi.',
      ],
      [
        'Pemicu per jam (runHourly) terpasang 2 kali.',
        'Masuk sebagai akun layanan, buka proyek mesin di editor Apps Script › Pemicu (Triggers), hapus pemicu ganda, salah sasaran atau tak dikenal sampai tersisa tepat satu per jenis. Jalankan Layanan Vicon › Siapkan sebagai akun layanan (Siapkan memperbaiki ini tanpa membuat apa pun dua kali).',
      ],
      [
        '"Riwayat" hanya dilindungi dengan peringatan (siapa pun tetap dapat mengubahnya).',
        'Jalankan Layanan Vicon › Siapkan sebagai akun layanan (Siapkan memperbaiki ini tanpa membuat apa pun dua kali). Jangan mengubah perlindungan sheet (Data › Lindungi sheet dan rentang) dengan tangan.',
      ],
      [
        'Belum disetujui: calendar.',
        'Masuk sebagai akun layanan, buka proyek mesin di editor Apps Script, jalankan fungsi doGet sekali dan setujui semua izin yang diminta (centang semuanya).',
      ],
      [
        '8.500.000 dari 10.000.000 sel terpakai (85,0%). Laju pertumbuhan belum dapat diperkirakan (riwayat kurang dari 30 hari).',
        'Arsipkan tahun-tahun lama: salin spreadsheet sebagai arsip, lalu laporkan ke pengelola Layanan Vicon sebelum batas 10 juta sel tercapai.',
      ],
    ]);
  });

  it('the other parts answer their lines only, without the engine’s meta', () => {
    const w = world();
    expect(checkInstallationPart(w.deps, probes(), 'mesin', FACTS)).toStrictEqual({
      ok: true,
      value: {
        lines: [
          {
            id: 'mesin',
            title: 'Aplikasi web mesin dan identitas petugas',
            ok: true,
            detail: 'Aplikasi web menjawab; identitas Google Anda diterima dan token identitas palsu ditolak.',
            fix: '',
            raw: [],
          },
        ],
      },
    });
  });

  it('a probe that throws fails only its own line, with the exact words', () => {
    const w = world();
    const p = probes({
      protections: () => {
        throw new Error('Service Spreadsheets failed while accessing document.');
      },
    });
    const lines = linesOf(w, p, 'dasar');
    expect(lines.find((l) => l.id === 'perlindungan')).toEqual({
      id: 'perlindungan',
      title: 'Sheet data terlindungi',
      ok: false,
      detail: 'Pemeriksaan ini berhenti karena kesalahan.',
      fix: 'Kirim laporan ini ke pengelola Layanan Vicon.',
      raw: ['Service Spreadsheets failed while accessing document.'],
    });
    expect(lines.filter((l) => l.id !== 'perlindungan').every((l) => l.ok)).toBe(true);
  });

  it('every probe that throws gives its own ✗ line, titled as the admin reads it, in the checklist’s order', () => {
    const w = world();
    const fail = (what: string) => () => {
      throw new Error(`${what} gagal`);
    };
    const p = probes({
      account: fail('akun'),
      triggers: fail('pemicu'),
      ownership: fail('milik'),
      form: fail('formulir'),
      protections: fail('perlindungan'),
      grants: fail('izin'),
      cells: fail('sel'),
      recentErrors: fail('log'),
      webApp: fail('mesin'),
      calendars: fail('kalender'),
      testMail: fail('email'),
      letter: fail('surat'),
      exportEndpoint: fail('ekspor'),
      zoomTokenScopes: fail('token'),
      zoomTestMeeting: fail('rapat'),
    });
    const all = PARTS.flatMap((part) => linesOf(w, p, part));
    expect(all.map((l) => [l.id, l.title, l.ok, l.raw])).toEqual([
      ['akun', 'Akun layanan', false, ['akun gagal']],
      ['pemicu', 'Pemicu akun layanan', false, ['pemicu gagal']],
      ['milik', 'Kepemilikan formulir, folder, templat, kalender', false, ['milik gagal']],
      ['formulir', 'Formulir FPVC', false, ['formulir gagal']],
      ['perlindungan', 'Sheet data terlindungi', false, ['perlindungan gagal']],
      ['izin-mesin', 'Izin yang disetujui akun layanan', false, ['izin gagal']],
      ['sel', 'Ruang spreadsheet', false, ['sel gagal']],
      ['log', 'Kesalahan saat dipakai (sheet Log)', false, ['log gagal']],
      ['mesin', 'Aplikasi web mesin dan identitas petugas', false, ['mesin gagal']],
      ['kalender', 'Kalender sumber daya', false, ['kalender gagal']],
      ['email', 'Email dari akun layanan', false, ['email gagal']],
      ['surat', 'Surat dari templat Google Dokumen', false, ['surat gagal']],
      ['ekspor', 'Ekspor Rekap (xlsx)', false, ['ekspor gagal']],
      ['zoom', 'Koneksi Zoom', false, ['token gagal']],
      ['zoom-waktu', 'Rapat Zoom pada jam kantor', false, ['rapat gagal']],
    ]);
    expect(all.every((l) => l.detail === 'Pemeriksaan ini berhenti karena kesalahan.')).toBe(true);
  });

  it('the Log line counts the errors of the last seven days', () => {
    const w = world();
    const p = probes({
      recentErrors: (since) => {
        p.asked.push(`errors since ${since.toISOString()}`);
        return [
          { at: new Date('2026-11-22T01:00:00Z'), source: 'Pemicu per jam', raw: 'Service invoked too many times' },
        ];
      },
    });
    const log = linesOf(w, p, 'dasar').find((l) => l.id === 'log');
    expect(p.asked).toEqual(['errors since 2026-11-16T02:00:00.000Z']);
    expect(log).toEqual({
      id: 'log',
      title: 'Kesalahan saat dipakai (sheet Log)',
      ok: false,
      detail: '1 kesalahan tercatat dalam 7 hari terakhir; yang terbaru: Pemicu per jam.',
      fix: 'Baca penjelasan di sheet Log. Bila kesalahan yang sama berulang, kirim laporan ini ke pengelola Layanan Vicon.',
      raw: ['Pemicu per jam: Service invoked too many times'],
    });
  });

  it('effects go where they must: the web app at the panel’s address, the mail to the caller, tests far ahead at night', () => {
    const w = world({ timeZone: 'Asia/Makassar' });
    const p = probes();
    for (const part of ['mesin', 'kalender', 'email', 'zoom'] as const)
      value(checkInstallationPart(w.deps, p, part, FACTS));
    expect(p.asked).toEqual([
      `webApp ${FACTS.engineUrl}`,
      'calendars 2027-12-27T19:00:00.000Z 2027-12-27T19:05:00.000Z',
      'mail admin@kominfo.go.id',
      'zoom zoom1@kominfo.go.id 2027-12-28 Asia/Makassar',
    ]);
  });

  it('surat and ekspor: a letter made and removed, an xlsx export, each ✓; a step that fails says which', () => {
    const w = world();
    expect(linesOf(w, probes(), 'surat').map((l) => [l.id, l.title, l.ok, l.detail])).toEqual([
      [
        'surat',
        'Surat dari templat Google Dokumen',
        true,
        'Templat disalin, diisi, disimpan sebagai PDF di folder Layanan Vicon, lalu keduanya dihapus.',
      ],
    ]);
    expect(linesOf(w, probes(), 'ekspor').map((l) => [l.id, l.title, l.ok, l.detail])).toEqual([
      [
        'ekspor',
        'Ekspor Rekap (xlsx)',
        true,
        'Ekspor xlsx dengan token mesin berhasil; spreadsheet sementara dihapus.',
      ],
    ]);
    const broken = probes({
      letter: () => ({ failedAt: 'templat', raw: 'Document is missing (perhaps it was deleted?)' }),
      exportEndpoint: () => ({ status: 403, isXlsx: false, removed: true, raw: 'Forbidden' }),
    });
    expect(
      ['surat', 'ekspor'].flatMap((part) => linesOf(w, broken, part)).map((l) => [l.id, l.ok, l.detail, l.raw]),
    ).toEqual([
      [
        'surat',
        false,
        'Templat surat tidak ditemukan atau tidak dapat dibuka mesin.',
        ['Document is missing (perhaps it was deleted?)'],
      ],
      ['ekspor', false, 'Google menolak ekspor (kode 403).', ['Forbidden']],
    ]);
  });

  it('Zoom unused (no host in Sumber Daya): one passing line saying so, Zoom never asked', () => {
    const w = world();
    w.deps.schedule = undefined;
    const p = probes({
      zoomTokenScopes: () => {
        throw new Error('must not be asked');
      },
    });
    const unused = [
      {
        id: 'zoom',
        title: 'Koneksi Zoom',
        ok: true,
        detail: 'Zoom tidak dipakai: tidak ada akun Zoom di sheet Sumber Daya.',
        fix: '',
        raw: [],
      },
    ];
    expect(linesOf(w, p, 'zoom')).toEqual(unused);
    zoomAccounts(w, { 'Zoom Kominfo 1': '  ', 'Zoom Kominfo 2': '' });
    expect(linesOf(w, p, 'zoom')).toEqual(unused);
    expect(p.asked).toEqual([]);
  });

  it('Zoom used: the connection test’s words, and a test meeting on the first host as typed in Sumber Daya, trimmed', () => {
    const w = world();
    zoomAccounts(w, {
      'Zoom Kominfo 1': ' ',
      'Zoom Kominfo 2': ' zoom2@kominfo.go.id ',
      'Zoom Kominfo 3': 'zoom2@kominfo.go.id',
    });
    const p = probes({ zoomTokenScopes: () => ({ ok: true, scopes: ALL_ZOOM_SCOPES }) });
    expect(linesOf(w, p, 'zoom').map((l) => [l.id, l.title, l.ok, l.detail])).toEqual([
      [
        'zoom',
        'Koneksi Zoom',
        true,
        'Kredensial Zoom diterima: token dapat diterbitkan. Izin (scope) aplikasi Zoom lengkap. Semua 1 akun host di Sumber Daya ada di akun Zoom: zoom2@kominfo.go.id.',
      ],
      [
        'zoom-waktu',
        'Rapat Zoom pada jam WIB',
        true,
        'Rapat uji untuk 28/12/2027 pukul 10.00 WIB tersimpan di Zoom pada jam yang sama, lalu dihapus.',
      ],
    ]);
    expect(p.asked).toEqual(['zoom zoom2@kominfo.go.id 2027-12-28 Asia/Jakarta']);
  });

  it('Zoom used: a refused token and a meeting stored at another hour are problems, each on its own line', () => {
    const w = world();
    const p = probes({
      zoomTokenScopes: () => ({ ok: false, message: 'Zoom menolak kredensial: invalid_client.' }),
      zoomTestMeeting: () => ({ got: '2027-12-28T04:00:00Z', failedAt: null, raw: '' }),
    });
    expect(linesOf(w, p, 'zoom').map((l) => [l.id, l.ok, l.detail])).toEqual([
      ['zoom', false, 'Zoom menolak kredensial: invalid_client.'],
      [
        'zoom-waktu',
        false,
        'Rapat uji untuk 28/12/2027 pukul 10.00 WIB tersimpan di Zoom pada 28/12/2027 pukul 11.00 WIB.',
      ],
    ]);
  });

  it('changes nothing: no request, history, booking, setting or stored state, even after a passing Zoom test', () => {
    const w = world();
    const state = memoryState();
    w.deps.state = state;
    const settings = structuredClone(w.deps.config.settings().settings);
    const p = probes({ zoomTokenScopes: () => ({ ok: true, scopes: ALL_ZOOM_SCOPES }) });
    const all = PARTS.flatMap((part) => linesOf(w, p, part));
    expect(all.every((l) => l.ok)).toBe(true);
    expect([w.register.rows, w.register.writes, w.history.records, w.schedule.bookings]).toEqual([[], 0, [], []]);
    expect(w.deps.config.settings().settings).toEqual(settings);
    expect([...state.values]).toEqual([]);
  });

  it('refuses non-admins and unknown parts', () => {
    const w = world();
    w.as('operator@kominfo.go.id');
    expect(checkInstallationPart(w.deps, probes(), 'dasar', FACTS)).toEqual({
      ok: false,
      error: 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat melakukan ini.',
    });
    w.as('admin@kominfo.go.id');
    expect(checkInstallationPart(w.deps, probes(), 'semua', FACTS)).toEqual({
      ok: false,
      error: 'Bagian pemeriksaan tidak dikenal.',
    });
  });
});
