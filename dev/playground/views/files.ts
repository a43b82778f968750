/**
 * The letters and other files the code created in Drive (stand-in): PDFs open in the
 * browser from /berkas/<id>; Google Docs are exported to PDF the way Drive's getAs does.
 */
import type { Workspace } from '../../standin';
import { MIME } from '../../standin/drive';
import { pdfFromText } from '../../standin/pdf';
import { attr, esc, wallClock } from '../html';

/** The PDF bytes of Drive file `id` (a PDF, or a Doc exported), or null when it has none. */
export function fileAsPdf(ws: Workspace, id: string): Uint8Array | null {
  const item = ws.drive.items.get(id);
  if (!item || item.trashed) return null;
  if (item.mimeType === MIME.pdf && item.bytes) return item.bytes;
  const doc = ws.drive.docs.get(id);
  return doc ? Buffer.from(pdfFromText(doc.saved.join('\n'), item.name)) : null;
}

/** The files section: every non-folder, non-trashed Drive item with a link when it can be shown as PDF. */
export function renderFiles(ws: Workspace, timeZone: string): string {
  const files = [...ws.drive.items.values()].filter((i) => i.mimeType !== MIME.folder && !i.trashed);
  const rows = files.map((f) => {
    const kind = f.mimeType === MIME.pdf ? 'PDF' : f.mimeType === MIME.doc ? 'Google Dokumen' : f.mimeType;
    const name = fileAsPdf(ws, f.id)
      ? `<a${attr('href', `/berkas/${encodeURIComponent(f.id)}`)} target="_blank" rel="noopener">${esc(f.name)}</a>`
      : esc(f.name);
    return `<li>${name} <small>${esc(kind)} · ${esc(wallClock(f.created, timeZone))}</small></li>`;
  });
  return `<section id="berkas"><h2>Surat dan berkas (Drive)</h2>
${rows.length ? `<ul>${rows.join('')}</ul>` : '<p>Belum ada surat atau berkas.</p>'}</section>`;
}
