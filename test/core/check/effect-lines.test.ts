/**
 * The checklist lines about the office account's effects: each line's exact id, title, what was
 * found, what to do and the words Google or Zoom said, for a pass and for each way it fails.
 */
import {
  calendarLine,
  exportLine,
  letterLine,
  mailLine,
  webAppLine,
  zoomConnectionLine,
  zoomMeetingLine,
} from '../../../src/core/check/effect-lines';

describe('webAppLine', () => {
  const deploymentFix =
    'Periksa deployment aplikasi web mesin: Execute as "Me" (akun layanan), Who has access "Anyone"; lalu jalankan Siapkan agar alamatnya tercatat di Pengaturan.';

  it('passes when the web app answers and refuses the forged token', () => {
    expect(webAppLine({ answered: true, forgedRefused: true, raw: ['tidak dipakai'] })).toEqual({
      id: 'mesin',
      title: 'Aplikasi web mesin dan identitas petugas',
      ok: true,
      detail: 'Aplikasi web menjawab; identitas Google Anda diterima dan token identitas palsu ditolak.',
      fix: '',
      raw: [],
    });
  });

  it('fails with the deployment fix when the web app does not answer', () => {
    expect(webAppLine({ answered: false, forgedRefused: true, raw: ['HTTP 404'] })).toEqual({
      id: 'mesin',
      title: 'Aplikasi web mesin dan identitas petugas',
      ok: false,
      detail: 'Aplikasi web mesin tidak menjawab dengan benar.',
      fix: deploymentFix,
      raw: ['HTTP 404'],
    });
  });

  it('fails with the deployment fix when the forged-token test got no answer', () => {
    const l = webAppLine({ answered: true, forgedRefused: null, raw: ['Timeout'] });
    expect([l.ok, l.detail, l.fix, l.raw]).toEqual([
      false,
      'Mesin tidak menjawab uji token identitas palsu.',
      deploymentFix,
      ['Timeout'],
    ]);
  });

  it('lists every problem at once', () => {
    expect(webAppLine({ answered: false, forgedRefused: null, raw: [] }).detail).toBe(
      'Aplikasi web mesin tidak menjawab dengan benar. Mesin tidak menjawab uji token identitas palsu.',
    );
  });
});

describe('calendarLine', () => {
  const calendarFix =
    'Kosongkan "ID Kalender" yang salah di sheet Sumber Daya lalu jalankan Layanan Vicon › Siapkan kalender sumber daya (kalender baru milik akun layanan); atau bagikan kalender itu ke akun layanan dengan izin "Buat perubahan pada acara".';

  it('passes, saying so, when there is no resource yet', () => {
    expect(calendarLine([])).toEqual({
      id: 'kalender',
      title: 'Kalender sumber daya',
      ok: true,
      detail: 'Belum ada sumber daya di sheet Sumber Daya.',
      fix: '',
      raw: [],
    });
  });

  it('passes with the count of calendars tried', () => {
    const l = calendarLine([
      { resource: 'Ruang A', failedAt: null, raw: '' },
      { resource: 'Zoom 1', failedAt: null, raw: '' },
    ]);
    expect([l.id, l.title, l.ok, l.detail]).toEqual([
      'kalender',
      'Kalender sumber daya',
      true,
      '2 kalender dapat dibaca, diberi acara uji, dan acara itu dihapus lagi.',
    ]);
  });

  it('fails naming the calendar that could not be read or written, with what to do', () => {
    expect(
      calendarLine([
        { resource: 'Ruang A', failedAt: 'baca', raw: 'Calendar not found' },
        { resource: 'Ruang B', failedAt: 'buat', raw: 'You need to have writer access to this calendar.' },
      ]),
    ).toEqual({
      id: 'kalender',
      title: 'Kalender sumber daya',
      ok: false,
      detail:
        '"Ruang A": tidak dapat dibuka akun layanan (tidak ada, atau tidak dibagikan). "Ruang B": tidak dapat diberi acara (akun layanan hanya boleh melihat).',
      fix: calendarFix,
      raw: ['Calendar not found', 'You need to have writer access to this calendar.'],
    });
  });
});

describe('mailLine', () => {
  const quotaFix =
    'Bila kuota habis, tunggu sampai kuota direset (sekitar 24 jam); email yang tertunda dikirim ulang oleh pemicu per jam. Akun Workspace mendapat 1.500 penerima per hari, akun pribadi 100.';

  it('passes with the quota left today', () => {
    expect(mailLine({ sent: true, quotaLeft: 1499, raw: '' })).toEqual({
      id: 'email',
      title: 'Email dari akun layanan',
      ok: true,
      detail: 'Email uji terkirim ke alamat Anda. Sisa kuota email hari ini: 1499 penerima.',
      fix: '',
      raw: [],
    });
  });

  it('passes without a quota when Google would not say', () => {
    expect(mailLine({ sent: true, quotaLeft: null, raw: '' }).detail).toBe('Email uji terkirim ke alamat Anda.');
  });

  it('fails with the quota, what to do and Google’s words', () => {
    expect(mailLine({ sent: false, quotaLeft: 0, raw: 'Service invoked too many times for one day: email.' })).toEqual({
      id: 'email',
      title: 'Email dari akun layanan',
      ok: false,
      detail: 'Email uji tidak terkirim. Sisa kuota email hari ini: 0 penerima.',
      fix: quotaFix,
      raw: ['Service invoked too many times for one day: email.'],
    });
    expect(mailLine({ sent: false, quotaLeft: null, raw: '' }).detail).toBe('Email uji tidak terkirim.');
  });
});

