/**
 * Checks what an official supplied with an action against what the action needs: exactly the
 * fields its step declares (anything else is refused, never dropped), each readable and bounded.
 * Pure: "today" is passed in as the office's local 'YYYY-MM-DD'.
 */
import type { ActionDef, ActionInput, ActionRequirement } from './types';
import { REQUIREMENT_LABELS } from './vocabulary';
import { isEmail } from '../email';
import type { WorkCalendar } from '../working-time';
import { alternativeProblem, testTimeProblem } from './input-times';
import { DOCUMENTATION_MAX_ITEMS, FIELD_MAX_CHARS, NOTE_MAX_CHARS } from '../limits';
import { meetingLinkProblem } from '../meeting-link';

/** Why an input was refused. */
export interface InputProblem {
  code: 'missing_input' | 'invalid_input';
  reason: string;
}

/** Where the request stands, for the checks that depend on it. */
export interface InputContext {
  /** Documentation keys the preset requires before closing. */
  requiredDocs: string[];
  /** The office's local 'YYYY-MM-DD'. */
  today: string;
  /** The request's platform: a typed link is only taken for 'lainnya'. */
  platform: string;
  /** The office's working calendar: alternatives land on its working days and hours. */
  cal?: WorkCalendar;
}

const DOC_KEY_RE = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const UNREADABLE = 'Isian tindakan tidak terbaca. Muat ulang panel lalu coba lagi.';

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
  email: 'email',
};

/** What an action needs: its declared requirements, plus a note for every negative action. */
export function requirementsOf(action: ActionDef): ActionRequirement[] {
  const all = action.negative ? [...action.requires, 'note' as const] : action.requires;
  return Array.from(new Set(all));
}

/** The input fields `action` takes: those of what it requires (requirementsOf) and a note, which every action accepts. */
export function acceptedFields(action: ActionDef): Set<string> {
  return new Set<string>([...requirementsOf(action).map((r) => INPUT_FIELD[r]), 'note']);
}

/** The requirement an input field supplies, if any. */
function requirementOfField(field: string): ActionRequirement | undefined {
  return (Object.keys(INPUT_FIELD) as ActionRequirement[]).find((r) => INPUT_FIELD[r] === field);
}

/** The refusal for an unreadable or over-long input, or for a field `action` does not declare; else null. */
export function fieldsProblem(action: ActionDef, input: ActionInput): string | null {
  return shapeProblem(input) ?? undeclaredProblem(action, input);
}

/** The refusal for fields `action` does not declare, or null when it takes every field sent. */
function undeclaredProblem(action: ActionDef, input: ActionInput): string | null {
  const accepted = acceptedFields(action);
  const extra = Object.keys(input).filter(
    (k) => !accepted.has(k) && (input as Record<string, unknown>)[k] !== undefined,
  );
  if (extra.length === 0) return null;
  const known = extra
    .map(requirementOfField)
    .filter((r): r is ActionRequirement => r !== undefined)
    .map((r) => REQUIREMENT_LABELS[r]);
  const names = extra.length > known.length ? [...known, 'isian lain yang tidak dikenal'] : known;
  return `Tindakan "${action.label}" tidak menerima ${names.join(', ')}. Isian itu ditolak, tidak ada yang diubah; muat ulang panel lalu coba lagi.`;
}

function tooLong(label: string, value: string, max: number): string | null {
  return value.length > max
    ? `${label} terlalu panjang: ${value.length} karakter, paling banyak ${max}. Ringkas isiannya.`
    : null;
}

function textProblem(input: ActionInput): string | null {
  const texts = {
    note: input.note,
    operator: input.operator,
    host: input.host,
    link: input.link,
    srikandi: input.srikandiNumber,
  };
  for (const value of Object.values(texts)) if (value !== undefined && typeof value !== 'string') return UNREADABLE;
  return (
    tooLong('Catatan', input.note ?? '', NOTE_MAX_CHARS) ??
    tooLong('Operator', input.operator ?? '', FIELD_MAX_CHARS) ??
    tooLong('Akun host', input.host ?? '', FIELD_MAX_CHARS)
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function structureProblem(input: ActionInput): string | null {
  const alt: unknown = input.alternative;
  if (alt !== undefined) {
    if (!isPlainObject(alt) || !['date', 'start', 'end'].every((k) => typeof alt[k] === 'string')) return UNREADABLE;
    if ([alt.date, alt.start, alt.end].some((v) => String(v).length > 10)) return UNREADABLE;
  }
  const test: unknown = input.testTime;
  if (test !== undefined && (!isPlainObject(test) || !['date', 'time'].every((k) => typeof test[k] === 'string')))
    return UNREADABLE;
  const docs: unknown = input.documentation;
  if (docs === undefined) return null;
  if (!isPlainObject(docs) || Object.keys(docs).length > DOCUMENTATION_MAX_ITEMS) return UNREADABLE;
  for (const [key, value] of Object.entries(docs)) {
    if (!DOC_KEY_RE.test(key) || typeof value !== 'string') return UNREADABLE;
    const long = tooLong('Isian dokumentasi', value, FIELD_MAX_CHARS);
    if (long) return long;
  }
  return null;
}

/** Null when `input` is a readable object whose texts are within their limits; else the Indonesian refusal. */
function shapeProblem(input: ActionInput): string | null {
  if (!isPlainObject(input)) return UNREADABLE;
  return textProblem(input) ?? structureProblem(input);
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
    case 'email':
      return filled(input.email) ? null : REQUIREMENT_LABELS.email;
  }
}

function linkProblem(link: string, platform: string): string | null {
  if (platform !== 'lainnya')
    return 'Tautan rapat hanya diisi untuk permohonan dengan platform Lainnya; tautan Zoom dan Google Meet dibuat oleh sistem.';
  return meetingLinkProblem(link);
}

function invalidity(input: ActionInput, ctx: InputContext): string | null {
  if (input.srikandiNumber !== undefined && String(input.srikandiNumber).trim().length > 100) {
    return 'Nomor SRIKANDI terlalu panjang (maksimal 100 karakter).';
  }
  if (input.testTime) {
    const problem = testTimeProblem(input.testTime, ctx.today);
    if (problem) return problem;
  }
  if (filled(input.operator) && !isEmail(String(input.operator).trim())) {
    return 'Operator harus berupa alamat email; pilih dari daftar operator.';
  }
  if (filled(input.link)) {
    const bad = linkProblem(String(input.link), ctx.platform);
    if (bad) return bad;
  }
  return input.alternative ? alternativeProblem(input.alternative, ctx.today, ctx.cal) : null;
}

/**
 * Null when `input` satisfies `action`; otherwise the first problem, in this order: a field the
 * action does not declare, an unreadable or over-long value ('invalid_input'), every missing
 * requirement named in one Indonesian sentence ('missing_input'; documentation: the action's own
 * `documents`, else `ctx.requiredDocs`), a malformed value ('invalid_input').
 */
export function checkInput(action: ActionDef, input: ActionInput, ctx: InputContext): InputProblem | null {
  const refused = fieldsProblem(action, input);
  if (refused) return { code: 'invalid_input', reason: refused };
  const docs = action.documents ?? ctx.requiredDocs;
  const missing = requirementsOf(action)
    .map((req) => describeMissing(req, input, docs))
    .filter((m): m is string => m !== null);
  if (missing.length > 0) {
    return { code: 'missing_input', reason: `Tindakan "${action.label}" memerlukan: ${missing.join('; ')}.` };
  }
  const invalid = invalidity(input, ctx);
  return invalid ? { code: 'invalid_input', reason: invalid } : null;
}
