/**
 * The fake Zoom's endpoints (after authentication): meetings (create, list, get, update, delete),
 * their cloud recordings, and users. Bodies are checked by validate.ts.
 */
import type { FakeHttpRequest, FakeHttpResponse } from '../standin/http-types';
import { zoomError, zoomJson, type FakeZoomOperation } from './faults';
import { createView, getView, listItem, newMeeting, patchMeeting, zoomTime, type FakeMeeting } from './meetings';
import { generatePasscode, type PasscodeRule } from './passcodes';
import { recordingsView } from './recordings';
import type { FakeZoomState } from './server';
import { resolveUser, userMissing, userRoute, type AccountUsers } from './users';
import { isResponse, readMeetingBody, type Body } from './validate';

interface RouteDeps {
  state: FakeZoomState;
  now: () => Date;
  users: AccountUsers;
  dailyLimit: number;
  firstMeetingId: string;
  accountId: string;
  passcodeRule: PasscodeRule;
  /** The account's "Require a passcode when scheduling new meetings" setting. */
  requirePasscode: boolean;
  /** Users whose meeting hosting and scheduling capabilities are off (Zoom answers 3161). */
  hostingDisabled: string[];
}

const MAX_PAGE_SIZE = 300;

function pathParts(url: string): string[] {
  return new URL(url).pathname.split('/').slice(2).map(decodeURIComponent);
}

type Ctx = RouteDeps & { seq: number };
type Route = (ctx: Ctx, req: FakeHttpRequest) => FakeHttpResponse;

const resolveHost = (ctx: Ctx, userId: string) => resolveUser(ctx.users, userId);

function hostingRefused(ctx: Ctx, host: string): FakeHttpResponse | null {
  if (!ctx.hostingDisabled.some((u) => u.toLowerCase() === host)) return null;
  return zoomError(400, 3161, 'Meeting hosting and scheduling capabilities are not allowed for your user account.');
}

const dayKey = (ctx: Ctx, host: string) => `${host} ${ctx.now().toISOString().slice(0, 10)}`;
const writesToday = (ctx: Ctx, host: string) => ctx.state.dailyWrites.get(dayKey(ctx, host)) ?? 0;
const countWrite = (ctx: Ctx, host: string) => ctx.state.dailyWrites.set(dayKey(ctx, host), writesToday(ctx, host) + 1);

function limitHeaders(ctx: Ctx, host: string): Record<string, string> {
  return {
    'X-RateLimit-Category': 'Medium',
    'X-RateLimit-Limit': String(ctx.dailyLimit),
    'X-RateLimit-Remaining': String(Math.max(0, ctx.dailyLimit - writesToday(ctx, host))),
  };
}

function overDailyLimit(ctx: Ctx, host: string): FakeHttpResponse | null {
  if (writesToday(ctx, host) < ctx.dailyLimit) return null;
  const reset = new Date(ctx.now().getTime());
  reset.setUTCHours(24, 0, 0, 0);
  return zoomError(
    429,
    429,
    `You have exceeded the daily rate limit (${ctx.dailyLimit}) of Create/Update meeting API requests permitted for this particular user. You may resume these user-specific API requests at GMT 00:00:00.`,
    {},
    { ...limitHeaders(ctx, host), 'X-RateLimit-Type': 'Daily-limit', 'Retry-After': zoomTime(reset) },
  );
}

/** The passcode of a new meeting: the body's, or one Zoom generates (asked for, or required by the account). */
function passcodeFor(ctx: Ctx, body: Body, id: string): string {
  if (body.password !== undefined) return String(body.password);
  return body.default_password === true || ctx.requirePasscode ? generatePasscode(ctx.passcodeRule, id) : '';
}

