/**
 * Fake `DriveApp`: folders and files in memory, shared with the fake DocumentApp
 * (a Google Doc is a Drive file whose text lives in `DriveState.docs`). Copies the
 * behaviour callers depend on: name searches also return trashed items (check
 * isTrashed), makeCopy copies the document's saved text, getAs('application/pdf')
 * of a Doc yields a real PDF of its last saved text.
 */
import type { Ctx } from './context';
import { FakeBlob, fromSigned, makeBlob } from './blob';
import { pdfFromText } from './pdf';

type GFolder = GoogleAppsScript.Drive.Folder;
type GFile = GoogleAppsScript.Drive.File;
type GBlob = GoogleAppsScript.Base.Blob;

export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  doc: 'application/vnd.google-apps.document',
  pdf: 'application/pdf',
};

/** A Doc's paragraphs: `live` as edited, `saved` as of the last saveAndClose (what copies and exports see). */
export interface DocContent {
  live: string[];
  saved: string[];
}

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  created: Date;
  bytes?: Uint8Array;
}

export interface DriveState {
  rootId: string;
  items: Map<string, DriveItem>;
  docs: Map<string, DocContent>;
}

/** An empty Drive with its root folder ('My Drive'). */
export function createDriveState(): DriveState {
  const root: DriveItem = {
    id: 'root-folder',
    name: 'My Drive',
    mimeType: MIME.folder,
    parents: [],
    trashed: false,
    created: new Date(0),
  };
  return { rootId: root.id, items: new Map([[root.id, root]]), docs: new Map() };
}

/** Bytes, type and name of any Blob or BlobSource (the shared FakeBlob, or anything with the same methods). */
export function blobData(ctx: Ctx, source: unknown): { bytes: Uint8Array; contentType: string; name: string } {
  const inner = ctx.unwrap<Record<string, (...a: unknown[]) => unknown>>(source);
  if (inner instanceof FakeBlob)
    return { bytes: Uint8Array.from(inner.data), contentType: inner.contentType ?? '', name: inner.name ?? '' };
  const blob = typeof inner.getBytes === 'function' ? inner : ctx.unwrap<typeof inner>(inner.getBlob());
  return {
    bytes: Uint8Array.from(fromSigned(blob.getBytes() as number[])),
    contentType: String(blob.getContentType() ?? ''),
    name: String(blob.getName() ?? ''),
  };
}

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

/** Finds and hands out wrapped files and folders. */
export class DriveIndex {
  constructor(
    readonly ctx: Ctx,
    readonly state: DriveState,
  ) {}
  item(id: string, kind: 'file' | 'folder'): DriveItem {
    const it = this.state.items.get(String(id));
    if (!it || (it.mimeType === MIME.folder) !== (kind === 'folder')) {
      throw this.ctx.fail(
        `No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.`,
      );
    }
    return it;
  }
  folder(id: string): GFolder {
    return this.ctx.wrap(new FakeFolder(this, this.item(id, 'folder')), 'Folder');
  }
  file(id: string): GFile {
    return this.ctx.wrap(new FakeFile(this, this.item(id, 'file')), 'File');
  }
  add(name: string, mimeType: string, parent: string, bytes?: Uint8Array): DriveItem {
    const it: DriveItem = {
      id: this.ctx.nextId(mimeType === MIME.folder ? 'folder' : 'file'),
      name,
      mimeType,
      parents: [parent],
      trashed: false,
      created: this.ctx.clock.now(),
      bytes,
    };
    this.state.items.set(it.id, it);
    return it;
  }
  children(parent: string | null, kind: 'file' | 'folder', name?: string): DriveItem[] {
    return [...this.state.items.values()].filter(
      (it) =>
        it.id !== this.state.rootId &&
        (parent === null || it.parents.includes(parent)) &&
        (it.mimeType === MIME.folder) === (kind === 'folder') &&
        (name === undefined || it.name === name),
    );
  }
  folders(list: DriveItem[]): GoogleAppsScript.Drive.FolderIterator {
    return this.ctx.wrap(
      new FakeIterator(
        this.ctx,
        list.map((it) => this.folder(it.id)),
      ),
      'FolderIterator',
    );
  }
  files(list: DriveItem[]): GoogleAppsScript.Drive.FileIterator {
    return this.ctx.wrap(
      new FakeIterator(
        this.ctx,
        list.map((it) => this.file(it.id)),
      ),
      'FileIterator',
    );
  }
  folderId(folder: unknown): string {
    return this.ctx.unwrap<FakeFolder>(folder).item.id;
  }
  createFile(parent: string, blob: unknown): GFile {
    const data = blobData(this.ctx, blob);
    return this.file(
      this.add(data.name || 'Untitled', data.contentType || 'application/octet-stream', parent, data.bytes).id,
    );
  }
}

