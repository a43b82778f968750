/**
 * A fake Zoom: Server-to-Server OAuth token endpoint (https://zoom.us/oauth/token) and the
 * endpoints of https://api.zoom.us/v2 this project uses, with Zoom's error shapes, scopes,
 * the per-host daily create/update limit (reset 00:00 UTC), request-body validation against
 * the OpenAPI spec plus Zoom's time-zone list and passcode rules, injectable faults, and a
 * check of its own answers against the spec. The rules and their sources: README.md here.
 */
import type { FakeHttpHandler, FakeHttpRequest, FakeHttpResponse } from '../standin/http-types';
import { authFailure, issueToken, type AuthCtx } from './auth';
import { createFaultQueue, faultResponse, zoomError, type FailSpec, type FakeZoomOperation } from './faults';
import type { FakeMeeting } from './meetings';
import { recordingFile, type FakeRecordingFile } from './recordings';
import type { PasscodeRule } from './passcodes';
import { createMeetingRoutes } from './routes';
import { ALL_GRANULAR_ADMIN_SCOPES } from './scopes';
import { checkedResponse } from './self-check';

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
  /** The app's scopes (default: the granular account-level scopes of every endpoint served). */
  scopes?: string[];
  /** The account's passcode requirement (default: none beyond Zoom's 10 characters). */
  passcodeRule?: PasscodeRule;
  /** "Require a passcode when scheduling new meetings" (default true, as Zoom sets it for paid accounts). */
  requirePasscode?: boolean;
  /** Users whose meeting hosting and scheduling capabilities are disabled (Zoom answers 3161). */
  hostingDisabled?: string[];
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
  /** Changes the app's scopes (as an admin does in the Marketplace); tokens issued before keep theirs. */
  setScopes(scopes: string[]): void;
  /** Creates + updates so far today (UTC) for a host. */
  dailyWriteCount(hostEmail: string): number;
}

export const FAKE_ZOOM_CREDENTIALS = {
  accountId: 'fake-account-id',
  clientId: 'fake-client-id',
  clientSecret: 'fake-client-secret',
};
const TOKEN_URL = 'https://zoom.us/oauth/token';
const API_BASE = 'https://api.zoom.us/v2';

function classify(req: FakeHttpRequest): FakeZoomOperation | 'unknown' {
  if (req.url.startsWith(TOKEN_URL)) return 'token';
  const path = req.url.startsWith(API_BASE) ? req.url.slice(API_BASE.length).split('?')[0] : '';
  const by = (ops: Record<string, FakeZoomOperation>) => ops[req.method] ?? 'unknown';
  if (/^\/users\/[^/]+\/meetings$/.test(path)) return by({ post: 'create', get: 'list' });
  if (/^\/users\/[^/]+$/.test(path)) return by({ get: 'user' });
  if (/^\/meetings\/[^/]+\/recordings$/.test(path)) return by({ get: 'recordings' });
  if (/^\/meetings\/[^/]+$/.test(path)) return by({ get: 'get', patch: 'update', delete: 'delete' });
  return 'unknown';
}

function authContext(opts: FakeZoomOptions, now: () => Date, state: FakeZoomState): AuthCtx {
  return {
    now,
    state,
    tokens: new Map(),
    scopes: [...(opts.scopes ?? ALL_GRANULAR_ADMIN_SCOPES)],
    creds: {
      accountId: opts.accountId ?? FAKE_ZOOM_CREDENTIALS.accountId,
      clientId: opts.clientId ?? FAKE_ZOOM_CREDENTIALS.clientId,
      clientSecret: opts.clientSecret ?? FAKE_ZOOM_CREDENTIALS.clientSecret,
    },
  };
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
  const auth = authContext(opts, now, state);
  const faults = createFaultQueue();
  const routes = createMeetingRoutes({
    state,
    now,
    users: opts.users,
    dailyLimit: opts.dailyLimit ?? 100,
    firstMeetingId: opts.firstMeetingId ?? '85746065432',
    accountId: auth.creds.accountId,
    passcodeRule: opts.passcodeRule ?? {},
    requirePasscode: opts.requirePasscode ?? true,
    hostingDisabled: opts.hostingDisabled ?? [],
  });
  const answer = (op: FakeZoomOperation | 'unknown', req: FakeHttpRequest): FakeHttpResponse => {
    if (op === 'token') return issueToken(auth, req);
    if (op === 'unknown') return zoomError(404, 404, 'The requested resource does not exist.');
    return checkedResponse(op, authFailure(auth, req, op) ?? routes.handle(op, req));
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
    setScopes: (scopes) => {
      auth.scopes = [...scopes];
    },
    dailyWriteCount: (hostEmail) =>
      state.dailyWrites.get(`${hostEmail.toLowerCase()} ${now().toISOString().slice(0, 10)}`) ?? 0,
  };
}
