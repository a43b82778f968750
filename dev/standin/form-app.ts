/** The `FormApp` global. */
import { roleIn } from './acl';
import type { Ctx } from './context';
import { FakeForm } from './form';
import { DENIED } from './google-errors';
import { ITEM_TYPES, createTextValidationBuilder } from './form-items';
import type { FakeFormResponse } from './form-response';
import { type Answers, editResponse } from './form-submit';

class FakeFormApp implements Pick<
  GoogleAppsScript.Forms.FormApp,
  'create' | 'openById' | 'openByUrl' | 'getActiveForm' | 'createTextValidation' | 'createParagraphTextValidation'
> {
  DestinationType = { SPREADSHEET: 'SPREADSHEET' };
  ItemType = Object.fromEntries(ITEM_TYPES.map((t) => [t, t]));
  constructor(private readonly ctx: Ctx) {}

  /** A new form owned by the current user; unpublished when made after 2026-06-30 unless `isPublished`. */
  create(title: string, isPublished?: boolean): GoogleAppsScript.Forms.Form {
    const form = new FakeForm(this.ctx, this.ctx.nextId('form'), title, isPublished);
    this.ctx.forms.set(form.id, form);
    return this.ctx.wrap(form, 'Form');
  }
  openById(id: string): GoogleAppsScript.Forms.Form {
    const form = this.ctx.forms.get(id);
    if (!form) throw this.ctx.fail('Unexpected error while getting the method or property openById on object FormApp.');
    const role = roleIn(form.acl, this.ctx.user.effective);
    if (role !== 'owner' && role !== 'editor') throw this.ctx.fail(DENIED.formNoAccess);
    return this.ctx.wrap(form, 'Form');
  }
  openByUrl(formUrl: string): GoogleAppsScript.Forms.Form {
    const m = /\/d\/(?:e\/)?([^/]+)/.exec(formUrl);
    return this.openById(m ? m[1] : '');
  }
  getActiveForm(): GoogleAppsScript.Forms.Form {
    return null as unknown as GoogleAppsScript.Forms.Form;
  }
  createTextValidation(): GoogleAppsScript.Forms.TextValidationBuilder {
    return createTextValidationBuilder(this.ctx);
  }
  createParagraphTextValidation(): GoogleAppsScript.Forms.ParagraphTextValidationBuilder {
    return createTextValidationBuilder(this.ctx) as unknown as GoogleAppsScript.Forms.ParagraphTextValidationBuilder;
  }
}

/** The `FormApp` global. */
export function createFormApp(ctx: Ctx): GoogleAppsScript.Forms.FormApp {
  return ctx.wrap(new FakeFormApp(ctx), 'FormApp');
}

/** Test-side view of every form created in the workspace. */
export class FormsState {
  constructor(private readonly ctx: Ctx) {}
  all(): FakeForm[] {
    return [...this.ctx.forms.values()];
  }
  byId(id: string): FakeForm | undefined {
    return this.ctx.forms.get(id);
  }
  byTitle(title: string): FakeForm | undefined {
    return this.all().find((f) => f.title === title);
  }
  /** The respondent edits response `responseId` (the form must allow edits); see form-submit.ts. */
  editResponse(responseId: string, changes: Answers, opts?: { fireTriggers?: boolean }): FakeFormResponse {
    return editResponse(this.ctx, responseId, changes, opts);
  }
}
