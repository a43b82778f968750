/** The catalogue of messages to the applicant (pemohon), in Indonesian. */
import type { Block, MessageDoc } from './blocks';
import { eventRows, meetingBlocks, slotText } from './format';
import type { ApplicantBase, MeetingAccess, MessageInputs, OfficialTemplate } from './types';

/** Most alternative slots one message offers. */
export const MAX_ALTERNATIVES = 3;

const TITLE_MAX_CHARS = 80;

function shortTitle(title: string): string {
  return title.length > TITLE_MAX_CHARS ? `${title.slice(0, TITLE_MAX_CHARS - 1)}…` : title;
}

/** How the applicant can answer: a chat says "balas pesan ini", a mail "balas email ini". */
function replyHint(d: ApplicantBase): string {
  return d.channel === 'whatsapp'
    ? 'Pesan ini dari Layanan Vicon. Balas pesan ini bila ada pertanyaan.'
    : 'Pesan ini dikirim otomatis oleh Layanan Vicon. Balas email ini bila ada pertanyaan.';
}

/** The applicant's private status page, on every message that has one. */
function statusBlock(d: ApplicantBase): Block[] {
  return d.statusUrl ? [{ kind: 'link', label: 'Status permohonan Anda (tautan pribadi)', url: d.statusUrl }] : [];
}

/** Wraps the body in greeting, event summary and closing; subject '[VC-…] label — title'. */
function applicantDoc(d: ApplicantBase, label: string, body: Block[]): MessageDoc {
  return {
    subject: `[${d.requestId}] ${label}${d.event.title ? ` — ${shortTitle(d.event.title)}` : ''}`,
    blocks: [
      { kind: 'p', text: `Yth. Bapak/Ibu ${d.applicantName || 'Pemohon'},` },
      ...body,
      { kind: 'fields', rows: [['Nomor permohonan', d.requestId], ...eventRows(d.event)] },
      ...statusBlock(d),
      { kind: 'p', text: `Hormat kami,\n${d.officeName}` },
      { kind: 'p', text: replyHint(d) },
    ],
  };
}

function alternativeList(d: ApplicantBase & { alternatives: MessageInputs['alternatif']['alternatives'] }): Block {
  return { kind: 'list', items: d.alternatives.slice(0, MAX_ALTERNATIVES).map((s) => slotText(s, d.event.timeZone)) };
}

function roomRow(room: string | undefined): Block[] {
  return room ? [{ kind: 'fields', rows: [['Ruang', room]] }] : [];
}

function meetingOrLater(meeting: MeetingAccess | null, room: string | undefined): Block[] {
  if (meeting) return [...meetingBlocks(meeting), ...roomRow(room)];
  return [
    { kind: 'p', text: 'Tautan rapat akan kami kirim paling lambat satu hari sebelum kegiatan.' },
    ...roomRow(room),
  ];
}

function receipt(d: MessageInputs['diterima']): Block[] {
  const opening = d.correction
    ? `Perbaikan permohonan ${d.requestId} telah kami terima dan diproses kembali.`
    : `Permohonan layanan video conference Anda telah kami terima dengan nomor ${d.requestId}. Simpan nomor ini untuk menanyakan perkembangannya.`;
  const rows: Array<[string, string]> = [];
  if (d.nextStep) rows.push(['Langkah berikutnya', d.nextStep]);
  if (d.standard) rows.push(['Waktu layanan standar', `${d.standard} (jam kerja kantor)`]);
  return [
    { kind: 'p', text: opening },
    { kind: 'fields', rows },
    ...(d.warnings.length > 0
      ? [{ kind: 'p', text: 'Perlu diperhatikan:' } as Block, { kind: 'list', items: d.warnings } as Block]
      : []),
  ];
}

type ApplicantTemplates = Exclude<keyof MessageInputs, OfficialTemplate>;

