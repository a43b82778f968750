/**
 * Checklist lines about the office account's effects, each tried for real and undone: the web
 * app and its identity check, the calendars, a mail, a letter PDF, the Sheets export, Zoom.
 */
import { zoneAbbrev, type OfficeZone } from '../dates';
import { failed, lineOf, officeStamp, passed, type CheckLine } from './types';

/** Where an effect stopped; null when it went through and was undone. */
type Stage<T extends string> = T | null;

/** The engine's web app, asked by the engine itself. */
export interface WebAppFacts {
  /** doGet answered that the engine is ready. */
  answered: boolean;
  /** A POST with a forged identity token was refused (false: accepted; null: no answer). */
  forgedRefused: boolean | null;
  raw: string[];
}

/** ✓ when the web app answers and refuses a forged identity (this official's own was accepted to get here). */
export function webAppLine(f: WebAppFacts): CheckLine {
  const problems: string[] = [];
  if (!f.answered) problems.push('Aplikasi web mesin tidak menjawab dengan benar.');
  if (f.forgedRefused === false)
    problems.push('Mesin MENERIMA token identitas palsu: siapa pun dapat bertindak atas nama petugas.');
  if (f.forgedRefused === null) problems.push('Mesin tidak menjawab uji token identitas palsu.');
  const fix =
    f.forgedRefused === false
      ? 'Hentikan pemakaian (Deploy › Manage deployments › arsipkan) dan laporkan segera ke pengelola Layanan Vicon dengan laporan ini.'
      : 'Periksa deployment aplikasi web mesin: Execute as "Me" (akun layanan), Who has access "Anyone"; lalu jalankan Siapkan agar alamatnya tercatat di Pengaturan.';
  return lineOf(
    'mesin',
    'Aplikasi web mesin dan identitas petugas',
    problems,
    'Aplikasi web menjawab; identitas Google Anda diterima dan token identitas palsu ditolak.',
    fix,
    f.raw,
  );
}

/** One resource calendar tried: read, a test event made and deleted. */
export interface CalendarProbe {
  resource: string;
  failedAt: Stage<'id' | 'baca' | 'buat' | 'hapus'>;
  raw: string;
}

const CALENDAR_STAGE: Record<NonNullable<CalendarProbe['failedAt']>, string> = {
  id: 'belum punya "ID Kalender"',
  baca: 'tidak dapat dibuka akun layanan (tidak ada, atau tidak dibagikan)',
  buat: 'tidak dapat diberi acara (akun layanan hanya boleh melihat)',
  hapus: 'acara uji tidak dapat dihapus',
};

/** ✓ when every resource calendar was read and took (then lost) a test event. */
export function calendarLine(probes: CalendarProbe[]): CheckLine {
  const title = 'Kalender sumber daya';
  if (probes.length === 0) return passed('kalender', title, 'Belum ada sumber daya di sheet Sumber Daya.');
  const bad = probes.filter((p) => p.failedAt !== null);
  return lineOf(
    'kalender',
    title,
    bad.map((p) => `"${p.resource}": ${CALENDAR_STAGE[p.failedAt!]}.`),
    `${probes.length} kalender dapat dibaca, diberi acara uji, dan acara itu dihapus lagi.`,
    'Kosongkan "ID Kalender" yang salah di sheet Sumber Daya lalu jalankan Layanan Vicon › Siapkan kalender sumber daya (kalender baru milik akun layanan); atau bagikan kalender itu ke akun layanan dengan izin "Buat perubahan pada acara".',
    bad.map((p) => p.raw),
  );
}

/** The test mail to the administrator. */
export interface MailFacts {
  sent: boolean;
  /** Recipients left today after the test; null when Google would not say. */
  quotaLeft: number | null;
  raw: string;
}

/** ✓ when the test mail went out from the office account; shows the quota left. */
export function mailLine(f: MailFacts): CheckLine {
  const quota = f.quotaLeft === null ? '' : ` Sisa kuota email hari ini: ${f.quotaLeft} penerima.`;
  if (f.sent) return passed('email', 'Email dari akun layanan', `Email uji terkirim ke alamat Anda.${quota}`);
  return failed(
    'email',
    'Email dari akun layanan',
    `Email uji tidak terkirim.${quota}`,
    'Bila kuota habis, tunggu sampai kuota direset (sekitar 24 jam); email yang tertunda dikirim ulang oleh pemicu per jam. Akun Workspace mendapat 1.500 penerima per hari, akun pribadi 100.',
    [f.raw],
  );
}

/** A reply letter made from a template, exported to PDF in the office folder, then removed. */
export interface LetterFacts {
  failedAt: Stage<'folder' | 'templat' | 'salin' | 'pdf' | 'hapus'>;
  raw: string;
}

