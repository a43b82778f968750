/**
 * The panel's only way to change anything: one POST to the engine web app per click, carrying
 * the official's Google identity token. The token is sent only to an Apps Script web-app URL.
 */
import { ENGINE_URL_PATTERN, type EngineCommand, type EngineRequest, type EngineResponse } from '../shared/engine-rpc';
import type { Result } from '../shared/rpc';

const TOKEN_CACHE_KEY = 'vicon:identity-token';
/** A cached token is used only while it has this much life left (the engine refuses expired ones). */
const TOKEN_MIN_LIFE_S = 300;
const CACHE_MAX_S = 21600;

/** Expiry (seconds) of a JWT, read from its payload; 0 when unreadable. */
function expiryOf(token: string): number {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = Utilities.newBlob(Utilities.base64DecodeWebSafe(payload)).getDataAsString();
    return Number((JSON.parse(json) as { exp?: unknown }).exp) || 0;
  } catch {
    return 0;
  }
}

/**
 * The official's identity token, reused from their own user cache while it has five minutes of
 * life left, so the engine's token check (cached by token) costs no tokeninfo round trip on
 * every click. The user cache is this official's alone.
 */
function identityToken(nowMs: number): string {
  const cache = CacheService.getUserCache();
  const hit = cache.get(TOKEN_CACHE_KEY);
  if (hit) return hit;
  const token = ScriptApp.getIdentityToken();
  const seconds = Math.min(CACHE_MAX_S, Math.floor(expiryOf(token) - nowMs / 1000 - TOKEN_MIN_LIFE_S));
  if (token && seconds > 0) cache.put(TOKEN_CACHE_KEY, token, seconds);
  return token;
}

const UNREACHABLE =
  'Mesin Layanan Vicon tidak dapat dihubungi. Coba lagi sebentar lagi; bila berulang, minta admin memeriksa pemasangan.';

/** True when `url` is an Apps Script web app (the only place an identity token may go). */
export function isEngineUrl(url: string): boolean {
  return ENGINE_URL_PATTERN.test(url.trim());
}

function answerOf(res: GoogleAppsScript.URL_Fetch.HTTPResponse): Result<unknown> {
  if (res.getResponseCode() !== 200) return { ok: false, error: `${UNREACHABLE} (kode ${res.getResponseCode()})` };
  try {
    const body = JSON.parse(res.getContentText()) as EngineResponse;
    if (body && typeof body === 'object' && typeof body.ok === 'boolean') return body;
  } catch {
    // an HTML page (sign-in, error) instead of JSON: reported below
  }
  return {
    ok: false,
    error:
      'Mesin Layanan Vicon menjawab dengan halaman yang tidak dikenali. Pastikan aplikasi web mesin dapat diakses "Siapa saja".',
  };
}

/** Send `command` to the engine at `engineUrl` as the official at the keyboard. */
export function callEngine<T>(engineUrl: string, command: EngineCommand, args: unknown[]): Result<T> {
  if (!isEngineUrl(engineUrl)) {
    return {
      ok: false,
      error: 'Alamat mesin Layanan Vicon belum diisi atau tidak sah. Minta akun layanan menjalankan Siapkan.',
    };
  }
  const request: EngineRequest = {
    command,
    args,
    idToken: identityToken(Date.now()),
    spreadsheetId: SpreadsheetApp.getActiveSpreadsheet().getId(),
  };
  let res: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    res = UrlFetchApp.fetch(engineUrl.trim(), {
      method: 'post',
      contentType: 'application/json',
      payload: JSON.stringify(request),
      muteHttpExceptions: true,
    });
  } catch {
    return { ok: false, error: UNREACHABLE };
  }
  return answerOf(res) as Result<T>;
}
