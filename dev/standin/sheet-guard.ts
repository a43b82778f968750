/**
 * The one place that decides whether a user may change a spreadsheet, a sheet or
 * some cells: they must see the spreadsheet (else "You do not have permission to
 * access the requested document."), edit it (a viewer gets "You do not have permission
 * to perform that action."), and no protection they are not an editor of may cover
 * what they touch (Sheets' protected-cell error). Warning-only protections never block.
 * Every write method of Range, Sheet and Spreadsheet calls one of these first; so does
 * a person's manual edit (`ws.acl.manualEdit`).
 */
import type { Box } from './a1';
import { roleIn } from './acl';
import type { Ctx } from './context';
import { DENIED } from './google-errors';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';

/** Throws unless `user` can open `ss`. */
export function requireSheetsRead(ctx: Ctx, ss: FakeSpreadsheet, user = ctx.user.effective): void {
  if (!roleIn(ss.acl, user)) throw ctx.fail(DENIED.sheetsNoAccess);
}

/** Throws unless `user` owns or edits `ss`. */
export function requireSheetsEdit(ctx: Ctx, ss: FakeSpreadsheet, user = ctx.user.effective): void {
  const role = roleIn(ss.acl, user);
  if (!role) throw ctx.fail(DENIED.sheetsNoAccess);
  if (role === 'viewer') throw ctx.fail(DENIED.sheetsViewOnly);
}

/** Throws unless `user` may change every cell of `box` on `sheet`. */
export function guardCells(ctx: Ctx, sheet: FakeSheet, box: Box, user = ctx.user.effective): void {
  requireSheetsEdit(ctx, sheet.spreadsheet, user);
  if (sheet.protections.some((p) => p.blocks(user, box))) throw ctx.fail(DENIED.protectedCell);
}

/** Throws unless `user` may change the sheet as a whole (rename, hide, freeze, delete, charts, widths). */
export function guardSheet(ctx: Ctx, sheet: FakeSheet, user = ctx.user.effective): void {
  requireSheetsEdit(ctx, sheet.spreadsheet, user);
  const blocked = sheet.protections.some((p) => p.type === 'SHEET' && !p.warningOnly && !p.editableBy(user));
  if (blocked) throw ctx.fail(DENIED.protectedCell);
}

/**
 * Throws unless `user` may insert rows after row `after`: a protected sheet refuses,
 * and so does a protected range the new rows would split.
 */
export function guardRowInsert(ctx: Ctx, sheet: FakeSheet, after: number, user = ctx.user.effective): void {
  guardSheet(ctx, sheet, user);
  const splits = sheet.protections.some(
    (p) => p.blocks(user, p.box) && after >= p.box.row && after < p.box.row + p.box.numRows - 1,
  );
  if (splits) throw ctx.fail(DENIED.protectedCell);
}
