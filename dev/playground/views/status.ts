/**
 * The applicants' status pages in the playground: the private link each applicant mail carries
 * (the engine web app's ?p=status&r=…&t=…), newest per request, opened through the playground's
 * /mesin route, which answers with the BUILT engine's own page on the stand-in.
 */
import type { SentMail } from '../../standin/mail';
import { attr, esc } from '../html';

/** Where the playground serves the engine's web app pages. */
export const ENGINE_ROUTE = '/mesin';

/** The engine's status links found in `outbox`, newest per request number. */
export function statusLinks(outbox: SentMail[], engineUrl: string): Array<{ id: string; query: string }> {
  const escaped = engineUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${escaped}\\?(p=status&r=(VC-\\d{4}-\\d+)&t=[0-9a-f]+)`, 'g');
  const byId = new Map<string, string>();
  for (const m of outbox) for (const hit of m.body.matchAll(pattern)) byId.set(hit[2], hit[1]);
  return [...byId.entries()].sort(([a], [b]) => (a < b ? 1 : -1)).map(([id, query]) => ({ id, query }));
}

/** Engine page HTML as the playground serves it: links and forms to the engine point at ENGINE_ROUTE. */
export function throughPlayground(html: string, engineUrl: string): string {
  return html.split(engineUrl).join(ENGINE_ROUTE);
}

/** The section listing each applicant's status page (newest requests first, at most 12). */
export function renderStatusLinks(outbox: SentMail[], engineUrl: string): string {
  const links = statusLinks(outbox, engineUrl).slice(0, 12);
  const items = links
    .map(
      (l) => `<li><a${attr('href', `${ENGINE_ROUTE}?${l.query}`)} target="_blank" rel="noopener">${esc(l.id)}</a></li>`,
    )
    .join('');
  return `<section id="halaman-status"><h2>Halaman status pemohon</h2>
<p class="gray">Tautan pribadi dari email pemohon, dilayani mesin Layanan Vicon seperti di Google.</p>
${items ? `<ul class="status-links">${items}</ul>` : '<p>Belum ada email pemohon dengan tautan status.</p>'}</section>`;
}
