/**
 * Zoom API errors mapped to an Indonesian message, an in-call retry decision, and whether the
 * failure is permanent (repeating the same call cannot succeed until someone fixes the cause).
 * Codes and meanings: the error tables of the vendored spec (contracts/zoom) and Zoom's answers
 * for missing scopes (4700/4711, "Invalid access token, does not contain scopes:[…]"). Pure.
 */
import { KNOWN_CODES, scopeAdvice } from './zoom-error-codes';

/** Per-host daily limit of meeting creates/updates; Zoom resets it at 00:00 UTC. */
export const ZOOM_DAILY_WRITE_LIMIT = 100;

/** What a caller should do about a failed Zoom call. */
export interface ZoomErrorInfo {
  /** Zoom's error code (e.g. 300, 1001, 3161, 4711, 429), or null when there is none. */
  code: number | null;
  /** In this call: never retry; retry with growing waits; or retry after retryAfterSeconds. */
  retry: 'never' | 'backoff' | 'after';
  retryAfterSeconds?: number;
  /** True when retrying later cannot help until the host, the scopes, the Zoom account or the data are fixed. */
  permanent: boolean;
  /** Indonesian: what went wrong and what to do. Never contains credentials. */
  message: string;
  /** The rejected body field (code 300), e.g. 'settings.alternative_hosts'. */
  field?: string;
}

const DAILY_RESET = 'Batas direset pukul 00.00 UTC (07.00 WIB).';

type Parsed = Record<string, unknown>;

function parseBody(body: string): Parsed {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' ? (parsed as Parsed) : {};
  } catch {
    return {};
  }
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : String(headers[key]);
}

