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

function renderMail(m: SentMail, index: number, timeZone: string): string {
  const recipients = [...m.to, ...m.cc.map((a) => `cc ${a}`), ...m.bcc.map((a) => `bcc ${a}`)].join(', ');
  const body = m.htmlBody
    ? `<iframe class="mail-body" sandbox="" loading="lazy"${attr('title', `Isi email: ${m.subject}`)}${attr('srcdoc', m.htmlBody)}></iframe>`
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
