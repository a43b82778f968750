/**
 * The fake Zoom's meeting endpoints (after authentication): create, list, get, update,
 * delete, recordings. Bodies are validated against the OpenAPI request schemas.
 */
import type { FakeHttpRequest, FakeHttpResponse } from '../standin/http-types';
import { zoomError, zoomJson, type FakeZoomOperation } from './faults';
import { createView, getView, hostIdFor, listItem, newMeeting, patchMeeting, recordingsView, startTimeToUtc, zoomTime, type FakeMeeting } from './meetings';
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
  if (!body || typeof body !== 'object' || Array.isArray(body)) return zoomError(400, 300, 'Request Body should be a valid JSON object.');
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

const isResponse = (x: Body | FakeHttpResponse): x is FakeHttpResponse => typeof x.status === 'number' && typeof x.body === 'string';

/** The meeting routes, sharing `deps.state` with the server. */
export function createMeetingRoutes(deps: RouteDeps) {
  const { state, now } = deps;
  let seq = 0;

  const resolveHost = (userId: string): string | null => {
    if (!deps.users) return userId.includes('@') ? userId.toLowerCase() : null;
    if (userId === 'me') return deps.users[0] ?? null;
    return deps.users.find((u) => u.toLowerCase() === userId.toLowerCase() || hostIdFor(u) === userId)?.toLowerCase() ?? null;
  };
  const dayKey = (host: string) => `${host} ${now().toISOString().slice(0, 10)}`;
  const limitHeaders = (host: string) => ({
    'X-RateLimit-Category': 'Medium', 'X-RateLimit-Limit': String(deps.dailyLimit),
    'X-RateLimit-Remaining': String(Math.max(0, deps.dailyLimit - (state.dailyWrites.get(dayKey(host)) ?? 0))),
  });
  const overDailyLimit = (host: string): FakeHttpResponse | null => {
    if ((state.dailyWrites.get(dayKey(host)) ?? 0) < deps.dailyLimit) return null;
    const reset = new Date(now().getTime());
    reset.setUTCHours(24, 0, 0, 0);
    return zoomError(429, 429,
      `You have exceeded the daily rate limit (${deps.dailyLimit}) of Create/Update meeting API requests permitted for this particular user. You may resume these user-specific API requests at GMT 00:00:00.`,
      {}, { ...limitHeaders(host), 'X-RateLimit-Type': 'Daily-limit', 'Retry-After': zoomTime(reset) });
  };
  const countWrite = (host: string) => state.dailyWrites.set(dayKey(host), (state.dailyWrites.get(dayKey(host)) ?? 0) + 1);
  const userMissing = (userId: string) => zoomError(404, 1001, `User does not exist: ${userId}.`);
  const meetingMissing = (id: string) => zoomError(404, 3001, `Meeting does not exist: ${id}.`);

  const create = (req: FakeHttpRequest): FakeHttpResponse => {
    const userId = pathParts(req.url)[1];
    const host = resolveHost(userId);
    if (!host) return userMissing(userId);
    const body = readBody(req, 'createBody');
    if (isResponse(body)) return body;
    const limited = overDailyLimit(host);
    if (limited) return limited;
    const id = (BigInt(deps.firstMeetingId) + BigInt(seq) * BigInt(7919)).toString();
    seq += 1;
    const meeting = newMeeting(id, host, body, now(), seq);
    state.meetings.set(id, meeting);
    countWrite(host);
    return zoomJson(201, createView(meeting), limitHeaders(host));
  };

  const list = (req: FakeHttpRequest): FakeHttpResponse => {
    const userId = pathParts(req.url)[1];
    const host = resolveHost(userId);
    if (!host) return userMissing(userId);
    const query = new URL(req.url).searchParams;
    const pageSize = Math.min(MAX_PAGE_SIZE, Number(query.get('page_size') ?? 30) || 30);
    const offset = Number(query.get('next_page_token') || 0) || 0;
    const upcoming = (query.get('type') ?? 'scheduled').startsWith('upcoming');
    const mine = [...state.meetings.values()]
      .filter((m) => m.host_email === host && (!upcoming || Date.parse(m.start_time) + m.duration * 60000 > now().getTime()))
      .sort((a, b) => a.start_time.localeCompare(b.start_time));
    const page = mine.slice(offset, offset + pageSize);
    const next = offset + pageSize < mine.length ? String(offset + pageSize) : '';
    return zoomJson(200, { page_size: pageSize, total_records: mine.length, next_page_token: next, meetings: page.map(listItem) });
  };

  const withMeeting = (req: FakeHttpRequest, then: (m: FakeMeeting) => FakeHttpResponse): FakeHttpResponse => {
    const id = pathParts(req.url)[1];
    const meeting = state.meetings.get(id);
    return meeting ? then(meeting) : meetingMissing(id);
  };

  const update = (req: FakeHttpRequest) => withMeeting(req, (m) => {
    const body = readBody(req, 'updateBody', m.timezone);
    if (isResponse(body)) return body;
    const limited = overDailyLimit(m.host_email);
    if (limited) return limited;
    state.meetings.set(m.id, patchMeeting(m, body));
    countWrite(m.host_email);
    return { status: 204, headers: limitHeaders(m.host_email), body: '' };
  });

  const recordings = (req: FakeHttpRequest): FakeHttpResponse => {
    const id = pathParts(req.url)[1];
    const meeting = state.meetings.get(id);
    const files = state.recordings.get(id);
    if (!meeting || !files || files.length === 0) return zoomError(404, 3301, 'There is no recording for this meeting.');
    return zoomJson(200, recordingsView(meeting, files));
  };

  const handlers: Record<Exclude<FakeZoomOperation, 'token'>, (req: FakeHttpRequest) => FakeHttpResponse> = {
    create, list, update, recordings,
    get: (req) => withMeeting(req, (m) => zoomJson(200, getView(m))),
    delete: (req) => withMeeting(req, (m) => {
      state.meetings.delete(m.id);
      return { status: 204, headers: {}, body: '' };
    }),
  };
  return {
    handle: (op: Exclude<FakeZoomOperation, 'token'>, req: FakeHttpRequest): FakeHttpResponse => handlers[op](req),
  };
}
