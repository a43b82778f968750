/**
 * The exact words each message says, subject and plain text, as the applicant or official reads
 * them. Any change of wording must be made here too, on purpose.
 */
import { renderMessage, type MessageInputs, type MessageTemplate } from '../../src/core/messages';
import { event, base, SUMMARY } from './messages/fixtures';

const meeting = {
  platform: 'zoom' as const,
  joinUrl: 'https://zoom.us/j/81234567890',
  meetingId: '81234567890',
  passcode: 'ab3Cd5Ef',
};
const slots = [
  { date: '2026-01-06', start: '09:00', end: '10:00' },
  { date: '2026-01-07', start: '13:00', end: '14:00' },
];

const CLOSING = [
  'Hormat kami,\nDiskominfo Kota Tarakan',
  'Pesan ini dikirim otomatis oleh Layanan Vicon. Balas email ini bila ada pertanyaan.',
];

/** An applicant message: greeting, `body` paragraphs, the request summary and the closing. */
function applicantText(...body: string[]): string {
  return ['Yth. Bapak/Ibu Siti Rahma,', ...body, SUMMARY, ...CLOSING].join('\n\n');
}

/** An applicant message with a private status link, which follows the request summary. */
function applicantTextWithStatus(statusLine: string, ...body: string[]): string {
  return ['Yth. Bapak/Ibu Siti Rahma,', ...body, SUMMARY, statusLine, ...CLOSING].join('\n\n');
}

const SUBJECT = (label: string) => `[VC-2026-0001] ${label} — Rapat Koordinasi Stunting`;
const ZOOM_BLOCK =
  'Tautan rapat: https://zoom.us/j/81234567890\n\nPlatform: Zoom\nID Rapat: 812 3456 7890\nKode Sandi: ab3Cd5Ef';
const SLOTS = '1. Selasa, 6 Januari 2026 pukul 09.00–10.00 WITA\n2. Rabu, 7 Januari 2026 pukul 13.00–14.00 WITA';

