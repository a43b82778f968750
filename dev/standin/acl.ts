/**
 * Who owns what and who may see or change it. Every spreadsheet, form, Drive item
 * (folders, files, Docs) and calendar carries an `Acl`: its owner (the effective user
 * who created it) and the people it is shared with. Access is decided for the user
 * running the current execution, `ctx.user.effective`.
 *
 * Also kept here, per workspace: which Apps Script project (OAuth client) the current
 * execution belongs to and which scopes it was granted (for drive.file), the OAuth
 * tokens handed out by ScriptApp.getOAuthToken, and the domain's sharing policy.
 */
import type { Ctx } from './context';

export type Role = 'owner' | 'editor' | 'viewer';
export type ShareRole = Exclude<Role, 'owner'>;

export interface Acl {
  owner: string;
  editors: Set<string>;
  viewers: Set<string>;
}

/** The Apps Script project an execution runs in; `scopes` undefined = not checked (every scope). */
export interface ProjectInfo {
  id: string;
  scopes?: readonly string[];
}

/** What an OAuth token stands for. */
export interface TokenInfo {
  user: string;
  project: ProjectInfo;
}

interface AclState {
  project: () => ProjectInfo;
  tokens: Map<string, TokenInfo>;
  formsRestrictedToDomain: boolean;
}

export const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive';
export const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';
const DEFAULT_PROJECT: ProjectInfo = { id: 'project-default' };
const states = new WeakMap<Ctx, AclState>();

/** The per-workspace access state (created on first use). */
export function aclState(ctx: Ctx): AclState {
  let s = states.get(ctx);
  if (!s) {
    s = { project: () => DEFAULT_PROJECT, tokens: new Map(), formsRestrictedToDomain: false };
    states.set(ctx, s);
  }
  return s;
}

/** A new ACL owned by `owner`, shared with nobody. */
export function newAcl(owner: string): Acl {
  return { owner, editors: new Set(), viewers: new Set() };
}

/** `user`'s role in `acl`, or null when it is not shared with them. */
export function roleIn(acl: Acl, user: string): Role | null {
  if (user && acl.owner === user) return 'owner';
  if (acl.editors.has(user)) return 'editor';
  if (acl.viewers.has(user)) return 'viewer';
  return null;
}

/** Shares `acl` with `user` as editor or viewer (an editor made viewer is demoted, as in Drive). */
export function grant(acl: Acl, user: string, role: ShareRole): void {
  if (user === acl.owner) return;
  acl.editors.delete(user);
  acl.viewers.delete(user);
  (role === 'editor' ? acl.editors : acl.viewers).add(user);
}

/** Stops sharing `acl` with `user` (the owner stays). */
export function revoke(acl: Acl, user: string): void {
  acl.editors.delete(user);
  acl.viewers.delete(user);
}

/** The part after '@', lower-cased ('' for an empty address). */
export function domainOf(email: string): string {
  return email.includes('@') ? email.slice(email.lastIndexOf('@') + 1).toLowerCase() : '';
}

/** The project of the current execution. */
export function currentProject(ctx: Ctx): ProjectInfo {
  return aclState(ctx).project();
}

/** True when `project` may only see Drive files it created or opened (drive.file without drive). */
export function onlyDriveFile(project: ProjectInfo): boolean {
  return project.scopes !== undefined && !project.scopes.includes(DRIVE_SCOPE);
}

/** The OAuth token of the current execution (same user and project → same token). */
export function oauthTokenFor(ctx: Ctx): string {
  const { tokens } = aclState(ctx);
  const user = ctx.user.effective;
  const project = currentProject(ctx);
  for (const [token, info] of tokens) if (info.user === user && info.project.id === project.id) return token;
  const token = `ya29.standin-${tokens.size + 1}`;
  tokens.set(token, { user, project });
  return token;
}

/** Who a bearer token stands for, or undefined for a token this workspace never issued. */
export function tokenInfo(ctx: Ctx, authorization: string | undefined): TokenInfo | undefined {
  const m = /^Bearer (\S+)$/.exec(authorization ?? '');
  return m ? aclState(ctx).tokens.get(m[1]) : undefined;
}
