/**
 * Who is calling the engine: decided only from an identity token Google signed, checked for
 * issuer, audience (the panel's OAuth client), expiry and a verified email. The panel's own
 * claims about who clicked are never read.
 */

/** What Google's token-info endpoint vouches for. */
export interface TokenClaims {
  issuer: string;
  audience: string;
  email: string;
  emailVerified: boolean;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
}

/** Google's verdict on a token: its claims, or null when Google refuses it (bad signature, expired, malformed). */
export interface IdentityTokens {
  inspect(token: string): TokenClaims | null;
}

const ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];
const MAX_TOKEN_CHARS = 4096;
const REFUSED = 'Identitas Google Anda tidak dapat dipastikan. Muat ulang spreadsheet lalu coba lagi.';

/** The verified caller, or an Indonesian refusal. `expectedAudience` null = accept any panel (first Setup only). */
export function verifyCaller(
  tokens: IdentityTokens,
  token: unknown,
  expectedAudience: string | null,
  now: Date,
): { ok: true; email: string; audience: string } | { ok: false; error: string } {
  if (typeof token !== 'string' || token === '' || token.length > MAX_TOKEN_CHARS) return { ok: false, error: REFUSED };
  const claims = tokens.inspect(token);
  if (!claims || !ISSUERS.includes(claims.issuer)) return { ok: false, error: REFUSED };
  if (claims.expiresAt * 1000 <= now.getTime())
    return { ok: false, error: 'Sesi Google Anda sudah kedaluwarsa. Muat ulang spreadsheet lalu coba lagi.' };
  if (expectedAudience !== null && claims.audience !== expectedAudience)
    return { ok: false, error: 'Permintaan ini tidak datang dari panel Layanan Vicon kantor ini; ditolak.' };
  if (!claims.emailVerified || !claims.email)
    return { ok: false, error: 'Email akun Google Anda belum terverifikasi; tindakan ditolak.' };
  return { ok: true, email: claims.email.toLowerCase(), audience: claims.audience };
}
