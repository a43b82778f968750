/**
 * Signed links to the engine's pages (the applicant's status page, officials' pages). A link names
 * a page (`p`), what it is about (`r`: a request number, or whatever the page needs), optionally
 * until when it works (`u`, epoch milliseconds), and a token (`t`): HMAC-SHA256 of those under a
 * secret only the engine holds. Without the secret a token cannot be made, and a token for one
 * request or page opens no other. Pure: the HMAC function and the secret are passed in.
 */

/** HMAC-SHA256 of `message` under `secret`, as bytes (Apps Script's signed bytes are fine). */
export type HmacSha256 = (message: string, secret: string) => number[];

/** What a link grants: one page about one reference, optionally until an instant. */
export interface PageClaim {
  /** The page's name, the router's `p` ('status', …). */
  page: string;
  /** What the page is about (the request number for the status page); no newline. */
  ref: string;
  /** Epoch milliseconds after which the link no longer works; absent = no end. */
  until?: number;
}

/** Signs and checks claims with the engine's secret. */
export interface PageSigner {
  /** The token of `claim`. */
  sign(claim: PageClaim): string;
  /** True when `token` is `claim`'s token and, with `until`, `now` is not past it. */
  verify(claim: PageClaim, token: unknown, now: Date): boolean;
}

/** Hex characters kept of the signature (128 bits). */
const TOKEN_LENGTH = 32;

function message(c: PageClaim): string {
  return ['layanan-vicon-page-v1', c.page, c.ref, c.until === undefined ? '' : String(c.until)].join('\n');
}

function hex(bytes: number[]): string {
  return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}

/** Compares every character (no early exit), so timing tells nothing about how much matched. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** A signer over `secret` (refused when shorter than 32 characters: it must be unguessable). */
export function pageSigner(hmac: HmacSha256, secret: string): PageSigner {
  if (secret.length < 32) throw new Error('Rahasia tautan halaman terlalu pendek.');
  const sign = (claim: PageClaim): string => hex(hmac(message(claim), secret)).slice(0, TOKEN_LENGTH);
  return {
    sign,
    verify: (claim, token, now) => {
      if (typeof token !== 'string' || /\n/.test(claim.page + claim.ref)) return false;
      if (claim.until !== undefined && now.getTime() > claim.until) return false;
      return sameText(sign(claim), token);
    },
  };
}

/** The claim and token a request's parameters carry; null when a part is missing or malformed. */
export function claimOf(params: Record<string, string | undefined>): { claim: PageClaim; token: string } | null {
  const { p, r, t, u } = params;
  if (!p || !r || !t) return null;
  if (u !== undefined && !/^\d{1,15}$/.test(u)) return null;
  return { claim: { page: p, ref: r, ...(u !== undefined ? { until: Number(u) } : {}) }, token: t };
}

/** The query of a signed link ('p=…&r=…[&u=…]&t=…'), to append to the engine's address after '?'. */
export function pageQuery(claim: PageClaim, token: string): string {
  const parts: Array<[string, string]> = [
    ['p', claim.page],
    ['r', claim.ref],
    ...(claim.until !== undefined ? ([['u', String(claim.until)]] as Array<[string, string]>) : []),
    ['t', token],
  ];
  return parts.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/** The full signed link: the engine's web-app address plus the signed query ('' without an address). */
export function pageLink(engineUrl: string, signer: PageSigner, claim: PageClaim): string {
  const base = engineUrl.trim();
  if (!base) return '';
  return `${base}${base.includes('?') ? '&' : '?'}${pageQuery(claim, signer.sign(claim))}`;
}
