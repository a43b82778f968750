/** What `getDisplayValues` shows: a stored value rendered through its Sheets number format. */
import type { CellValue } from './cell-parse';
import { isDate } from './cell-parse';
import { toWall } from './tz';
import { DAYS, MONTHS } from './format-date';

/** The format `getNumberFormat` reports for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
/** The format Sheets gives a cell when a script writes a Date into it. */
export const DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';

/** Renders one stored value as Sheets would display it. */
export function displayOf(v: CellValue, format: string | undefined, timeZone: string): string {
  if (v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDate(v)) return formatSheetDate(v, timeZone, format && isDateFormat(format) ? format : DATE_TIME_FORMAT);
  if (typeof v === 'number') return formatNumber(v, format);
  return String(v);
}

function stripLiterals(fmt: string): string {
  return fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

/** True when a Sheets number format renders dates/times. */
export function isDateFormat(fmt: string): boolean {
  const s = stripLiterals(fmt);
  return /[dyhs]/i.test(s) || (/m/i.test(s) && !/[0#]/.test(s));
}

function formatNumber(n: number, format: string | undefined): string {
  const plain = (): string => String(Number(n.toPrecision(15)));
  if (!format || format === DEFAULT_NUMBER_FORMAT || format === '@' || isDateFormat(format)) return plain();
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(format);
  if (!m) return plain();
  const value = m[3] ? n * 100 : n;
  let s = value.toFixed(m[2]?.length ?? 0);
  if (m[1]) s = s.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  return m[3] ? `${s}%` : s;
}

type Tok = { t: 'lit'; s: string } | { t: 'ampm'; s: string } | { t: 'y' | 'm' | 'd' | 'h' | 's'; n: number };

function tokenize(fmt: string): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < fmt.length;) {
    const c = fmt[i];
    const rest = fmt.slice(i).toLowerCase();
    if (c === '"') {
      const end = fmt.indexOf('"', i + 1);
      out.push({ t: 'lit', s: fmt.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (c === '\\') {
      out.push({ t: 'lit', s: fmt[i + 1] ?? '' });
      i += 2;
      continue;
    }
    if (rest.startsWith('am/pm')) {
      out.push({ t: 'ampm', s: fmt.slice(i, i + 5) });
      i += 5;
      continue;
    }
    const lower = c.toLowerCase();
    if ('ymdhs'.includes(lower)) {
      let j = i;
      while (j < fmt.length && fmt[j].toLowerCase() === lower) j++;
      out.push({ t: lower as 'y', n: j - i });
      i = j;
      continue;
    }
    out.push({ t: 'lit', s: c });
    i++;
  }
  return out;
}

/** Formats a Date with a Sheets date format ('yyyy-mm-dd', 'dd/mm/yyyy hh:mm', 'd mmmm yyyy', 'h:mm am/pm'…). */
export function formatSheetDate(date: Date, timeZone: string, fmt: string): string {
  const w = toWall(date, timeZone);
  const toks = tokenize(fmt);
  const twelve = toks.some((t) => t.t === 'ampm');
  const real = toks.filter((t) => t.t !== 'lit');
  return toks
    .map((tok) => {
      const pad = (v: number): string =>
        tok.t !== 'lit' && tok.t !== 'ampm' && tok.n >= 2 ? String(v).padStart(2, '0') : String(v);
      switch (tok.t) {
        case 'lit':
          return tok.s;
        case 'ampm':
          return w.hour < 12 ? 'AM' : 'PM';
        case 'y':
          return tok.n <= 2 ? String(w.year % 100).padStart(2, '0') : String(w.year);
        case 'd':
          return tok.n >= 4 ? DAYS[w.weekday] : tok.n === 3 ? DAYS[w.weekday].slice(0, 3) : pad(w.day);
        case 'h':
          return pad(twelve ? w.hour % 12 || 12 : w.hour);
        case 's':
          return pad(w.second);
        case 'm': {
          const i = real.indexOf(tok);
          const minute = tok.n <= 2 && (real[i - 1]?.t === 'h' || real[i + 1]?.t === 's');
          if (minute) return pad(w.minute);
          return tok.n >= 4 ? MONTHS[w.month - 1] : tok.n === 3 ? MONTHS[w.month - 1].slice(0, 3) : pad(w.month);
        }
      }
    })
    .join('');
}
