/**
 * The panel's only way to change anything: one POST to the engine web app per click, carrying
 * the official's Google identity token. The token is sent only to an Apps Script web-app URL.
 */
import { ENGINE_URL_PATTERN, type EngineCommand, type EngineRequest, type EngineResponse } from '../shared/engine-rpc';
import type { Result } from '../shared/rpc';

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
    idToken: ScriptApp.getIdentityToken(),
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