const createRoute: Route = (ctx, req) => {
  const userId = pathParts(req.url)[1];
  const host = resolveHost(ctx, userId);
  if (!host) return userMissing(userId);
  const body = readMeetingBody(req, 'createBody', ctx.passcodeRule);
  if (isResponse(body)) return body;
  const refused = hostingRefused(ctx, host) ?? overDailyLimit(ctx, host);
  if (refused) return refused;
  const id = (BigInt(ctx.firstMeetingId) + BigInt(ctx.seq) * BigInt(7919)).toString();
  ctx.seq += 1;
  const meeting = newMeeting(id, host, body, ctx.now(), ctx.seq, passcodeFor(ctx, body, id));
  ctx.state.meetings.set(id, meeting);
  countWrite(ctx, host);
  return zoomJson(201, createView(meeting), limitHeaders(ctx, host));
};

const listRoute: Route = (ctx, req) => {
  const userId = pathParts(req.url)[1];
  const host = resolveHost(ctx, userId);
  if (!host) return userMissing(userId);
  const query = new URL(req.url).searchParams;
  const pageSize = Math.min(MAX_PAGE_SIZE, Number(query.get('page_size') ?? 30) || 30);
  const offset = Number(query.get('next_page_token') || 0) || 0;
  const upcoming = (query.get('type') ?? 'scheduled').startsWith('upcoming');
  const nowMs = ctx.now().getTime();
  const mine = [...ctx.state.meetings.values()]
    .filter((m) => m.host_email === host && (!upcoming || Date.parse(m.start_time) + m.duration * 60000 > nowMs))
    .sort((a, b) => a.start_time.localeCompare(b.start_time));
  const next = offset + pageSize < mine.length ? String(offset + pageSize) : '';
  const meetings = mine.slice(offset, offset + pageSize).map(listItem);
  return zoomJson(200, { page_size: pageSize, total_records: mine.length, next_page_token: next, meetings });
};

function withMeeting(ctx: Ctx, req: FakeHttpRequest, then: (m: FakeMeeting) => FakeHttpResponse): FakeHttpResponse {
  const id = pathParts(req.url)[1];
  const meeting = ctx.state.meetings.get(id);
  return meeting ? then(meeting) : zoomError(404, 3001, `Meeting ${id} is not found or has expired.`);
}

const updateRoute: Route = (ctx, req) =>
  withMeeting(ctx, req, (m) => {
    const body = readMeetingBody(req, 'updateBody', ctx.passcodeRule, m.timezone);
    if (isResponse(body)) return body;
    const refused = hostingRefused(ctx, m.host_email) ?? overDailyLimit(ctx, m.host_email);
    if (refused) return refused;
    ctx.state.meetings.set(m.id, patchMeeting(m, body));
    countWrite(ctx, m.host_email);
    return { status: 204, headers: limitHeaders(ctx, m.host_email), body: '' };
  });

const recordingsRoute: Route = (ctx, req) => {
  const id = pathParts(req.url)[1];
  const meeting = ctx.state.meetings.get(id);
  const files = ctx.state.recordings.get(id);
  if (!meeting || !files || files.length === 0) return zoomError(404, 3301, 'There is no recording for this meeting.');
  const passcodes = {
    password: generatePasscode({ length: 8, have_special_character: true }, `rec-${id}`),
    playPasscode: Buffer.from(`play-${id}`).toString('base64url').padEnd(32, 'x').slice(0, 32),
  };
  return zoomJson(200, recordingsView(meeting, files, passcodes));
};

const ROUTES: Record<Exclude<FakeZoomOperation, 'token'>, Route> = {
  create: createRoute,
  list: listRoute,
  update: updateRoute,
  recordings: recordingsRoute,
  user: (ctx, req) => userRoute(ctx.users, pathParts(req.url)[1], ctx.accountId),
  get: (ctx, req) => withMeeting(ctx, req, (m) => zoomJson(200, getView(m))),
  delete: (ctx, req) =>
    withMeeting(ctx, req, (m) => {
      ctx.state.meetings.delete(m.id);
      return { status: 204, headers: {}, body: '' };
    }),
};

/** The meeting routes, sharing `deps.state` with the server. */
export function createMeetingRoutes(deps: RouteDeps) {
  const ctx: Ctx = { ...deps, seq: 0 };
  return {
    handle: (op: Exclude<FakeZoomOperation, 'token'>, req: FakeHttpRequest): FakeHttpResponse => ROUTES[op](ctx, req),
  };
}
