/**
 * Who edits the office spreadsheet follows Pengguna: every active official is an editor (so the
 * menu and panel open for them; the data sheets stay protected), a deactivated one is not, and
 * someone the product shared with earlier loses access once their row is gone. Editors the
 * office added by hand who were never in Pengguna are left alone, and the office account and
 * the spreadsheet's owner are never touched. Pure.
 */
import type { UserRecord } from './users';

/** What to change in the spreadsheet's editors, and whom the product shares with afterwards. */
export interface EditorPlan {
  add: string[];
  remove: string[];
  /** Editors the product added and still keeps (remembered between runs). */
  managed: string[];
}

const norm = (email: string): string => email.trim().toLowerCase();

/**
 * The changes that make `current` editors follow `users`. `managed` are the editors the product
 * added before; `keep` (office account, owner) are never added or removed.
 */
export function planEditors(o: {
  current: string[];
  users: UserRecord[];
  managed: string[];
  keep: string[];
}): EditorPlan {
  const keep = new Set(o.keep.map(norm).filter(Boolean));
  const current = new Set(o.current.map(norm));
  const active = new Set(o.users.filter((u) => u.active && u.email.includes('@')).map((u) => norm(u.email)));
  const inactive = new Set(o.users.filter((u) => !u.active).map((u) => norm(u.email)));
  const managed = new Set(o.managed.map(norm));
  const add = [...active].filter((e) => !current.has(e) && !keep.has(e));
  const leaving = (e: string) => !active.has(e) && (inactive.has(e) || managed.has(e));
  const remove = [...current].filter((e) => !keep.has(e) && leaving(e));
  const kept = [...managed, ...add].filter((e) => active.has(e) && !keep.has(e));
  return { add, remove, managed: [...new Set(kept)].sort() };
}
