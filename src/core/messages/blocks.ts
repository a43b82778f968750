/**
 * The building blocks of a message and their two renderings: plain text (mail body,
 * WhatsApp) and HTML (mail htmlBody). Every string that reaches the HTML passes
 * through `escapeHtml`, so a catalogue entry cannot forget to escape a value.
 */

/** One piece of a message body. */
export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'fields'; rows: Array<[string, string]> }
  | { kind: 'list'; items: string[] }
  | { kind: 'link'; label: string; url: string };

/** A message before rendering: its subject line and body blocks. */
export interface MessageDoc {
  subject: string;
  blocks: Block[];
}

/** A rendered message. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `& < > " '` so any string is safe as HTML text or inside a quoted attribute. */
export function escapeHtml(value: string): string {
  return String(value).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** True for an absolute http(s) URL without spaces or control characters (the only links we make clickable). */
export function isSafeUrl(url: string): boolean {
  return /^https?:\/\/[^\s\u0000-\u001f"<>]+$/i.test(url);
}

/** One line of a subject: newlines and control characters removed, runs of spaces collapsed. */
export function subjectLine(text: string): string {
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

function blockText(b: Block): string {
  switch (b.kind) {
    case 'p':
      return b.text;
    case 'fields':
      return b.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'list':
      return b.items.map((item, i) => `${i + 1}. ${item}`).join('\n');
    case 'link':
      return `${b.label}: ${b.url}`;
  }
}

function paragraphHtml(text: string): string {
  return `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'p':
      return paragraphHtml(b.text);
    case 'fields': {
      const rows = b.rows.map(
        ([label, value]) =>
          `<tr><td style="padding:2px 12px 2px 0;vertical-align:top">${escapeHtml(label)}</td>` +
          `<td style="padding:2px 0"><b>${escapeHtml(value)}</b></td></tr>`,
      );
      return `<table style="border-collapse:collapse">${rows.join('')}</table>`;
    }
    case 'list':
      return `<ol>${b.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`;
    case 'link':
      return isSafeUrl(b.url)
        ? `<p>${escapeHtml(b.label)}: <a href="${escapeHtml(b.url)}">${escapeHtml(b.url)}</a></p>`
        : paragraphHtml(`${b.label}: ${b.url}`);
  }
}

/** Renders a message document to { subject, text, html }. */
export function renderDoc(doc: MessageDoc): RenderedMessage {
  const blocks = doc.blocks.filter(
    (b) => !(b.kind === 'list' && b.items.length === 0) && !(b.kind === 'fields' && b.rows.length === 0),
  );
  return {
    subject: subjectLine(doc.subject),
    text: blocks.map(blockText).join('\n\n'),
    html: `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5">${blocks.map(blockHtml).join('\n')}</div>`,
  };
}
