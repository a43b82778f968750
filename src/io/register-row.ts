/**
 * Maps a VcRequest to a Register row and back. The only place that knows the
 * Register's columns. Person-typed text is written with a leading apostrophe
 * (stays text); dates are written as Date cells in the office zone.
 */
import { localDate, toInstant, type OfficeZone } from '../core/dates';
import {
  emptyAssignments,
  offerLine,
  parseOffers,
  PLATFORM_LABELS,
  type Platform,
  type VcRequest,
} from '../core/request';
import { sheetText } from '../core/sheet-text';
import { col, type HeaderMap } from './sheet-table';

type Kind = 'text' | 'user' | 'date' | 'instant' | 'int' | 'yesno' | 'list' | 'platform' | 'source' | 'preset';

interface Column {
  header: string;
  kind: Kind;
  get(r: VcRequest): unknown;
  set(r: VcRequest, v: unknown): void;
  /** Added after offices were set up: read and written only where the sheet has it (Setup adds it). */
  optional?: boolean;
}

const f = <K extends keyof VcRequest>(header: string, kind: Kind, key: K): Column => ({
  header,
  kind,
  get: (r) => r[key],
  set: (r, v) => {
    (r as unknown as Record<string, unknown>)[key] = v;
  },
});

/** Register columns in their default order. */
export const REGISTER_COLUMNS: Column[] = [
  f('Nomor', 'text', 'id'),
  f('Ref Respons', 'user', 'responseRef'),
  f('Diterima', 'instant', 'receivedAt'),
  f('Sumber', 'source', 'source'),
  f('Status', 'text', 'status'),
  f('Judul Kegiatan', 'user', 'title'),
  f('Instansi/OPD', 'user', 'agency'),
  f('Tanggal Kegiatan', 'date', 'eventDate'),
  f('Jam Mulai', 'user', 'startTime'),
  f('Jam Selesai', 'user', 'endTime'),
  f('Platform', 'platform', 'platform'),
  f('Langkah', 'text', 'stepId'),
  f('Sejak Langkah', 'instant', 'stepSince'),
  f('Versi', 'int', 'version'),
  {
    header: 'Alur SOP',
    kind: 'preset',
    get: (r) => `${r.presetId}@${r.presetVersion}`,
    set: (r, v) => {
      const [id, ver] = String(v ?? '').split('@');
      r.presetId = id ?? '';
      r.presetVersion = Number(ver) || 0;
    },
  },
  f('Nama Pemohon', 'user', 'applicantName'),
  f('Jabatan', 'user', 'position'),
  f('Email', 'user', 'email'),
  f('WhatsApp', 'user', 'phone'),
  f('Nomor Surat', 'user', 'letterNumber'),
  f('Tanggal Surat', 'date', 'letterDate'),
  f('Nomor SRIKANDI', 'user', 'srikandiNumber'),
  f('Peserta', 'int', 'participants'),
  f('Perlu Ruang', 'yesno', 'needsRoom'),
  f('Perlu Operator', 'yesno', 'needsOperator'),
  f('Perlu Rekaman', 'yesno', 'needsRecording'),
  f('Keterangan', 'user', 'notes'),
  f('Peringatan', 'list', 'warnings'),
  f('Alasan Perbaikan', 'list', 'problems'),
  f('Catatan Petugas', 'user', 'note'),
  f('Operator', 'user', 'operator'),
  f('Akun Zoom', 'user', 'host'),
  f('Ruang', 'user', 'room'),
  f('ID Rapat', 'user', 'meetingId'),
  f('Tautan Rapat', 'user', 'joinUrl'),
  f('Kode Sandi', 'user', 'passcode'),
  f('Nomor Surat Balasan', 'user', 'replyLetterNumber'),
  f('Surat Balasan', 'user', 'replyLetterUrl'),
  f('Tautan Perbaikan', 'user', 'editUrl'),
  f('Efek Tertunda', 'list', 'pending'),
  { ...f('Baris Riwayat', 'user', 'trail'), optional: true },
  { ...f('Tanda', 'list', 'marks'), optional: true },
  { ...f('Uji Koneksi', 'user', 'testTime'), optional: true },
  {
    header: 'Usulan Waktu',
    kind: 'text',
    get: (r) => (r.offers ?? []).map(offerLine).join('\n'),
    set: (r, v) => {
      r.offers = parseOffers(String(v ?? ''));
    },
    optional: true,
  },
];

