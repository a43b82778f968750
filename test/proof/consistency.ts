/**
 * What "consistent" means for one request on the built bundle: the Register row,
 * the Riwayat, the resource calendars and Zoom agree — or every difference is
 * an effect listed in 'Efek Tertunda' and shown in the detail's `pending`.
 */
import type { E2E } from '../e2e/world';
import {
  actionTrail,
  eventsOf,
  historyOf,
  ID,
  lettersOf,
  mailSet,
  meetingsOf,
  meetsOf,
  pdfsOf,
  pendingKinds,
  rowOf,
} from './kit';

/** Steps at which the request must have its Zoom meeting (Bandung, then Tarakan). */
const AFTER_MEETING = [
  'kirim_tautan',
  'pendampingan',
  'selesai',
  'lapor_staf',
  'draf_surat',
  'telaah_kabid',
  'kirim_surat',
];

/** The differences between row, history, calendar and Zoom not explained by a pending effect. */
export function inconsistencies(e: E2E, id = ID): string[] {
  const row = rowOf(e, id);
  if (row.Nomor === undefined)
    return eventsOf(e, id).length || meetingsOf(e, id).length ? ['tanpa baris, tetapi ada pesanan/rapat'] : [];
  const problems: string[] = [];
  const pending = pendingKinds(e, id);
  const explained = (kind: string, what: string) => {
    if (!pending.includes(kind)) problems.push(what);
  };
  const entries = historyOf(e, id).filter((h) => h.kind !== 'efek').length;
  if (Number(row.Versi) !== entries) problems.push(`Versi ${String(row.Versi)} ≠ ${entries} entri riwayat`);
  const cancelled = row.Langkah === 'dibatalkan';
  const events = eventsOf(e, id).length;
  const meetings = String(row.Platform) === 'Google Meet' ? meetsOf(e, id) : meetingsOf(e, id);
  if (!cancelled && row['Akun Zoom'] && events === 0) explained('reserve', 'host ditetapkan tetapi kalender kosong');
  if (!cancelled && !row['Akun Zoom'] && events > 0)
    problems.push('kalender berisi pesanan untuk permohonan yang belum disetujui');
  if (cancelled && events > 0) explained('release', 'dibatalkan tetapi kalender masih dipesan');
  if (cancelled && meetings.length > 0) explained('cancel_meeting', 'dibatalkan tetapi rapat Zoom masih ada');
  if (!cancelled && row['ID Rapat'] && meetings.length !== 1)
    problems.push(`ID Rapat di Register, tetapi ${meetings.length} rapat di Zoom/Meet`);
  if (!cancelled && row['ID Rapat'] && String(row.Platform) === 'Zoom' && !meetings.includes(String(row['ID Rapat'])))
    problems.push('ID Rapat di Register tidak ada di Zoom');
  if (!cancelled && meetings.length > 1) problems.push(`${meetings.length} rapat Zoom untuk satu permohonan`);
  if (!cancelled && !row['ID Rapat'] && (meetings.length > 0 || AFTER_MEETING.includes(String(row.Langkah))))
    explained('create_meeting', 'rapat belum tercatat di Register');
  if (events > 2) problems.push(`${events} pesanan kalender`);
  return [...problems, ...letterProblems(row, lettersOf(e, id), pdfsOf(e, id), explained)];
}

function letterProblems(
  row: Record<string, unknown>,
  letters: string[],
  pdfs: string[],
  explained: (kind: string, what: string) => void,
): string[] {
  const problems: string[] = [];
  const number = String(row['Nomor Surat Balasan'] ?? '');
  if (letters.length > 1) problems.push(`${letters.length} nomor surat untuk satu permohonan`);
  if (pdfs.length > 1) problems.push(`${pdfs.length} PDF surat untuk satu permohonan`);
  if (number && !letters.includes(number)) problems.push(`nomor surat ${number} tidak tercatat di sheet Surat`);
  if (!number && letters.length > 0) explained('sign_letter', 'nomor surat diambil tetapi belum di Register');
  if (row.Langkah === 'selesai' && row['Alur SOP'] === '001-tarakan' && !number)
    explained('sign_letter', 'selesai tanpa surat bernomor');
  return problems;
}

/** The detail's pending list agrees with the row's 'Efek Tertunda' (as an official sees it). */
export function detailPendingProblems(e: E2E, official: string, id = ID): string[] {
  e.as(official);
  const d = e.detail(id);
  if (!d.ok) return [`detail ditolak: ${d.error}`];
  const kinds = pendingKinds(e, id);
  if (d.value.pending.length !== kinds.length)
    return [`detail menampilkan ${d.value.pending.length} efek tertunda, baris ${kinds.length}`];
  return d.value.pending.every((p) => /^Tertunda: /.test(p)) ? [] : ['efek tertunda tidak dalam bahasa Indonesia'];
}

/** What the outside world holds at the end, to compare with a fault-free run. */
export interface Outcome {
  status: unknown;
  pending: string[];
  trail: string[];
  mails: string[];
  events: number;
  meetings: number;
  letters: number;
  pdfs: number;
}

/** The outcome of the request now. */
export function outcomeOf(e: E2E, id = ID): Outcome {
  const row = rowOf(e, id);
  return {
    status: row.Status,
    pending: pendingKinds(e, id),
    trail: actionTrail(e, id),
    mails: mailSet(e),
    events: eventsOf(e, id).length,
    meetings: meetingsOf(e, id).length + meetsOf(e, id).length,
    letters: lettersOf(e, id).length,
    pdfs: pdfsOf(e, id).length,
  };
}
