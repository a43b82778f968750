/**
 * Values a person typed must stay text in a Sheet. Range.setValues parses a
 * string like typing: '=…' becomes a formula, '+62…'/'0812…' numbers,
 * '2026-01-05' a date, '12:30' a time, '50%' a percentage. A leading apostrophe
 * makes Sheets keep the text exactly as typed (the apostrophe is not stored),
 * so every person-typed string gets one: no list of risky prefixes to get wrong.
 */

/** The string to hand to setValues so the cell keeps exactly `text` as text. */
export function sheetText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** Strip control characters (keep tabs/newlines) and trim; caps length so a cell never explodes. */
export function cleanText(raw: unknown, maxLength = 5000): string {
  const text = raw === null || raw === undefined ? '' : String(raw);
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim()
    .slice(0, maxLength);
}
