/**
 * Pure rules for the input an SOP action asks for before it runs: which fields
 * the inline form shows, and the ActionRequestDto input (or Indonesian messages).
 */

import { FIELD_MAX_CHARS, NOTE_MAX_CHARS, type ActionDto, type ActionRequestDto } from '../shared/rpc';
import { isEmail } from '../core/email';

/** Documentation items an operator records (keys sent in input.documentation). */
export const DOCUMENTATION_FIELDS: ReadonlyArray<{ key: string; label: string; multiline: boolean }> = [
  { key: 'notulen', label: 'Notulen (tautan atau ringkasan)', multiline: true },
  { key: 'foto', label: 'Foto kegiatan (tautan)', multiline: false },
  { key: 'laporan', label: 'Laporan pelaksanaan (ringkasan atau tautan)', multiline: true },
  { key: 'video', label: 'File video hasil perekaman (tautan)', multiline: false },
  { key: 'disposisi', label: 'Disposisi pimpinan (nomor dan tanggal, atau tautan)', multiline: false },
  { key: 'jumlahPeserta', label: 'Jumlah peserta', multiline: false },
  { key: 'kendala', label: 'Kendala', multiline: true },
];

/** The documentation fields an action shows: the documents it names, else every general one. */
export function documentationFields(action: ActionDto): typeof DOCUMENTATION_FIELDS {
  const named = action.documents ?? [];
  if (named.length > 0) return DOCUMENTATION_FIELDS.filter((d) => named.includes(d.key));
  return DOCUMENTATION_FIELDS.filter((d) => d.key !== 'video' && d.key !== 'disposisi');
}

/** What the official typed in the inline form; missing keys read as ''. */
export interface ActionFormValues {
  note?: string;
  operator?: string;
  host?: string;
  altDate?: string;
  altStart?: string;
  altEnd?: string;
  link?: string;
  documentation?: Record<string, string>;
  srikandiNumber?: string;
  testDate?: string;
  testTime?: string;
  email?: string;
}

/** Field name → Indonesian message. */
export type FieldErrors = Record<string, string>;

/** True when the action must ask before it runs (it requires input, is negative, or asks a confirmation). */
export function needsForm(action: ActionDto): boolean {
  return action.negative || action.requires.length > 0 || Boolean(action.confirm);
}

/** True when the note is mandatory: negative actions, actions requiring 'note', and confirmed ones (why). */
export function noteRequired(action: ActionDto): boolean {
  return action.negative || action.requires.includes('note') || Boolean(action.confirm);
}

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function checkAlternative(v: ActionFormValues, errors: FieldErrors): ActionRequestDto['input']['alternative'] {
  const date = (v.altDate ?? '').trim();
  const start = (v.altStart ?? '').trim();
  const end = (v.altEnd ?? '').trim();
  if (!DATE_RE.test(date)) errors.altDate = 'Isi tanggal alternatif.';
  if (!TIME_RE.test(start)) errors.altStart = 'Isi jam mulai alternatif.';
  if (!TIME_RE.test(end)) errors.altEnd = 'Isi jam selesai alternatif.';
  else if (TIME_RE.test(start) && end <= start) errors.altEnd = 'Jam selesai harus setelah jam mulai.';
  return { date, start, end };
}

function checkDocumentation(action: ActionDto, v: ActionFormValues, errors: FieldErrors): Record<string, string> {
  const doc: Record<string, string> = {};
  for (const { key } of documentationFields(action)) {
    const value = (v.documentation?.[key] ?? '').trim();
    if (value.length > FIELD_MAX_CHARS) errors[key] = `Terlalu panjang: paling banyak ${FIELD_MAX_CHARS} karakter.`;
    else if (value) doc[key] = value;
  }
  for (const key of action.documents ?? []) if (!doc[key]) errors[key] = 'Wajib diisi.';
  if (!Object.keys(doc).length && !(action.documents ?? []).length)
    errors.notulen = 'Isi minimal satu data dokumentasi.';
  if (doc.jumlahPeserta && !/^\d+$/.test(doc.jumlahPeserta)) {
    errors.jumlahPeserta = 'Jumlah peserta harus berupa angka.';
  }
  return doc;
}

/**
 * Checks the typed values against what `action` requires. Returns the `input` of
 * ActionRequestDto, or field errors (note, operator, host, altDate, altStart, altEnd,
 * link, notulen, jumlahPeserta) in Indonesian. Strings are trimmed; empty ones are left out.
 */
export function buildActionInput(
  action: ActionDto,
  values: ActionFormValues,
): { ok: true; input: ActionRequestDto['input'] } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const input: ActionRequestDto['input'] = {};
  const note = (values.note ?? '').trim();
  if (note.length > NOTE_MAX_CHARS)
    errors.note = `Catatan terlalu panjang: ${note.length} karakter, paling banyak ${NOTE_MAX_CHARS}.`;
  else if (note) input.note = note;
  else if (noteRequired(action)) errors.note = 'Catatan wajib diisi: tuliskan alasannya.';
  const req = new Set(action.requires);
  if (req.has('operator')) {
    input.operator = (values.operator ?? '').trim();
    if (!input.operator) errors.operator = 'Pilih operator.';
  }
  if (req.has('host')) {
    input.host = (values.host ?? '').trim();
    if (!input.host) errors.host = 'Pilih akun host.';
  }
  if (req.has('alternative')) input.alternative = checkAlternative(values, errors);
  if (req.has('link')) {
    input.link = (values.link ?? '').trim();
    if (!input.link) errors.link = 'Isi tautan rapat.';
    else if (!/^https:\/\/\S+$/.test(input.link)) errors.link = 'Tautan harus diawali https:// tanpa spasi.';
  }
  if (req.has('documentation')) input.documentation = checkDocumentation(action, values, errors);
  if (req.has('srikandi_number')) {
    input.srikandiNumber = (values.srikandiNumber ?? '').trim();
    if (!input.srikandiNumber) errors.srikandiNumber = 'Isi nomor surat di SRIKANDI.';
  }
  if (req.has('email')) {
    input.email = (values.email ?? '').trim();
    if (!isEmail(input.email)) errors.email = 'Isi email pemohon yang benar, contoh: nama@instansi.go.id.';
  }
  if (req.has('test_time')) {
    const date = (values.testDate ?? '').trim();
    const time = (values.testTime ?? '').trim();
    if (!DATE_RE.test(date)) errors.testDate = 'Isi tanggal uji koneksi.';
    if (!TIME_RE.test(time)) errors.testTime = 'Isi jam uji koneksi.';
    input.testTime = { date, time };
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, input };
}
