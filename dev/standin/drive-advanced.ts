/**
 * Fake advanced Drive service (`Drive` global, Drive API v3): Files.create / get / copy /
 * update / list / remove over the same Drive as DriveApp and DocumentApp, plus
 * Permissions.create (drive-permissions.ts). A project granted drive.file but not drive
 * sees only the items it created or was opened with (`DriveItem.apps`); everything else,
 * like anything the user cannot see, is 404 "File not found: <id>.". Errors are shaped
 * like GoogleJsonResponseException ("API call to drive.files.get failed with error: …").
 * `Files.get(id, { alt: 'media' })` returns the content as a string (what
 * @types/google-apps-script declares); Google-native files (Docs) cannot be downloaded.
 * @see https://developers.google.com/apps-script/advanced/drive
 * @see https://developers.google.com/workspace/drive/api/reference/rest/v3/files
 */
import { FakeBlob } from './blob';
import type { Ctx } from './context';
import { DriveApiAccess, NATIVE } from './drive-access';
import { type DriveItem, type DriveState, MIME, blobData } from './drive-store';
import { parseQuery, pick, splitFields } from './drive-query';
import { createDrivePermissions, type PermissionsApi } from './drive-permissions';
import { apiError } from './google-errors';

type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Args = Record<string, any>;
type FilesApi = Pick<
  GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection,
  'create' | 'get' | 'copy' | 'update' | 'list' | 'remove'
>;
export type AdvancedDriveStandIn = { Files: FilesApi; Permissions: PermissionsApi };

function setProps(it: DriveItem, props: Record<string, string | null> | undefined): void {
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v === null) delete it.appProperties[k];
    else it.appProperties[k] = String(v);
  }
}

class FakeFiles implements FilesApi {
  constructor(private readonly api: DriveApiAccess) {}
  private get ctx(): Ctx {
    return this.api.ctx;
  }
  private media(blob: unknown): ReturnType<typeof blobData> | undefined {
    if (blob === undefined || blob === null) return undefined;
    const inner = this.ctx.unwrap<{ getBytes?: unknown }>(blob);
    if (!(inner instanceof FakeBlob) && typeof inner.getBytes !== 'function')
      throw this.ctx.fail('The mediaData parameter only supports Blob types for upload.');
    return blobData(this.ctx, blob);
  }

  create(resource: File, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs: Args = {}): File {
    const data = this.media(mediaData);
    const parents = this.api.folders('drive.files.create', resource.parents?.length ? resource.parents : ['root']);
    const mime = resource.mimeType ?? (data?.contentType || 'application/octet-stream');
    const it = this.api.store.add(resource.name ?? (data?.name || 'Untitled'), mime, parents[0], data?.bytes);
    it.parents = parents;
    it.description = resource.description ?? '';
    setProps(it, resource.appProperties);
    if (mime === MIME.doc) this.api.store.state.docs.set(it.id, { live: [''], saved: [''] });
    return pick(this.api.resource(it), optionalArgs.fields) as File;
  }

  get(fileId: string, optionalArgs: Args = {}): any {
    const it = this.api.find('drive.files.get', fileId);
    if (optionalArgs.alt !== 'media') return pick(this.api.resource(it), optionalArgs.fields) as File;
    if (it.mimeType.startsWith(NATIVE))
      throw apiError(
        this.ctx,
        'drive.files.get',
        403,
        'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
      );
    return Buffer.from(it.bytes ?? []).toString('utf8');
  }

  copy(resource: File, fileId: string, optionalArgs: Args = {}): File {
    const call = 'drive.files.copy';
    const src = this.api.find(call, fileId);
    const beside = src.parents.filter((p) => {
      const parent = this.api.store.state.items.get(p);
      return parent !== undefined && this.api.visible(parent) && this.api.store.canWrite(parent);
    });
    const parents = this.api.folders(
      call,
      resource.parents?.length ? resource.parents : beside.length ? beside : ['root'],
    );
    const copy = this.api.store.copy(src, resource.name ?? `Copy of ${src.name}`, parents[0]);
    copy.parents = parents;
    setProps(copy, resource.appProperties);
    return pick(this.api.resource(copy), optionalArgs.fields) as File;
  }

  update(resource: File, fileId: string, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs: Args = {}): File {
    const call = 'drive.files.update';
    const it = this.api.find(call, fileId);
    if (resource.parents !== undefined)
      throw apiError(
        this.ctx,
        call,
        403,
        'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
      );
    this.api.requireWrite(call, it, resource.trashed !== undefined);
    const data = this.media(mediaData);
    const list = (v: unknown): string[] =>
      v
        ? String(v)
            .split(',')
            .map((s) => s.trim())
        : [];
    const added = this.api.folders(call, list(optionalArgs.addParents));
    const removed = new Set(list(optionalArgs.removeParents));
    it.parents = [...it.parents.filter((p) => !removed.has(p)), ...added.filter((p) => !it.parents.includes(p))];
    if (resource.name !== undefined) it.name = resource.name;
    if (resource.description !== undefined) it.description = resource.description;
    if (resource.trashed !== undefined) it.trashed = resource.trashed;
    setProps(it, resource.appProperties);
    if (data) it.bytes = data.bytes;
    return pick(this.api.resource(it), optionalArgs.fields) as File;
  }

  list(optionalArgs: Args = {}): GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList {
    const { store } = this.api;
    const match = optionalArgs.q ? parseQuery(String(optionalArgs.q), store.rootFor(store.user)) : () => true;
    if (!match) throw apiError(this.ctx, 'drive.files.list', 400, 'Invalid Value');
    const found = [...store.state.items.values()].filter(
      (it) => !store.isRoot(it) && this.api.visible(it) && (!it.trashed || it.acl.owner === store.user) && match(it),
    );
    const wanted = optionalArgs.fields === undefined ? null : splitFields(String(optionalArgs.fields));
    const files = found.map((it) => pick(this.api.resource(it), wanted ? wanted.get('files') : undefined));
    if (!wanted) return { kind: 'drive#fileList', incompleteSearch: false, files } as never;
    return pick({ kind: 'drive#fileList', incompleteSearch: false, files }, [...wanted.keys()].join(',')) as never;
  }

  /** Deletes for good a file the user owns (a folder takes the descendants they own with it; a spreadsheet too). */
  remove(fileId: string): void {
    const call = 'drive.files.delete';
    if (this.api.removeSpreadsheet(call, fileId)) return;
    const it = this.api.find(call, fileId);
    this.api.requireWrite(call, it, true);
    const { state } = this.api.store;
    const drop = (id: string): void => {
      state.items.delete(id);
      state.docs.delete(id);
      for (const child of [...state.items.values()])
        if (child.parents.includes(id) && child.acl.owner === it.acl.owner) drop(child.id);
    };
    drop(it.id);
  }
}

/** The advanced `Drive` global (v3) over `state` (calls counted as 'Drive.Files.*', 'Drive.Permissions.*'). */
export function createAdvancedDrive(ctx: Ctx, state: DriveState): AdvancedDriveStandIn {
  const api = new DriveApiAccess(ctx, state);
  return {
    Files: ctx.wrap<FilesApi>(new FakeFiles(api), 'Drive.Files'),
    Permissions: createDrivePermissions(api),
  };
}
