/** Stable, realistic-looking ids (script ids, deployment ids, OAuth clients, tokens). */
import { createHash } from 'crypto';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A stable pseudo-random string of `length` base64url characters for `seed`. */
export function digest(seed: string, length: number): string {
  return digestIn(seed, length, BASE64URL);
}

/** A stable pseudo-random string of `length` characters from `alphabet` for `seed`. */
export function digestIn(seed: string, length: number, alphabet: string): string {
  let out = '';
  for (let round = 0; out.length < length; round++) {
    for (const b of createHash('sha256').update(`${round}:${seed}`).digest()) out += alphabet[b % alphabet.length];
  }
  return out.slice(0, length);
}
