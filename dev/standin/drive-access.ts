/**
 * What the current execution may see and change through the Drive API v3 (the advanced
 * `Drive` service and the REST endpoints behind UrlFetchApp): the user's access to an item
 * and, for a project granted drive.file but not drive, whether that project made or opened it.
 * Also the file resource Drive answers with, links included.
 * @see https://developers.google.com/workspace/drive/api/reference/rest/v3/files
 */
import { currentProject, onlyDriveFile, roleIn } from './acl';
import type { Ctx } from './context';
import { type DriveItem, type DriveState, DriveStore, MIME } from './drive-store';
import { DENIED, apiError } from './google-errors';

/** Mime-type prefix of Google-native files (Docs, Sheets, folders): no binary content. */
export const NATIVE = 'application/vnd.google-apps.';

/**
 * `webViewLink`: "A link for opening the file in a relevant Google editor or viewer in a
 * browser" — a folder opens in Drive, a Doc in Docs, anything else in Drive's viewer.
 */
function viewLink(it: DriveItem): string {
  if (it.mimeType === MIME.folder) return `https://drive.google.com/drive/folders/${it.id}`;
  if (it.mimeType === MIME.doc) return `https://docs.google.com/document/d/${it.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${it.id}/view?usp=drivesdk`;
}

/** What the current execution may see and change through the Drive API. */
export class DriveApiAccess {
  readonly store: DriveStore;
  constructor(
    readonly ctx: Ctx,
    state: DriveState,
  ) {
    this.store = new DriveStore(ctx, state);
  }
  /** True when the user may see `apps`' item and, under drive.file only, the project made or opened it. */
  appMaySee(apps: Set<string>): boolean {
    const project = currentProject(this.ctx);
    return !onlyDriveFile(project) || apps.has(project.id);
  }
  visible(it: DriveItem): boolean {
    return this.store.canRead(it) && (this.store.isRoot(it) || this.appMaySee(it.apps));
  }
  find(call: string, id: string): DriveItem {
    const it = this.store.state.items.get(id === 'root' ? this.store.rootFor(this.store.user) : id);
    if (!it || !this.visible(it)) throw apiError(this.ctx, call, 404, DENIED.driveApiNotFound(id));
    return it;
  }
  requireWrite(call: string, it: DriveItem, owner = false): void {
    const ok = owner ? this.store.role(it) === 'owner' : this.store.canWrite(it);
    if (!ok) throw apiError(this.ctx, call, 403, DENIED.driveApiReadOnly);
  }
  /** Folder ids for `ids`, each one the user may add files to. */
  folders(call: string, ids: string[]): string[] {
    return ids.map((id) => {
      const folder = this.find(call, id);
      this.requireWrite(call, folder);
      return folder.id;
    });
  }
  resource(it: DriveItem): Record<string, unknown> {
    const own = it.acl.owner === this.store.user;
    const native = it.mimeType.startsWith(NATIVE);
    return {
      kind: 'drive#file',
      id: it.id,
      name: it.name,
      mimeType: it.mimeType,
      parents: [...it.parents],
      trashed: it.trashed,
      createdTime: it.created.toISOString(),
      description: it.description,
      appProperties: { ...it.appProperties },
      size: native ? undefined : String(it.bytes?.length ?? 0),
      owners: [{ kind: 'drive#user', emailAddress: it.acl.owner, me: own }],
      ownedByMe: own,
      webViewLink: viewLink(it),
    };
  }
  /**
   * Deletes the spreadsheet `id` for good when the user owns it and the project may see it
   * (SpreadsheetApp.create counts as made by the project); false when `id` is no spreadsheet.
   */
  removeSpreadsheet(call: string, id: string): boolean {
    const book = this.ctx.spreadsheets.get(id);
    if (!book) return false;
    const role = roleIn(book.acl, this.store.user);
    if (!role || !this.appMaySee(book.apps)) throw apiError(this.ctx, call, 404, DENIED.driveApiNotFound(id));
    if (role !== 'owner') throw apiError(this.ctx, call, 403, DENIED.driveApiReadOnly);
    this.ctx.spreadsheets.delete(id);
    return true;
  }
}
