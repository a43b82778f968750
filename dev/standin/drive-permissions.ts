/**
 * Drive API v3 Permissions.create for the stand-in: share a Drive item, spreadsheet or
 * form with a user (role writer → editor, reader/commenter → viewer), and — with
 * `view: 'published'` on a form — choose who may answer it: type 'anyone' (anyone with
 * the link), 'domain' (the owner's organisation) or 'user' (one more responder), as
 * Google's "Publish and manage responders" guide does it. The caller must be able to
 * change the item; under drive.file only, the project must have made or opened it.
 * @see https://developers.google.com/workspace/forms/api/guides/publish-form
 * @see https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create
 */
import { grant, roleIn } from './acl';
import { findTarget } from './acl-targets';
import type { DriveApiAccess } from './drive-access';
import { DENIED, apiError } from './google-errors';

type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
export type PermissionsApi = Pick<GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection, 'create'>;

const CALL = 'drive.permissions.create';

class FakePermissions implements PermissionsApi {
  private next = 0;
  constructor(private readonly api: DriveApiAccess) {}

  create(resource: Permission, fileId: string): Permission {
    const { ctx } = this.api;
    const target = findTarget(ctx, this.api.store.state, fileId);
    if (!target || target.kind === 'calendar') throw apiError(ctx, CALL, 404, DENIED.driveApiNotFound(fileId));
    if (target.kind === 'drive') {
      this.api.requireWrite(CALL, this.api.find(CALL, fileId));
    } else {
      const role = roleIn(target.acl, ctx.user.effective);
      if (!role || !this.api.appMaySee(target.apps)) throw apiError(ctx, CALL, 404, DENIED.driveApiNotFound(fileId));
      if (role === 'viewer') throw apiError(ctx, CALL, 403, DENIED.driveApiReadOnly);
    }
    const email = resource.emailAddress ?? '';
    if (resource.view === 'published' && target.kind === 'form') {
      if (resource.type === 'anyone' || resource.type === 'domain') target.form.responders = resource.type;
      else target.form.addPublishedReaders([email]);
    } else if (resource.type === 'user' && email) {
      grant(target.acl, email, resource.role === 'writer' ? 'editor' : 'viewer');
    } else {
      throw ctx.fail(`Stand-in: izin Drive jenis "${resource.type}" belum dimodelkan.`);
    }
    this.next += 1;
    return { kind: 'drive#permission', id: `perm-${this.next}`, ...resource };
  }
}

/** The `Drive.Permissions` collection over the same access rules as Drive.Files. */
export function createDrivePermissions(api: DriveApiAccess): PermissionsApi {
  return api.ctx.wrap<PermissionsApi>(new FakePermissions(api), 'Drive.Permissions');
}
