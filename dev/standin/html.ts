/** The `HtmlService` global: HtmlOutput, files from `htmlDir`, and simple templates. */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Ctx } from './context';
import { asGas } from './gas';

export class FakeHtmlOutput implements Pick<
  GoogleAppsScript.HTML.HtmlOutput,
  | 'setTitle'
  | 'getTitle'
  | 'setWidth'
  | 'getWidth'
  | 'setHeight'
  | 'getHeight'
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
  | 'setFaviconUrl'
> {
  title = '';
  width = 300;
  height = 500;
  sandboxMode = 'IFRAME';
  xFrameOptionsMode = 'DEFAULT';
  metaTags: Array<{ name: string; content: string }> = [];
  faviconUrl = '';
  constructor(public content: string) {}

  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this.title = title;
    return asGas(this);
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this.width = width;
    return asGas(this);
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this.height = height;
    return asGas(this);
  }
  getHeight(): number {
    return this.height;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content = content;
    return asGas(this);
  }
  append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += addedContent;
    return asGas(this);
  }
  appendUntrusted(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += escapeHtml(addedContent);
    return asGas(this);
  }
  clear(): GoogleAppsScript.HTML.HtmlOutput {
    this.content = '';
    return asGas(this);
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GoogleAppsScript.HTML.HtmlOutput {
    this.sandboxMode = String(mode);
    return asGas(this);
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GoogleAppsScript.HTML.HtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return asGas(this);
  }
  addMetaTag(name: string, content: string): GoogleAppsScript.HTML.HtmlOutput {
    this.metaTags.push({ name, content });
    return asGas(this);
  }
  setFaviconUrl(iconUrl: string): GoogleAppsScript.HTML.HtmlOutput {
    this.faviconUrl = iconUrl;
    return asGas(this);
  }
}

/** Escapes text for HTML, like `<?= ?>` does. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const RAW = Symbol('raw');
const CTX = Symbol('ctx');

/** Template properties set by the code under test live on the object itself, so internals are symbol-keyed. */
class FakeTemplate implements Pick<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getRawContent'> {
  [property: string]: unknown;
  [RAW]: string;
  [CTX]: Ctx;
  constructor(ctx: Ctx, raw: string) {
    this[CTX] = ctx;
    this[RAW] = raw;
  }
  getRawContent(): string {
    return this[RAW];
  }

  /** Supports plain HTML plus `<?= name ?>` (escaped) and `<?!= name ?>` (raw) printing of template properties. */
  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    const html = this[RAW].replace(/<\?(!?=)?([\s\S]*?)\?>/g, (_m, mode: string | undefined, expr: string) => {
      if (!mode)
        throw this[CTX].fail(
          'Stand-in HtmlService: scriptlet <? ?> tidak didukung; hanya <?= nama ?> dan <?!= nama ?>.',
        );
      const value = expr
        .trim()
        .split('.')
        .reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), this);
      const text = value === undefined || value === null ? '' : String(value);
      return mode === '=' ? escapeHtml(text) : text;
    });
    return this[CTX].wrap(new FakeHtmlOutput(html), 'HtmlOutput');
  }
}

function readHtmlFile(ctx: Ctx, filename: string): string {
  const path = join(ctx.htmlDir, `${filename.replace(/\.html$/, '')}.html`);
  if (!existsSync(path)) throw ctx.fail(`No HTML file named ${filename} was found.`);
  return readFileSync(path, 'utf8');
}

class FakeHtmlService implements Pick<
  GoogleAppsScript.HTML.HtmlService,
  'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'
> {
  SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' };
  XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };
  constructor(private readonly ctx: Ctx) {}

  createHtmlOutput(
    html?: string | GoogleAppsScript.HTML.HtmlTemplate | GoogleAppsScript.Base.BlobSource,
  ): GoogleAppsScript.HTML.HtmlOutput {
    const text = typeof html === 'string' || html === undefined ? (html ?? '') : html.getBlob().getDataAsString();
    return this.ctx.wrap(new FakeHtmlOutput(text), 'HtmlOutput');
  }
  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    return this.ctx.wrap(new FakeHtmlOutput(readHtmlFile(this.ctx, filename)), 'HtmlOutput');
  }
  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlTemplate {
    const text = typeof html === 'string' ? html : html.getBlob().getDataAsString();
    return this.ctx.wrap(new FakeTemplate(this.ctx, text), 'HtmlTemplate');
  }
  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return this.ctx.wrap(new FakeTemplate(this.ctx, readHtmlFile(this.ctx, filename)), 'HtmlTemplate');
  }
}

/** The `HtmlService` global reading files from `ctx.htmlDir`. */
export function createHtmlService(ctx: Ctx): GoogleAppsScript.HTML.HtmlService {
  return ctx.wrap(new FakeHtmlService(ctx), 'HtmlService');
}
