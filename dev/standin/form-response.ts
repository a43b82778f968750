/** Fake `FormResponse` (stored data + the real methods) and `ItemResponse`. */
import type { Ctx } from './context';
import { type FakeItem, wrapItem } from './form-items';

export type Answer = { item: FakeItem; response: string | string[] };

type ResponseApi = Pick<
  GoogleAppsScript.Forms.FormResponse,
  'getId' | 'getTimestamp' | 'getRespondentEmail' | 'getEditResponseUrl' | 'getItemResponses' | 'getResponseForItem'
>;

/** A stored response. Tests read its fields or call its methods (uncounted); the code under test gets it wrapped. */
export class FakeFormResponse implements ResponseApi {
  /** Row in the destination's responses sheet, when there is one. */
  sheetRow: number | null = null;

  constructor(
    private readonly ctx: Ctx,
    readonly id: string,
    readonly formId: string,
    public timestamp: Date,
    readonly respondentEmail: string,
    public answers: Answer[],
    readonly editUrl: string,
  ) {}

  getId(): string {
    return this.id;
  }
  getTimestamp(): Date {
    return new Date(this.timestamp.getTime());
  }
  getRespondentEmail(): string {
    return this.respondentEmail;
  }
  getEditResponseUrl(): string {
    return this.editUrl;
  }
  getItemResponses(): GoogleAppsScript.Forms.ItemResponse[] {
    return this.answers.map((a) => itemResponse(this.ctx, a));
  }
  getResponseForItem(item: GoogleAppsScript.Forms.Item): GoogleAppsScript.Forms.ItemResponse {
    const raw = this.ctx.unwrap<FakeItem>(item);
    const a = this.answers.find((x) => x.item === raw);
    return a ? itemResponse(this.ctx, a) : (null as unknown as GoogleAppsScript.Forms.ItemResponse);
  }
}

function itemResponse(ctx: Ctx, a: Answer): GoogleAppsScript.Forms.ItemResponse {
  const view: Pick<GoogleAppsScript.Forms.ItemResponse, 'getItem' | 'getResponse'> = {
    getItem: () => wrapItem(ctx, a.item, true),
    getResponse: () => (Array.isArray(a.response) ? [...a.response] : a.response),
  };
  return ctx.wrap(view, 'ItemResponse');
}

/** A wrapped `FormResponse`. */
export function wrapResponse(ctx: Ctx, r: FakeFormResponse): GoogleAppsScript.Forms.FormResponse {
  return ctx.wrap(r, 'FormResponse');
}
