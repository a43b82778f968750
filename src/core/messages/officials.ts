/**
 * The catalogue of messages to officials: a new task, a cancellation, documentation to upload, a
 * letter without the applicant's email to pass on, and the daily digest of overdue steps. A request
 * link opens the spreadsheet on the request's own Register row (the panel then opens that request);
 * a private link (the official's own, signed) opens the request at its step, or "Tugas saya", on a phone.
 */
import { isLocalDate } from '../dates';
import { formatDuration } from '../duration';
import { formatLongDate } from '../indonesian';
import type { Block, MessageDoc } from './blocks';
import { eventRows } from './format';
import type { MessageInputs, OfficialTemplate, OverdueItem } from './types';

/** Most request ids listed in the digest's subject line. */
export const DIGEST_SUBJECT_IDS = 3;

const FOOTER: Block = { kind: 'p', text: 'Pesan ini dikirim otomatis oleh Layanan Vicon.' };

/** The link to the request: the spreadsheet opens on its row; "Buka panel" then shows it. */
function requestLink(requestId: string, url: string): Block {
  return {
    kind: 'link',
    label: `Buka ${requestId} (spreadsheet terbuka pada barisnya; pilih Layanan Vicon › Buka panel)`,
    url,
  };
}

/** The recipient's private "Tugas saya" link, when there is one. */
function tasksLink(url: string | undefined): Block[] {
  return url ? [{ kind: 'link', label: 'Buka semua tugas saya (tautan pribadi Anda; jangan diteruskan)', url }] : [];
}

/** One late step of the digest: the recipient's private link to it, else the item as a line. */
function digestItems(items: OverdueItem[]): Block[] {
  const line = (i: OverdueItem) =>
    `${i.requestId} — ${i.stepLabel} (${i.roleLabel}): terlambat ${formatDuration(i.lateMinutes)}`;
  if (items.some((i) => !i.url)) return [{ kind: 'list', items: items.map(line) }];
  return items.map((i) => ({ kind: 'link', label: `${line(i)} — tindak sekarang`, url: i.url ?? '' }));
}

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
      ...(d.phoneUrl
        ? [
            {
              kind: 'link',
              label: 'Tindak dari ponsel (tautan pribadi Anda; jangan diteruskan)',
              url: d.phoneUrl,
            } as Block,
          ]
        : []),
      ...tasksLink(d.tasksUrl),
      requestLink(d.requestId, d.spreadsheetUrl),
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
      requestLink(d.requestId, d.spreadsheetUrl),
      { kind: 'p', text: d.officeName },
      FOOTER,
    ],
  }),
  tindak_lanjut_pemohon: (d) => ({
    subject: `[${d.requestId}] Sampaikan kabar kepada pemohon (surat tanpa email)`,
    blocks: [
      { kind: 'p', text: `Yth. ${d.recipientName || 'Bapak/Ibu'},` },
      {
        kind: 'p',
        text: `Permohonan ${d.requestId} dicatat dari surat tanpa alamat email pemohon, sehingga kabar berikut tidak dapat kami kirim. Mohon sampaikan kepada pemohon lewat telepon, WhatsApp atau surat.`,
      },
      {
        kind: 'fields',
        rows: [
          ['Pemohon', `${d.applicantName || '-'} (${d.agency || '-'})`],
          ['Telepon/WhatsApp', d.phone || '-'],
        ],
      },
      { kind: 'p', text: `Pesan untuk pemohon:\n\n${d.message}` },
      ...(d.whatsappUrl
        ? [{ kind: 'link', label: 'Kirim pesan ini lewat WhatsApp', url: d.whatsappUrl } as Block]
        : []),
      requestLink(d.requestId, d.spreadsheetUrl),
      { kind: 'p', text: d.officeName },
      FOOTER,
    ],
  }),
  ringkasan_terlambat: (d) => ({
    subject: digestSubject(d),
    blocks: [
      ...(d.recipientName ? [{ kind: 'p', text: `Yth. ${d.recipientName},` } as Block] : []),
      {
        kind: 'p',
        text: `Langkah berikut melewati waktu standar (Mutu Baku) per ${isLocalDate(d.date) ? formatLongDate(d.date) : d.date}:`,
      },
      ...digestItems(d.items),
      ...(d.items.length === 0 ? [{ kind: 'p', text: 'Tidak ada langkah yang terlambat.' } as Block] : []),
      ...tasksLink(d.tasksUrl),
      { kind: 'link', label: 'Buka spreadsheet Layanan Vicon', url: d.spreadsheetUrl },
      { kind: 'p', text: d.officeName },
      FOOTER,
    ],
  }),
};
