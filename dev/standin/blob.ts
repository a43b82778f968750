/** Fake `Blob`, shared by Utilities (and later Drive/Docs/Mail). Bytes are Java-signed in the API. */
import type { Ctx } from './context';
import { asGas } from './gas';

type GBlob = GoogleAppsScript.Base.Blob;

/** Node bytes → Apps Script bytes (-128..127). */
export function toSigned(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

/** Apps Script bytes (signed or not) → Node bytes. */
export function fromSigned(bytes: ArrayLike<number>): Buffer {
  return Buffer.from(Array.from(bytes, (b) => b & 255));
}

export class FakeBlob implements Pick<
  GBlob,
  | 'getBytes'
  | 'getDataAsString'
  | 'getContentType'
  | 'setContentType'
  | 'getName'
  | 'setName'
  | 'setDataFromString'
  | 'setBytes'
  | 'copyBlob'
  | 'getAs'
  | 'getBlob'
  | 'isGoogleType'
> {
  constructor(
    private readonly ctx: Ctx,
    public data: Buffer,
    public contentType: string | null,
    public name: string | null,
  ) {}

  getBytes(): number[] {
    return toSigned(this.data);
  }
  getDataAsString(charset?: string): string {
    return this.data.toString(charset && /ascii/i.test(charset) ? 'latin1' : 'utf8');
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): GBlob {
    this.contentType = contentType;
    return asGas(this);
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): GBlob {
    this.name = name;
    return asGas(this);
  }
  setDataFromString(string: string): GBlob {
    this.data = Buffer.from(string, 'utf8');
    return asGas(this);
  }
  setBytes(data: number[]): GBlob {
    this.data = fromSigned(data);
    return asGas(this);
  }
  copyBlob(): GBlob {
    return makeBlob(this.ctx, Buffer.from(this.data), this.contentType, this.name);
  }
  getAs(contentType: string): GBlob {
    const ext: Record<string, string> = { 'application/pdf': 'pdf', 'text/plain': 'txt', 'text/html': 'html' };
    const base = this.name ? this.name.replace(/\.[^.]*$/, '') : null;
    return makeBlob(
      this.ctx,
      Buffer.from(this.data),
      contentType,
      base && ext[contentType] ? `${base}.${ext[contentType]}` : this.name,
    );
  }
  getBlob(): GBlob {
    return asGas(this);
  }
  isGoogleType(): boolean {
    return false;
  }
}

/** A wrapped Blob over `data`. */
export function makeBlob(ctx: Ctx, data: Buffer, contentType: string | null = null, name: string | null = null): GBlob {
  return ctx.wrap(new FakeBlob(ctx, data, contentType, name), 'Blob');
}
