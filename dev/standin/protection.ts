/**
 * Fake `Protection` for sheets and ranges, enforced per user (see sheet-guard.ts).
 * As the reference says: a new protection "mirrors" the spreadsheet's own editors
 * (so protects nothing) until the script changes its editor list or domain setting;
 * then the list is the spreadsheet's owner and editors of that moment, changed. The
 * spreadsheet owner can always edit; removeEditors never removes the owner or the
 * current user; a warning-only protection blocks no script. Changing or reading the
 * editors of a protection the current user cannot edit throws Sheets' protected-cell error.
 */
import type { Box } from './a1';
import { domainOf, roleIn } from './acl';
import type { Ctx } from './context';
import { type GProtection, type GRange, type GUser, asGas } from './gas';
import { DENIED } from './google-errors';
import { emailOf, makeUser } from './session';
import type { FakeSheet } from './sheet';

type ProtectionApi = Pick<
  GProtection,
  | 'setDescription'
  | 'getDescription'
  | 'setWarningOnly'
  | 'isWarningOnly'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'removeEditors'
  | 'getEditors'
  | 'canEdit'
  | 'remove'
  | 'getRange'
  | 'setRange'
  | 'setUnprotectedRanges'
  | 'getUnprotectedRanges'
  | 'getProtectionType'
  | 'setDomainEdit'
  | 'canDomainEdit'
>;

const inside = (r: number, c: number, b: Box): boolean =>
  r >= b.row && r < b.row + b.numRows && c >= b.col && c < b.col + b.numCols;

export class FakeProtection implements ProtectionApi {
  description = '';
  warningOnly = false;
  domainEdit = false;
  /** null while the protection still mirrors the spreadsheet's editors. */
  editors: string[] | null = null;
  unprotected: Box[] = [];

  constructor(
    private readonly ctx: Ctx,
    private readonly sheet: FakeSheet,
    readonly type: 'RANGE' | 'SHEET',
    private rangeBox: Box,
  ) {}

  /** The protected area: the given range, or the whole sheet as it is now. */
  get box(): Box {
    if (this.type === 'RANGE') return this.rangeBox;
    return { row: 1, col: 1, numRows: this.sheet.grid.maxRows, numCols: this.sheet.grid.maxCols };
  }

  /** Follows rows inserted (`by` > 0) or deleted (`by` < 0) at `row`, as Sheets moves protected ranges. */
  shiftRows(row: number, by: number): void {
    const b = this.rangeBox;
    const end = b.row + b.numRows;
    if (by > 0 && row <= b.row) b.row += by;
    else if (by > 0 && row < end) b.numRows += by;
    else if (by < 0) {
      const cutEnd = Math.min(end, row - by);
      const cut = Math.max(0, cutEnd - Math.max(row, b.row));
      if (row < b.row) b.row -= Math.min(-by, b.row - row);
      b.numRows -= cut;
    }
  }

  /** True when `user` may edit what this protection covers (ignoring warning-only). */
  editableBy(user: string): boolean {
    const acl = this.sheet.spreadsheet.acl;
    const role = roleIn(acl, user);
    if (role === 'owner') return true;
    if (role !== 'editor') return false;
    if (this.editors === null) return true;
    return this.editors.includes(user) || (this.domainEdit && domainOf(user) === domainOf(acl.owner));
  }

  /** True when this protection forbids `user` to change any cell of `box`. */
  blocks(user: string, box: Box): boolean {
    if (this.warningOnly || this.editableBy(user)) return false;
    const top = Math.max(box.row, this.box.row);
    const left = Math.max(box.col, this.box.col);
    const bottom = Math.min(box.row + box.numRows, this.box.row + this.box.numRows);
    const right = Math.min(box.col + box.numCols, this.box.col + this.box.numCols);
    for (let r = top; r < bottom; r++)
      for (let c = left; c < right; c++) if (!this.unprotected.some((u) => inside(r, c, u))) return true;
    return false;
  }

  private requireEditor(): void {
    if (!this.editableBy(this.ctx.user.effective)) throw this.ctx.fail(DENIED.protectedCell);
  }

  private materialize(): string[] {
    if (this.editors === null) {
      const acl = this.sheet.spreadsheet.acl;
      this.editors = [acl.owner, ...acl.editors];
    }
    return this.editors;
  }

  setDescription(description: string): GProtection {
    this.requireEditor();
    this.description = description;
    return asGas(this);
  }
  getDescription(): string {
    return this.description;
  }
  setWarningOnly(warningOnly: boolean): GProtection {
    this.requireEditor();
    this.warningOnly = warningOnly;
    return asGas(this);
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setDomainEdit(editable: boolean): GProtection {
    this.requireEditor();
    this.materialize();
    this.domainEdit = editable;
    return asGas(this);
  }
  canDomainEdit(): boolean {
    this.requireEditor();
    return this.domainEdit;
  }

  addEditor(user: string | GUser): GProtection {
    return this.addEditors([emailOf(this.ctx, user)]);
  }
  addEditors(emailAddresses: string[]): GProtection {
    this.requireEditor();
    if (this.warningOnly)
      throw this.ctx.fail('You cannot add editors to a protected range that is set to warning only.');
    const list = this.materialize();
    for (const e of emailAddresses) if (!list.includes(e)) list.push(e);
    return asGas(this);
  }
  removeEditor(user: string | GUser): GProtection {
    return this.removeEditors([user]);
  }
  removeEditors(users: (string | GUser)[]): GProtection {
    this.requireEditor();
    const keep = new Set([this.sheet.spreadsheet.acl.owner, this.ctx.user.effective]);
    const gone = new Set(users.map((u) => emailOf(this.ctx, u)).filter((e) => !keep.has(e)));
    this.editors = this.materialize().filter((e) => !gone.has(e));
    return asGas(this);
  }
  getEditors(): GUser[] {
    this.requireEditor();
    const acl = this.sheet.spreadsheet.acl;
    return (this.editors ?? [acl.owner, ...acl.editors]).map((e) => makeUser(this.ctx, e));
  }
  canEdit(): boolean {
    return this.warningOnly || this.editableBy(this.ctx.user.effective);
  }
  remove(): void {
    this.requireEditor();
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
  getRange(): GRange {
    return this.sheet.rangeAt(this.box);
  }
  setRange(range: GRange): GProtection {
    this.requireEditor();
    this.rangeBox = { ...this.ctx.unwrap<{ box: Box }>(range).box };
    return asGas(this);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  setUnprotectedRanges(ranges: GRange[]): GProtection {
    if (this.type !== 'SHEET') throw this.ctx.fail('Unprotected ranges can only be set on a sheet protection.');
    this.requireEditor();
    this.unprotected = ranges.map((r) => ({ ...this.ctx.unwrap<{ box: Box }>(r).box }));
    return asGas(this);
  }
  getUnprotectedRanges(): GRange[] {
    return this.unprotected.map((b) => this.sheet.rangeAt(b));
  }
}
