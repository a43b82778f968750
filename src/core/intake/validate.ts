/**
 * Validates a parsed request. Field rules are a valibot schema (typed, small,
 * tree-shakes well into one Apps Script file); cross-field rules (dates against
 * today, end after start, duration, lead time) are plain code. Every problem is
 * an Indonesian sentence; nothing is thrown and nothing is dropped.
 */
import {
  boolean,
  check,
  integer,
  maxLength,
  maxValue,
  minValue,
  nonEmpty,
  number,
  object,
  picklist,
  pipe,
  regex,
  safeParse,
  string,
} from 'valibot';
import { daysBetween, localDate, localTime, type OfficeZone } from '../dates';
import type { RequestFields, RequestSource } from '../request';
import { isEmail } from '../email';
import type { ParseReport } from './parse';
import { FOLLOW_UP_PROBLEM, LETTER_NUMBER_FIELDS, LETTER_REQUIRED_FIELDS } from './letter-fields';

/** The rules that depend on the office. */
export interface ValidationPolicy {
  timeZone: OfficeZone;
  minLeadDays: number;
  maxDurationHours: number;
  /** The SOP's own warning for a request sent exactly `minLeadDays` before the event (Bandung's PERINGATAN). */
  leadWarning?: string;
  /**
   * 'letter': only the letter's own required fields (letter-fields.ts) are required; a missing email
   * is FOLLOW_UP_PROBLEM (TU adds it). Otherwise (the FPVC) every form question it marks required.
   */
  source?: RequestSource;
}

export interface ValidationResult {
  problems: string[];
  warnings: string[];
  /** The warnings about too little notice (also in `warnings`): the applicant is told these at once. */
  lead: string[];
}

const required = (label: string, max: number) =>
  pipe(
    string(),
    nonEmpty(`${label} wajib diisi.`),
    maxLength(max, `${label} terlalu panjang (maksimal ${max} karakter).`),
  );

const FIELD_SCHEMA = object({
  applicantName: required('Nama pemohon', 100),
  agency: required('Instansi/OPD', 200),
  position: required('Jabatan', 150),
  email: pipe(
    string(),
    nonEmpty('Email wajib diisi.'),
    check(isEmail, 'Alamat email tidak valid.'),
    maxLength(254, 'Email terlalu panjang.'),
  ),
  phone: pipe(
    string(),
    nonEmpty('Nomor WhatsApp wajib diisi.'),
    regex(/^628\d{7,12}$/, 'Nomor WhatsApp tidak valid; gunakan nomor Indonesia, misalnya 0812xxxxxxx.'),
  ),
  letterNumber: required('Nomor surat permohonan', 100),
  letterDate: string(),
  srikandiNumber: pipe(string(), maxLength(100, 'Nomor SRIKANDI terlalu panjang.')),
  title: required('Judul kegiatan', 200),
  eventDate: pipe(string(), nonEmpty('Tanggal kegiatan wajib diisi dengan tanggal yang benar.')),
  startTime: pipe(string(), nonEmpty('Jam mulai wajib diisi (format JJ:MM).')),
  endTime: pipe(string(), nonEmpty('Jam selesai wajib diisi (format JJ:MM).')),
  platform: picklist(['zoom', 'meet', 'lainnya'], 'Platform wajib dipilih: Zoom, Google Meet, atau Lainnya.'),
  participants: pipe(
    number('Perkiraan jumlah peserta wajib diisi dengan angka.'),
    integer('Jumlah peserta harus bilangan bulat.'),
    minValue(1, 'Jumlah peserta minimal 1.'),
    maxValue(100000, 'Jumlah peserta tidak wajar (lebih dari 100.000).'),
  ),
  needsRoom: boolean(),
  needsOperator: boolean(),
  needsRecording: boolean(),
  notes: pipe(string(), maxLength(2000, 'Keterangan terlalu panjang (maksimal 2000 karakter).')),
});

const UNREADABLE: Partial<Record<keyof RequestFields, string>> = {
  letterDate: 'Tanggal surat permohonan tidak terbaca',
  eventDate: 'Tanggal kegiatan tidak terbaca',
  startTime: 'Jam mulai tidak terbaca',
  endTime: 'Jam selesai tidak terbaca',
  participants: 'Jumlah peserta tidak terbaca',
  platform: 'Platform tidak dikenal',
};

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

