/**
 * Fake `DocumentApp`: Docs are Drive files (see drive.ts) whose text is a list of
 * paragraphs. Edits go to the live text; `saveAndClose()` commits them (exports and
 * copies read the saved text, as in real Docs) and closes that handle.
 * `Body.replaceText` treats the pattern as a regex (Java syntax read as JavaScript),
 * works within one paragraph at a time, and inserts the replacement literally.
 */
import type { Ctx } from './context';
import { asGas } from './gas';
import { type DocContent, type DriveState, MIME, DriveIndex } from './drive';

type GDocument = GoogleAppsScript.Document.Document;
type GBody = GoogleAppsScript.Document.Body;
type GParagraph = GoogleAppsScript.Document.Paragraph;

interface Handle {
  id: string;
  content: DocContent;
  closed: boolean;
}

function checkOpen(ctx: Ctx, h: Handle): void {
  if (h.closed) throw ctx.fail('Document is closed, its contents cannot be updated.');
}

class FakeParagraph {
  constructor(
    private readonly ctx: Ctx,
    private readonly h: Handle,
    private readonly index: number,
  ) {}
  getText(): string {
    return this.h.content.live[this.index] ?? '';
  }
  setText(text: string): this {
    checkOpen(this.ctx, this.h);
    this.h.content.live[this.index] = String(text);
    return this;
  }
}

class FakeBody {
  constructor(
    private readonly ctx: Ctx,
    private readonly h: Handle,
  ) {}
  getText(): string {
    return this.h.content.live.join('\n');
  }
  setText(text: string): this {
    checkOpen(this.ctx, this.h);
    this.h.content.live = String(text).split(/\r\n|\r|\n/);
    return this;
  }
  clear(): this {
    checkOpen(this.ctx, this.h);
    this.h.content.live = [''];
    return this;
  }
  appendParagraph(text: string): GParagraph {
    checkOpen(this.ctx, this.h);
    this.h.content.live.push(String(text));
    return this.paragraph(this.h.content.live.length - 1);
  }
  getParagraphs(): GParagraph[] {
    return this.h.content.live.map((_, i) => this.paragraph(i));
  }
  getNumChildren(): number {
    return this.h.content.live.length;
  }
  replaceText(searchPattern: string, replacement: string): this {
    checkOpen(this.ctx, this.h);
    let re: RegExp;
    try {
      re = new RegExp(String(searchPattern), 'g');
    } catch {
      throw this.ctx.fail(`Invalid argument: searchPattern`);
    }
    this.h.content.live = this.h.content.live.map((p) => p.replace(re, () => String(replacement)));
    return this;
  }
  private paragraph(i: number): GParagraph {
    return this.ctx.wrap(new FakeParagraph(this.ctx, this.h, i), 'Paragraph');
  }
}

class FakeDocument {
  constructor(
    private readonly ctx: Ctx,
    private readonly index: DriveIndex,
    private readonly h: Handle,
  ) {}
  getId(): string {
    return this.h.id;
  }
  getName(): string {
    return this.index.item(this.h.id, 'file').name;
  }
  setName(name: string): this {
    this.index.item(this.h.id, 'file').name = String(name);
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.h.id}/edit`;
  }
  getBody(): GBody {
    return this.ctx.wrap(new FakeBody(this.ctx, this.h), 'Body');
  }
  getHeader(): null {
    return null;
  }
  getFooter(): null {
    return null;
  }
  saveAndClose(): void {
    this.h.content.saved = [...this.h.content.live];
    this.h.closed = true;
  }
}

class FakeDocumentApp {
  constructor(
    private readonly ctx: Ctx,
    private readonly index: DriveIndex,
  ) {}
  create(name: string): GDocument {
    const item = this.index.add(String(name), MIME.doc, this.index.state.rootId);
    this.index.state.docs.set(item.id, { live: [''], saved: [''] });
    return this.openById(item.id);
  }
  openById(id: string): GDocument {
    const content = this.index.state.docs.get(String(id));
    if (!content)
      throw this.ctx.fail(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    return asGas(
      this.ctx.wrap(new FakeDocument(this.ctx, this.index, { id: String(id), content, closed: false }), 'Document'),
    );
  }
  openByUrl(url: string): GDocument {
    const m = /\/d\/([^/]+)/.exec(url);
    if (!m) throw this.ctx.fail('Invalid argument: url');
    return this.openById(m[1]);
  }
}

/** The `DocumentApp` global; Docs live in the same `state` as the fake DriveApp's files. */
export function createDocumentApp(ctx: Ctx, state: DriveState): GoogleAppsScript.Document.DocumentApp {
  return ctx.wrap(new FakeDocumentApp(ctx, new DriveIndex(ctx, state)), 'DocumentApp');
}

/** The live text of a Doc (for tests and the playground), or null when `id` is not a Doc. */
export function docText(state: DriveState, id: string): string | null {
  return state.docs.get(id)?.live.join('\n') ?? null;
}
