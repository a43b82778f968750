/**
 * The HTML of the engine's pages: one small, self-contained document (no script, no outside
 * resources), readable on a phone, in Indonesian. Pure.
 */
import { escapeHtml } from './messages/blocks';

/** A page to show: its title and the HTML inside <main> (already escaped by whoever built it). */
export interface PageView {
  title: string;
  html: string;
}

const STYLE = [
  'body{font-family:Arial,Helvetica,sans-serif;margin:0;background:#f6f7f9;color:#1f2328;line-height:1.5}',
  'main{max-width:40rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh}',
  'h1{font-size:1.35rem;margin:.5rem 0 1rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}',
  'table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .4rem;border-bottom:#d0d7de 1px solid;vertical-align:top}',
  '.note{background:#fff8c5;border:#d4a72c 1px solid;padding:.6rem;border-radius:4px}',
  '.ok{background:#dafbe1;border:#1a7f37 1px solid;padding:.6rem;border-radius:4px}',
  'button{font-size:1rem;padding:.55rem .9rem;border-radius:4px;border:#1f6feb 1px solid;background:#0b57d0;color:#fff;cursor:pointer}',
  'button.secondary{background:#fff;color:#a40e26;border-color:#a40e26}',
  'form{margin:.5rem 0}label{display:block;margin:.4rem 0 .2rem}textarea{width:100%;box-sizing:border-box;font:inherit}',
  'a{color:#0550ae}footer{margin-top:2rem;font-size:.85rem;color:#57606a}',
].join('');

/** The whole document for `view`. */
export function pageDocument(view: PageView): string {
  return [
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(view.title)}</title><style>${STYLE}</style></head>`,
    `<body><main><h1>${escapeHtml(view.title)}</h1>${view.html}`,
    '<footer>Layanan Vicon</footer></main></body></html>',
  ].join('');
}

/** The page of a link that is wrong, expired or for something that does not exist (one text for all). */
export const INVALID_LINK_PAGE: PageView = {
  title: 'Tautan tidak berlaku',
  html: '<p>Tautan ini tidak valid atau sudah tidak berlaku. Buka tautan dari email terakhir yang kami kirim.</p>',
};

/** How a post button looks and what it asks before sending. */
export interface ButtonOptions {
  /** A quieter, red-outlined button (cancelling). */
  secondary?: boolean;
  /** HTML of visible fields sent with the button (a reason box), already escaped. */
  fieldsHtml?: string;
}

/**
 * A button that POSTs the page's own signed parameters plus `hidden` back to the engine at `selfUrl`
 * (the whole window follows: target _top), so an action never rides on a GET.
 */
export function postButton(
  selfUrl: string,
  hidden: Record<string, string>,
  label: string,
  o: ButtonOptions = {},
): string {
  const inputs = Object.entries(hidden)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  const cls = o.secondary ? ' class="secondary"' : '';
  return `<form method="post" action="${escapeHtml(selfUrl)}" target="_top">${inputs}${o.fieldsHtml ?? ''}<button type="submit"${cls}>${escapeHtml(label)}</button></form>`;
}
