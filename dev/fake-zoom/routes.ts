/**
 * The fake Zoom's meeting endpoints (after authentication): create, list, get, update,
 * delete, recordings. Bodies are validated against the OpenAPI request schemas.
 */
import type { FakeHttpRequest, FakeHttpResponse } from '../standin/http-types';
import { zoomError, zoomJson, type FakeZoomOperation } from './faults';
import {
  createView,
  getView,
  hostIdFor,
  listItem,
  newMeeting,
  patchMeeting,
  recordingsView,
  startTimeToUtc,
  zoomTime,
  type FakeMeeting,
} from './meetings';
import type { FakeZoomState } from './server';
import { toZoomFieldErrors, zoomValidator, type ZoomSchemaName } from './spec';

interface RouteDeps {
  state: FakeZoomState;
  now: () => Date;
  users: string[] | undefined;
  dailyLimit: number;
  firstMeetingId: string;
}

type Body = Record<string, any>;
const MAX_PAGE_SIZE = 300;

function pathParts(url: string): string[] {
  return new URL(url).pathname.split('/').slice(2).map(decodeURIComponent);
}

function readBody(req: FakeHttpRequest, schema: ZoomSchemaName, zone?: string): Body | FakeHttpResponse {
  let body: unknown;
  try {
    body = JSON.parse(req.payload);
  } catch {
    body = null;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return zoomError(400, 300, 'Request Body should be a valid JSON object.');
  const validate = zoomValidator(schema);
  if (!validate(body)) return zoomError(400, 300, 'Validation Failed.', { errors: toZoomFieldErrors(validate.errors) });
  const b = body as Body;
  const zoneName = String(b.timezone ?? zone ?? 'UTC');
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zoneName });
  } catch {
    return zoomError(400, 300, 'Validation Failed.', { errors: [{ field: 'timezone', message: 'Invalid field.' }] });
  }
  try {
    if (b.start_time !== undefined) startTimeToUtc(String(b.start_time), zoneName);
  } catch {
    return zoomError(400, 300, 'Validation Failed.', { errors: [{ field: 'start_time', message: 'Invalid field.' }] });
  }
  return b;
}

const isResponse = (x: Body | FakeHttpResponse): x is FakeHttpResponse =>
  typeof x.status === 'number' && typeof x.body === 'string';

type Ctx = RouteDeps & { seq: number };
type Route = (ctx: Ctx, req: FakeHttpRequest) => FakeHttpResponse;

function resolveHost(ctx: Ctx, userId: string): string | null {
  if (!ctx.users) return userId.includes('@') ? userId.toLowerCase() : null;
  if (userId === 'me') return ctx.users[0]?.toLowerCase() ?? null;
  return (
    ctx.users.find((u) => u.toLowerCase() === userId.toLowerCase() || hostIdFor(u) === userId)?.toLowerCase() ?? null
  );
}

const dayKey = (ctx: Ctx, host: string) => `${host} ${ctx.now().toISOString().slice(0, 10)}`;
const writesToday = (ctx: Ctx, host: string) => ctx.state.dailyWrites.get(dayKey(ctx, host)) ?? 0;
const countWrite = (ctx: Ctx, host: string) => ctx.state.dailyWrites.set(dayKey(ctx, host), writesToday(ctx, host) + 1);
const userMissing = (userId: string) => zoomError(404, 1001, `User does not exist: ${userId}.`);

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

const createRoute: Route = (ctx, req) => {
  const userId = pathParts(req.url)[1];
  const host = resolveHost(ctx, userId);
  if (!host) return userMissing(userId);
  const body = readBody(req, 'createBody');
  if (isResponse(body)) return body;
  const limited = overDailyLimit(ctx, host);
  if (limited) return limited;
  const id = (BigInt(ctx.firstMeetingId) + BigInt(ctx.seq) * BigInt(7919)).toString();
  ctx.seq += 1;
  const meeting = newMeeting(id, host, body, ctx.now(), ctx.seq);
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
  return meeting ? then(meeting) : zoomError(404, 3001, `Meeting does not exist: ${id}.`);
}

const updateRoute: Route = (ctx, req) =>
  withMeeting(ctx, req, (m) => {
    const body = readBody(req, 'updateBody', m.timezone);
    if (isResponse(body)) return body;
    const limited = overDailyLimit(ctx, m.host_email);
    if (limited) return limited;
    ctx.state.meetings.set(m.id, patchMeeting(m, body));
    countWrite(ctx, m.host_email);
    return { status: 204, headers: limitHeaders(ctx, m.host_email), body: '' };
  });

const recordingsRoute: Route = (ctx, req) => {
  const id = pathParts(req.url)[1];
  const meeting = ctx.state.meetings.get(id);
  const files = ctx.state.recordings.get(id);
  if (!meeting || !files || files.length === 0) return zoomError(404, 3301, 'There is no recording for this meeting.');
  return zoomJson(200, recordingsView(meeting, files));
};

const ROUTES: Record<Exclude<FakeZoomOperation, 'token'>, Route> = {
  create: createRoute,
  list: listRoute,
  update: updateRoute,
  recordings: recordingsRoute,
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
