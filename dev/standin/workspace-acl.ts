/**
 * The test side of ownership and sharing (`ws.acl`): share anything by id as a person
 * would in Drive's share dialog, say which project the code runs in, let a project see
 * a file it was "opened with", set the domain's forms policy, and let a person type
 * into the spreadsheet themselves — refused exactly like a script would be.
 */
import { parseA1 } from './a1';
import { type ProjectInfo, type ShareRole, aclState, grant, revoke } from './acl';
import { findTarget } from './acl-targets';
import { writeCell } from './cells';
import type { Ctx } from './context';
import type { DriveState } from './drive-store';
import { guardCells, requireSheetsRead } from './sheet-guard';
import { fireMatching } from './triggers';

export interface WorkspaceAcl {
  /** Shares item `id` (spreadsheet, form, Drive folder/file/Doc, calendar) with `email`; for calendars editor = "make changes to events", viewer = "see all event details". */
  share(id: string, email: string, role: ShareRole): void;
  /** Stops sharing item `id` with `email`. */
  unshare(id: string, email: string): void;
  /** The owner's email of item `id`. */
  ownerOf(id: string): string;
  /** The project (and granted scopes) code runs in from now on; a function is asked at every access. */
  setProject(project: ProjectInfo | (() => ProjectInfo)): void;
  /** The user opened file `id` with `projectId` (Google Picker, "Open with"): drive.file may now see it. */
  openWithApp(id: string, projectId: string): void;
  /** The domain's default for new forms: answers only from the owner's organisation (Workspace accounts). */
  restrictFormsToDomain(restricted: boolean): void;
  /**
   * `user` types `values` into `range` ('A1:B2') of `sheet` in the Sheets UI: the same
   * access and protection checks as a script, Google's error when refused. Installable
   * edit triggers on the spreadsheet then run, each as its owner (simple onEdit does not).
   */
  manualEdit(user: string, target: { sheet: string; range: string; spreadsheetId?: string }, values: unknown[][]): void;
}

/** `ws.acl` over the workspace's stores; `activeSpreadsheetId` is the default for manualEdit. */
export function createWorkspaceAcl(ctx: Ctx, drive: DriveState, activeSpreadsheetId: string): WorkspaceAcl {
  const target = (id: string) => {
    const t = findTarget(ctx, drive, id);
    if (!t) throw new Error(`Tidak ada spreadsheet, formulir, berkas Drive atau kalender dengan ID ${id}.`);
    return t;
  };
  return {
    share: (id, email, role) => grant(target(id).acl, email, role),
    unshare: (id, email) => revoke(target(id).acl, email),
    ownerOf: (id) => target(id).acl.owner,
    setProject: (project) => {
      aclState(ctx).project = typeof project === 'function' ? project : () => project;
    },
    openWithApp: (id, projectId) => {
      const t = target(id);
      if (t.kind === 'calendar') throw new Error(`Kalender ${id} bukan berkas Drive.`);
      t.apps.add(projectId);
    },
    restrictFormsToDomain: (restricted) => {
      aclState(ctx).formsRestrictedToDomain = restricted;
    },
    manualEdit: (user, { sheet, range, spreadsheetId }, values) => {
      const ss = ctx.spreadsheets.get(spreadsheetId ?? activeSpreadsheetId);
      if (!ss) throw new Error(`Spreadsheet ${spreadsheetId} tidak ada.`);
      requireSheetsRead(ctx, ss, user);
      const tab = ss.sheetByName(sheet);
      const box = tab && parseA1(range, tab.grid.maxRows, tab.grid.maxCols);
      if (!tab || !box) throw new Error(`Rentang ${sheet}!${range} tidak ada.`);
      if (values.length !== box.numRows || values.some((r) => r.length !== box.numCols))
        throw new Error(`Nilai untuk ${sheet}!${range} harus ${box.numRows}×${box.numCols}.`);
      guardCells(ctx, tab, box, user);
      values.forEach((row, i) => row.forEach((v, j) => writeCell(tab.grid, box.row + i, box.col + j, v, ss.timeZone)));
      const one = values.length === 1 && values[0].length === 1;
      fireMatching(
        ctx,
        (r) => r.eventType === 'ON_EDIT' && r.sourceId === ss.id,
        () => ({
          user: { email: user, nickname: user.split('@')[0] },
          range: tab.rangeAt(box),
          source: ctx.wrap(ss, 'Spreadsheet'),
          sheetName: sheet,
          a1: range,
          ...(one ? { value: values[0][0] } : {}),
        }),
      );
    },
  };
}
