/**
 * Documentation files in Drive: each upload is saved in the request's own
 * folder (Layanan Vicon / VC-…), the folder letters use too.
 */
import type { DocumentationStore } from '../app/documentation';
import { ensureFolder, ROOT_FOLDER_NAME } from './docs';

/** A DocumentationStore over DriveApp; the base64 is decoded here (Utilities). */
export function driveDocumentationStore(): DocumentationStore {
  return {
    save(requestId, file) {
      const folder = ensureFolder(ROOT_FOLDER_NAME, requestId);
      const blob = Utilities.newBlob(Utilities.base64Decode(file.base64), file.mimeType, file.name);
      return { url: folder.createFile(blob).getUrl() };
    },
  };
}
