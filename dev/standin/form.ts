/** Fake `Form`: settings, items, destination spreadsheet and stored responses; access in form-access.ts. */
import type { Ctx } from './context';
import { FormAccess } from './form-access';
import { asGas } from './gas';
import { requireSheetsEdit } from './sheet-guard';
import { FakeItem, type ItemTypeName, wrapItem } from './form-items';
import { type FakeFormResponse, wrapResponse } from './form-response';
import type { FakeSheet } from './sheet';
import { syncResponseHeader } from './form-sheet';

type FormApi = Pick<
  GoogleAppsScript.Forms.Form,
  | 'getId'
  | 'getTitle'
  | 'setTitle'
  | 'getDescription'
  | 'setDescription'
  | 'setCollectEmail'
  | 'collectsEmail'
  | 'setConfirmationMessage'
  | 'getConfirmationMessage'
  | 'setAllowResponseEdits'
  | 'canEditResponse'
  | 'setAcceptingResponses'
  | 'isAcceptingResponses'
  | 'setLimitOneResponsePerUser'
  | 'setDestination'
  | 'getDestinationId'
  | 'getDestinationType'
  | 'removeDestination'
  | 'getEditUrl'
  | 'getPublishedUrl'
  | 'addTextItem'
  | 'addParagraphTextItem'
  | 'addDateItem'
  | 'addTimeItem'
  | 'addMultipleChoiceItem'
  | 'addListItem'
  | 'addCheckboxItem'
  | 'addScaleItem'
  | 'addSectionHeaderItem'
  | 'addPageBreakItem'
  | 'getItems'
  | 'getItemById'
  | 'deleteItem'
  | 'getResponses'
  | 'getResponse'
  | 'deleteAllResponses'
>;

export class FakeForm extends FormAccess implements FormApi {
  title: string;
  description = '';
  collectEmail = false;
  confirmationMessage = '';
  allowResponseEdits = false;
  limitOneResponsePerUser = false;
  destinationId: string | null = null;
  /** The destination's responses sheet (follows renames). */
  responsesSheet: FakeSheet | null = null;
  items: FakeItem[] = [];
  responses: FakeFormResponse[] = [];

  constructor(
    ctx: Ctx,
    readonly id: string,
    title: string,
    isPublished?: boolean,
  ) {
    super(ctx, isPublished);
    this.title = title;
  }

  getId(): string {
    return this.id;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): GoogleAppsScript.Forms.Form {
    this.title = title;
    return asGas(this);
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): GoogleAppsScript.Forms.Form {
    this.description = description;
    return asGas(this);
  }
  setCollectEmail(collect: boolean): GoogleAppsScript.Forms.Form {
    this.collectEmail = collect;
    return asGas(this);
  }
  collectsEmail(): boolean {
    return this.collectEmail;
  }
  setConfirmationMessage(message: string): GoogleAppsScript.Forms.Form {
    this.confirmationMessage = message;
    return asGas(this);
  }
  getConfirmationMessage(): string {
    return this.confirmationMessage;
  }
  setAllowResponseEdits(enabled: boolean): GoogleAppsScript.Forms.Form {
    this.allowResponseEdits = enabled;
    return asGas(this);
  }
  canEditResponse(): boolean {
    return this.allowResponseEdits;
  }
  setLimitOneResponsePerUser(enabled: boolean): GoogleAppsScript.Forms.Form {
    this.limitOneResponsePerUser = enabled;
    return asGas(this);
  }

  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): GoogleAppsScript.Forms.Form {
    if (String(type) !== 'SPREADSHEET') throw this.ctx.fail('Invalid argument: type');
    const ss = this.ctx.spreadsheets.get(id);
    if (!ss)
      throw this.ctx.fail(
        'Unexpected error while getting the method or property setDestination on object FormApp.Form.',
      );
    requireSheetsEdit(this.ctx, ss);
    let n = 1;
    while (ss.sheetByName(`Form Responses ${n}`)) n++;
    this.destinationId = id;
    this.responsesSheet = ss.addSheet(`Form Responses ${n}`, undefined, 0);
    syncResponseHeader(this);
    return asGas(this);
  }
  getDestinationId(): string {
    if (!this.destinationId) throw this.ctx.fail('This form does not currently have a response destination.');
    return this.destinationId;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    return 'SPREADSHEET' as unknown as GoogleAppsScript.Forms.DestinationType;
  }
  removeDestination(): GoogleAppsScript.Forms.Form {
    this.destinationId = null;
    this.responsesSheet = null;
    return asGas(this);
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.id}/viewform`;
  }

  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.add('TEXT');
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.add('PARAGRAPH_TEXT');
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.add('DATE');
  }
  addTimeItem(): GoogleAppsScript.Forms.TimeItem {
    return this.add('TIME');
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.add('MULTIPLE_CHOICE');
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this.add('LIST');
  }
  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.add('CHECKBOX');
  }
  addScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this.add('SCALE');
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.add('SECTION_HEADER');
  }
  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this.add('PAGE_BREAK');
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GoogleAppsScript.Forms.Item[] {
    return this.items
      .filter((i) => itemType === undefined || i.type === String(itemType))
      .map((i) => wrapItem<GoogleAppsScript.Forms.Item>(this.ctx, i, true));
  }
  getItemById(id: number): GoogleAppsScript.Forms.Item {
    const item = this.items.find((i) => i.id === id);
    return item ? wrapItem(this.ctx, item, true) : (null as unknown as GoogleAppsScript.Forms.Item);
  }
  deleteItem(item: number | GoogleAppsScript.Forms.Item): void {
    const raw = typeof item === 'number' ? this.items[item] : this.ctx.unwrap<FakeItem>(item);
    if (!raw || !this.items.includes(raw)) throw this.ctx.fail('Invalid argument: item');
    this.items.splice(this.items.indexOf(raw), 1);
  }

  getResponses(timestamp?: GoogleAppsScript.Base.Date): GoogleAppsScript.Forms.FormResponse[] {
    const from = timestamp ? timestamp.getTime() : -Infinity;
    return this.responses.filter((r) => r.timestamp.getTime() >= from).map((r) => wrapResponse(this.ctx, r));
  }
  getResponse(responseId: string): GoogleAppsScript.Forms.FormResponse {
    const r = this.responses.find((x) => x.id === responseId);
    if (!r) throw this.ctx.fail('No response with ID ' + responseId + ' exists for this form.');
    return wrapResponse(this.ctx, r);
  }
  deleteAllResponses(): GoogleAppsScript.Forms.Form {
    this.responses = [];
    return asGas(this);
  }

  private add<T>(type: ItemTypeName): T {
    const item = new FakeItem(this.ctx, this.items, Number(this.ctx.nextId('item').slice(-4)) + 100000, type);
    this.items.push(item);
    return wrapItem(this.ctx, item, false);
  }
}
