/**
 * The report "Salin laporan" copies: failed lines first with what to do and the exact words,
 * the versions, zone and locale; and nothing personal or secret survives the scrubber, while
 * what a maintainer needs (dates, quotas, scopes, versions, error codes) does.
 */
import { checkReport, scrubReport } from '../../../src/core/check/report';
import { failed, passed } from '../../../src/core/check/types';

describe('scrubReport', () => {
  it.each([
    ['Pemohon siti.aminah+vc@dinas-x.go.id menulis', 'Pemohon [email] menulis'],
    ['kalender c_12ab@group.calendar.google.com', 'kalender [email]'],
    ['WA 0812-3456-7890 atau +62 812 3456 7890', 'WA [nomor] atau [nomor]'],
    ['NIP 19700101 199001 1 001', 'NIP [nomor]'],
    ['Authorization: Bearer ya29.a0AfB_byC-xyz', 'Authorization: Bearer [disembunyikan]'],
    ['Basic ZmFrZS1jbGllbnQ6c2VjcmV0', 'Basic [disembunyikan]'],
    ['client_secret=abc123&x=1', 'client_secret=[disembunyikan]&x=1'],
    ['"access_token":"eyJzdWIiOiIxIn0x"', '"access_token":"[disembunyikan]"'],
    ['token eyJhbGciOiJSUzI1NiJ9.eyJlbWFpbCI6ImEifQ.c2lnbmF0dXJl', 'token [disembunyikan]'],
    [
      'https://us06web.zoom.us/j/85746065432?pwd=QWxhZGRpbjpvcGVu',
      'https://us06web.zoom.us/j/[nomor]?pwd=[disembunyikan]',
    ],
    ['ID 1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms', 'ID [disembunyikan]'],
    ['NIK 812-345-678', 'NIK [nomor]'],
  ])('%s', (text, scrubbed) => {
    expect(scrubReport(text)).toBe(scrubbed);
  });

  it.each([
    'Waktu: 23/11/2026 pukul 10.00 WITA',
    '274.000 dari 10.000.000 sel terpakai (2,7%).',
    'Sisa kuota email hari ini: 1.499 penerima.',
    'Belum disetujui: https://www.googleapis.com/auth/script.external_request.',
    'Versi: panel 0.1.0+6cdd1a7, mesin 0.1.0+6cdd1a7',
    'HTTP 404, kode 1001: User does not exist.',
    'start_time 2026-12-23T02:00:00Z',
    'kode pos 1234-5678',
  ])('keeps %s', (text) => {
    expect(scrubReport(text)).toBe(text);
  });
});

describe('checkReport', () => {
  const meta = {
    at: new Date('2026-11-23T02:00:00Z'),
    officeZone: 'Asia/Jayapura',
    spreadsheetZone: 'Asia/Jayapura',
    spreadsheetLocale: 'id_ID',
    userLocale: 'id',
    panelVersion: '0.1.0+abc1234',
    engineVersion: '0.1.0+def5678',
  };

  it('heads with time, versions, zone and locale, then the failed lines with what to do and the exact words', () => {
    const report = checkReport(
      [
        passed('akun', 'Akun layanan', 'Mesin berjalan sebagai layanan@kominfo.go.id.'),
        failed('email', 'Email', 'Email uji tidak terkirim.', 'Tunggu kuota.', [
          'Service invoked too many times for one day: email.',
        ]),
      ],
      meta,
    );
    expect(report.split('\n')).toEqual([
      'Laporan Periksa pemasangan — Layanan Vicon',
      'Waktu: 23/11/2026 pukul 11.00 WIT',
      'Versi: panel 0.1.0+abc1234, mesin 0.1.0+def5678',
      'Zona kantor: WIT (Asia/Jayapura); zona spreadsheet: Asia/Jayapura',
      'Lokal: spreadsheet id_ID, pengguna id',
      'Hasil: 1 berhasil, 1 gagal',
      '',
      'GAGAL',
      '✗ Email [email]',
      '  Email uji tidak terkirim.',
      '  Yang harus dilakukan: Tunggu kuota.',
      '  Pesan asli: Service invoked too many times for one day: email.',
      '',
      'BERHASIL',
      '✓ Akun layanan [akun]',
      '  Mesin berjalan sebagai [email].',
    ]);
  });

  it('says so when the engine never told its zone or version', () => {
    const report = checkReport([], { ...meta, officeZone: '', engineVersion: '' });
    expect(report).toContain('Zona kantor: tidak diketahui;');
    expect(report).toContain('mesin ?');
    expect(report).not.toContain('GAGAL');
  });

  it('writes ? for every version, zone and locale nobody told, and lists only passed lines when none failed', () => {
    const report = checkReport([passed('akun', 'Akun layanan', 'Baik.')], {
      ...meta,
      panelVersion: '',
      engineVersion: '',
      spreadsheetZone: '',
      spreadsheetLocale: '',
      userLocale: '',
    });
    expect(report.split('\n')).toEqual([
      'Laporan Periksa pemasangan — Layanan Vicon',
      'Waktu: 23/11/2026 pukul 11.00 WIT',
      'Versi: panel ?, mesin ?',
      'Zona kantor: WIT (Asia/Jayapura); zona spreadsheet: ?',
      'Lokal: spreadsheet ?, pengguna ?',
      'Hasil: 1 berhasil, 0 gagal',
      '',
      'BERHASIL',
      '✓ Akun layanan [akun]',
      '  Baik.',
    ]);
  });

  it('adds no "what to do" line to a failed line that has nothing to do', () => {
    const report = checkReport([failed('log', 'Log', 'Ada kesalahan.', '')], meta);
    expect(report.split('\n').slice(7)).toEqual(['GAGAL', '✗ Log [log]', '  Ada kesalahan.', '', 'BERHASIL']);
  });
});
