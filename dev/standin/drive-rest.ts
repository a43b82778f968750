/**
 * Drive API v3 content download over HTTP, behind UrlFetchApp:
 * GET https://www.googleapis.com/drive/v3/files/ID?alt=media with
 * `Authorization: Bearer <ScriptApp.getOAuthToken()>`. The token stands for a user and a
 * project; the file must be visible to both, as for the advanced service (with drive.file
 * only: made or opened by that project). Answers the bytes byte-exact (a PDF stays a PDF),
 * or Google's JSON errors: 401 for a token it never issued, 404 "File not found: ID.", 403
 * for a Google-native file (Docs are exported, not downloaded).
 * @see https://developers.google.com/workspace/drive/api/guides/manage-downloads
 */
import { onlyDriveFile, tokenInfo } from './acl';
import type { Ctx } from './context';
import { type DriveState, DriveStore } from './drive-store';
import { DENIED } from './google-errors';
import type { FakeHttpHandler, FakeHttpResponse } from './http-types';

function jsonError(code: number, message: string, reason: string): FakeHttpResponse {
  const body = JSON.stringify({ error: { code, message, errors: [{ domain: 'global', reason, message }] } });
  return { status: code, headers: { 'Content-Type': 'application/json; charset=UTF-8' }, body };
}

/** The fake download endpoint over the workspace's Drive. */
export function driveMediaHandler(ctx: Ctx, state: DriveState): FakeHttpHandler {
  const store = new DriveStore(ctx, state);
  return (req) => {
    const who = tokenInfo(ctx, req.headers.Authorization ?? req.headers.authorization);
    if (!who)
      return jsonError(
        401,
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        'authError',
      );
    const m = /\/drive\/v3\/files\/([^/?]+)\?(?:.*&)?alt=media(?:&|$)/.exec(req.url);
    if (!m || req.method !== 'get')
      return jsonError(400, 'Stand-in: only GET files/ID?alt=media is modelled.', 'badRequest');
    const it = state.items.get(decodeURIComponent(m[1]));
    const seen = it && store.canRead(it, who.user) && (!onlyDriveFile(who.project) || it.apps.has(who.project.id));
    if (!it || !seen) return jsonError(404, DENIED.driveApiNotFound(m[1]), 'notFound');
    if (it.mimeType.startsWith('application/vnd.google-apps.'))
      return jsonError(
        403,
        'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
        'fileNotDownloadable',
      );
    return { status: 200, headers: { 'Content-Type': it.mimeType }, body: '', bytes: Buffer.from(it.bytes ?? []) };
  };
}
