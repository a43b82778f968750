/**
 * Google identities in the stand-in: OpenID Connect ID tokens (ScriptApp.getIdentityToken)
 * signed with a stand-in RS256 key that plays Google's, the token-info endpoint that
 * verifies them (https://oauth2.googleapis.com/tokeninfo), Google's published keys, and
 * the OAuth access tokens ScriptApp.getOAuthToken hands out (Bearer tokens a web app
 * accepts). Sources: https://developers.google.com/identity/sign-in/web/backend-auth
 * and https://developers.google.com/apps-script/reference/script/script-app#getIdentityToken()
 */
import { type KeyObject, createHash, createSign, createVerify, generateKeyPairSync } from 'crypto';
import type { Ctx } from './context';
import type { FakeHttpHandler, FakeHttpRequest, FakeHttpResponse } from './http-types';
import { digestIn } from './ids';
import { type Project, grantedScopes } from './projects';

export const ISSUER = 'https://accounts.google.com';
export const USERINFO_EMAIL = 'https://www.googleapis.com/auth/userinfo.email';
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

export interface IdClaims {
  iss: string;
  azp: string;
  aud: string;
  sub: string;
  hd?: string;
  email?: string;
  email_verified?: boolean;
  iat: number;
  exp: number;
}

export interface MintOptions {
  email: string;
  /** The OAuth client id the token is for (aud and azp). */
  audience: string;
  /** Default: the workspace clock's now. */
  issuedAt?: Date;
  /** Default 3600, like Google's. */
  lifetimeSeconds?: number;
  /** Include email/email_verified (the userinfo.email scope); default true. */
  withEmail?: boolean;
  emailVerified?: boolean;
}

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

const keys: { google?: SigningKey; forger?: SigningKey } = {};

function makeKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { kid: createHash('sha1').update(der).digest('hex'), privateKey, publicKey };
}

/** The key that plays Google's signing key (made once per process). */
function googleKey(): SigningKey {
  keys.google ??= makeKey();
  return keys.google;
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function sign(claims: IdClaims, key: SigningKey, kid: string): string {
  const input = `${b64({ alg: 'RS256', kid, typ: 'JWT' })}.${b64(claims)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(key.privateKey).toString('base64url')}`;
}

/** Google's stable numeric account id for `email` (the `sub` claim). */
export function subjectOf(email: string): string {
  return `1${digestIn(`sub:${email.toLowerCase()}`, 20, '0123456789')}`;
}

function claimsFor(o: MintOptions, now: Date): IdClaims {
  const iat = Math.floor((o.issuedAt ?? now).getTime() / 1000);
  const claims: IdClaims = { iss: ISSUER, azp: o.audience, aud: o.audience, sub: subjectOf(o.email), iat, exp: 0 };
  const domain = o.email.split('@')[1]?.toLowerCase() ?? '';
  if (o.withEmail !== false) {
    if (domain && !CONSUMER_DOMAINS.has(domain)) claims.hd = domain;
    claims.email = o.email;
    claims.email_verified = o.emailVerified ?? true;
  }
  return { ...claims, exp: iat + (o.lifetimeSeconds ?? 3600) };
}

/** An ID token for `o.email` signed with Google's (stand-in) key. */
export function mintIdToken(o: MintOptions, now: Date): string {
  return sign(claimsFor(o, now), googleKey(), googleKey().kid);
}

/** The same token signed with a key Google never published (but naming Google's key id). */
export function forgeIdToken(o: MintOptions, now: Date): string {
  keys.forger ??= makeKey();
  return sign(claimsFor(o, now), keys.forger, googleKey().kid);
}

/** Header and claims of a JWT, unverified; null when it is not one. */
export function decodeJwt(token: string): { header: Record<string, unknown>; claims: IdClaims } | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const [header, claims] = parts.slice(0, 2).map((p) => JSON.parse(Buffer.from(p, 'base64url').toString('utf8')));
    return header && claims && typeof header === 'object' && typeof claims === 'object' ? { header, claims } : null;
  } catch (e) {
    if (e instanceof SyntaxError) return null;
    throw e;
  }
}

/** The claims when `token` is signed by Google's key, RS256, issued by Google and not expired at `now`. */
export function verifyIdToken(token: string, now: Date): IdClaims | null {
  const decoded = decodeJwt(token);
  if (!decoded || decoded.header.alg !== 'RS256' || decoded.header.kid !== googleKey().kid) return null;
  const [header, payload, signature] = token.split('.');
  const ok = createVerify('RSA-SHA256')
    .update(`${header}.${payload}`)
    .verify(googleKey().publicKey, Buffer.from(signature, 'base64url'));
  const { claims } = decoded;
  if (!ok || claims.iss !== ISSUER || !(claims.exp * 1000 > now.getTime())) return null;
  return claims;
}

const json = (status: number, body: unknown): FakeHttpResponse => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=UTF-8' },
  body: JSON.stringify(body, null, 2),
});

function paramOf(req: FakeHttpRequest, name: string): string | null {
  const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
  const params = new URLSearchParams(req.method === 'post' ? `${query}&${req.payload}` : query);
  return params.get(name);
}

/** Google's token-info endpoint for ID tokens: every claim as a string, or 400 invalid_token. */
export function tokeninfoHandler(ctx: Ctx): FakeHttpHandler {
  return (req) => {
    const token = paramOf(req, 'id_token');
    const claims = token ? verifyIdToken(token, ctx.clock.now()) : null;
    if (!token || !claims) return json(400, { error: 'invalid_token', error_description: 'Invalid Value' });
    const strings = Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, String(v)]));
    return json(200, { ...strings, alg: 'RS256', kid: googleKey().kid, typ: 'JWT' });
  };
}

/** Google's published signing keys (JWK set), for code that verifies ID tokens itself. */
export function certsHandler(): FakeHttpHandler {
  return () => {
    const jwk = googleKey().publicKey.export({ format: 'jwk' });
    return json(200, { keys: [{ ...jwk, alg: 'RS256', use: 'sig', kid: googleKey().kid }] });
  };
}

interface AccessToken {
  email: string;
  scopes: string[];
}

const accessTokens = new WeakMap<Ctx, Map<string, AccessToken>>();

/** Remember ScriptApp.getOAuthToken()'s `token` as standing for `email` with the scopes `email` granted `project` (all when no manifest). */
export function rememberAccessToken(ctx: Ctx, token: string, project: Project, email: string): void {
  if (!accessTokens.has(ctx)) accessTokens.set(ctx, new Map());
  accessTokens.get(ctx)!.set(token, { email, scopes: grantedScopes(project, email) ?? ['*'] });
}

/** The caller a request's `Authorization: Bearer …` (or `access_token=`) names: null when none, 'invalid' when unknown. */
export function bearerOf(ctx: Ctx, req: FakeHttpRequest): AccessToken | 'invalid' | null {
  const header = Object.entries(req.headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
  const token = header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : paramOf(req, 'access_token');
  if (!token) return header ? 'invalid' : null;
  return accessTokens.get(ctx)?.get(token) ?? 'invalid';
}
