/** Fake `FormResponse` and `ItemResponse`. */
import type { Ctx } from './context';
import { type FakeItem, wrapItem } from './form-items';

type F = GoogleAppsScript.Forms;

/** A stored response: plain data tests can read. */
export interface FakeFormResponse {
  id: string;
  formId: string;
  timestamp: Date;
  respondentEmail: string;
  answers: Array<{ item: FakeItem; response: string | string[] }>;
  editUrl: string;
}

class ResponseView implements Pick<F.FormResponse, 'getId' | 'getTimestamp' | 'getRespondentEmail' | 'getEditResponseUrl'
  | 'getItemResponses' | 'getResponseForItem'> {
  constructor(private readonly ctx: Ctx, readonly data: FakeFormResponse) {}
  getId(): string { return this.data.id; }
  getTimestamp(): Date { return new Date(this.data.timestamp.getTime()); }
  getRespondentEmail(): string { return this.data.respondentEmail; }
  getEditResponseUrl(): string { return this.data.editUrl; }
  getItemResponses(): F.ItemResponse[] { return this.data.answers.map((a) => itemResponse(this.ctx, a)); }
  getResponseForItem(item: F.Item): F.ItemResponse {
    const raw = this.ctx.unwrap<FakeItem>(item);
    const a = this.data.answers.find((x) => x.item === raw);
    return a ? itemResponse(this.ctx, a) : (null as unknown as F.ItemResponse);
  }
}

function itemResponse(ctx: Ctx, a: FakeFormResponse['answers'][number]): F.ItemResponse {
  const view: Pick<F.ItemResponse, 'getItem' | 'getResponse'> = {
    getItem: () => wrapItem(ctx, a.item, true),
    getResponse: () => (Array.isArray(a.response) ? [...a.response] : a.response),
  };
  return ctx.wrap(view, 'ItemResponse');
}

/** A wrapped `FormResponse` over stored data. */
export function wrapResponse(ctx: Ctx, r: FakeFormResponse): F.FormResponse {
  return ctx.wrap(new ResponseView(ctx, r), 'FormResponse');
}
