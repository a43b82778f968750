/**
 * The sharing methods Spreadsheet, Form, Document, File and Folder have in common
 * (addEditor, addViewer, getEditors, getOwner, …), over one `Acl`. Only someone who
 * can edit the item may share it; getEditors/getViewers answer [] to anyone else, as
 * the File reference says.
 */
import { type Acl, grant, roleIn } from './acl';
import type { Ctx } from './context';
import type { GUser } from './gas';
import { emailOf, makeUser } from './session';

export abstract class Shareable {
  /** The context every subclass carries. */
  protected abstract get sharingCtx(): Ctx;
  /** The ACL to read and change. */
  abstract get acl(): Acl;
  /** The service's own error for a share attempt by someone who may not edit. */
  protected abstract shareDenied(): Error;

  /** The current user's role on this item (subclasses may widen it, e.g. through a shared folder). */
  roleNow(): ReturnType<typeof roleIn> {
    return roleIn(this.acl, this.sharingCtx.user.effective);
  }

  private canShare(): boolean {
    const r = this.roleNow();
    return r === 'owner' || r === 'editor';
  }

  private change(users: Array<string | GUser>, apply: (email: string) => void): this {
    if (!this.canShare()) throw this.shareDenied();
    for (const u of users) apply(emailOf(this.sharingCtx, u));
    return this;
  }

  addEditor(user: string | GUser): this {
    return this.addEditors([user]);
  }
  addEditors(users: Array<string | GUser>): this {
    return this.change(users, (e) => grant(this.acl, e, 'editor'));
  }
  addViewer(user: string | GUser): this {
    return this.addViewers([user]);
  }
  /** Adds viewers; an existing editor stays an editor (the reference: "no effect if the user is an editor"). */
  addViewers(users: Array<string | GUser>): this {
    return this.change(users, (e) => {
      if (!this.acl.editors.has(e)) grant(this.acl, e, 'viewer');
    });
  }
  removeEditor(user: string | GUser): this {
    return this.change([user], (e) => this.acl.editors.delete(e));
  }
  removeViewer(user: string | GUser): this {
    return this.change([user], (e) => this.acl.viewers.delete(e));
  }
  getEditors(): GUser[] {
    return this.canShare() ? [...this.acl.editors].map((e) => makeUser(this.sharingCtx, e)) : [];
  }
  getViewers(): GUser[] {
    return this.canShare() ? [...this.acl.viewers].map((e) => makeUser(this.sharingCtx, e)) : [];
  }
  getOwner(): GUser {
    return makeUser(this.sharingCtx, this.acl.owner);
  }
}
