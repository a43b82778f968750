/**
 * The HTTP side of web apps as Google serves them: the `e` event object doGet/doPost
 * receive, the pages Google answers with (script error, sign-in, access denied, …) and
 * its redirects. Shapes copied from
 * https://developers.google.com/apps-script/guides/web#request_parameters and from the
 * measurements in https://github.com/tanaikech/taking-advantage-of-Web-Apps-with-google-apps-script
 * ("Event Object of Web Apps", "Error messages", "Understanding Flow of Request").
 */
import type { FakeHttpRequest, FakeHttpResponse } from './http-types';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const HTML = 'text/html; charset=utf-8';

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch (e) {
    if (e instanceof URIError) return s;
    throw e;
  }
}

function pairsOf(encoded: string): Array<[string, string]> {
  return encoded
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const at = p.indexOf('=');
      return at < 0 ? [decode(p), ''] : [decode(p.slice(0, at)), decode(p.slice(at + 1))];
    });
}

/** The `e` of doGet/doPost: query (and a form-encoded body) as parameter/parameters, the raw body as postData. */
export function webAppEvent(req: FakeHttpRequest, queryString: string, pathInfo: string): Record<string, unknown> {
  const type = Object.entries(req.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  const post = req.method === 'post';
  const pairs = [...pairsOf(queryString)];
  if (post && /^application\/x-www-form-urlencoded/i.test(type)) pairs.push(...pairsOf(req.payload));
  const parameters: Record<string, string[]> = {};
  for (const [k, v] of pairs) (parameters[k] ??= []).push(v);
  const parameter = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v[0]]));
  const length = Buffer.byteLength(req.payload, 'utf8');
  const e: Record<string, unknown> = { queryString, parameter, parameters, contextPath: '', contentLength: -1 };
  if (post) e.contentLength = length;
  if (post && length > 0) e.postData = { contents: req.payload, length, name: 'postData', type };
  if (pathInfo) e.pathInfo = pathInfo;
  return e;
}

/** "TypeError: … (line 3, file "Code")", the way Apps Script prints an uncaught error from `bundleFile`. */
export function scriptErrorText(error: unknown, bundleFile: string): string {
  const e = error as { name?: unknown; message?: unknown; stack?: unknown } | null;
  const text = e && typeof e === 'object' && 'message' in e ? `${String(e.name)}: ${String(e.message)}` : String(error);
  const at = String(e?.stack ?? '').indexOf(`${bundleFile}:`);
  const line = at < 0 ? null : /^:(\d+):/.exec(String(e?.stack).slice(at + bundleFile.length));
  const file = bundleFile.split(/[\\/]/).pop()!.replace(/\.js$/, '');
  return line ? `${text} (line ${line[1]}, file "${file}")` : text;
}

/** Apps Script's error page (HTTP 200), for an uncaught error or a missing/empty doGet/doPost. */
export function scriptErrorPage(message: string): FakeHttpResponse {
  const body =
    '<!DOCTYPE html><html><head><link rel="shortcut icon" href="//ssl.gstatic.com/docs/script/images/favicon.ico">' +
    '<title>Error</title><style type="text/css">body {background-color: #fff; margin: 0; padding: 0;}' +
    '.errorMessage {font-family: Arial,sans-serif; font-size: 12pt; font-weight: bold; line-height: 150%; padding-top: 25px;}' +
    '</style></head><body style="margin:20px"><div><img alt="Google Apps Script" src="//ssl.gstatic.com/docs/script/images/logo.png"></div>' +
    `<div style="text-align:center;font-family:monospace;margin:50px auto 0;max-width:600px">${escapeHtml(message)}</div></body></html>`;
  return { status: 200, headers: { 'Content-Type': HTML }, body };
}

/** A Google front-end page: `title` in <title>, a short text. */
export function googlePage(status: number, title: string, text: string): FakeHttpResponse {
  const body = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><p>${escapeHtml(text)}</p></body></html>`;
  return { status, headers: { 'Content-Type': HTML }, body };
}

/** Google's 302 "Moved Temporarily" with its classic body. */
export function redirect(location: string): FakeHttpResponse {
  const href = escapeHtml(location);
  const body = `<HTML>\n<HEAD>\n<TITLE>Moved Temporarily</TITLE>\n</HEAD>\n<BODY BGCOLOR="#FFFFFF" TEXT="#000000">\n<H1>Moved Temporarily</H1>\nThe document has moved <A HREF="${href}">here</A>.\n</BODY>\n</HTML>\n`;
  return { status: 302, headers: { Location: location, 'Content-Type': 'text/html; charset=UTF-8' }, body };
}

/** 401 for a Bearer token Google does not accept (unknown, or without a Drive scope). */
export function unauthorized(): FakeHttpResponse {
  const body =
    '<HTML>\n<HEAD>\n<TITLE>Unauthorized</TITLE>\n</HEAD>\n<BODY BGCOLOR="#FFFFFF" TEXT="#000000">\n<H1>Unauthorized</H1>\n<H2>Error 401</H2>\n</BODY>\n</HTML>\n';
  return { status: 401, headers: { 'Content-Type': 'text/html; charset=UTF-8' }, body };
}

export const SIGN_IN_URL = 'https://accounts.google.com/ServiceLogin';

/** Where Google sends a request without credentials to a web app that needs a signed-in user. */
export function signInRedirect(url: string): FakeHttpResponse {
  const back = encodeURIComponent(url);
  return redirect(`${SIGN_IN_URL}?service=wise&passive=1209600&continue=${back}&followup=${back}`);
}

/** The sign-in page itself (HTTP 200: UrlFetch sees a page, not an error). */
export function signInPage(): FakeHttpResponse {
  return googlePage(200, 'Meet Google Drive - One place for all your files', 'Sign in to continue to Google Drive.');
}
