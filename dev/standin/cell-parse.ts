/**
 * How Sheets reads a string written with setValue(s)/appendRow: like a person
 * typing it (en_US locale). Only cells formatted '@' keep strings verbatim.
 */
import { fromWall } from './tz';

export type CellValue = string | number | boolean | Date;

export interface Parsed {
  value: CellValue;
  /** Set when the text became a formula. */
  formula?: string;
  /** Number format Sheets picks for what it recognised (dates, times, percents). */
  format?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** True for Date objects from any realm (the vm's Dates included). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Parses `text` as typed into a cell of a spreadsheet in `timeZone`. */
export function parseTyped(text: string, timeZone: string): Parsed {
  if (text === '') return { value: '' };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=')) return { value: formulaResult(text), formula: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed) && /\d/.test(trimmed)) return parseNumber(trimmed);
  if (/^[+\-@]/.test(text)) return { value: '#ERROR!', formula: `=${text}` };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  return parseDateLike(trimmed, timeZone) ?? { value: text };
}

/** The value a formula we cannot evaluate shows: '#NAME?' for names/functions, else '#ERROR!'. */
export function formulaResult(formula: string): string {
  return /^=\s*[A-Za-z_]/.test(formula) ? '#NAME?' : '#ERROR!';
}

function parseNumber(s: string): Parsed {
  const percent = s.endsWith('%');
  const n = Number(s.replace(/[,%]/g, ''));
  return percent ? { value: n / 100, format: '0.00%' } : { value: n };
}

function parseDateLike(s: string, tz: string): Parsed | null {
  const iso = ISO_DATE.exec(s);
  if (iso) return dateParsed(tz, +iso[1], +iso[2], +iso[3], iso[4], iso[5], iso[6], 'yyyy-mm-dd');
  const us = US_DATE.exec(s);
  if (us) return dateParsed(tz, +us[3], +us[1], +us[2], us[4], us[5], us[6], 'M/d/yyyy');
  const t = TIME.exec(s);
  if (t && +t[1] < 24 && +t[2] < 60 && +(t[3] ?? 0) < 60) {
    return { value: fromWall(tz, 1899, 12, 30, +t[1], +t[2], +(t[3] ?? 0)), format: 'h:mm:ss' };
  }
  return null;
}

function dateParsed(
  tz: string,
  y: number,
  mo: number,
  d: number,
  h: string | undefined,
  mi: string | undefined,
  s: string | undefined,
  fmt: string,
): Parsed | null {
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  if (h !== undefined && (+h > 23 || +mi! > 59 || +(s ?? 0) > 59)) return null;
  const value = fromWall(tz, y, mo, d, +(h ?? 0), +(mi ?? 0), +(s ?? 0));
  return { value, format: h === undefined ? fmt : `${fmt} H:mm:ss` };
}
