/** Fake `FormResponse` and `ItemResponse`. */
import type { Ctx } from './context';
import { type FakeItem, wrapItem } from './form-items';


/** A stored response: plain data tests can read. */
export interface FakeFormResponse {
  id: string;
  formId: string;
  timestamp: Date;
  respondentEmail: string;
  answers: Array<{ item: FakeItem; response: string | string[] }>;
  editUrl: string;
}

class ResponseView implements Pick<GoogleAppsScript.Forms.FormResponse, 'getId' | 'getTimestamp' | 'getRespondentEmail' | 'getEditResponseUrl'
  | 'getItemResponses' | 'getResponseForItem'> {
  constructor(private readonly ctx: Ctx, readonly data: FakeFormResponse) {}
  getId(): string { return this.data.id; }
  getTimestamp(): Date { return new Date(this.data.timestamp.getTime()); }
  getRespondentEmail(): string { return this.data.respondentEmail; }
  getEditResponseUrl(): string { return this.data.editUrl; }
  getItemResponses(): GoogleAppsScript.Forms.ItemResponse[] { return this.data.answers.map((a) => itemResponse(this.ctx, a)); }
  getResponseForItem(item: GoogleAppsScript.Forms.Item): GoogleAppsScript.Forms.ItemResponse {
    const raw = this.ctx.unwrap<FakeItem>(item);
    const a = this.data.answers.find((x) => x.item === raw);
    return a ? itemResponse(this.ctx, a) : (null as unknown as GoogleAppsScript.Forms.ItemResponse);
  }
}

function itemResponse(ctx: Ctx, a: FakeFormResponse['answers'][number]): GoogleAppsScript.Forms.ItemResponse {
  const view: Pick<GoogleAppsScript.Forms.ItemResponse, 'getItem' | 'getResponse'> = {
    getItem: () => wrapItem(ctx, a.item, true),
    getResponse: () => (Array.isArray(a.response) ? [...a.response] : a.response),
  };
  return ctx.wrap(view, 'ItemResponse');
}

/** A wrapped `FormResponse` over stored data. */
export function wrapResponse(ctx: Ctx, r: FakeFormResponse): GoogleAppsScript.Forms.FormResponse {
  return ctx.wrap(new ResponseView(ctx, r), 'FormResponse');
}
