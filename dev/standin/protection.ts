/** Fake `Protection` for sheets and ranges. */
import type { Box } from './a1';
import type { Ctx } from './context';
import { type GProtection, type GRange, type GUser, asGas } from './gas';
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
  | 'setUnprotectedRanges'
  | 'getUnprotectedRanges'
  | 'getProtectionType'
  | 'setDomainEdit'
  | 'canDomainEdit'
>;

export class FakeProtection implements ProtectionApi {
  description = '';
  warningOnly = false;
  domainEdit = false;
  editors: string[];
  unprotected: Box[] = [];

  constructor(
    private readonly ctx: Ctx,
    private readonly sheet: FakeSheet,
    readonly type: 'RANGE' | 'SHEET',
    readonly box: Box,
  ) {
    this.editors = ctx.user.effective ? [ctx.user.effective] : [];
  }

  setDescription(description: string): GProtection {
    this.description = description;
    return asGas(this);
  }
  getDescription(): string {
    return this.description;
  }
  setWarningOnly(warningOnly: boolean): GProtection {
    this.warningOnly = warningOnly;
    return asGas(this);
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setDomainEdit(editable: boolean): GProtection {
    this.domainEdit = editable;
    return asGas(this);
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  addEditor(user: string | GUser): GProtection {
    return this.addEditors([emailOf(this.ctx, user)]);
  }
  addEditors(emailAddresses: string[]): GProtection {
    if (this.warningOnly)
      throw this.ctx.fail('You cannot add editors to a protected range that is set to warning only.');
    for (const e of emailAddresses) if (!this.editors.includes(e)) this.editors.push(e);
    return asGas(this);
  }
  removeEditor(user: string | GUser): GProtection {
    return this.removeEditors([emailOf(this.ctx, user)]);
  }
  removeEditors(users: (string | GUser)[]): GProtection {
    const gone = new Set(users.map((u) => emailOf(this.ctx, u)));
    this.editors = this.editors.filter((e) => !gone.has(e));
    return asGas(this);
  }
  getEditors(): GUser[] {
    return this.editors.map((e) => makeUser(this.ctx, e));
  }
  canEdit(): boolean {
    return (
      this.warningOnly ||
      this.editors.includes(this.ctx.user.effective) ||
      this.sheet.spreadsheet.owner === this.ctx.user.effective
    );
  }
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
  getRange(): GRange {
    return this.sheet.rangeAt(this.box);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  setUnprotectedRanges(ranges: GRange[]): GProtection {
    if (this.type !== 'SHEET') throw this.ctx.fail('Unprotected ranges can only be set on a sheet protection.');
    this.unprotected = ranges.map((r) => ({ ...this.ctx.unwrap<{ box: Box }>(r).box }));
    return asGas(this);
  }
  getUnprotectedRanges(): GRange[] {
    return this.unprotected.map((b) => this.sheet.rangeAt(b));
  }
}
