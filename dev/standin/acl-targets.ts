/** Finds the thing an id names — spreadsheet, form, Drive item (folder, file, Doc) or calendar — with its ACL. */
import type { Acl } from './acl';
import { calendarStore } from './calendar-store';
import type { Ctx } from './context';
import type { DriveItem, DriveState } from './drive-store';
import type { FakeForm } from './form';

export type Target =
  | { kind: 'spreadsheet'; acl: Acl; apps: Set<string> }
  | { kind: 'form'; acl: Acl; apps: Set<string>; form: FakeForm }
  | { kind: 'drive'; acl: Acl; apps: Set<string>; item: DriveItem }
  | { kind: 'calendar'; acl: Acl };

/** The item `id` names in this workspace, or undefined. */
export function findTarget(ctx: Ctx, drive: DriveState, id: string): Target | undefined {
  const ss = ctx.spreadsheets.get(id);
  if (ss) return { kind: 'spreadsheet', acl: ss.acl, apps: ss.apps };
  const form = ctx.forms.get(id);
  if (form) return { kind: 'form', acl: form.acl, apps: form.apps, form };
  const item = drive.items.get(id);
  if (item) return { kind: 'drive', acl: item.acl, apps: item.apps, item };
  const cal = calendarStore(ctx).calendars.get(id);
  if (cal) return { kind: 'calendar', acl: cal.acl };
  return undefined;
}
