/**
 * Server-to-Server OAuth of the fake Zoom: the token endpoint (https://zoom.us/oauth/token,
 * grant_type=account_credentials) and the bearer check of every API call — unknown or expired
 * tokens (401, code 124) and tokens without the endpoint's scopes (400, code 4711).
 * @see https://developers.zoom.us/docs/internal-apps/s2s-oauth/
 */
import type { FakeHttpRequest, FakeHttpResponse } from '../standin/http-types';
import { zoomError, zoomJson } from './faults';
import { scopeRefusal, type ApiOperation } from './scopes';

/** Zoom's access-token lifetime for Server-to-Server apps (one hour). */
export const TOKEN_TTL_S = 3599;

export interface AuthCtx {
  now: () => Date;
  creds: { accountId: string; clientId: string; clientSecret: string };
  /** The scopes the app holds now; a token keeps those it was issued with. */
  scopes: string[];
  tokens: Map<string, { expiresAt: number; scopes: string[] }>;
  /** Where the count of issued tokens is kept (the server's state). */
  state: { tokensIssued: number };
}

function headerOf(req: FakeHttpRequest, name: string): string {
  const key = Object.keys(req.headers).find((k) => k.toLowerCase() === name);
  return key ? req.headers[key] : '';
}

function refusal(ctx: AuthCtx, req: FakeHttpRequest): FakeHttpResponse | null {
  const query = new URL(req.url).searchParams;
  if (req.method !== 'post') return zoomJson(405, { reason: 'Method Not Allowed', error: 'invalid_request' });
  if (query.get('grant_type') !== 'account_credentials')
    return zoomJson(400, { reason: 'unsupported grant type', error: 'unsupported_grant_type' });
  const basic = /^Basic\s+(.+)$/i.exec(headerOf(req, 'authorization'));
  const [id, secret] = basic ? Buffer.from(basic[1], 'base64').toString('utf8').split(':') : [];
  if (id !== ctx.creds.clientId || secret !== ctx.creds.clientSecret)
    return zoomJson(401, { reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
  if (query.get('account_id') !== ctx.creds.accountId)
    return zoomJson(400, { reason: 'Invalid request : Bad Request : account_id is invalid', error: 'invalid_request' });
  return null;
}

/** POST /oauth/token: a bearer token whose `scope` lists the app's scopes, space-separated. */
export function issueToken(ctx: AuthCtx, req: FakeHttpRequest): FakeHttpResponse {
  const refused = refusal(ctx, req);
  if (refused) return refused;
  ctx.state.tokensIssued += 1;
  const token = `eyJzdiI6IjAwMDAwMSIsImFsZyI6IkhTNTEyIn0.fake-access-token-${ctx.state.tokensIssued}`;
  ctx.tokens.set(token, { expiresAt: ctx.now().getTime() + TOKEN_TTL_S * 1000, scopes: [...ctx.scopes] });
  return zoomJson(200, {
    access_token: token,
    token_type: 'bearer',
    expires_in: TOKEN_TTL_S,
    scope: ctx.scopes.join(' '),
    api_url: 'https://api.zoom.us',
  });
}

/** null when the call's bearer token is valid and holds the scopes `op` needs; else Zoom's refusal. */
export function authFailure(ctx: AuthCtx, req: FakeHttpRequest, op: ApiOperation): FakeHttpResponse | null {
  const bearer = /^Bearer\s+(.+)$/i.exec(headerOf(req, 'authorization'));
  const token = bearer ? ctx.tokens.get(bearer[1]) : undefined;
  if (token === undefined) return zoomError(401, 124, 'Invalid access token.');
  if (token.expiresAt <= ctx.now().getTime()) return zoomError(401, 124, 'Access token is expired.');
  return scopeRefusal(op, token.scopes);
}
