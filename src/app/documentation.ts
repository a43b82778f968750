/**
 * Use case: an operator uploads a documentation file (notulen, foto, laporan)
 * from the sidebar. The file arrives as base64 through google.script.run; it is
 * size- and type-checked before anything else, the caller must hold the current
 * step's role at a step that asks for documentation, and the upload is saved in
 * the request's Drive folder and recorded in the history.
 */
import { historyRecord } from '../core/history';
import { canAct, stepOf } from '../core/sop/engine';
import type { Result, UploadFileDto, UploadResultDto } from '../shared/rpc';
import { currentActor } from './caller';
import { presetOf } from './preset';
import { commit } from './commit';
import type { Deps } from './ports';

/** Largest file accepted, decoded (10 MB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_NAME_LENGTH = 120;

/** Types staff upload as documentation: photos, PDF, Word/ODT and plain text. */
export const UPLOAD_TYPES: Record<string, string> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WEBP',
  'image/heic': 'HEIC',
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'text/plain': 'TXT',
};

/** Saves an uploaded file in the request's folder; returns its link. */
export interface DocumentationStore {
  save(requestId: string, file: { name: string; mimeType: string; base64: string }): { url: string };
}

/** The base64 payload without a 'data:…;base64,' prefix or whitespace. */
export function base64Payload(text: string): string {
  return text.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
}

/** Bytes that `base64` (already a payload) decodes to. */
export function decodedSize(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** A safe Drive file name: no path separators or control characters, at most 120 characters. */
export function cleanFileName(name: string): string {
  return name
    .replace(/[\u0000-\u001F\u007F/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_LENGTH);
}

/** Size in MB with one decimal, rounded up (a file just over the limit never reads as the limit). */
const megabytes = (bytes: number) =>
  `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1).replace('.', ',')} MB`;

/** Why `file` cannot be taken (Indonesian), or the cleaned file. */
export function checkUpload(
  file: unknown,
): { ok: true; file: UploadFileDto & { size: number } } | { ok: false; error: string } {
  const f = file as Partial<UploadFileDto> | null;
  if (
    !f ||
    typeof f !== 'object' ||
    typeof f.name !== 'string' ||
    typeof f.mimeType !== 'string' ||
    typeof f.base64 !== 'string'
  ) {
    return { ok: false, error: 'Berkas tidak terbaca. Pilih berkasnya lagi lalu unggah ulang.' };
  }
  const name = cleanFileName(f.name);
  const base64 = base64Payload(f.base64);
  if (!name) return { ok: false, error: 'Nama berkas kosong. Beri nama berkasnya lalu unggah ulang.' };
  if (!UPLOAD_TYPES[f.mimeType]) {
    return {
      ok: false,
      error: `Jenis berkas "${name}" (${f.mimeType || 'tidak dikenal'}) tidak diterima. Unggah foto (JPG/PNG/WEBP/HEIC), PDF, dokumen Word/ODT atau teks.`,
    };
  }
  if (!isBase64(base64)) return { ok: false, error: `Isi berkas "${name}" kosong atau rusak. Pilih berkasnya lagi.` };
  const size = decodedSize(base64);
  if (size > MAX_UPLOAD_BYTES) {
    return {
      ok: false,
      error: `Berkas "${name}" terlalu besar (${megabytes(size)}); batasnya ${megabytes(MAX_UPLOAD_BYTES)}. Perkecil foto atau bagi berkasnya, lalu unggah lagi.`,
    };
  }
  return { ok: true, file: { name, mimeType: f.mimeType, base64, size } };
}

/**
 * True for non-empty base64 text. Checked by looking for one wrong character rather than matching
 * the whole text: V8 throws "Maximum call stack size exceeded" when a `^[…]+$` pattern runs over a
 * ten-megabyte file's text.
 */
function isBase64(text: string): boolean {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const body = text.slice(0, text.length - padding);
  return body !== '' && !/[^A-Za-z0-9+/]/.test(body);
}

/**
 * Upload one documentation file for `requestId` as the calling official. Refused
 * (Indonesian reason) when the file is bad or too big, the caller does not hold the
 * current step's role, or the step does not ask for documentation.
 */
export function uploadDocumentation(
  deps: Deps,
  store: DocumentationStore,
  requestId: string,
  file: unknown,
): Result<UploadResultDto> {
  const checked = checkUpload(file);
  if (!checked.ok) return checked;
  const who = currentActor(deps);
  if (!who.ok) return { ok: false, error: who.reason };
  const stored = typeof requestId === 'string' ? deps.register.find(requestId) : null;
  if (!stored) return { ok: false, error: `Permohonan ${String(requestId)} tidak ditemukan di Register.` };
  const request = stored.request;
  const found = presetOf(request, deps);
  if (!found.ok) return { ok: false, error: found.problem };
  const allowed = canAct(request, found.preset, who.actor);
  if (!allowed.ok) return { ok: false, error: allowed.reason };
  const step = stepOf(found.preset, request.stepId);
  if (!step?.actions.some((a) => a.requires.includes('documentation'))) {
    return {
      ok: false,
      error: `Permohonan ${request.id} sedang di langkah "${step?.label ?? request.stepId}", yang tidak meminta dokumentasi.`,
    };
  }
  const { url } = store.save(request.id, checked.file);
  const note = historyRecord({
    at: deps.clock.now().toISOString(),
    requestId: request.id,
    kind: 'sistem',
    action: 'unggah dokumentasi',
    actorEmail: who.actor.email,
    actorLabel: allowed.asLabel,
    fromStep: request.stepId,
    toStep: request.stepId,
    note: `${checked.file.name} (${checked.file.size} bita): ${url}`,
  });
  deps.lock.run(() => {
    const now = deps.register.find(request.id) ?? stored;
    commit(deps, now, now.request, [note]);
  });
  return { ok: true, value: { name: checked.file.name, url, sizeBytes: checked.file.size } };
}