const CASES: Array<{ [K in MessageTemplate]: [K, MessageInputs[K], string, string] }[MessageTemplate]> = [
  [
    'diterima',
    { ...base, warnings: ['Permohonan kurang dari H-1.'], statusUrl: 'https://contoh.go.id/status' },
    SUBJECT('Permohonan diterima'),
    applicantTextWithStatus(
      'Status permohonan Anda (tautan pribadi): https://contoh.go.id/status',
      'Permohonan layanan video conference Anda telah kami terima dengan nomor VC-2026-0001. Simpan nomor ini untuk menanyakan perkembangannya.',
      'Perlu diperhatikan:',
      '1. Permohonan kurang dari H-1.',
    ),
  ],
  [
    'diterima',
    { ...base, warnings: [], statusUrl: '' },
    SUBJECT('Permohonan diterima'),
    applicantText(
      'Permohonan layanan video conference Anda telah kami terima dengan nomor VC-2026-0001. Simpan nomor ini untuk menanyakan perkembangannya.',
    ),
  ],
  [
    'perbaikan',
    { ...base, reasons: ['Nomor WhatsApp tidak valid.'], editUrl: 'https://forms.example/edit' },
    SUBJECT('Permohonan perlu diperbaiki'),
    applicantText(
      'Permohonan Anda belum dapat kami proses karena hal berikut:',
      '1. Nomor WhatsApp tidak valid.',
      'Perbaiki isian formulir melalui tautan ini: https://forms.example/edit',
    ),
  ],
  [
    'perbaikan',
    { ...base, reasons: [], editUrl: '' },
    SUBJECT('Permohonan perlu diperbaiki'),
    applicantText(
      'Permohonan Anda belum dapat kami proses karena hal berikut:',
      '1. (alasan tidak dicantumkan)',
      'Silakan kirim ulang permohonan dengan data yang sudah diperbaiki.',
    ),
  ],
  [
    'ditolak',
    { ...base, reason: 'Akun Zoom penuh.' },
    SUBJECT('Permohonan tidak dapat dipenuhi'),
    applicantText(
      'Dengan hormat, kami sampaikan bahwa permohonan Anda tidak dapat kami penuhi.',
      'Alasan: Akun Zoom penuh.',
    ),
  ],
  [
    'ditolak',
    { ...base, reason: '' },
    SUBJECT('Permohonan tidak dapat dipenuhi'),
    applicantText('Dengan hormat, kami sampaikan bahwa permohonan Anda tidak dapat kami penuhi.', 'Alasan: -'),
  ],
  [
    'dibatalkan',
    { ...base, reason: '' },
    SUBJECT('Permohonan dibatalkan'),
    applicantText('Permohonan Anda telah dibatalkan.', 'Keterangan: -'),
  ],
  [
    'dibatalkan',
    { ...base, reason: 'Kegiatan ditunda.', linkSent: true },
    SUBJECT('Permohonan dibatalkan'),
    applicantText(
      'Permohonan Anda telah dibatalkan dan tautan rapat yang pernah dikirim tidak berlaku lagi.',
      'Keterangan: Kegiatan ditunda.',
    ),
  ],
  [
    'jadwal_penuh',
    { ...base, reason: 'Semua akun Zoom terpakai.', alternatives: slots },
    SUBJECT('Jadwal penuh'),
    applicantText(
      'Mohon maaf, jadwal layanan pada waktu yang Anda minta sudah penuh.',
      'Keterangan: Semua akun Zoom terpakai.',
      'Waktu berikut masih tersedia saat pesan ini dikirim:',
      SLOTS,
      'Bila salah satunya sesuai, silakan ajukan permohonan baru untuk waktu itu.',
    ),
  ],
  [
    'jadwal_penuh',
    { ...base, reason: '', alternatives: [] },
    SUBJECT('Jadwal penuh'),
    applicantText('Mohon maaf, jadwal layanan pada waktu yang Anda minta sudah penuh.', 'Keterangan: -'),
  ],
  [
    'alternatif',
    { ...base, alternatives: slots, note: 'Mohon jawab sebelum Senin.' },
    SUBJECT('Usulan waktu pengganti'),
    applicantText(
      'Waktu yang Anda minta tidak dapat kami layani. Kami mengusulkan waktu berikut:',
      SLOTS,
      'Catatan: Mohon jawab sebelum Senin.',
      'Mohon balas pesan ini dengan pilihan Anda. Permohonan kami tahan sampai ada jawaban.',
    ),
  ],
  [
    'alternatif',
    { ...base, alternatives: slots.slice(0, 1), note: '' },
    SUBJECT('Usulan waktu pengganti'),
    applicantText(
      'Waktu yang Anda minta tidak dapat kami layani. Kami mengusulkan waktu berikut:',
      '1. Selasa, 6 Januari 2026 pukul 09.00–10.00 WITA',
      'Mohon balas pesan ini dengan pilihan Anda. Permohonan kami tahan sampai ada jawaban.',
    ),
  ],
  [
    'disetujui',
    { ...base, meeting: null },
    SUBJECT('Permohonan disetujui'),
    applicantText(
      'Permohonan layanan video conference Anda telah disetujui.',
      'Tautan rapat akan kami kirim paling lambat satu hari sebelum kegiatan.',
    ),
  ],
  [
    'disetujui',
    { ...base, meeting },
    SUBJECT('Permohonan disetujui'),
    applicantText('Permohonan layanan video conference Anda telah disetujui.', ZOOM_BLOCK),
  ],
  [
    'tautan',
    { ...base, meeting },
    SUBJECT('Tautan rapat'),
    applicantText('Berikut tautan rapat untuk kegiatan Anda. Bagikan kepada peserta.', ZOOM_BLOCK),
  ],
  [
    'pengingat_h1',
    { ...base, meeting },
    SUBJECT('Pengingat: kegiatan besok'),
    applicantText('Kami mengingatkan bahwa kegiatan Anda berlangsung besok.', ZOOM_BLOCK),
  ],
  [
    'pengingat_h1',
    { ...base, meeting: null },
    SUBJECT('Pengingat: kegiatan besok'),
    applicantText('Kami mengingatkan bahwa kegiatan Anda berlangsung besok.'),
  ],
  [
    'surat_terkirim',
    { ...base, letterNumber: '7/555/Diskominfo/I/2026', attachmentName: '' },
    SUBJECT('Surat balasan 7/555/Diskominfo/I/2026'),
    applicantText(
      'Bersama pesan ini kami kirimkan surat balasan Nomor 7/555/Diskominfo/I/2026 atas permohonan Anda.',
      'Lampiran: Surat balasan (PDF)',
    ),
  ],
  [
    'dokumentasi_tersedia',
    { ...base, items: [{ label: 'notulen', url: 'https://drive.example/n' }] },
    SUBJECT('Dokumentasi kegiatan tersedia'),
    applicantText('Dokumentasi kegiatan Anda sudah tersedia:', 'notulen: https://drive.example/n'),
  ],
  [
    'tugas_baru',
    {
      requestId: 'VC-2026-0001',
      recipientName: '',
      roleLabel: 'Kepala Bidang',
      stepLabel: 'Disposisi ke Subkoordinator',
      applicantName: 'Siti Rahma',
      agency: 'Bappeda',
      event,
      spreadsheetUrl: 'https://sheet.example',
      standardMinutes: 5,
      officeName: 'Diskominfo Kota Tarakan',
    },
    '[VC-2026-0001] Tugas baru: Disposisi ke Subkoordinator',
    [
      'Yth. Kepala Bidang,',
      'Ada permohonan yang menunggu tindakan Anda sebagai Kepala Bidang: Disposisi ke Subkoordinator.',
      'Nomor permohonan: VC-2026-0001\nPemohon: Siti Rahma (Bappeda)\nKegiatan: Rapat Koordinasi Stunting\nHari/Tanggal: Senin, 5 Januari 2026\nPukul: 09.00–11.00 WITA\nWaktu standar: 5 menit',
      'Buka VC-2026-0001 (spreadsheet terbuka pada barisnya; pilih Layanan Vicon › Buka panel): https://sheet.example',
      'Diskominfo Kota Tarakan',
      'Pesan ini dikirim otomatis oleh Layanan Vicon.',
    ].join('\n\n'),
  ],
  [
    'tugas_baru',
    {
      requestId: 'VC-2026-0001',
      recipientName: 'Budi',
      roleLabel: 'Operator',
      stepLabel: 'Pendampingan',
      applicantName: 'Siti Rahma',
      agency: '',
      event,
      spreadsheetUrl: 'https://sheet.example',
      standardMinutes: null,
      officeName: 'Diskominfo Kota Tarakan',
    },
    '[VC-2026-0001] Tugas baru: Pendampingan',
    [
      'Yth. Budi,',
      'Ada permohonan yang menunggu tindakan Anda sebagai Operator: Pendampingan.',
      'Nomor permohonan: VC-2026-0001\nPemohon: Siti Rahma (-)\nKegiatan: Rapat Koordinasi Stunting\nHari/Tanggal: Senin, 5 Januari 2026\nPukul: 09.00–11.00 WITA\nWaktu standar: setiap saat',
      'Buka VC-2026-0001 (spreadsheet terbuka pada barisnya; pilih Layanan Vicon › Buka panel): https://sheet.example',
      'Diskominfo Kota Tarakan',
      'Pesan ini dikirim otomatis oleh Layanan Vicon.',
    ].join('\n\n'),
  ],
  [
    'ringkasan_terlambat',
    {
      date: '2026-01-05',
      spreadsheetUrl: 'https://sheet.example',
      officeName: 'Diskominfo Kota Tarakan',
      items: ['0001', '0002', '0002', '0003', '0004'].map((n, i) => ({
        requestId: `VC-2026-${n}`,
        stepLabel: 'Disposisi',
        roleLabel: 'Kabid',
        lateMinutes: 150 + i,
      })),
    },
    '[VC-2026-0001, VC-2026-0002, VC-2026-0003, …] Ringkasan langkah terlambat — Senin, 5 Januari 2026',
    [
      'Langkah berikut melewati waktu standar (Mutu Baku) per Senin, 5 Januari 2026:',
      [
        '1. VC-2026-0001 — Disposisi (Kabid): terlambat 2 jam 30 menit',
        '2. VC-2026-0002 — Disposisi (Kabid): terlambat 2 jam 31 menit',
        '3. VC-2026-0002 — Disposisi (Kabid): terlambat 2 jam 32 menit',
        '4. VC-2026-0003 — Disposisi (Kabid): terlambat 2 jam 33 menit',
        '5. VC-2026-0004 — Disposisi (Kabid): terlambat 2 jam 34 menit',
      ].join('\n'),
      'Buka spreadsheet Layanan Vicon: https://sheet.example',
      'Diskominfo Kota Tarakan',
      'Pesan ini dikirim otomatis oleh Layanan Vicon.',
    ].join('\n\n'),
  ],
  [
    'ringkasan_terlambat',
    { date: 'hari ini', spreadsheetUrl: 'https://sheet.example', officeName: 'Diskominfo', items: [] },
    '[tidak ada] Ringkasan langkah terlambat — hari ini',
    [
      'Langkah berikut melewati waktu standar (Mutu Baku) per hari ini:',
      'Tidak ada langkah yang terlambat.',
      'Buka spreadsheet Layanan Vicon: https://sheet.example',
      'Diskominfo',
      'Pesan ini dikirim otomatis oleh Layanan Vicon.',
    ].join('\n\n'),
  ],
];

describe('message texts', () => {
  it.each(CASES.map((c, i) => [`${c[0]} #${i}`, c] as const))('%s', (_name, [template, input, subject, text]) => {
    const m = renderMessage(template, input as never);
    expect(m.subject).toBe(subject);
    expect(m.text).toBe(text);
  });
});
