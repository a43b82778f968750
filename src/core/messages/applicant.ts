/** The catalogue of messages to the applicant (pemohon), in Indonesian. */
import type { Block, MessageDoc } from './blocks';
import { eventRows, meetingBlocks, slotText } from './format';
import type { ApplicantBase, MessageInputs, OfficialTemplate } from './types';

/** Most alternative slots one message offers. */
export const MAX_ALTERNATIVES = 3;

const TITLE_MAX_CHARS = 80;

function shortTitle(title: string): string {
  return title.length > TITLE_MAX_CHARS ? `${title.slice(0, TITLE_MAX_CHARS - 1)}…` : title;
}

/** Wraps the body in greeting, event summary and closing; subject '[VC-…] label — title'. */
function applicantDoc(d: ApplicantBase, label: string, body: Block[]): MessageDoc {
  return {
    subject: `[${d.requestId}] ${label}${d.event.title ? ` — ${shortTitle(d.event.title)}` : ''}`,
    blocks: [
      { kind: 'p', text: `Yth. Bapak/Ibu ${d.applicantName || 'Pemohon'},` },
      ...body,
      { kind: 'fields', rows: [['Nomor permohonan', d.requestId], ...eventRows(d.event)] },
      { kind: 'p', text: `Hormat kami,\n${d.officeName}` },
      { kind: 'p', text: 'Pesan ini dikirim otomatis oleh Layanan Vicon. Balas email ini bila ada pertanyaan.' },
    ],
  };
}

function alternativeList(d: ApplicantBase & { alternatives: MessageInputs['alternatif']['alternatives'] }): Block {
  return { kind: 'list', items: d.alternatives.slice(0, MAX_ALTERNATIVES).map((s) => slotText(s, d.event.timeZone)) };
}

type ApplicantTemplates = Exclude<keyof MessageInputs, OfficialTemplate>;

/** One renderer per applicant template. */
export const APPLICANT_MESSAGES: { [K in ApplicantTemplates]: (d: MessageInputs[K]) => MessageDoc } = {
  diterima: (d) =>
    applicantDoc(d, 'Permohonan diterima', [
      {
        kind: 'p',
        text: `Permohonan layanan video conference Anda telah kami terima dengan nomor ${d.requestId}. Simpan nomor ini untuk menanyakan perkembangannya.`,
      },
      ...(d.warnings.length > 0
        ? [{ kind: 'p', text: 'Perlu diperhatikan:' } as Block, { kind: 'list', items: d.warnings } as Block]
        : []),
      ...(d.statusUrl ? [{ kind: 'link', label: 'Lihat status permohonan', url: d.statusUrl } as Block] : []),
    ]),
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
      { kind: 'p', text: 'Permohonan Anda telah dibatalkan dan tautan rapat yang pernah dikirim tidak berlaku lagi.' },
      { kind: 'fields', rows: [['Keterangan', d.reason || '-']] },
    ]),
  jadwal_penuh: (d) =>
    applicantDoc(d, 'Jadwal penuh', [
      { kind: 'p', text: 'Mohon maaf, jadwal layanan pada waktu yang Anda minta sudah penuh.' },
      { kind: 'fields', rows: [['Keterangan', d.reason || '-']] },
      ...(d.alternatives.length > 0
        ? [{ kind: 'p', text: 'Waktu lain yang masih tersedia:' } as Block, alternativeList(d)]
        : []),
      { kind: 'p', text: 'Balas pesan ini bila Anda ingin memakai salah satu waktu tersebut.' },
    ]),
  alternatif: (d) =>
    applicantDoc(d, 'Usulan waktu pengganti', [
      { kind: 'p', text: 'Waktu yang Anda minta tidak dapat kami layani. Kami mengusulkan waktu berikut:' },
      alternativeList(d),
      ...(d.note ? [{ kind: 'fields', rows: [['Catatan', d.note]] } as Block] : []),
      { kind: 'p', text: 'Mohon balas pesan ini dengan pilihan Anda. Permohonan kami tahan sampai ada jawaban.' },
    ]),
  disetujui: (d) =>
    applicantDoc(d, 'Permohonan disetujui', [
      { kind: 'p', text: 'Permohonan layanan video conference Anda telah disetujui.' },
      ...(d.meeting
        ? meetingBlocks(d.meeting)
        : [{ kind: 'p', text: 'Tautan rapat akan kami kirim paling lambat satu hari sebelum kegiatan.' } as Block]),
    ]),
  tautan: (d) =>
    applicantDoc(d, 'Tautan rapat', [
      { kind: 'p', text: 'Berikut tautan rapat untuk kegiatan Anda. Bagikan kepada peserta.' },
      ...meetingBlocks(d.meeting),
    ]),
  pengingat_h1: (d) =>
    applicantDoc(d, 'Pengingat: kegiatan besok', [
      { kind: 'p', text: 'Kami mengingatkan bahwa kegiatan Anda berlangsung besok.' },
      ...(d.meeting ? meetingBlocks(d.meeting) : []),
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