describe('letterLine', () => {
  it('passes when the template was copied, filled, exported and removed', () => {
    expect(letterLine({ failedAt: null, raw: '' })).toEqual({
      id: 'surat',
      title: 'Surat dari templat Google Dokumen',
      ok: true,
      detail: 'Templat disalin, diisi, disimpan sebagai PDF di folder Layanan Vicon, lalu keduanya dihapus.',
      fix: '',
      raw: [],
    });
  });

  it('fails saying where it stopped, what to do and Google’s words', () => {
    expect(letterLine({ failedAt: 'templat', raw: 'No item with the given ID could be found.' })).toEqual({
      id: 'surat',
      title: 'Surat dari templat Google Dokumen',
      ok: false,
      detail: 'Templat surat tidak ditemukan atau tidak dapat dibuka mesin.',
      fix: 'Jalankan Siapkan (membuat folder dan templat bawaan). ID templat di Pengaturan harus templat yang dibuat Layanan Vicon; kosongkan bila ragu.',
      raw: ['No item with the given ID could be found.'],
    });
    expect(letterLine({ failedAt: 'pdf', raw: '' }).detail).toBe('Surat tidak dapat disimpan sebagai PDF.');
  });
});

describe('exportLine', () => {
  it('passes when an xlsx came back and the temporary spreadsheet is gone', () => {
    expect(exportLine({ status: 200, isXlsx: true, removed: true, raw: '' })).toEqual({
      id: 'ekspor',
      title: 'Ekspor Rekap (xlsx)',
      ok: true,
      detail: 'Ekspor xlsx dengan token mesin berhasil; spreadsheet sementara dihapus.',
      fix: '',
      raw: [],
    });
  });

  it('fails when Google answered 200 with something else than an Excel file', () => {
    expect(exportLine({ status: 200, isXlsx: false, removed: true, raw: 'Content-Type: text/html' })).toEqual({
      id: 'ekspor',
      title: 'Ekspor Rekap (xlsx)',
      ok: false,
      detail: 'Jawaban ekspor bukan berkas Excel.',
      fix: 'Laporkan ke pengelola Layanan Vicon dengan laporan ini: izin (scope) yang diterima Google untuk ekspor berbeda dari yang diminta mesin.',
      raw: ['Content-Type: text/html'],
    });
  });
});

describe('zoomMeetingLine', () => {
  const expected = new Date('2027-12-28T01:00:00Z');
  const base = { zone: 'Asia/Makassar' as const, expected, got: '2027-12-28T01:00:00Z', failedAt: null, raw: '' };
  const zoneFix =
    'Periksa zona waktu kantor di Pengaturan. Bila jam tetap bergeser, laporkan ke pengelola Layanan Vicon dengan laporan ini.';

  it('passes when Zoom kept the instant asked for, titled with the office zone', () => {
    expect(zoomMeetingLine(base)).toEqual({
      id: 'zoom-waktu',
      title: 'Rapat Zoom pada jam WITA',
      ok: true,
      detail: 'Rapat uji untuk 28/12/2027 pukul 09.00 WITA tersimpan di Zoom pada jam yang sama, lalu dihapus.',
      fix: '',
      raw: [],
    });
  });

  it('fails when the meeting could not be read back, without comparing a time it never got', () => {
    expect(zoomMeetingLine({ ...base, got: '', failedAt: 'baca', raw: 'HTTP 404, kode 3001' })).toEqual({
      id: 'zoom-waktu',
      title: 'Rapat Zoom pada jam WITA',
      ok: false,
      detail: 'Rapat uji tidak dapat dibaca kembali.',
      fix: zoneFix,
      raw: ['HTTP 404, kode 3001'],
    });
  });

  it('quotes a start time Zoom gave that is no time at all', () => {
    expect(zoomMeetingLine({ ...base, got: 'besok pagi' }).detail).toBe(
      'Rapat uji untuk 28/12/2027 pukul 09.00 WITA tersimpan di Zoom pada "besok pagi".',
    );
  });

  it('fails when the test meeting could not be deleted, even at the right time', () => {
    const l = zoomMeetingLine({ ...base, failedAt: 'hapus', raw: 'HTTP 400' });
    expect([l.ok, l.detail, l.raw]).toEqual([
      false,
      'Rapat uji tidak dapat dihapus; hapus rapat "Periksa pemasangan" di Zoom dengan tangan.',
      ['HTTP 400'],
    ]);
  });
});

describe('zoomConnectionLine', () => {
  it('passes when the office uses no Zoom', () => {
    expect(zoomConnectionLine({ used: false, ok: false, message: 'tidak dipakai' })).toEqual({
      id: 'zoom',
      title: 'Koneksi Zoom',
      ok: true,
      detail: 'Zoom tidak dipakai: tidak ada akun Zoom di sheet Sumber Daya.',
      fix: '',
      raw: [],
    });
  });

  it('passes with the connection test’s message on one line', () => {
    expect(zoomConnectionLine({ used: true, ok: true, message: 'Token diterima.\nIzin lengkap.' })).toEqual({
      id: 'zoom',
      title: 'Koneksi Zoom',
      ok: true,
      detail: 'Token diterima. Izin lengkap.',
      fix: '',
      raw: [],
    });
  });

  it('fails with the message on one line and where to fix the credentials', () => {
    expect(zoomConnectionLine({ used: true, ok: false, message: 'Token ditolak.\nInvalid client_id.' })).toEqual({
      id: 'zoom',
      title: 'Koneksi Zoom',
      ok: false,
      detail: 'Token ditolak. Invalid client_id.',
      fix: 'Periksa kredensial dan izin aplikasi Server-to-Server OAuth di Zoom App Marketplace (lihat README, bagian Zoom), lalu isi ulang di Pengaturan.',
      raw: [],
    });
  });
});
