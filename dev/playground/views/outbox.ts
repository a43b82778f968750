/**
 * The outbox of sent mail (MailApp stand-in), newest first, each with its sender (the office
 * account: the engine sends every mail). An HTML body is shown as
 * the mail client would render it, inside a sandboxed iframe (srcdoc, no scripts, no
 * same-origin), so nothing in a mail can touch the page.
 */
import type { SentMail } from '../../standin/mail';
import { attr, esc, wallClock } from '../html';

/** How many of the newest mails the page shows. */
export const OUTBOX_LIMIT = 20;

/**
 * A height (px) that shows the whole mail without scrolling inside its frame: the sandboxed frame runs
 * no script and the page cannot measure it, so the height is reckoned from the mail's lines and blocks.
 */
function mailFrameHeight(html: string): number {
  const text = html
    .replace(/<(br|\/p|\/tr|\/li|\/h\d|\/div|\/table)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z]+;|&#\d+;/gi, 'x');
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 70)), 0);
  const blocks = (html.match(/<(p|tr|li|h\d|table|a)\b/gi) ?? []).length;
  return Math.min(6000, 48 + lines * 22 + blocks * 10);
}

function renderMail(m: SentMail, index: number, timeZone: string): string {
  const recipients = [...m.to, ...m.cc.map((a) => `cc ${a}`), ...m.bcc.map((a) => `bcc ${a}`)].join(', ');
  const body = m.htmlBody
    ? `<iframe class="mail-body" sandbox="" loading="lazy"${attr('style', `height:${mailFrameHeight(m.htmlBody)}px`)}${attr('title', `Isi email: ${m.subject}`)}${attr('srcdoc', m.htmlBody)}></iframe>`
    : `<pre class="mail-body">${esc(m.body)}</pre>`;
  const files = m.attachments.length
    ? `<p>Lampiran: ${m.attachments.map((a) => esc(`${a.name} (${a.contentType})`)).join(', ')}</p>`
    : '';
  return `<details class="mail"${attr('data-index', index)}><summary><span class="mail-subject">${esc(m.subject)}</span>
 — <span class="mail-to">${esc(recipients)}</span> <small>${esc(wallClock(m.at, timeZone))}</small></summary>
<p class="mail-from">Dari: ${esc(m.name ? `${m.name} <${m.from}>` : m.from)}${m.replyTo ? ` (balas ke ${esc(m.replyTo)})` : ''}</p>${files}${body}</details>`;
}

/** The outbox section: the newest OUTBOX_LIMIT mails, and how many there are in all. */
export function renderOutbox(outbox: SentMail[], timeZone: string): string {
  const newest = outbox
    .map((m, i) => ({ m, i }))
    .reverse()
    .slice(0, OUTBOX_LIMIT);
  const more =
    outbox.length > OUTBOX_LIMIT ? `<p>${outbox.length - OUTBOX_LIMIT} email lebih lama tidak ditampilkan.</p>` : '';
  return `<section id="surat-keluar"><h2>Kotak keluar email <small>(${outbox.length})</small></h2>
${newest.length ? newest.map(({ m, i }) => renderMail(m, i, timeZone)).join('\n') : '<p>Belum ada email terkirim.</p>'}${more}</section>`;
}
