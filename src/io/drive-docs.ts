/**
 * Documentation files in Drive: each upload is saved in the request's own
 * folder (Layanan Vicon / VC-…), the folder letters use too, through the advanced
 * Drive service (drive.file: the engine made the folder, so it may add to it).
 */
import type { DocumentationStore } from '../app/documentation';
import { requestFolderId } from './docs';
import { createFile } from './drive-files';

/** A DocumentationStore over the advanced Drive service; the base64 is decoded here (Utilities). */
export function driveDocumentationStore(): DocumentationStore {
  return {
    save(requestId, file) {
      const blob = Utilities.newBlob(Utilities.base64Decode(file.base64), file.mimeType, file.name);
      return { url: createFile(requestFolderId(requestId), file.name, blob).url };
    },
  };
}
