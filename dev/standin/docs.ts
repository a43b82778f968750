/**
 * Fake `DocumentApp`: Docs are Drive files (see drive-store.ts) whose text is a list of
 * paragraphs. Edits go to the live text; `saveAndClose()` commits them (exports,
 * `getAs` and copies read the saved text, as in real Docs) and closes that handle.
 * `Body.replaceText` treats the pattern as a regex (Java syntax read as JavaScript) and works
 * within one paragraph at a time; the replacement is Java's (`$1` inserts a group, `\$` a dollar
 * sign, a lone `$` or `\` at the end fails): see java-replace.ts.
 * A Doc the user cannot see is "missing"; one they may only view opens, but every
 * edit throws "Action not allowed".
 */
import type { Acl } from './acl';
import type { Ctx } from './context';
import { asGas } from './gas';
import { type DocContent, type DriveState, DriveStore, MIME } from './drive-store';
import { DENIED } from './google-errors';
import { Shareable } from './sharing';
import { javaReplacement, ReplacementError } from './java-replace';

type GDocument = GoogleAppsScript.Document.Document;
type GBody = GoogleAppsScript.Document.Body;
type GParagraph = GoogleAppsScript.Document.Paragraph;

interface Handle {
  id: string;
  content: DocContent;
  closed: boolean;
  writable: boolean;
}

function checkOpen(ctx: Ctx, h: Handle): void {
  if (h.closed) throw ctx.fail('Document is closed, its contents cannot be updated.');
  if (!h.writable) throw ctx.fail(DENIED.actionNotAllowed);
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

/** The RegExpExecArray-like view of String#replace's callback arguments (match, groups…, offset, input[, named]). */
function matchOf(args: unknown[]): RegExpExecArray {
  const named = typeof args[args.length - 1] === 'object' ? (args.pop() as Record<string, string>) : undefined;
  const captures = args.slice(0, -2) as string[];
  return Object.assign(captures, { index: 0, input: '', groups: named }) as unknown as RegExpExecArray;
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
    const text = String(replacement);
    try {
      this.h.content.live = this.h.content.live.map((p) =>
        p.replace(re, (...args: unknown[]) => javaReplacement(text, matchOf(args))),
      );
    } catch (error) {
      if (error instanceof ReplacementError) throw this.ctx.fail(error.message);
      throw error;
    }
    return this;
  }
  private paragraph(i: number): GParagraph {
    return this.ctx.wrap(new FakeParagraph(this.ctx, this.h, i), 'Paragraph');
  }
}

class FakeDocument extends Shareable {
  constructor(
    private readonly ctx: Ctx,
    private readonly store: DriveStore,
    private readonly h: Handle,
  ) {
    super();
  }
  protected get sharingCtx(): Ctx {
    return this.ctx;
  }
  get acl(): Acl {
    return this.store.state.items.get(this.h.id)!.acl;
  }
  protected shareDenied(): Error {
    return this.ctx.fail(DENIED.actionNotAllowed);
  }
  roleNow(): ReturnType<DriveStore['role']> {
    return this.store.role(this.store.state.items.get(this.h.id)!);
  }
  getId(): string {
    return this.h.id;
  }
  getName(): string {
    return this.store.state.items.get(this.h.id)!.name;
  }
  setName(name: string): this {
    if (!this.h.writable) throw this.ctx.fail(DENIED.actionNotAllowed);
    this.store.state.items.get(this.h.id)!.name = String(name);
    return this;
  }
  /** The Doc as a PDF of its saved text (call saveAndClose first, as with the real service). */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== MIME.pdf)
      throw this.ctx.fail(`Converting from ${MIME.doc} to ${contentType} is not supported.`);
    return this.store.docPdf(this.store.state.items.get(this.h.id)!);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return this.getAs(MIME.pdf);
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
    private readonly store: DriveStore,
  ) {}
  create(name: string): GDocument {
    const item = this.store.add(String(name), MIME.doc, this.store.rootFor(this.store.user));
    this.store.state.docs.set(item.id, { live: [''], saved: [''] });
    return this.openById(item.id);
  }
  openById(id: string): GDocument {
    const content = this.store.state.docs.get(String(id));
    const item = this.store.state.items.get(String(id));
    if (!content || !item || !this.store.canRead(item)) throw this.ctx.fail(DENIED.docMissing(String(id)));
    const h: Handle = { id: String(id), content, closed: false, writable: this.store.canWrite(item) };
    return asGas(this.ctx.wrap(new FakeDocument(this.ctx, this.store, h), 'Document'));
  }
  openByUrl(url: string): GDocument {
    const m = /\/d\/([^/]+)/.exec(url);
    if (!m) throw this.ctx.fail('Invalid argument: url');
    return this.openById(m[1]);
  }
}

/** The `DocumentApp` global; Docs live in the same `state` as the fake DriveApp's files. */
export function createDocumentApp(ctx: Ctx, state: DriveState): GoogleAppsScript.Document.DocumentApp {
  return ctx.wrap(new FakeDocumentApp(ctx, new DriveStore(ctx, state)), 'DocumentApp');
}

/** The live text of a Doc (for tests and the playground), or null when `id` is not a Doc. */
export function docText(state: DriveState, id: string): string | null {
  return state.docs.get(id)?.live.join('\n') ?? null;
}
