/** The catalogue of messages to officials: a new task, and the daily digest of overdue steps. */
import { isLocalDate } from '../dates';
import { formatDuration, formatLongDate } from '../indonesian';
import type { Block, MessageDoc } from './blocks';
import { eventRows } from './format';
import type { MessageInputs, OfficialTemplate } from './types';

/** Most request ids listed in the digest's subject line. */
export const DIGEST_SUBJECT_IDS = 3;

const FOOTER: Block = { kind: 'p', text: 'Pesan ini dikirim otomatis oleh Layanan Vicon.' };

function digestSubject(d: MessageInputs['ringkasan_terlambat']): string {
  const ids = [...new Set(d.items.map((i) => i.requestId))];
  const shown = ids.slice(0, DIGEST_SUBJECT_IDS).join(', ') + (ids.length > DIGEST_SUBJECT_IDS ? ', …' : '');
  const when = isLocalDate(d.date) ? formatLongDate(d.date) : d.date;
  return `[${shown || 'tidak ada'}] Ringkasan langkah terlambat — ${when}`;
}

/** One renderer per official template. */
export const OFFICIAL_MESSAGES: { [K in OfficialTemplate]: (d: MessageInputs[K]) => MessageDoc } = {
  tugas_baru: (d) => ({
    subject: `[${d.requestId}] Tugas baru: ${d.stepLabel}`,
    blocks: [
      { kind: 'p', text: `Yth. ${d.recipientName || d.roleLabel},` },
      { kind: 'p', text: `Ada permohonan yang menunggu tindakan Anda sebagai ${d.roleLabel}: ${d.stepLabel}.` },
      {
        kind: 'fields',
        rows: [
          ['Nomor permohonan', d.requestId],
          ['Pemohon', `${d.applicantName} (${d.agency || '-'})`],
          ...eventRows(d.event),
          ['Waktu standar', d.standardMinutes === null ? 'setiap saat' : formatDuration(d.standardMinutes)],
        ],
      },
      ...(d.warnings && d.warnings.length > 0
        ? [{ kind: 'p', text: 'Perlu diperhatikan:' } as Block, { kind: 'list', items: d.warnings } as Block]
        : []),
      {
        kind: 'link',
        label: 'Buka spreadsheet Layanan Vicon, lalu menu Layanan Vicon › Tugas saya',
        url: d.spreadsheetUrl,
      },
      { kind: 'p', text: d.officeName },
      FOOTER,
    ],
  }),
  dibatalkan_petugas: (d) => ({
    subject: `[${d.requestId}] Permohonan dibatalkan`,
    blocks: [
      { kind: 'p', text: `Yth. ${d.recipientName || 'Bapak/Ibu'},` },
      {
        kind: 'p',
        text: `Permohonan berikut dibatalkan oleh ${d.cancelledBy} saat berada pada langkah "${d.stepLabel}". Tidak ada tindakan lagi; pesanan sumber daya dan rapatnya sudah dilepas.`,
      },
      {
        kind: 'fields',
        rows: [
          ['Nomor permohonan', d.requestId],
          ['Pemohon', `${d.applicantName} (${d.agency || '-'})`],
          ...eventRows(d.event),
          ['Alasan', d.reason || '-'],
        ],
      },
      { kind: 'p', text: d.officeName },
      FOOTER,
    ],
  }),
  minta_dokumentasi: (d) => ({
    subject: `[${d.requestId}] Mohon unggah dokumentasi kegiatan`,
    blocks: [
      { kind: 'p', text: `Yth. ${d.recipientName || 'Bapak/Ibu'},` },
      { kind: 'p', text: `Kegiatan berikut sudah selesai. Langkah berikutnya: ${d.stepLabel}. Mohon unggah:` },
      { kind: 'list', items: d.documents.length > 0 ? d.documents : ['dokumentasi kegiatan'] },
      { kind: 'fields', rows: [['Nomor permohonan', d.requestId], ...eventRows(d.event)] },
      {
        kind: 'link',
        label: 'Buka spreadsheet Layanan Vicon, lalu menu Layanan Vicon › Tugas saya',
        url: d.spreadsheetUrl,
      },
      { kind: 'p', text: d.officeName },
      FOOTER,
    ],
  }),
  ringkasan_terlambat: (d) => ({
    subject: digestSubject(d),
    blocks: [
      {
        kind: 'p',
        text: `Langkah berikut melewati waktu standar (Mutu Baku) per ${isLocalDate(d.date) ? formatLongDate(d.date) : d.date}:`,
      },
      {
        kind: 'list',
        items: d.items.map(
          (i) => `${i.requestId} — ${i.stepLabel} (${i.roleLabel}): terlambat ${formatDuration(i.lateMinutes)}`,
        ),
      },
      ...(d.items.length === 0 ? [{ kind: 'p', text: 'Tidak ada langkah yang terlambat.' } as Block] : []),
      { kind: 'link', label: 'Buka spreadsheet Layanan Vicon', url: d.spreadsheetUrl },
      { kind: 'p', text: d.officeName },
      FOOTER,
    ],
  }),
};
