/**
 * HTTP transport to Zoom: Server-to-Server OAuth token (cached in CacheService),
 * authenticated calls through UrlFetchApp, and retries with backoff. Never puts the
 * client secret or the access token in an error message.
 */
import { mapZoomError, type ZoomErrorInfo } from '../core/zoom-errors';

/** Script Properties holding the Zoom Server-to-Server OAuth app's credentials. */
export const ZOOM_PROPERTY_KEYS = {
  accountId: 'ZOOM_ACCOUNT_ID',
  clientId: 'ZOOM_CLIENT_ID',
  clientSecret: 'ZOOM_CLIENT_SECRET',
} as const;

export const ZOOM_API_BASE = 'https://api.zoom.us/v2';
export const ZOOM_TOKEN_URL = 'https://zoom.us/oauth/token';
const TOKEN_CACHE_KEY = 'zoom.accessToken';
const TOKEN_MARGIN_S = 300;
const CACHE_MAX_S = 21600;
const BACKOFF_BASE_MS = 1000;
const MAX_ATTEMPTS = 5;

/** A failed Zoom call. `message` is Indonesian and says what to do; `status` 0 means no response. */
export class ZoomError extends Error {
  readonly code: number | null;
  readonly retry: ZoomErrorInfo['retry'];
  readonly retryAfterSeconds: number | undefined;
  /** True when a later retry cannot help until someone fixes the cause (see ZoomErrorInfo). */
  readonly permanent: boolean;
  readonly status: number;
  readonly field: string | undefined;
  /** What Zoom itself answered ('HTTP 404, kode 1001: User does not exist: …'), for the Log; never a credential. */
  readonly raw: string;

  constructor(info: ZoomErrorInfo, status: number, raw = '') {
    super(info.message);
    this.name = 'ZoomError';
    this.raw = raw;
    this.code = info.code;
    this.retry = info.retry;
    this.retryAfterSeconds = info.retryAfterSeconds;
    this.permanent = info.permanent;
    this.status = status;
    this.field = info.field;
  }
}

export interface ZoomResponse {
  status: number;
  text: string;
  headers: Record<string, string>;
}

const ID_FIELD = /([{,]\s*"id"\s*:\s*)(-?\d+)(?=\s*[,}])/g;

/**
 * JSON.parse for Zoom answers, with every `"id": <number>` read as a string so 64-bit
 * meeting IDs beyond 2^53 keep every digit.
 */
export function parseZoomJson(text: string): unknown {
  return JSON.parse(text.replace(ID_FIELD, '$1"$2"'));
}

/** Zoom's own answer in one line: status, Zoom's code and message (or the start of a non-JSON page). */
function zoomWords(res: ZoomResponse): string {
  if (res.status === 0) return 'Tidak ada jawaban dari Zoom (waktu habis atau jaringan).';
  let said = '';
  try {
    const body = JSON.parse(res.text) as { code?: unknown; message?: unknown; reason?: unknown; error?: unknown };
    const code = body.code ?? body.error;
    said = [code === undefined ? '' : `kode ${String(code)}`, String(body.message ?? body.reason ?? '')]
      .filter(Boolean)
      .join(': ');
  } catch {
    said = res.text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200);
  }
  return `HTTP ${res.status}${said ? `, ${said}` : ''}`;
}

function errorOf(res: ZoomResponse): ZoomError {
  return new ZoomError(mapZoomError(res.status, res.text, res.headers, Date.now()), res.status, zoomWords(res));
}

function readCredentials(): { accountId: string; clientId: string; clientSecret: string } {
  const props = PropertiesService.getScriptProperties();
  const accountId = (props.getProperty(ZOOM_PROPERTY_KEYS.accountId) ?? '').trim();
  const clientId = (props.getProperty(ZOOM_PROPERTY_KEYS.clientId) ?? '').trim();
  const clientSecret = (props.getProperty(ZOOM_PROPERTY_KEYS.clientSecret) ?? '').trim();
  if (!accountId || !clientId || !clientSecret) {
    throw new ZoomError(
      {
        code: null,
        retry: 'never',
        permanent: false,
        message: 'Kredensial Zoom belum diisi. Minta admin mengisinya di Pengaturan.',
      },
      0,
    );
  }
  return { accountId, clientId, clientSecret };
}

function fetchOnce(url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions): ZoomResponse {
  try {
    const res = UrlFetchApp.fetch(url, { ...params, muteHttpExceptions: true });
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.getHeaders() as Record<string, unknown>)) headers[k] = String(v);
    return { status: res.getResponseCode(), text: res.getContentText(), headers };
  } catch {
    return { status: 0, text: '', headers: {} };
  }
}

