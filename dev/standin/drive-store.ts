/**
 * The Drive every Drive-facing fake shares (DriveApp, DocumentApp, the advanced Drive
 * service): folders and files in memory, each with an owner, the people it is shared
 * with, and the Apps Script projects (OAuth clients) that created or opened it — what
 * a drive.file-only project may see. Each user has their own "My Drive" root. A user
 * sees an item they own or that is shared with them, directly or through a folder that
 * holds it; they may change it when they own or edit it (or such a folder).
 */
import { type Acl, type Role, currentProject, newAcl, roleIn } from './acl';
import { FakeBlob, fromSigned, makeBlob } from './blob';
import type { Ctx } from './context';
import { DENIED } from './google-errors';
import { pdfFromText } from './pdf';

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
  acl: Acl;
  /** Ids of the projects that created or opened the item (drive.file sees only these). */
  apps: Set<string>;
  appProperties: Record<string, string>;
  description: string;
}

export interface DriveState {
  /** The first user's My Drive (claimed by whoever uses Drive first). */
  rootId: string;
  /** Each user's My Drive folder id. */
  roots: Map<string, string>;
  items: Map<string, DriveItem>;
  docs: Map<string, DocContent>;
}

/** An empty Drive; its first root folder ('My Drive') goes to the first user who uses Drive. */
export function createDriveState(): DriveState {
  const root = rootItem('root-folder', '');
  return { rootId: root.id, roots: new Map(), items: new Map([[root.id, root]]), docs: new Map() };
}

function rootItem(id: string, owner: string): DriveItem {
  const at = new Date(0);
  return { ...blankItem(id, 'My Drive', MIME.folder, [], at), acl: newAcl(owner) };
}

function blankItem(id: string, name: string, mimeType: string, parents: string[], created: Date): DriveItem {
  return {
    id,
    name,
    mimeType,
    parents,
    trashed: false,
    created,
    acl: newAcl(''),
    apps: new Set(),
    appProperties: {},
    description: '',
  };
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

const RANK: Record<Role, number> = { viewer: 1, editor: 2, owner: 3 };

/** Access rules and bookkeeping over a DriveState, for the user running now. */
export class DriveStore {
  constructor(
    readonly ctx: Ctx,
    readonly state: DriveState,
  ) {}

  get user(): string {
    return this.ctx.user.effective;
  }

  /** `user`'s My Drive folder id (made on first use). */
  rootFor(user: string): string {
    const known = this.state.roots.get(user);
    if (known) return known;
    const first = this.state.items.get(this.state.rootId)!;
    let id = first.id;
    if (first.acl.owner === '') first.acl.owner = user;
    else {
      id = this.ctx.nextId('root');
      this.state.items.set(id, rootItem(id, user));
    }
    this.state.roots.set(user, id);
    return id;
  }

  isRoot(it: DriveItem): boolean {
    return it.id === this.state.rootId || [...this.state.roots.values()].includes(it.id);
  }

  /** `user`'s role on `it`: their own, or inherited from a folder holding it (a folder's owner edits its content). */
  role(it: DriveItem, user = this.user, seen = new Set<string>()): Role | null {
    let best = roleIn(it.acl, user);
    seen.add(it.id);
    for (const pid of it.parents) {
      const parent = this.state.items.get(pid);
      if (!parent || seen.has(pid)) continue;
      const r = this.role(parent, user, seen);
      const inherited = r === 'owner' ? 'editor' : r;
      if (inherited && (!best || RANK[inherited] > RANK[best])) best = inherited;
    }
    return best;
  }

  canRead(it: DriveItem, user = this.user): boolean {
    return this.role(it, user) !== null;
  }

  canWrite(it: DriveItem, user = this.user): boolean {
    const r = this.role(it, user);
    return r === 'owner' || r === 'editor';
  }

  /** A new item owned by the current user, created by the current project. */
  add(name: string, mimeType: string, parent: string, bytes?: Uint8Array): DriveItem {
    const id = this.ctx.nextId(mimeType === MIME.folder ? 'folder' : 'file');
    const it: DriveItem = { ...blankItem(id, name, mimeType, [parent], this.ctx.clock.now()), bytes };
    it.acl = newAcl(this.user);
    it.apps.add(currentProject(this.ctx).id);
    this.state.items.set(it.id, it);
    return it;
  }

  /** A copy of `src` owned by the current user (a Doc copies its saved text). */
  copy(src: DriveItem, name: string, parent: string): DriveItem {
    const copy = this.add(name, src.mimeType, parent, src.bytes?.slice());
    copy.appProperties = { ...src.appProperties };
    const doc = this.state.docs.get(src.id);
    if (doc) this.state.docs.set(copy.id, { live: [...doc.saved], saved: [...doc.saved] });
    return copy;
  }

  /** Items the current user can see under `parent` (null = anywhere), roots excluded. */
  children(parent: string | null, kind: 'file' | 'folder', name?: string): DriveItem[] {
    return [...this.state.items.values()].filter(
      (it) =>
        !this.isRoot(it) &&
        (parent === null || it.parents.includes(parent)) &&
        (it.mimeType === MIME.folder) === (kind === 'folder') &&
        (name === undefined || it.name === name) &&
        this.canRead(it),
    );
  }

  /** The item, for DriveApp: missing, of the other kind or invisible → Google's "No item with the given ID…". */
  item(id: string, kind: 'file' | 'folder'): DriveItem {
    const it = this.state.items.get(String(id));
    if (!it || (it.mimeType === MIME.folder) !== (kind === 'folder') || !this.canRead(it))
      throw this.ctx.fail(DENIED.driveNotFound);
    return it;
  }

  /** Throws DriveApp's "Access denied" unless the current user may change `it`. */
  requireWrite(it: DriveItem): void {
    if (!this.canWrite(it)) throw this.ctx.fail(DENIED.driveAccessDenied);
  }

  /** A real PDF of a Doc's saved text, named after the Doc. */
  docPdf(it: DriveItem): GoogleAppsScript.Base.Blob {
    const doc = this.state.docs.get(it.id)!;
    return makeBlob(this.ctx, Buffer.from(pdfFromText(doc.saved.join('\n'), it.name)), MIME.pdf, `${it.name}.pdf`);
  }
}