const isEmpty = (value: unknown): boolean => value === '' || value === null || value === undefined;

/** A letter leaves out what it need not carry: empty fields outside LETTER_REQUIRED_FIELDS raise no issue. */
function skippedOnLetter(report: ParseReport, field: string): boolean {
  const key = field as keyof RequestFields;
  return !LETTER_REQUIRED_FIELDS.includes(key) && isEmpty(report.fields[key]) && !(key in report.unreadable);
}

function letterProblems(f: RequestFields): string[] {
  const out: string[] = [];
  if (LETTER_NUMBER_FIELDS.every((k) => isEmpty(f[k]))) out.push('Nomor surat atau nomor SRIKANDI wajib diisi.');
  if (isEmpty(f.email)) out.push(FOLLOW_UP_PROBLEM);
  return out;
}

function fieldProblems(report: ParseReport, source: RequestSource | undefined): string[] {
  const result = safeParse(
    FIELD_SCHEMA,
    { ...report.fields, participants: report.fields.participants ?? undefined },
    // Every field is checked; within a field only its first problem is told (an empty email is
    // "wajib diisi", not also "tidak valid").
    { abortPipeEarly: true },
  );
  const letter = source === 'letter';
  const issues = result.success ? [] : result.issues;
  const kept = letter ? issues.filter((i) => !skippedOnLetter(report, String(i.path?.[0]?.key ?? ''))) : issues;
  const messages = kept.map((i) => i.message);
  if (letter) messages.push(...letterProblems(report.fields));
  for (const [field, raw] of Object.entries(report.unreadable)) {
    const label = UNREADABLE[field as keyof RequestFields];
    if (label) messages.push(`${label}: "${raw.slice(0, 60)}".`);
  }
  return [...new Set(messages)];
}

function timeProblems(f: RequestFields, policy: ValidationPolicy, today: string, nowTime: string): string[] {
  const out: string[] = [];
  if (f.eventDate && f.eventDate < today) out.push('Tanggal kegiatan sudah lewat.');
  if (f.startTime && f.endTime) {
    const minutes = minutesOf(f.endTime) - minutesOf(f.startTime);
    if (minutes <= 0) out.push('Jam selesai harus setelah jam mulai.');
    else if (minutes > policy.maxDurationHours * 60)
      out.push(`Durasi kegiatan melebihi batas ${policy.maxDurationHours} jam.`);
  }
  if (f.eventDate === today && f.startTime && f.startTime < nowTime)
    out.push('Jam mulai kegiatan hari ini sudah lewat.');
  return out;
}

function leadWarnings(f: RequestFields, policy: ValidationPolicy, today: string): string[] {
  if (!f.eventDate || f.eventDate < today) return [];
  const lead = daysBetween(today, f.eventDate);
  const when = lead === 0 ? 'pada hari kegiatan' : `H-${lead}`;
  if (lead < policy.minLeadDays)
    return [
      `Permohonan diajukan ${when}, kurang dari batas minimal H-${policy.minLeadDays}; tautan mungkin tidak dapat diproses karena akun Zoom sudah terpakai.`,
    ];
  if (lead > 0 && lead === policy.minLeadDays && policy.leadWarning)
    return [`Permohonan diajukan ${when}, tepat pada batas minimal. Peringatan SOP: ${policy.leadWarning}`];
  return [];
}

/**
 * Validate a parsed request against the office policy at `now`. Too little notice is a warning, not a
 * problem: fewer days than `minLeadDays`, or exactly that many when the SOP warns about it.
 */
export function validateRequest(report: ParseReport, policy: ValidationPolicy, now: Date): ValidationResult {
  const today = localDate(now, policy.timeZone);
  const problems = [
    ...fieldProblems(report, policy.source),
    ...timeProblems(report.fields, policy, today, localTime(now, policy.timeZone)),
  ];
  const lead = leadWarnings(report.fields, policy, today);
  const warnings = [...lead];
  if (report.extraTitles.length > 0)
    warnings.push(`Isian tambahan di luar formulir diabaikan: ${report.extraTitles.slice(0, 5).join(', ')}.`);
  return { problems, warnings, lead };
}