/**
 * Register columns that hold the product's own state (keys, step, version, trail, pending effects),
 * not something an official reads: a new Register has them hidden.
 */
export const REGISTER_STATE_HEADERS: readonly string[] = [
  'Ref Respons',
  'Langkah',
  'Sejak Langkah',
  'Versi',
  'Alur SOP',
  'Efek Tertunda',
  'Baris Riwayat',
  'Tanda',
];

/** Every Register header, in the order a new sheet gets them. */
export const REGISTER_HEADERS = REGISTER_COLUMNS.map((c) => c.header);
/**
 * How the Register shows its date columns (Sheets number formats): '23/11/2026' and '23/11/2026 09:00'
 * in the spreadsheet's zone, never the locale's default M/D/YYYY.
 */
export const REGISTER_DATE_FORMATS: ReadonlyArray<{ header: string; format: string }> = REGISTER_COLUMNS.flatMap((c) =>
  c.kind === 'date'
    ? [{ header: c.header, format: 'dd/mm/yyyy' }]
    : c.kind === 'instant'
      ? [{ header: c.header, format: 'dd/mm/yyyy hh:mm' }]
      : [],
);

/** The headers a Register must have (the optional ones are added by Setup when missing). */
export const REQUIRED_REGISTER_HEADERS = REGISTER_COLUMNS.filter((c) => !c.optional).map((c) => c.header);

function toCell(c: Column, r: VcRequest, tz: OfficeZone): unknown {
  const v = c.get(r);
  switch (c.kind) {
    case 'user':
      return sheetText(String(v ?? ''));
    case 'date':
      return v ? toInstant(String(v), '00:00', tz) : '';
    case 'instant':
      return v ? new Date(String(v)) : '';
    case 'int':
      return v === null || v === undefined ? '' : Number(v);
    case 'yesno':
      return v ? 'Ya' : 'Tidak';
    case 'list':
      return sheetText(((v as string[] | undefined) ?? []).join('\n'));
    case 'platform':
      return v ? PLATFORM_LABELS[v as Platform] : '';
    case 'source':
      return v === 'letter' ? 'Surat' : 'Formulir';
    default:
      return String(v ?? '');
  }
}

function fromCell(c: Column, cell: unknown, tz: OfficeZone): unknown {
  const text = cell instanceof Date ? '' : String(cell ?? '').trim();
  switch (c.kind) {
    case 'date':
      return cell instanceof Date ? localDate(cell, tz) : text;
    case 'instant':
      return cell instanceof Date ? cell.toISOString() : text;
    case 'int':
      return text === '' ? (c.header === 'Versi' ? 0 : null) : Number(text);
    case 'yesno':
      return text.toLowerCase() === 'ya';
    case 'list':
      return text === '' ? [] : text.split('\n');
    case 'platform':
      return (Object.keys(PLATFORM_LABELS) as Platform[]).find((p) => PLATFORM_LABELS[p] === text) ?? '';
    case 'source':
      return text === 'Surat' ? 'letter' : 'form';
    default:
      return cell instanceof Date ? cell.toISOString() : text;
  }
}

/** The row (in the sheet's own column order, `width` wide) holding `r`; other columns keep `base`. */
export function requestToRow(r: VcRequest, map: HeaderMap, tz: OfficeZone, base?: unknown[]): unknown[] {
  const row = base ? base.slice(0, map.width) : new Array(map.width).fill('');
  while (row.length < map.width) row.push('');
  for (const c of REGISTER_COLUMNS) if (map.index.has(c.header)) row[col(map, c.header)] = toCell(c, r, tz);
  return row;
}

/** The request held in `row`. */
export function rowToRequest(row: unknown[], map: HeaderMap, tz: OfficeZone): VcRequest {
  const r = { ...emptyAssignments() } as unknown as VcRequest;
  for (const c of REGISTER_COLUMNS)
    c.set(r, map.index.has(c.header) ? fromCell(c, row[col(map, c.header)], tz) : c.kind === 'list' ? [] : '');
  return r;
}
