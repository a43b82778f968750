/// <reference lib="dom" />
/** A file picker beside a documentation field: uploads to the request's Drive folder and puts the link in the field. */

import { call, errorText, unwrap } from '../client';
import { h } from '../dom';

/** Largest file the sidebar sends (google.script.run carries base64; the server checks again). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('Berkas tidak dapat dibaca.'));
    reader.readAsDataURL(file);
  });
}

/** The upload control for `target` (the field's input/textarea) of request `requestId`; `what` names it ('foto'). */
export function uploadControl(
  requestId: string,
  what: string,
  target: HTMLInputElement | HTMLTextAreaElement,
): HTMLElement {
  const status = h('span', { class: 'hint upload-status', 'aria-live': 'polite' });
  const picker = h('input', { type: 'file', 'aria-label': `Unggah berkas ${what}` }) as HTMLInputElement;
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      status.textContent = `Berkas ${file.name} terlalu besar (maksimal 10 MB).`;
      return;
    }
    status.textContent = `Mengunggah ${file.name}…`;
    void readBase64(file)
      .then((base64) =>
        call('uploadDocumentation', requestId, {
          name: file.name,
          mimeType: file.type || 'application/octet-stream',
          base64,
        }),
      )
      .then((result) => {
        const saved = unwrap(result);
        target.value = target.value ? `${target.value}\n${saved.url}` : saved.url;
        status.textContent = `${saved.name} tersimpan di folder Drive permohonan.`;
      })
      .catch((error) => {
        status.textContent = errorText(error);
      });
  });
  return h('div', { class: 'upload' }, picker, status);
}
