/**
 * HTML text helpers for the playground page. Everything that came from the world
 * (cell values, mail, names) goes through `esc` or `attr`; markup is built only here
 * and in views/, never by concatenating unescaped input.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe as HTML element content or a quoted attribute value. */
export function esc(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A double-quoted attribute: ` name="value"` (value escaped), or '' when `value` is null/false. */
export function attr(name: string, value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  return value === true ? ` ${name}` : ` ${name}="${esc(value)}"`;
}

/** `<option>`s for `items`, marking `selected`. */
export function options(items: Array<{ value: string; label: string }>, selected: string): string {
  return items
    .map((o) => `<option${attr('value', o.value)}${attr('selected', o.value === selected)}>${esc(o.label)}</option>`)
    .join('');
}

/** A small POST form with hidden fields and one submit button. */
export function postButton(action: string, label: string, hidden: Record<string, string> = {}, cls = ''): string {
  const fields = Object.entries(hidden)
    .map(([k, v]) => `<input type="hidden"${attr('name', k)}${attr('value', v)}>`)
    .join('');
  return `<form method="post"${attr('action', action)} class="inline">${fields}<button type="submit"${attr('class', cls || null)}>${esc(label)}</button></form>`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** Wall-clock text of `date` in `timeZone`, Indonesian: 'Senin, 23 November 2026 09.00'. */
export function wallClock(date: Date, timeZone: string, withTime = true): string {
  const time: Intl.DateTimeFormatOptions = withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {};
  return formatter('id-ID', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', ...time })
    .format(date)
    .replace(' pukul', '');
}

/** 'YYYY-MM-DD' of `date` in `timeZone`. */
export function dayKey(date: Date, timeZone: string): string {
  return formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** 'HH.MM' of `date` in `timeZone`. */
export function hourMinute(date: Date, timeZone: string): string {
  return formatter('id-ID', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false })
    .format(date)
    .replace(':', '.');
}
