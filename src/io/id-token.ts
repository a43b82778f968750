/**
 * Google's verdict on an identity token, from its token-info endpoint (Google checks the
 * signature and expiry). A verified token's claims are cached by the token's hash until it
 * expires (an ID token cannot be revoked before then), so later clicks cost no round trip.
 * @see https://developers.google.com/identity/sign-in/web/backend-auth#calling-the-tokeninfo-endpoint
 */
import type { IdentityTokens, TokenClaims } from '../app/identity';
import { sha256Hex } from './digest';

const TOKENINFO_URL = 'https://oauth2.googleapis.com/tokeninfo?id_token=';
const CACHE_PREFIX = 'vicon:idtoken:';
const MAX_CACHE_SECONDS = 3600;

function claimsOf(body: Record<string, unknown>): TokenClaims {
  return {
    issuer: String(body.iss ?? ''),
    audience: String(body.aud ?? ''),
    email: String(body.email ?? ''),
    emailVerified: String(body.email_verified) === 'true',
    expiresAt: Number(body.exp ?? 0),
  };
}

/** IdentityTokens through tokeninfo, cached in the script cache; `nowMs` is the clock. */
export function googleTokenInfo(nowMs: () => number): IdentityTokens {
  return {
    inspect(token) {
      const cache = CacheService.getScriptCache();
      const key = CACHE_PREFIX + sha256Hex(token);
      const hit = cache.get(key);
      if (hit) return JSON.parse(hit) as TokenClaims;
      const res = UrlFetchApp.fetch(TOKENINFO_URL + encodeURIComponent(token), { muteHttpExceptions: true });
      if (res.getResponseCode() !== 200) return null;
      const claims = claimsOf(JSON.parse(res.getContentText()) as Record<string, unknown>);
      const seconds = Math.min(MAX_CACHE_SECONDS, Math.floor(claims.expiresAt - nowMs() / 1000));
      if (seconds > 0) cache.put(key, JSON.stringify(claims), seconds);
      return claims;
    },
  };
}
