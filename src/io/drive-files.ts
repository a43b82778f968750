/**
 * The engine's Drive, through the advanced Drive service (API v3) under the drive.file scope:
 * the engine sees only the folders and files it made itself (or was opened with), so a lookup
 * by name never reaches anything else the office account keeps in its Drive. Thin helpers:
 * find or make a folder, save a blob (replacing an earlier file of that name), move, trash,
 * delete for good, check that an id is one the engine may use, and download a file's bytes.
 * @see https://developers.google.com/apps-script/advanced/drive
 * @see https://developers.google.com/workspace/drive/api/guides/about-auth
 */

type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;

/** Mime types Drive gives Google-native items. */
export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
/** Drive API v3 content download: byte-exact, with the engine's own OAuth token. */
const DOWNLOAD_URL = 'https://www.googleapis.com/drive/v3/files/';
/** Scripts pass null for "no new content" before optional arguments. */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

/** A Drive item the engine made: its id and the link that opens it. */
export interface DriveRef {
  id: string;
  url: string;
}

/** The advanced Drive service's Files; an Indonesian error saying what to enable when it is off. */
function files(): Files {
  if (typeof Drive === 'undefined' || !Drive?.Files) {
    throw new Error(
      'Layanan lanjutan "Drive API" belum aktif di proyek mesin Layanan Vicon. Minta admin mengaktifkannya (Layanan › Drive API, versi v3), lalu coba lagi.',
    );
  }
  return Drive.Files;
}

/** `s` as a quoted string of Drive's query language. */
const quoted = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Live items named `name` (inside folder `parentId` when given, of `mimeType` when given), oldest first. */
export function findLive(name: string, parentId: string | null, mimeType?: string): DriveRef[] {
  const q = [`name = ${quoted(name)}`, 'trashed = false'];
  if (parentId) q.push(`${quoted(parentId)} in parents`);
  if (mimeType) q.push(`mimeType = ${quoted(mimeType)}`);
  const found = files().list({ q: q.join(' and '), orderBy: 'createdTime', fields: 'files(id,webViewLink)' });
  return (found.files ?? []).map((f) => ({ id: String(f.id), url: String(f.webViewLink ?? '') }));
}

/** The id of folder `name` inside `parentId` (anywhere the engine can see when null), made once (in My Drive when null). */
export function ensureFolder(name: string, parentId: string | null): string {
  const found = findLive(name, parentId, FOLDER_MIME)[0];
  if (found) return found.id;
  return String(files().create({ name, mimeType: FOLDER_MIME, ...(parentId ? { parents: [parentId] } : {}) }).id);
}

/** Saves `blob` as a new file `name` in folder `parentId`. */
export function createFile(parentId: string, name: string, blob: GoogleAppsScript.Base.Blob): DriveRef {
  const made = files().create({ name, parents: [parentId] }, blob, { fields: 'id,webViewLink' });
  return { id: String(made.id), url: String(made.webViewLink ?? '') };
}

/** Moves every live file named `name` in folder `parentId` to the trash. */
export function trashNamed(name: string, parentId: string): void {
  for (const f of findLive(name, parentId)) files().update({ trashed: true }, f.id);
}

/** Saves `blob` as `name` in folder `parentId`, trashing the earlier files of that name first. */
export function replaceFile(parentId: string, name: string, blob: GoogleAppsScript.Base.Blob): DriveRef {
  trashNamed(name, parentId);
  return createFile(parentId, name, blob);
}

/** Copies file `fileId` into folder `parentId` as `name`. */
export function copyFile(fileId: string, parentId: string, name: string): DriveRef {
  const made = files().copy({ name, parents: [parentId] }, fileId, { fields: 'id,webViewLink' });
  return { id: String(made.id), url: String(made.webViewLink ?? '') };
}

/** Moves `fileId` into folder `folderId`, out of every other folder. */
export function moveInto(fileId: string, folderId: string): void {
  const parents = files().get(fileId, { fields: 'parents' }).parents ?? [];
  const removeParents = parents.filter((p) => p !== folderId).join(',');
  files().update({}, fileId, NO_MEDIA, { addParents: folderId, ...(removeParents ? { removeParents } : {}) });
}

/** Deletes `fileId` for good (no copy in the trash). */
export function deleteFile(fileId: string): void {
  files().remove(fileId);
}

function isNotFound(error: unknown): boolean {
  const code = (error as { details?: { code?: number } })?.details?.code;
  return code === 404 || /File not found/i.test(String((error as Error)?.message ?? error));
}

/** Type and trash state of `fileId`, or null when the engine cannot see it (missing, or not made by it). */
export function fileInfo(fileId: string): { mimeType: string; trashed: boolean } | null {
  try {
    const f = files().get(fileId, { fields: 'mimeType,trashed' });
    return { mimeType: String(f.mimeType ?? ''), trashed: f.trashed === true };
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

/** The content of `fileId` as a blob named like the file (for a mail attachment). */
export function download(fileId: string): GoogleAppsScript.Base.Blob {
  const name = String(files().get(fileId, { fields: 'name' }).name ?? '');
  const res = UrlFetchApp.fetch(`${DOWNLOAD_URL}${encodeURIComponent(fileId)}?alt=media`, {
    headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
    muteHttpExceptions: true,
  });
  if (res.getResponseCode() !== 200)
    throw new Error(
      `Berkas "${name}" tidak dapat diunduh dari Drive (kode ${res.getResponseCode()}); dicoba lagi nanti.`,
    );
  return res.getBlob().setName(name);
}