function retryAfterSeconds(value: string | undefined, nowMs: number | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  if (Number.isNaN(at) || nowMs === undefined) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

function secondsToUtcMidnight(nowMs: number | undefined): number | undefined {
  if (nowMs === undefined) return undefined;
  const next = new Date(nowMs);
  next.setUTCHours(24, 0, 0, 0);
  return Math.ceil((next.getTime() - nowMs) / 1000);
}

function rateLimited(headers: Record<string, string>, zoomMessage: string, nowMs?: number): ZoomErrorInfo {
  const type = header(headers, 'X-RateLimit-Type') ?? '';
  const wait = retryAfterSeconds(header(headers, 'Retry-After'), nowMs);
  if (/daily/i.test(type) || /daily/i.test(zoomMessage)) {
    return {
      code: 429,
      retry: 'never',
      permanent: false,
      retryAfterSeconds: wait ?? secondsToUtcMidnight(nowMs),
      message: `Batas harian Zoom untuk akun host ini (${ZOOM_DAILY_WRITE_LIMIT} pembuatan/perubahan rapat per hari) sudah tercapai. ${DAILY_RESET} Sistem mencoba lagi setelah itu; atau pilih akun host lain.`,
    };
  }
  const seconds = wait ?? 1;
  return {
    code: 429,
    retry: 'after',
    permanent: false,
    retryAfterSeconds: seconds,
    message: `Zoom sedang membatasi jumlah permintaan. Coba lagi dalam ${seconds} detik.`,
  };
}

function validationFailed(parsed: Parsed, zoomMessage: string): ZoomErrorInfo {
  const errors = Array.isArray(parsed.errors) ? (parsed.errors as Parsed[]) : [];
  const first = errors.find((e) => typeof e.field === 'string');
  const base = { code: 300, retry: 'never', permanent: true } as const;
  if (!first)
    return {
      ...base,
      message: `Zoom menolak data rapat (${zoomMessage || 'tidak valid'}). Periksa isian permohonan.`,
    };
  const field = String(first.field);
  // Zoom's own sentence keeps its text; its closing full stop is ours ("Invalid date." → "Invalid date").
  const why = typeof first.message === 'string' ? `: ${first.message.trim().replace(/\.+$/, '')}` : '';
  return {
    ...base,
    field,
    message: `Zoom menolak isian "${field}"${why}. Perbaiki isian tersebut.`,
  };
}

const isScopeError = (code: number | null, zoomMessage: string) =>
  code === 4700 || code === 4711 || /does not contain scopes/i.test(zoomMessage);

function byCode(code: number | null, parsed: Parsed, zoomMessage: string): ZoomErrorInfo | null {
  if (isScopeError(code, zoomMessage))
    return { code, retry: 'never', permanent: true, message: scopeAdvice(zoomMessage) };
  if (code === 300) return validationFailed(parsed, zoomMessage);
  const known = code === null ? undefined : KNOWN_CODES[code];
  if (!known) return null;
  const message = known.message.replace('{zoom}', () => zoomMessage || 'tanpa keterangan');
  return { code, retry: 'never', permanent: known.permanent, message };
}

/**
 * The token endpoint refused the credentials. Not permanent: an admin may correct them in the
 * Script Properties, where no configuration change is seen; a retry costs one token request.
 */
function oauthRefused(parsed: Parsed, status: number): ZoomErrorInfo | null {
  const error = typeof parsed.error === 'string' ? parsed.error : '';
  const reason = typeof parsed.reason === 'string' ? parsed.reason : '';
  if (!error && status !== 401) return null;
  const account = /account_id/i.test(reason);
  return {
    code: null,
    retry: 'never',
    permanent: false,
    message: account
      ? 'Account ID Zoom ditolak. Salin ulang Account ID dari aplikasi Server-to-Server OAuth di Zoom App Marketplace ke Pengaturan.'
      : 'Kredensial Zoom ditolak (Client ID atau Client Secret salah). Minta admin memeriksanya di Pengaturan.',
  };
}

function withoutZoomCode(status: number): ZoomErrorInfo {
  return {
    code: null,
    retry: 'never',
    permanent: false,
    message: `Zoom menjawab HTTP ${status} tanpa keterangan (bukan jawaban API Zoom yang dikenal). Sistem mencoba lagi nanti; bila terus terjadi, hubungi admin.`,
  };
}

/**
 * Maps a failed Zoom response to advice. `status` 0 means no response (timeout or network
 * failure). `headers` are matched case-insensitively; `nowMs` (epoch ms) lets a Retry-After
 * date and the 00:00 UTC daily reset be turned into seconds. An expired token (401/124) is
 * refreshed once by the caller before this applies. A 404 without a Zoom code is not "not found".
 * The message never echoes the response body except Zoom's own short error text.
 */
export function mapZoomError(
  status: number,
  body: string,
  headers: Record<string, string>,
  nowMs?: number,
): ZoomErrorInfo {
  const parsed = parseBody(body);
  const code = typeof parsed.code === 'number' ? parsed.code : null;
  const zoomMessage = typeof parsed.message === 'string' ? parsed.message : '';
  if (status === 0)
    return {
      code: null,
      retry: 'backoff',
      permanent: false,
      message: 'Zoom tidak dapat dihubungi (jaringan terputus atau waktu habis). Sistem mencoba lagi.',
    };
  if (status === 429) return rateLimited(headers, zoomMessage, nowMs);
  if (status >= 500)
    return {
      code,
      retry: 'backoff',
      permanent: false,
      message: `Layanan Zoom sedang bermasalah (HTTP ${status}). Sistem mencoba lagi beberapa saat lagi.`,
    };
  const known = byCode(code, parsed, zoomMessage) ?? (code === null ? oauthRefused(parsed, status) : null);
  if (known) return known;
  if (code === null) return withoutZoomCode(status);
  return {
    code,
    retry: 'never',
    permanent: true,
    message: `Zoom menolak permintaan (kode Zoom ${code}: "${zoomMessage || 'tanpa keterangan'}"). Hubungi admin untuk memeriksanya di portal Zoom.`,
  };
}
