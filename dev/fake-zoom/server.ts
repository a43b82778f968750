/**
 * A fake Zoom: Server-to-Server OAuth token endpoint (https://zoom.us/oauth/token) and the
 * meeting endpoints of https://api.zoom.us/v2 this project uses, with Zoom's error shapes,
 * the per-host daily create/update limit (reset 00:00 UTC), request-body validation
 * against the OpenAPI spec, and injectable faults.
 */
import type { FakeHttpHandler, FakeHttpRequest, FakeHttpResponse } from '../standin/http-types';
import { createFaultQueue, faultResponse, zoomError, zoomJson, type FailSpec, type FakeZoomOperation } from './faults';
import { type FakeMeeting, type FakeRecordingFile, recordingFile } from './meetings';
import { createMeetingRoutes } from './routes';

export type { FailSpec, FakeZoomOperation } from './faults';

export interface FakeZoomOptions {
  now?: () => Date;
  accountId?: string;
  clientId?: string;
  clientSecret?: string;
  /** Host emails known to the account; when omitted, any userId containing '@' exists. */
  users?: string[];
  /** Creates + updates per host per UTC day (default 100). */
  dailyLimit?: number;
  /** The first meeting ID handed out, as digits (default '85746065432'). */
  firstMeetingId?: string;
}

export interface FakeZoomState {
  meetings: Map<string, FakeMeeting>;
  recordings: Map<string, FakeRecordingFile[]>;
  tokensIssued: number;
  /** Creates + updates per `${hostEmail} ${YYYY-MM-DD}` (UTC day). */
  dailyWrites: Map<string, number>;
  /** Every call, in order. */
  calls: Array<{ op: FakeZoomOperation | 'unknown'; method: string; url: string }>;
}

export interface FakeZoom {
  handler: FakeHttpHandler;
  state: FakeZoomState;
  /** Makes the next `times` calls of `spec.on` fail as described. */
  fail(spec: FailSpec): void;
  /** Gives a meeting cloud recording files (default: one MP4). */
  addRecording(meetingId: string, recordingTypes?: string[]): void;
  /** Makes every issued token invalid (as if expired). */
  expireTokens(): void;
  /** Creates + updates so far today (UTC) for a host. */
  dailyWriteCount(hostEmail: string): number;
}

export const FAKE_ZOOM_CREDENTIALS = {
  accountId: 'fake-account-id',
  clientId: 'fake-client-id',
  clientSecret: 'fake-client-secret',
};
const TOKEN_TTL_S = 3599;
const TOKEN_URL = 'https://zoom.us/oauth/token';
const API_BASE = 'https://api.zoom.us/v2';

function classify(req: FakeHttpRequest): FakeZoomOperation | 'unknown' {
  if (req.url.startsWith(TOKEN_URL)) return 'token';
  const path = req.url.startsWith(API_BASE) ? req.url.slice(API_BASE.length).split('?')[0] : '';
  if (/^\/users\/[^/]+\/meetings$/.test(path))
    return req.method === 'post' ? 'create' : req.method === 'get' ? 'list' : 'unknown';
  if (/^\/meetings\/[^/]+\/recordings$/.test(path)) return req.method === 'get' ? 'recordings' : 'unknown';
  if (/^\/meetings\/[^/]+$/.test(path)) {
    return (
      ({ get: 'get', patch: 'update', delete: 'delete' } as Record<string, FakeZoomOperation>)[req.method] ?? 'unknown'
    );
  }
  return 'unknown';
}

function headerOf(req: FakeHttpRequest, name: string): string {
  const key = Object.keys(req.headers).find((k) => k.toLowerCase() === name);
  return key ? req.headers[key] : '';
}

interface AuthCtx {
  state: FakeZoomState;
  now: () => Date;
  creds: typeof FAKE_ZOOM_CREDENTIALS;
  tokens: Map<string, number>;
}

function issueToken(ctx: AuthCtx, req: FakeHttpRequest): FakeHttpResponse {
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
  ctx.state.tokensIssued += 1;
  const token = `eyJzdiI6IjAwMDAwMSIsImFsZyI6IkhTNTEyIn0.fake-access-token-${ctx.state.tokensIssued}`;
  ctx.tokens.set(token, ctx.now().getTime() + TOKEN_TTL_S * 1000);
  return zoomJson(200, {
    access_token: token,
    token_type: 'bearer',
    expires_in: TOKEN_TTL_S,
    scope: 'meeting:read:admin meeting:write:admin recording:read:admin',
    api_url: 'https://api.zoom.us',
  });
}

function authFailure(ctx: AuthCtx, req: FakeHttpRequest): FakeHttpResponse | null {
  const bearer = /^Bearer\s+(.+)$/i.exec(headerOf(req, 'authorization'));
  const expiry = bearer ? ctx.tokens.get(bearer[1]) : undefined;
  if (expiry === undefined) return zoomError(401, 124, 'Invalid access token.');
  return expiry > ctx.now().getTime() ? null : zoomError(401, 124, 'Access token is expired.');
}

/** A fake Zoom server; see FakeZoomOptions for its knobs and FakeZoom for its controls. */
export function createFakeZoom(opts: FakeZoomOptions = {}): FakeZoom {
  const now = opts.now ?? (() => new Date());
  const state: FakeZoomState = {
    meetings: new Map(),
    recordings: new Map(),
    tokensIssued: 0,
    dailyWrites: new Map(),
    calls: [],
  };
  const auth: AuthCtx = {
    state,
    now,
    tokens: new Map(),
    creds: {
      accountId: opts.accountId ?? FAKE_ZOOM_CREDENTIALS.accountId,
      clientId: opts.clientId ?? FAKE_ZOOM_CREDENTIALS.clientId,
      clientSecret: opts.clientSecret ?? FAKE_ZOOM_CREDENTIALS.clientSecret,
    },
  };
  const faults = createFaultQueue();
  const routes = createMeetingRoutes({
    state,
    now,
    users: opts.users,
    dailyLimit: opts.dailyLimit ?? 100,
    firstMeetingId: opts.firstMeetingId ?? '85746065432',
  });
  const answer = (op: FakeZoomOperation | 'unknown', req: FakeHttpRequest): FakeHttpResponse => {
    if (op === 'token') return issueToken(auth, req);
    if (op === 'unknown') return zoomError(404, 404, 'The requested resource does not exist.');
    return authFailure(auth, req) ?? routes.handle(op, req);
  };
  const handler: FakeHttpHandler = (req) => {
    const op = classify(req);
    state.calls.push({ op, method: req.method, url: req.url });
    const fault = op === 'unknown' ? null : faults.take(op);
    if (fault && !fault.afterCommit) return faultResponse(fault, req);
    const res = answer(op, req);
    return fault ? faultResponse(fault, req) : res;
  };
  return {
    handler,
    state,
    fail: (spec) => faults.add(spec),
    addRecording: (meetingId, types = ['shared_screen_with_speaker_view']) => {
      state.recordings.set(
        meetingId,
        types.map((t, n) => recordingFile(meetingId, n, t)),
      );
    },
    expireTokens: () => auth.tokens.clear(),
    dailyWriteCount: (hostEmail) =>
      state.dailyWrites.get(`${hostEmail.toLowerCase()} ${now().toISOString().slice(0, 10)}`) ?? 0,
  };
}
