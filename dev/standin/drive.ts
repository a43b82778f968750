/**
 * Fake `DriveApp` over the shared Drive (drive-store.ts; a Google Doc is a Drive file
 * whose text lives in `DriveState.docs`). Copies the behaviour callers depend on: name
 * searches also return trashed items (check isTrashed), makeCopy copies the document's
 * saved text, getAs('application/pdf') of a Doc yields a real PDF of its last saved text.
 * Each user has their own My Drive and sees only what they own or was shared with them;
 * changing what they may only view throws "Access denied: DriveApp.", and only the owner
 * may trash an item.
 */
import type { Acl } from './acl';
import { makeBlob } from './blob';
import type { Ctx } from './context';
import { type DriveItem, type DriveState, DriveStore, MIME, blobData } from './drive-store';
import { DENIED } from './google-errors';
import { Shareable } from './sharing';

export { MIME, createDriveState, blobData, type DriveState } from './drive-store';

type GFolder = GoogleAppsScript.Drive.Folder;
type GFile = GoogleAppsScript.Drive.File;
type GBlob = GoogleAppsScript.Base.Blob;

class FakeIterator<T> {
  private i = 0;
  constructor(
    private readonly ctx: Ctx,
    private readonly list: T[],
  ) {}
  hasNext(): boolean {
    return this.i < this.list.length;
  }
  next(): T {
    if (!this.hasNext()) throw this.ctx.fail('Cannot retrieve the next object: iterator has reached the end.');
    return this.list[this.i++];
  }
  getContinuationToken(): string {
    return `token-${this.i}`;
  }
}

/** Hands out wrapped files, folders and iterators. */
class DriveApi {
  constructor(readonly store: DriveStore) {}
  get ctx(): Ctx {
    return this.store.ctx;
  }
  folder(id: string): GFolder {
    return this.ctx.wrap(new FakeFolder(this, this.store.item(id, 'folder')), 'Folder');
  }
  file(id: string): GFile {
    return this.ctx.wrap(new FakeFile(this, this.store.item(id, 'file')), 'File');
  }
  folders(list: DriveItem[]): GoogleAppsScript.Drive.FolderIterator {
    const wrapped = list.map((it) => this.folder(it.id));
    return this.ctx.wrap(new FakeIterator(this.ctx, wrapped), 'FolderIterator');
  }
  files(list: DriveItem[]): GoogleAppsScript.Drive.FileIterator {
    const wrapped = list.map((it) => this.file(it.id));
    return this.ctx.wrap(new FakeIterator(this.ctx, wrapped), 'FileIterator');
  }
  folderItem(folder: unknown): DriveItem {
    return this.ctx.unwrap<FakeFolder>(folder).item;
  }
  createFile(parent: DriveItem, blob: unknown): GFile {
    this.store.requireWrite(parent);
    const data = blobData(this.ctx, blob);
    const type = data.contentType || 'application/octet-stream';
    return this.file(this.store.add(data.name || 'Untitled', type, parent.id, data.bytes).id);
  }
}

abstract class FakeItem extends Shareable {
  constructor(
    protected readonly api: DriveApi,
    readonly item: DriveItem,
  ) {
    super();
  }
  protected get sharingCtx(): Ctx {
    return this.api.ctx;
  }
  get acl(): Acl {
    return this.item.acl;
  }
  protected shareDenied(): Error {
    return this.api.ctx.fail(DENIED.driveAccessDenied);
  }
  roleNow(): ReturnType<DriveStore['role']> {
    return this.api.store.role(this.item);
  }
  getId(): string {
    return this.item.id;
  }
  getName(): string {
    return this.item.name;
  }
  setName(name: string): this {
    this.api.store.requireWrite(this.item);
    this.item.name = String(name);
    return this;
  }
  getDescription(): string {
    return this.item.description;
  }
  setDescription(description: string): this {
    this.api.store.requireWrite(this.item);
    this.item.description = String(description);
    return this;
  }
  isTrashed(): boolean {
    return this.item.trashed;
  }
  setTrashed(trashed: boolean): this {
    if (this.roleNow() !== 'owner') throw this.api.ctx.fail(DENIED.driveAccessDenied);
    this.item.trashed = trashed === true;
    return this;
  }
  getDateCreated(): Date {
    return new Date(this.item.created.getTime());
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    const { store } = this.api;
    const parents = this.item.parents
      .map((p) => store.state.items.get(p))
      .filter((p): p is DriveItem => p !== undefined && store.canRead(p));
    return this.api.folders(parents);
  }
  moveTo(destination: unknown): this {
    const target = this.api.folderItem(destination);
    this.api.store.requireWrite(this.item);
    this.api.store.requireWrite(target);
    this.item.parents = [target.id];
    return this;
  }
}

