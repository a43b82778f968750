/**
 * Drive API v3 Permissions for the stand-in: create, list and delete (`remove`) on a Drive
 * item, spreadsheet or form. People: role writer → editor, reader/commenter → viewer. On a form,
 * permissions with `view: 'published'` are its responders, as Google's "Publish and manage
 * responders" guide manages them: type 'anyone' (anyone with the link, id 'anyoneWithLink'),
 * 'domain' (the owner's organisation) or 'user' (one more responder). They are additive: a
 * 'domain' grant next to 'anyone' restricts nothing until 'anyone' is deleted. They are listed
 * only with `includePermissionsForView: 'published'`. The caller must be able to change the item
 * (to list: see it); under drive.file only, the project must have made or opened it.
 * @see https://developers.google.com/workspace/forms/api/guides/publish-form
 * @see https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions
 */
import { type Acl, domainOf, grant, revoke, roleIn } from './acl';
import { findTarget, type Target } from './acl-targets';
import type { DriveApiAccess } from './drive-access';
import { DENIED, apiError } from './google-errors';
import type { ResponderGrant } from './form-access';

type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type PermissionList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;
export type PermissionsApi = Pick<
  GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection,
  'create' | 'list' | 'remove'
>;
type Shared = Exclude<Target, { kind: 'calendar' }>;

const ANYONE_ID = 'anyoneWithLink';
const domainId = (domain: string) => `domain:${domain}`;
const userId = (email: string) => `user:${email}`;

function people(acl: Acl): Permission[] {
  const one = (email: string, role: string): Permission => ({
    kind: 'drive#permission',
    id: userId(email),
    type: 'user',
    role,
    emailAddress: email,
  });
  return [
    one(acl.owner, 'owner'),
    ...[...acl.editors].map((e) => one(e, 'writer')),
    ...[...acl.viewers].map((e) => one(e, 'reader')),
  ];
}

function responders(t: Shared): Permission[] {
  if (t.kind !== 'form') return [];
  const base = { kind: 'drive#permission', role: 'reader', view: 'published' };
  const domain = domainOf(t.acl.owner);
  return [
    ...(t.form.responderGrants.has('anyone') ? [{ ...base, id: ANYONE_ID, type: 'anyone' }] : []),
    ...(t.form.responderGrants.has('domain') ? [{ ...base, id: domainId(domain), type: 'domain', domain }] : []),
    ...[...t.form.publishedReaders].map((e) => ({ ...base, id: userId(e), type: 'user', emailAddress: e })),
  ];
}

class FakePermissions implements PermissionsApi {
  constructor(private readonly api: DriveApiAccess) {}

  /** The item, if the user (and, under drive.file, the project) may see it; for a change, edit it. */
  private target(call: string, fileId: string, change: boolean): Shared {
    const { ctx } = this.api;
    const target = findTarget(ctx, this.api.store.state, fileId);
    if (!target || target.kind === 'calendar') throw apiError(ctx, call, 404, DENIED.driveApiNotFound(fileId));
    if (target.kind === 'drive') {
      const item = this.api.find(call, fileId);
      if (change) this.api.requireWrite(call, item);
      return target;
    }
    const role = roleIn(target.acl, ctx.user.effective);
    if (!role || !this.api.appMaySee(target.apps)) throw apiError(ctx, call, 404, DENIED.driveApiNotFound(fileId));
    if (change && role === 'viewer') throw apiError(ctx, call, 403, DENIED.driveApiReadOnly);
    return target;
  }

  create(resource: Permission, fileId: string): Permission {
    const target = this.target('drive.permissions.create', fileId, true);
    const email = resource.emailAddress ?? '';
    if (resource.view === 'published' && target.kind === 'form') {
      if (resource.type === 'anyone' || resource.type === 'domain') this.addGrant(target, resource);
      else target.form.addPublishedReaders([email]);
    } else if (resource.type === 'user' && email) {
      grant(target.acl, email, resource.role === 'writer' ? 'editor' : 'viewer');
    } else {
      throw this.api.ctx.fail(`Stand-in: izin Drive jenis "${resource.type}" belum dimodelkan.`);
    }
    const all = [...people(target.acl), ...responders(target)];
    const made = all.find((p) => p.type === resource.type && (!email || p.emailAddress === email)) ?? {};
    return { ...resource, kind: 'drive#permission', id: made.id };
  }

  private addGrant(target: Extract<Shared, { kind: 'form' }>, resource: Permission): void {
    const owners = domainOf(target.acl.owner);
    if (resource.type === 'domain' && (resource.domain ?? '').toLowerCase() !== owners)
      throw this.api.ctx.fail(`Stand-in: responden domain lain selain ${owners} belum dimodelkan.`);
    target.form.responderGrants.add(resource.type as ResponderGrant);
  }

  list(fileId: string, optionalArgs: Record<string, unknown> = {}): PermissionList {
    const target = this.target('drive.permissions.list', fileId, false);
    const published = optionalArgs.includePermissionsForView === 'published' ? responders(target) : [];
    return { kind: 'drive#permissionList', permissions: [...people(target.acl), ...published] };
  }

  remove(fileId: string, permissionId: string): void {
    const call = 'drive.permissions.delete';
    const target = this.target(call, fileId, true);
    const found = [...people(target.acl), ...responders(target)].find((p) => p.id === permissionId);
    if (!found || found.role === 'owner')
      throw apiError(this.api.ctx, call, 404, `Permission not found: ${permissionId}.`);
    if (found.view === 'published' && target.kind === 'form') {
      if (found.type === 'user') target.form.publishedReaders.delete(found.emailAddress ?? '');
      else target.form.responderGrants.delete(found.type as ResponderGrant);
    } else {
      revoke(target.acl, found.emailAddress ?? '');
    }
  }
}

/** The `Drive.Permissions` collection over the same access rules as Drive.Files. */
export function createDrivePermissions(api: DriveApiAccess): PermissionsApi {
  return api.ctx.wrap<PermissionsApi>(new FakePermissions(api), 'Drive.Permissions');
}
