/**
 * Turns raw answers (form item title → answer, or a letter entered in the
 * sidebar) into RequestFields. Never throws: anything unreadable becomes ''
 * or null and validate.ts explains it. Answers are matched by title, not position.
 */
import { cleanText } from '../sheet-text';
import { parseLocalDate, parseLocalTime } from '../dates';
import type { Platform, RequestFields } from '../request';
import { QUESTIONS, YES } from './questions';

/** Raw answers keyed by question title; checkbox answers may be arrays. */
export type RawAnswers = Record<string, string | string[] | undefined>;

/** What parsing found besides the fields: unreadable values and extra items. */
export interface ParseReport {
  fields: RequestFields;
  /** Titles present in the answers that the FPVC does not ask (kept in notes). */
  extraTitles: string[];
  /** field → the raw text that could not be read (for a precise message). */
  unreadable: Partial<Record<keyof RequestFields, string>>;
}

const TEXT_LIMIT = 2000;

function answerText(raw: string | string[] | undefined): string {
  if (Array.isArray(raw)) return cleanText(raw.join(', '), TEXT_LIMIT * 2);
  return cleanText(raw, TEXT_LIMIT * 2);
}

function parsePlatform(text: string): Platform | '' {
  const t = text.toLowerCase();
  if (t.includes('zoom')) return 'zoom';
  if (t.includes('meet')) return 'meet';
  if (t.includes('lain')) return 'lainnya';
  return '';
}

function parseYesNo(text: string): boolean {
  const t = text.toLowerCase();
  return t === YES.toLowerCase() || t === 'y' || t === 'yes' || t === 'true' || t === 'perlu';
}

function parseCount(text: string): number | null {
  const digits = text.replace(/[.\s]/g, '').replace(/orang|peserta/gi, '');
  return /^\d{1,7}$/.test(digits) ? Number(digits) : null;
}

/** Normalise an Indonesian phone number to 62…; returns null when it is not one. */
export function normalisePhone(text: string): string | null {
  const digits = text.replace(/[\s\-().]/g, '');
  let n = digits.startsWith('+') ? digits.slice(1) : digits;
  if (n.startsWith('0')) n = `62${n.slice(1)}`;
  else if (n.startsWith('8')) n = `62${n}`;
  return /^628\d{7,12}$/.test(n) ? n : null;
}

/** Parse raw answers by title into RequestFields plus a report of what could not be read. */
export function parseAnswers(answers: RawAnswers): ParseReport {
  const known = new Set(QUESTIONS.map((q) => q.title.toLowerCase()));
  const byTitle = new Map<string, string>();
  for (const [title, value] of Object.entries(answers)) byTitle.set(title.trim().toLowerCase(), answerText(value));
  const get = (field: keyof RequestFields): string =>
    byTitle.get(QUESTIONS.find((q) => q.field === field)?.title.toLowerCase() ?? '') ?? '';
  const unreadable: ParseReport['unreadable'] = {};
  const readWith = <T>(field: keyof RequestFields, fn: (s: string) => T | null, empty: T): T => {
    const raw = get(field);
    if (raw === '') return empty;
    const v = fn(raw);
    if (v === null) unreadable[field] = raw;
    return v ?? empty;
  };
  const phoneRaw = get('phone');
  const fields: RequestFields = {
    applicantName: get('applicantName'),
    agency: get('agency'),
    position: get('position'),
    email: get('email').toLowerCase(),
    phone: normalisePhone(phoneRaw) ?? phoneRaw,
    letterNumber: get('letterNumber'),
    letterDate: readWith('letterDate', parseLocalDate, ''),
    srikandiNumber: cleanText(answers['Nomor SRIKANDI'] as string | undefined, 200),
    title: get('title'),
    eventDate: readWith('eventDate', parseLocalDate, ''),
    startTime: readWith('startTime', parseLocalTime, ''),
    endTime: readWith('endTime', parseLocalTime, ''),
    platform: readWith('platform', (s) => parsePlatform(s) || null, '' as Platform | ''),
    participants: readWith('participants', parseCount, null as number | null),
    needsRoom: parseYesNo(get('needsRoom')),
    needsOperator: parseYesNo(get('needsOperator')),
    needsRecording: parseYesNo(get('needsRecording')),
    notes: get('notes'),
  };
  if (phoneRaw !== '' && normalisePhone(phoneRaw) === null) unreadable.phone = phoneRaw;
  const extraTitles = Object.keys(answers).filter((t) => !known.has(t.trim().toLowerCase()) && t !== 'Nomor SRIKANDI');
  return { fields, extraTitles, unreadable };
}

export { YES };