const LETTER_STAGE: Record<NonNullable<LetterFacts['failedAt']>, string> = {
  folder: 'Folder Drive "Layanan Vicon" tidak ditemukan.',
  templat: 'Templat surat tidak ditemukan atau tidak dapat dibuka mesin.',
  salin: 'Templat tidak dapat disalin dan diisi.',
  pdf: 'Surat tidak dapat disimpan sebagai PDF.',
  hapus: 'Berkas uji tidak dapat dihapus lagi.',
};

/** ✓ when a template copied, filled and exported to PDF in the folder, and both files were removed. */
export function letterLine(f: LetterFacts): CheckLine {
  return lineOf(
    'surat',
    'Surat dari templat Google Dokumen',
    f.failedAt === null ? [] : [LETTER_STAGE[f.failedAt]],
    'Templat disalin, diisi, disimpan sebagai PDF di folder Layanan Vicon, lalu keduanya dihapus.',
    'Jalankan Siapkan (membuat folder dan templat bawaan). ID templat di Pengaturan harus templat yang dibuat Layanan Vicon; kosongkan bila ragu.',
    [f.raw],
  );
}

/** The Sheets export endpoint, called with the engine's own token on a temporary spreadsheet. */
export interface ExportFacts {
  status: number;
  isXlsx: boolean;
  removed: boolean;
  raw: string;
}

/** ✓ when the export endpoint answered with an .xlsx and the temporary spreadsheet is gone. */
export function exportLine(f: ExportFacts): CheckLine {
  const problems: string[] = [];
  if (f.status !== 200) problems.push(`Google menolak ekspor (kode ${f.status}).`);
  else if (!f.isXlsx) problems.push('Jawaban ekspor bukan berkas Excel.');
  if (!f.removed) problems.push('Spreadsheet sementara tidak dapat dihapus.');
  return lineOf(
    'ekspor',
    'Ekspor Rekap (xlsx)',
    problems,
    'Ekspor xlsx dengan token mesin berhasil; spreadsheet sementara dihapus.',
    'Laporkan ke pengelola Layanan Vicon dengan laporan ini: izin (scope) yang diterima Google untuk ekspor berbeda dari yang diminta mesin.',
    [f.raw],
  );
}

/** The test meeting: made for a local time in the office zone, read back, deleted. */
export interface ZoomMeetingFacts {
  zone: OfficeZone;
  /** The instant asked for. */
  expected: Date;
  /** Zoom's start_time as read back ('' when it never got that far). */
  got: string;
  failedAt: Stage<'buat' | 'baca' | 'hapus'>;
  raw: string;
}

const ZOOM_STAGE: Record<NonNullable<ZoomMeetingFacts['failedAt']>, string> = {
  buat: 'Rapat uji tidak dapat dibuat.',
  baca: 'Rapat uji tidak dapat dibaca kembali.',
  hapus: 'Rapat uji tidak dapat dihapus; hapus rapat "Periksa pemasangan" di Zoom dengan tangan.',
};

/** ✓ when Zoom stored the test meeting at exactly the instant asked for, and it was deleted. */
export function zoomMeetingLine(f: ZoomMeetingFacts): CheckLine {
  const title = `Rapat Zoom pada jam ${zoneAbbrev(f.zone)}`;
  const problems = f.failedAt === 'buat' || f.failedAt === 'baca' ? [ZOOM_STAGE[f.failedAt]] : [];
  const gotMs = Date.parse(f.got);
  if (problems.length === 0 && gotMs !== f.expected.getTime())
    problems.push(
      `Rapat uji untuk ${officeStamp(f.expected, f.zone)} tersimpan di Zoom pada ${Number.isNaN(gotMs) ? `"${f.got}"` : officeStamp(new Date(gotMs), f.zone)}.`,
    );
  if (f.failedAt === 'hapus') problems.push(ZOOM_STAGE.hapus);
  return lineOf(
    'zoom-waktu',
    title,
    problems,
    `Rapat uji untuk ${officeStamp(f.expected, f.zone)} tersimpan di Zoom pada jam yang sama, lalu dihapus.`,
    'Periksa zona waktu kantor di Pengaturan. Bila jam tetap bergeser, laporkan ke pengelola Layanan Vicon dengan laporan ini.',
    [f.raw],
  );
}

/** The Zoom connection test ("Tes koneksi": token, scopes, hosts), or Zoom unused by this office. */
export function zoomConnectionLine(f: { used: boolean; ok: boolean; message: string }): CheckLine {
  const title = 'Koneksi Zoom';
  if (!f.used) return passed('zoom', title, 'Zoom tidak dipakai: tidak ada akun Zoom di sheet Sumber Daya.');
  if (f.ok) return passed('zoom', title, f.message.replace(/\n/g, ' '));
  return failed(
    'zoom',
    title,
    f.message.replace(/\n/g, ' '),
    'Periksa kredensial dan izin aplikasi Server-to-Server OAuth di Zoom App Marketplace (lihat README, bagian Zoom), lalu isi ulang di Pengaturan.',
  );
}
