/**
 * Checks what an official supplied with an action against what the action needs.
 * Pure: "today" is passed in as the office's local 'YYYY-MM-DD'.
 */
import type { ActionDef, ActionInput, ActionRequirement } from './types';
import { REQUIREMENT_LABELS } from './vocabulary';
import { isEmail } from '../email';
import { minutesToTime, timeToMinutes } from '../dates';
import { isWorkingDay, type WorkCalendar } from '../working-time';

/** Why an input was refused. */
export interface InputProblem {
  code: 'missing_input' | 'invalid_input';
  reason: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LINK_RE = /^https?:\/\/\S+$/i;

/** The ActionInput field each requirement is supplied in. */
const INPUT_FIELD: Record<ActionRequirement, keyof ActionInput> = {
  note: 'note',
  operator: 'operator',
  alternative: 'alternative',
  link: 'link',
  host: 'host',
  documentation: 'documentation',
  srikandi_number: 'srikandiNumber',
  test_time: 'testTime',
};

/** What an action needs: its declared requirements, plus a note for every negative action. */
export function requirementsOf(action: ActionDef): ActionRequirement[] {
  const all = action.negative ? [...action.requires, 'note' as const] : action.requires;
  return Array.from(new Set(all));
}

/**
 * The part of `input` that `action` takes: the fields it requires (requirementsOf) and a note, which
 * any action accepts. Everything else a click carries is dropped, so no step sets another step's field.
 */
export function takenInput(action: ActionDef, input: ActionInput): ActionInput {
  const taken = new Set<string>([...requirementsOf(action).map((r) => INPUT_FIELD[r]), 'note']);
  return Object.fromEntries(Object.entries(input).filter(([field]) => taken.has(field))) as ActionInput;
}

function filled(value: string | undefined): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function missingDocs(input: ActionInput, requiredDocs: string[]): string[] {
  const docs = input.documentation ?? {};
  if (requiredDocs.length === 0) return Object.values(docs).some(filled) ? [] : ['dokumen apa pun'];
  return requiredDocs.filter((key) => !filled(docs[key]));
}

function describeMissing(req: ActionRequirement, input: ActionInput, requiredDocs: string[]): string | null {
  switch (req) {
    case 'note':
      return filled(input.note) ? null : REQUIREMENT_LABELS.note;
    case 'operator':
      return filled(input.operator) ? null : REQUIREMENT_LABELS.operator;
    case 'host':
      return filled(input.host) ? null : REQUIREMENT_LABELS.host;
    case 'link':
      return filled(input.link) ? null : REQUIREMENT_LABELS.link;
    case 'alternative':
      return input.alternative ? null : REQUIREMENT_LABELS.alternative;
    case 'documentation': {
      const missing = missingDocs(input, requiredDocs);
      return missing.length === 0 ? null : `${REQUIREMENT_LABELS.documentation} (${missing.join(', ')})`;
    }
    case 'srikandi_number':
      return filled(input.srikandiNumber) ? null : REQUIREMENT_LABELS.srikandi_number;
    case 'test_time':
      return input.testTime ? null : REQUIREMENT_LABELS.test_time;
  }
}

function isRealDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Refusal reason for a malformed alternative time, or null when it is usable. With the office's
 * calendar, an alternative on a weekend or holiday, or outside working hours, is refused too.
 */
export function alternativeProblem(
  alt: NonNullable<ActionInput['alternative']>,
  today: string,
  cal?: WorkCalendar,
): string | null {
  if (!isRealDate(alt.date)) return 'Tanggal alternatif harus berformat TTTT-BB-HH (misalnya 2026-03-15).';
  if (!TIME_RE.test(alt.start) || !TIME_RE.test(alt.end))
    return 'Jam alternatif harus berformat JJ:MM (misalnya 09:30).';
  if (alt.end <= alt.start) return 'Jam selesai alternatif harus setelah jam mulai.';
  if (alt.date < today) return 'Tanggal alternatif sudah lewat.';
  if (cal && !isWorkingDay(cal, alt.date))
    return 'Tanggal alternatif jatuh pada hari libur atau di luar hari kerja kantor.';
  if (cal && (timeToMinutes(alt.start) < cal.startMinute || timeToMinutes(alt.end) > cal.endMinute))
    return `Jam alternatif harus di dalam jam layanan (${minutesToTime(cal.startMinute)}–${minutesToTime(Math.min(cal.endMinute, 1439))}).`;
  return null;
}

/** Refusal reason for a malformed connection-test time, or null when it is usable. */
function testTimeProblem(t: NonNullable<ActionInput['testTime']>, today: string): string | null {
  if (!isRealDate(String(t.date))) return 'Tanggal uji koneksi harus berformat TTTT-BB-HH (misalnya 2026-03-15).';
  if (!TIME_RE.test(String(t.time))) return 'Jam uji koneksi harus berformat JJ:MM (misalnya 09:30).';
  if (t.date < today) return 'Tanggal uji koneksi sudah lewat.';
  return null;
}

function invalidity(input: ActionInput, today: string, cal?: WorkCalendar): string | null {
  if (input.srikandiNumber !== undefined && String(input.srikandiNumber).trim().length > 100) {
    return 'Nomor SRIKANDI terlalu panjang (maksimal 100 karakter).';
  }
  if (input.testTime) {
    const problem = testTimeProblem(input.testTime, today);
    if (problem) return problem;
  }
  if (filled(input.operator) && !isEmail(String(input.operator).trim())) {
    return 'Operator harus berupa alamat email; pilih dari daftar operator.';
  }
  if (filled(input.link) && !LINK_RE.test(String(input.link).trim())) {
    return 'Tautan rapat harus diawali http:// atau https://.';
  }
  return input.alternative ? alternativeProblem(input.alternative, today, cal) : null;
}

/**
 * Null when `input` satisfies `action` (its documentation: the action's own `documents`, else
 * `requiredDocs`); otherwise the first problem: every missing requirement named
 * in one Indonesian sentence ('missing_input'), or a malformed value ('invalid_input').
 */
export function checkInput(
  action: ActionDef,
  input: ActionInput,
  requiredDocs: string[],
  today: string,
  cal?: WorkCalendar,
): InputProblem | null {
  const docs = action.documents ?? requiredDocs;
  const missing = requirementsOf(action)
    .map((req) => describeMissing(req, input, docs))
    .filter((m): m is string => m !== null);
  if (missing.length > 0) {
    return { code: 'missing_input', reason: `Tindakan "${action.label}" memerlukan: ${missing.join('; ')}.` };
  }
  const invalid = invalidity(input, today, cal);
  return invalid ? { code: 'invalid_input', reason: invalid } : null;
}