/** One renderer per applicant template. */
export const APPLICANT_MESSAGES: { [K in ApplicantTemplates]: (d: MessageInputs[K]) => MessageDoc } = {
  diterima: (d) => applicantDoc(d, d.correction ? 'Perbaikan diterima' : 'Permohonan diterima', receipt(d)),
  perbaikan: (d) =>
    applicantDoc(d, 'Permohonan perlu diperbaiki', [
      { kind: 'p', text: 'Permohonan Anda belum dapat kami proses karena hal berikut:' },
      { kind: 'list', items: d.reasons.length > 0 ? d.reasons : ['(alasan tidak dicantumkan)'] },
      d.editUrl
        ? { kind: 'link', label: 'Perbaiki isian formulir melalui tautan ini', url: d.editUrl }
        : { kind: 'p', text: 'Silakan kirim ulang permohonan dengan data yang sudah diperbaiki.' },
    ]),
  ditolak: (d) =>
    applicantDoc(d, 'Permohonan tidak dapat dipenuhi', [
      { kind: 'p', text: 'Dengan hormat, kami sampaikan bahwa permohonan Anda tidak dapat kami penuhi.' },
      { kind: 'fields', rows: [['Alasan', d.reason || '-']] },
    ]),
  dibatalkan: (d) =>
    applicantDoc(d, 'Permohonan dibatalkan', [
      {
        kind: 'p',
        text: d.linkSent
          ? 'Permohonan Anda telah dibatalkan dan tautan rapat yang pernah dikirim tidak berlaku lagi.'
          : 'Permohonan Anda telah dibatalkan.',
      },
      { kind: 'fields', rows: [['Keterangan', d.reason || '-']] },
    ]),
  jadwal_penuh: (d) =>
    applicantDoc(d, 'Jadwal penuh', [
      { kind: 'p', text: 'Mohon maaf, jadwal layanan pada waktu yang Anda minta sudah penuh.' },
      { kind: 'fields', rows: [['Keterangan', d.reason || '-']] },
      ...(d.alternatives.length > 0
        ? [
            { kind: 'p', text: 'Waktu berikut masih tersedia saat pesan ini dikirim:' } as Block,
            alternativeList(d),
            { kind: 'p', text: 'Bila salah satunya sesuai, silakan ajukan permohonan baru untuk waktu itu.' } as Block,
          ]
        : []),
    ]),
  alternatif: (d) =>
    applicantDoc(d, 'Usulan waktu pengganti', [
      { kind: 'p', text: 'Waktu yang Anda minta tidak dapat kami layani. Kami mengusulkan waktu berikut:' },
      alternativeList(d),
      ...(d.note ? [{ kind: 'fields', rows: [['Catatan', d.note]] } as Block] : []),
      {
        kind: 'p',
        text: d.statusUrl
          ? 'Pilih salah satu waktu dengan satu klik di halaman status permohonan (tautan di bawah), atau batalkan bila tidak ada yang sesuai. Permohonan kami tahan sampai ada jawaban.'
          : 'Mohon balas pesan ini dengan pilihan Anda. Permohonan kami tahan sampai ada jawaban.',
      },
    ]),
  disetujui: (d) =>
    applicantDoc(d, 'Permohonan disetujui', [
      { kind: 'p', text: 'Permohonan layanan video conference Anda telah disetujui.' },
      ...meetingOrLater(d.meeting, undefined),
    ]),
  tautan: (d) =>
    applicantDoc(d, 'Tautan rapat', [
      { kind: 'p', text: 'Berikut tautan rapat untuk kegiatan Anda. Bagikan kepada peserta.' },
      ...meetingBlocks(d.meeting),
      ...roomRow(d.room),
    ]),
  pengingat_h1: (d) =>
    applicantDoc(d, 'Pengingat: kegiatan besok', [
      { kind: 'p', text: 'Kami mengingatkan bahwa kegiatan Anda berlangsung besok.' },
      ...(d.meeting ? meetingBlocks(d.meeting) : []),
      ...roomRow(d.room),
    ]),
  jadwal_diubah: (d) =>
    applicantDoc(d, 'Jadwal kegiatan diubah', [
      { kind: 'p', text: 'Jadwal kegiatan Anda telah diubah ke waktu berikut (lihat Hari/Tanggal dan Pukul).' },
      ...meetingOrLater(d.meeting, d.room),
    ]),
  selesai: (d) =>
    applicantDoc(d, 'Permohonan selesai', [
      { kind: 'p', text: 'Layanan video conference untuk kegiatan Anda telah selesai. Terima kasih.' },
    ]),
  tidak_terlaksana: (d) =>
    applicantDoc(d, 'Permohonan ditutup', [
      {
        kind: 'p',
        text: 'Waktu kegiatan telah lewat sebelum permohonan selesai diproses, sehingga permohonan kami tutup sebagai tidak terlaksana. Ajukan permohonan baru bila kegiatan dijadwalkan ulang.',
      },
      ...(d.reason ? [{ kind: 'fields', rows: [['Keterangan', d.reason]] } as Block] : []),
    ]),
  dilanjutkan: (d) =>
    applicantDoc(d, 'Permohonan diproses kembali', [
      { kind: 'p', text: 'Permohonan Anda yang sebelumnya ditutup kami buka kembali dan diproses lagi.' },
      ...(d.reason ? [{ kind: 'fields', rows: [['Keterangan', d.reason]] } as Block] : []),
    ]),
  surat_terkirim: (d) =>
    applicantDoc(d, `Surat balasan ${d.letterNumber}`, [
      {
        kind: 'p',
        text: `Bersama pesan ini kami kirimkan surat balasan Nomor ${d.letterNumber} atas permohonan Anda.`,
      },
      { kind: 'fields', rows: [['Lampiran', d.attachmentName || 'Surat balasan (PDF)']] },
    ]),
  dokumentasi_tersedia: (d) =>
    applicantDoc(d, 'Dokumentasi kegiatan tersedia', [
      { kind: 'p', text: 'Dokumentasi kegiatan Anda sudah tersedia:' },
      ...d.items.map((item): Block => ({ kind: 'link', label: item.label, url: item.url })),
    ]),
};
