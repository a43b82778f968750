/**
 * Fake `ContentService`: the TextOutput a web app's doGet/doPost returns to serve raw
 * text (JSON, CSV, …) instead of an HTML page. The web-app stand-in (webapp.ts) turns
 * it into the HTTP response body with its Content-Type.
 */
import type { Ctx } from './context';
import { asGas } from './gas';

type GTextOutput = GoogleAppsScript.Content.TextOutput;
type GMimeType = GoogleAppsScript.Content.MimeType;

/** ContentService.MimeType → the media type Google serves it with. */
const MEDIA_TYPES: Record<string, string> = {
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'application/xml',
};

export class FakeTextOutput implements Pick<
  GTextOutput,
  'append' | 'clear' | 'downloadAsFile' | 'getContent' | 'getFileName' | 'getMimeType' | 'setContent' | 'setMimeType'
> {
  mimeType = 'TEXT';
  fileName: string | null = null;
  constructor(
    private readonly ctx: Ctx,
    public content: string,
  ) {}

  append(addedContent: string): GTextOutput {
    this.content += String(addedContent);
    return asGas(this);
  }
  clear(): GTextOutput {
    this.content = '';
    return asGas(this);
  }
  downloadAsFile(filename: string): GTextOutput {
    this.fileName = String(filename);
    return asGas(this);
  }
  getContent(): string {
    return this.content;
  }
  getFileName(): string {
    return this.fileName as string;
  }
  getMimeType(): GMimeType {
    return this.mimeType as unknown as GMimeType;
  }
  setContent(content: string): GTextOutput {
    this.content = String(content);
    return asGas(this);
  }
  setMimeType(mimeType: GMimeType): GTextOutput {
    const name = String(mimeType);
    if (!(name in MEDIA_TYPES)) throw this.ctx.fail('Invalid argument: mimeType');
    this.mimeType = name;
    return asGas(this);
  }

  /** The Content-Type header Google serves this output with. */
  contentType(): string {
    return `${MEDIA_TYPES[this.mimeType]}; charset=utf-8`;
  }
}

/** The `ContentService` global. */
export function createContentService(ctx: Ctx): GoogleAppsScript.Content.ContentService {
  const service = {
    MimeType: Object.fromEntries(Object.keys(MEDIA_TYPES).map((k) => [k, k])),
    createTextOutput: (content?: string): GTextOutput =>
      ctx.wrap(new FakeTextOutput(ctx, content === undefined ? '' : String(content)), 'TextOutput'),
  };
  return ctx.wrap(service, 'ContentService');
}
