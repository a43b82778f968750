/**
 * The engine asks its own web app, at the address the panel used: doGet must answer that the
 * engine is ready, and a doPost carrying a deliberately forged identity token (a well-formed
 * JWT for the office account and the panel's audience, signed by no one) must be refused.
 */
import type { WebAppFacts } from '../core/check/effect-lines';
import { ENGINE_URL_PATTERN } from '../shared/engine-rpc';
import { rawMessage } from '../app/error-log';

const FORGED_LIFE_S = 600;

const part = (o: object): string => Utilities.base64EncodeWebSafe(JSON.stringify(o)).replace(/=+$/, '');

/** A JWT that claims `email` for `audience` with a random signature: any real verifier refuses it. */
function forgedToken(email: string, audience: string, nowS: number): string {
  const header = part({ alg: 'RS256', typ: 'JWT', kid: 'periksa-pemasangan' });
  const payload = part({
    iss: 'https://accounts.google.com',
    aud: audience,
    azp: audience,
    sub: '0',
    email,
    email_verified: true,
    iat: nowS,
    exp: nowS + FORGED_LIFE_S,
  });
  const signature = Utilities.base64EncodeWebSafe(Utilities.getUuid() + Utilities.getUuid()).replace(/=+$/, '');
  return `${header}.${payload}.${signature}`;
}

function json(res: GoogleAppsScript.URL_Fetch.HTTPResponse): { ok?: unknown; value?: { ready?: unknown } } | null {
  try {
    const parsed = JSON.parse(res.getContentText()) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as { ok?: unknown }) : null;
  } catch {
    return null;
  }
}

const brief = (res: GoogleAppsScript.URL_Fetch.HTTPResponse): string =>
  `HTTP ${res.getResponseCode()}: ${res
    .getContentText()
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200)}`;

/** doGet and a forged doPost at `engineUrl`, for spreadsheet `spreadsheetId`, whose panel's audience is `audience`. */
export function probeWebApp(engineUrl: string, spreadsheetId: string, audience: string): WebAppFacts {
  const url = String(engineUrl ?? '').trim();
  if (!ENGINE_URL_PATTERN.test(url))
    return {
      answered: false,
      forgedRefused: null,
      raw: ['Alamat mesin yang dikirim panel bukan alamat aplikasi web Apps Script.'],
    };
  const raw: string[] = [];
  let answered = false;
  try {
    const res = UrlFetchApp.fetch(url, { method: 'get', muteHttpExceptions: true });
    answered = res.getResponseCode() === 200 && json(res)?.value?.ready === true;
    if (!answered) raw.push(brief(res));
  } catch (error) {
    raw.push(rawMessage(error));
  }
  let forgedRefused: boolean | null = null;
  try {
    const token = forgedToken(Session.getEffectiveUser().getEmail(), audience, Math.floor(Date.now() / 1000));
    const res = UrlFetchApp.fetch(url, {
      method: 'post',
      contentType: 'application/json',
      payload: JSON.stringify({ command: 'getSettingsForm', args: [], idToken: token, spreadsheetId }),
      muteHttpExceptions: true,
    });
    const answer = json(res);
    forgedRefused = answer?.ok === false ? true : answer?.ok === true ? false : null;
    if (forgedRefused === null) raw.push(brief(res));
  } catch (error) {
    raw.push(rawMessage(error));
  }
  return { answered, forgedRefused, raw };
}