abstract class FakeItem {
  constructor(
    protected readonly index: DriveIndex,
    readonly item: DriveItem,
  ) {}
  getId(): string {
    return this.item.id;
  }
  getName(): string {
    return this.item.name;
  }
  setName(name: string): this {
    this.item.name = String(name);
    return this;
  }
  isTrashed(): boolean {
    return this.item.trashed;
  }
  setTrashed(trashed: boolean): this {
    this.item.trashed = trashed === true;
    return this;
  }
  getDateCreated(): Date {
    return new Date(this.item.created.getTime());
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    return this.index.folders(this.item.parents.map((p) => this.index.item(p, 'folder')));
  }
  moveTo(destination: unknown): this {
    this.item.parents = [this.index.folderId(destination)];
    return this;
  }
}

class FakeFolder extends FakeItem {
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.item.id}`;
  }
  createFolder(name: string): GFolder {
    return this.index.folder(this.index.add(String(name), MIME.folder, this.item.id).id);
  }
  createFile(blob: GBlob): GFile {
    return this.index.createFile(this.item.id, blob);
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return this.index.folders(this.index.children(this.item.id, 'folder', name));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return this.index.files(this.index.children(this.item.id, 'file', name));
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return this.index.folders(this.index.children(this.item.id, 'folder'));
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return this.index.files(this.index.children(this.item.id, 'file'));
  }
  addFile(file: GFile): this {
    const it = this.index.ctx.unwrap<FakeFile>(file).item;
    if (!it.parents.includes(this.item.id)) it.parents.push(this.item.id);
    return this;
  }
  removeFile(file: GFile): this {
    const it = this.index.ctx.unwrap<FakeFile>(file).item;
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
  makeCopy(name?: string, destination?: GFolder): GFile {
    const parent = destination ? this.index.folderId(destination) : (this.item.parents[0] ?? this.index.state.rootId);
    const copy = this.index.add(
      name ?? `Copy of ${this.item.name}`,
      this.item.mimeType,
      parent,
      this.item.bytes?.slice(),
    );
    const doc = this.index.state.docs.get(this.item.id);
    if (doc) this.index.state.docs.set(copy.id, { live: [...doc.saved], saved: [...doc.saved] });
    return this.index.file(copy.id);
  }
  getBlob(): GBlob {
    return this.getAs(this.item.mimeType === MIME.doc ? MIME.pdf : this.item.mimeType);
  }
  getAs(contentType: string): GBlob {
    const doc = this.index.state.docs.get(this.item.id);
    if (doc && contentType === MIME.pdf) {
      return makeBlob(
        this.index.ctx,
        Buffer.from(pdfFromText(doc.saved.join('\n'), this.item.name)),
        MIME.pdf,
        `${this.item.name}.pdf`,
      );
    }
    if (!doc && contentType === this.item.mimeType)
      return makeBlob(this.index.ctx, Buffer.from(this.item.bytes ?? []), contentType, this.item.name);
    throw this.index.ctx.fail(`Converting from ${this.item.mimeType} to ${contentType} is not supported.`);
  }
}

class FakeDriveApp {
  constructor(private readonly index: DriveIndex) {}
  getRootFolder(): GFolder {
    return this.index.folder(this.index.state.rootId);
  }
  getFolderById(id: string): GFolder {
    return this.index.folder(id);
  }
  getFileById(id: string): GFile {
    return this.index.file(id);
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return this.index.folders(this.index.children(null, 'folder', name));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return this.index.files(this.index.children(null, 'file', name));
  }
  createFolder(name: string): GFolder {
    return this.getRootFolder().createFolder(name);
  }
  createFile(blob: GBlob): GFile {
    return this.index.createFile(this.index.state.rootId, blob);
  }
}

/** The `DriveApp` global over `state`. */
export function createDriveApp(ctx: Ctx, state: DriveState): GoogleAppsScript.Drive.DriveApp {
  return ctx.wrap(new FakeDriveApp(new DriveIndex(ctx, state)), 'DriveApp');
}