type Credentials = ReturnType<typeof readCredentials>;

/** Cache key per account and app, so changed credentials never reuse another app's token. */
function tokenKey(creds: Credentials): string {
  return `${TOKEN_CACHE_KEY}.${creds.accountId}.${creds.clientId}`;
}

function requestToken(creds: Credentials): { token: string; scope: string } {
  const url = `${ZOOM_TOKEN_URL}?grant_type=account_credentials&account_id=${encodeURIComponent(creds.accountId)}`;
  const res = fetchOnce(url, {
    method: 'post',
    headers: { Authorization: `Basic ${Utilities.base64Encode(`${creds.clientId}:${creds.clientSecret}`)}` },
  });
  if (res.status !== 200) throw errorOf(res);
  let parsed: { access_token?: unknown; expires_in?: unknown; scope?: unknown } = {};
  try {
    parsed = JSON.parse(res.text) as typeof parsed;
  } catch {
    parsed = {};
  }
  if (typeof parsed.access_token !== 'string' || parsed.access_token === '') {
    throw new ZoomError(
      {
        code: null,
        retry: 'backoff',
        permanent: false,
        message: 'Jawaban Zoom atas permintaan token tidak dapat dibaca. Sistem mencoba lagi beberapa saat lagi.',
      },
      res.status,
    );
  }
  const ttl = Math.min(CACHE_MAX_S, Math.floor(Number(parsed.expires_in) || 3600) - TOKEN_MARGIN_S);
  if (ttl > 0) CacheService.getScriptCache().put(tokenKey(creds), parsed.access_token, ttl);
  return { token: parsed.access_token, scope: typeof parsed.scope === 'string' ? parsed.scope : '' };
}

/**
 * A cached access token, or a new one (cached for expires_in − 300 s, keyed by account and
 * client ID). Throws ZoomError, also when the credentials are missing.
 */
export function accessToken(forceNew = false): string {
  const creds = readCredentials();
  const cache = CacheService.getScriptCache();
  if (forceNew) cache.remove(tokenKey(creds));
  return (!forceNew && cache.get(tokenKey(creds))) || requestToken(creds).token;
}

/** Asks Zoom for a new token (replacing the cached one) and returns its `scope` field. Throws ZoomError. */
export function freshTokenScopes(): string {
  const creds = readCredentials();
  CacheService.getScriptCache().remove(tokenKey(creds));
  return requestToken(creds).scope;
}

function isAuthFailure(res: ZoomResponse): boolean {
  return res.status === 401 || /"code"\s*:\s*124\b/.test(res.text);
}

/**
 * One call to the Zoom API (path below /v2), JSON body for post/patch. Refreshes the token
 * once on 401/code 124. Returns the response when status < 400, else throws ZoomError.
 */
export function zoomCallOnce(method: 'get' | 'post' | 'patch' | 'delete', path: string, body?: object): ZoomResponse {
  const send = (token: string) =>
    fetchOnce(`${ZOOM_API_BASE}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}` },
      ...(body === undefined ? {} : { contentType: 'application/json', payload: JSON.stringify(body) }),
    });
  let res = send(accessToken());
  if (isAuthFailure(res)) res = send(accessToken(true));
  if (res.status >= 400 || res.status === 0) throw errorOf(res);
  return res;
}

export interface RetryOptions {
  sleep: (ms: number) => void;
  maxElapsedMs: number;
}

/**
 * Runs `attempt`, retrying on a ZoomError whose retry is 'backoff' (1 s, 2 s, 4 s, …) or
 * 'after' (its Retry-After), at most 5 attempts and while the waits fit in maxElapsedMs;
 * then rethrows the last ZoomError.
 */
export function withRetries<T>(attempt: () => T, opts: RetryOptions): T {
  const started = Date.now();
  let slept = 0;
  for (let n = 1; ; n += 1) {
    try {
      return attempt();
    } catch (error) {
      if (!(error instanceof ZoomError) || error.retry === 'never' || n >= MAX_ATTEMPTS) throw error;
      const waitMs = error.retry === 'after' ? (error.retryAfterSeconds ?? 1) * 1000 : BACKOFF_BASE_MS * 2 ** (n - 1);
      if (Math.max(slept, Date.now() - started) + waitMs > opts.maxElapsedMs) throw error;
      opts.sleep(waitMs);
      slept += waitMs;
    }
  }
}