class FakeFolder extends FakeItem {
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.item.id}`;
  }
  createFolder(name: string): GFolder {
    this.api.store.requireWrite(this.item);
    return this.api.folder(this.api.store.add(String(name), MIME.folder, this.item.id).id);
  }
  createFile(blob: GBlob): GFile {
    return this.api.createFile(this.item, blob);
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return this.api.folders(this.api.store.children(this.item.id, 'folder', name));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return this.api.files(this.api.store.children(this.item.id, 'file', name));
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return this.api.folders(this.api.store.children(this.item.id, 'folder'));
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return this.api.files(this.api.store.children(this.item.id, 'file'));
  }
  addFile(file: GFile): this {
    this.api.store.requireWrite(this.item);
    const it = this.api.ctx.unwrap<FakeFile>(file).item;
    if (!it.parents.includes(this.item.id)) it.parents.push(this.item.id);
    return this;
  }
  removeFile(file: GFile): this {
    this.api.store.requireWrite(this.item);
    const it = this.api.ctx.unwrap<FakeFile>(file).item;
    it.parents = it.parents.filter((p) => p !== this.item.id);
    return this;
  }
}

class FakeFile extends FakeItem {
  getMimeType(): string {
    return this.item.mimeType;
  }
  getUrl(): string {
    return this.item.mimeType === MIME.doc
      ? `https://docs.google.com/document/d/${this.item.id}/edit?usp=drivesdk`
      : `https://drive.google.com/file/d/${this.item.id}/view?usp=drivesdk`;
  }
  getSize(): number {
    return this.item.mimeType === MIME.doc ? 0 : (this.item.bytes?.length ?? 0);
  }
  /** A copy owned by the current user, in `destination`, else beside the original when they may write there, else in their My Drive. */
  makeCopy(name?: string, destination?: GFolder): GFile {
    const { store } = this.api;
    let parent: string;
    if (destination) {
      const target = this.api.folderItem(destination);
      store.requireWrite(target);
      parent = target.id;
    } else {
      const beside = store.state.items.get(this.item.parents[0] ?? '');
      parent = beside && store.canWrite(beside) ? beside.id : store.rootFor(store.user);
    }
    return this.api.file(store.copy(this.item, name ?? `Copy of ${this.item.name}`, parent).id);
  }
  getBlob(): GBlob {
    return this.getAs(this.item.mimeType === MIME.doc ? MIME.pdf : this.item.mimeType);
  }
  getAs(contentType: string): GBlob {
    const isDoc = this.api.store.state.docs.has(this.item.id);
    if (isDoc && contentType === MIME.pdf) return this.api.store.docPdf(this.item);
    if (!isDoc && contentType === this.item.mimeType)
      return makeBlob(this.api.ctx, Buffer.from(this.item.bytes ?? []), contentType, this.item.name);
    throw this.api.ctx.fail(`Converting from ${this.item.mimeType} to ${contentType} is not supported.`);
  }
}

class FakeDriveApp {
  constructor(private readonly api: DriveApi) {}
  private myDrive(): DriveItem {
    const { store } = this.api;
    return store.state.items.get(store.rootFor(store.user))!;
  }
  getRootFolder(): GFolder {
    return this.api.folder(this.myDrive().id);
  }
  getFolderById(id: string): GFolder {
    return this.api.folder(id);
  }
  getFileById(id: string): GFile {
    return this.api.file(id);
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return this.api.folders(this.api.store.children(null, 'folder', name));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return this.api.files(this.api.store.children(null, 'file', name));
  }
  createFolder(name: string): GFolder {
    return this.api.folder(this.api.store.add(String(name), MIME.folder, this.myDrive().id).id);
  }
  createFile(blob: GBlob): GFile {
    return this.api.createFile(this.myDrive(), blob);
  }
}

/** The `DriveApp` global over `state`. */
export function createDriveApp(ctx: Ctx, state: DriveState): GoogleAppsScript.Drive.DriveApp {
  return ctx.wrap(new FakeDriveApp(new DriveApi(new DriveStore(ctx, state))), 'DriveApp');
}
