/** The `Utilities` global: dates, UUIDs, base64, digests, HMAC, blobs, sleep. */
import { createHash, createHmac, randomUUID } from 'crypto';
import { fromSigned, makeBlob, toSigned } from './blob';
import type { Ctx } from './context';
import { formatJavaDate } from './format-date';
import { isValidTimeZone } from './tz';

type U = GoogleAppsScript.Utilities.Utilities;

const DIGESTS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};
const MACS: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};
const enumOf = (o: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.keys(o).map((k) => [k, k]));

function bytesOf(value: string | ArrayLike<number>, charset?: unknown): Buffer {
  if (typeof value === 'string') return Buffer.from(value, String(charset) === 'US_ASCII' ? 'latin1' : 'utf8');
  return fromSigned(value);
}

class FakeUtilities implements Pick<
  U,
  | 'formatDate'
  | 'getUuid'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'newBlob'
  | 'computeDigest'
  | 'computeHmacSha256Signature'
  | 'computeHmacSignature'
  | 'sleep'
> {
  DigestAlgorithm = enumOf(DIGESTS);
  MacAlgorithm = enumOf(MACS);
  Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' };
  constructor(private readonly ctx: Ctx) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatJavaDate(date, isValidTimeZone(timeZone) ? timeZone : 'GMT', format);
  }
  getUuid(): string {
    return randomUUID();
  }
  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return bytesOf(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    return this.decode(encoded, false);
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return this.decode(encoded, true);
  }

  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    return makeBlob(this.ctx, bytesOf(data), contentType ?? null, name ?? null);
  }

  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    const alg = DIGESTS[String(algorithm)];
    if (!alg) throw this.ctx.fail('Invalid argument: algorithm');
    return toSigned(createHash(alg).update(bytesOf(value, charset)).digest());
  }
  computeHmacSha256Signature(
    value: string | number[],
    key: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    return toSigned(createHmac('sha256', bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }
  computeHmacSignature(
    algorithm: GoogleAppsScript.Utilities.MacAlgorithm,
    value: string | number[],
    key: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    const alg = MACS[String(algorithm)];
    if (!alg) throw this.ctx.fail('Invalid argument: algorithm');
    return toSigned(createHmac(alg, bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }

  /** No real wait: the workspace clock moves forward instead. */
  sleep(milliseconds: number): void {
    if (!(milliseconds >= 0) || milliseconds > 300000) throw this.ctx.fail('Invalid argument: milliseconds');
    this.ctx.clock.advance(milliseconds);
  }

  private decode(encoded: string, webSafe: boolean): number[] {
    const text = webSafe ? encoded.replace(/-/g, '+').replace(/_/g, '/') : encoded;
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text.replace(/\s/g, ''))) throw this.ctx.fail('Could not decode string.');
    return toSigned(Buffer.from(text, 'base64'));
  }
}

/** The `Utilities` global. */
export function createUtilities(ctx: Ctx): U {
  return ctx.wrap(new FakeUtilities(ctx), 'Utilities');
}
