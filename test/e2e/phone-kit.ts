/**
 * A phone's browser on the engine's web app: GET a link, read the page's forms, press a button
 * (POST its fields, form-encoded, as a browser does). A signed-in visitor is modeled by their
 * Google session (a bearer token in the stand-in); `null` is a browser not signed in to Google.
 */
import { rememberAccessToken } from '../../dev/standin/identity';
import type { E2E } from './world';

/** One page form: where it posts, its fields (hidden and typed) and its button. */
export interface PageForm {
  action: string;
  fields: Record<string, string>;
  button: string;
}

/** A page as the browser got it. */
export interface Page {
  html: string;
  title: string;
  text: string;
  forms: PageForm[];
  links: Array<{ label: string; url: string }>;
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function parse(html: string): Page {
  const forms = [...html.matchAll(/<form method="post" action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g)].map((m) => {
    const fields: Record<string, string> = {};
    for (const i of m[2].matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g))
      fields[unescape(i[1])] = unescape(i[2]);
    const button = unescape(/<button[^>]*>([^<]*)<\/button>/.exec(m[2])?.[1] ?? '');
    return { action: unescape(m[1]), fields, button };
  });
  const links = [...html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({
    url: unescape(m[1]),
    label: unescape(
      m[2]
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  }));
  const title = unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
  const text = unescape(html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
  return { html, title, text, forms, links };
}

function headersOf(e: E2E, visitor: string | null): Record<string, string> {
  if (!visitor) return {};
  const token = `ya29.ponsel-${visitor}`;
  rememberAccessToken(e.ws.ctx, token, e.product.panelProject, visitor);
  return { Authorization: `Bearer ${token}` };
}

/** The browser of `visitor` opens `url` (GET). */
export function open(e: E2E, visitor: string | null, url: string): Page {
  const fetch = (e.ws.globals.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp).fetch;
  const res = fetch(url, { headers: headersOf(e, visitor), muteHttpExceptions: true });
  return parse(res.getContentText());
}

/** The browser of `visitor` presses `form`'s button with `typed` filled in (POST, form-encoded). */
export function press(e: E2E, visitor: string | null, form: PageForm, typed: Record<string, string> = {}): Page {
  const fetch = (e.ws.globals.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp).fetch;
  const res = fetch(form.action, {
    method: 'post',
    payload: { ...form.fields, ...typed },
    headers: headersOf(e, visitor),
    muteHttpExceptions: true,
  });
  return parse(res.getContentText());
}

/** The form whose button reads `label` (fails the test when the page has none). */
export function formNamed(page: Page, label: string): PageForm {
  const form = page.forms.find((f) => f.button === label);
  if (!form) throw new Error(`Tidak ada tombol "${label}" di halaman "${page.title}": ${page.text.slice(0, 300)}`);
  return form;
}

/** The phone link in the newest "Tugas baru" mail to `email` about `id`. */
export function phoneLinkIn(e: E2E, email: string, id: string): string {
  const mail = e.ws.mail.outbox
    .filter((m) => m.to.includes(email) && m.subject.startsWith(`[${id}] Tugas baru`))
    .at(-1);
  const url = mail && /Tindak dari ponsel[^:]*: (\S+)/.exec(mail.body)?.[1];
  if (!url) throw new Error(`Tidak ada tautan ponsel untuk ${email} tentang ${id}`);
  return url;
}

/** The six-digit code in the newest code mail to `email`. */
export function codeMailedTo(e: E2E, email: string): string {
  const mail = e.ws.mail.outbox.filter((m) => m.to.includes(email) && m.subject.startsWith('Kode masuk')).at(-1);
  const code = mail && /(\d{6})/.exec(mail.body)?.[1];
  if (!code) throw new Error(`Tidak ada kode untuk ${email}`);
  return code;
}
