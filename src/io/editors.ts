/**
 * The office spreadsheet's editors, kept in step with Pengguna (core/editors.ts) through
 * SpreadsheetApp's own sharing methods (the `spreadsheets` scope the engine already has; no
 * Drive scope). Whom the product shared with is remembered in the engine's Script Properties.
 */
import { planEditors } from '../core/editors';
import type { UserRecord } from '../core/users';

const MANAGED_PROPERTY = 'VICON_SHARED_EDITORS';

function remembered(props: GoogleAppsScript.Properties.Properties): string[] {
  try {
    const list = JSON.parse(props.getProperty(MANAGED_PROPERTY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.map(String) : [];
  } catch {
    return [];
  }
}

/**
 * Share `ss` as editor with every active user and stop sharing it with deactivated or removed
 * ones (never the office account or the owner). Returns Indonesian lines for what changed and
 * for each address Google refused.
 */
export function syncEditors(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, users: UserRecord[]): string[] {
  const props = PropertiesService.getScriptProperties();
  const plan = planEditors({
    current: ss.getEditors().map((u) => u.getEmail()),
    users,
    managed: remembered(props),
    keep: [Session.getEffectiveUser().getEmail(), ss.getOwner()?.getEmail() ?? ''],
  });
  const failed: string[] = [];
  const apply = (emails: string[], change: (email: string) => void) =>
    emails.filter((email) => {
      try {
        change(email);
        return true;
      } catch (error) {
        failed.push(`Akses spreadsheet untuk ${email} tidak dapat diubah: ${(error as Error).message}`);
        return false;
      }
    });
  const added = apply(plan.add, (e) => ss.addEditor(e));
  const removed = apply(plan.remove, (e) => ss.removeEditor(e));
  const kept = plan.managed.filter((e) => !plan.add.includes(e) || added.includes(e));
  const managed = [...kept, ...plan.remove.filter((e) => !removed.includes(e))];
  props.setProperty(MANAGED_PROPERTY, JSON.stringify(managed));
  const lines: string[] = [];
  if (added.length) lines.push(`Spreadsheet dibagikan sebagai editor kepada: ${added.join(', ')}.`);
  if (removed.length) lines.push(`Akses editor spreadsheet dicabut: ${removed.join(', ')}.`);
  return [...lines, ...failed];
}
