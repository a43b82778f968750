/**
 * The only module that talks to Zoom (Meeting API v2, Server-to-Server OAuth).
 * Meeting IDs are strings end to end; the host's start_url is never returned.
 * @see https://developers.zoom.us/docs/api/meetings/
 */
import { findByMarker } from '../core/zoom-payload';
import { freshTokenScopes, parseZoomJson, withRetries, zoomCallOnce, ZoomError, type RetryOptions } from './zoom-http';
import { recordingsOf, type ZoomRecordings } from './zoom-recordings';

export { ZOOM_PROPERTY_KEYS, ZoomError } from './zoom-http';

/** A meeting as the app needs it. `passcode` and `hostEmail` are '' in list results when Zoom omits them. */
export interface ZoomMeetingInfo {
  id: string;
  joinUrl: string;
  passcode: string;
  /** UTC instant as Zoom gives it, e.g. '2026-03-10T02:00:00Z'. */
  startTime: string;
  /** Minutes. */
  duration: number;
  topic: string;
  agenda: string;
  hostEmail: string;
}

export interface ZoomClient {
  /**
   * Idempotent: returns the host's upcoming meeting whose agenda's first line is exactly `marker`
   * (core agendaMarker; the body's agenda starts with it), else creates one.
   */
  createMeeting(hostUserId: string, body: object, marker: string): ZoomMeetingInfo;
  updateMeeting(meetingId: string, body: object): void;
  /** A meeting Zoom reports gone (code 3001) counts as deleted; a 404 without Zoom's code does not. */
  deleteMeeting(meetingId: string): void;
  /** null when Zoom does not know the meeting (code 3001). */
  getMeeting(meetingId: string): ZoomMeetingInfo | null;
  listUpcoming(hostUserId: string): ZoomMeetingInfo[];
  /** The cloud recordings' play links and passcode; null when none yet (code 3301). */
  getRecordings(meetingId: string): ZoomRecordings | null;
  /** A fresh token's `scope` field (space-separated). Throws ZoomError (bad credentials, Zoom down…). */
  tokenScopes(): string;
  /** Whether the account has the user (GET /users/{email}); false on code 1001. Throws other ZoomErrors. */
  userExists(email: string): boolean;
}

const DEFAULT_MAX_ELAPSED_MS = 60000;
const PAGE_SIZE = 300;
const MAX_PAGES = 10;

type Raw = Record<string, unknown>;
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function toInfo(raw: Raw, hostFallback = ''): ZoomMeetingInfo {
  return {
    id: str(raw.id),
    joinUrl: str(raw.join_url),
    passcode: str(raw.password),
    startTime: str(raw.start_time),
    duration: Number(raw.duration) || 0,
    topic: str(raw.topic),
    agenda: str(raw.agenda),
    hostEmail: str(raw.host_email) || hostFallback,
  };
}

const userPath = (hostUserId: string) => `/users/${encodeURIComponent(hostUserId)}/meetings`;
const meetingPath = (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}`;
const isMissingMeeting = (e: unknown) => e instanceof ZoomError && e.code === 3001;

function listOnce(hostUserId: string): ZoomMeetingInfo[] {
  const result: ZoomMeetingInfo[] = [];
  let token = '';
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const query = `?type=upcoming&page_size=${PAGE_SIZE}${token ? `&next_page_token=${encodeURIComponent(token)}` : ''}`;
    const parsed = parseZoomJson(zoomCallOnce('get', userPath(hostUserId) + query).text) as {
      meetings?: Raw[];
      next_page_token?: string;
    };
    const fallback = hostUserId.includes('@') ? hostUserId : '';
    result.push(...(parsed.meetings ?? []).map((m) => toInfo(m, fallback)));
    token = parsed.next_page_token ?? '';
    if (!token) break;
  }
  return result;
}

function getOnce(meetingId: string): ZoomMeetingInfo | null {
  try {
    return toInfo(parseZoomJson(zoomCallOnce('get', meetingPath(meetingId)).text) as Raw);
  } catch (error) {
    if (isMissingMeeting(error)) return null;
    throw error;
  }
}

function createOnce(hostUserId: string, body: object, marker: string): ZoomMeetingInfo {
  const existing = findByMarker(listOnce(hostUserId), marker);
  if (existing) return getOnce(existing.id) ?? existing;
  return toInfo(parseZoomJson(zoomCallOnce('post', userPath(hostUserId), body).text) as Raw);
}

function recordingsOnce(meetingId: string): ZoomRecordings | null {
  try {
    return recordingsOf(parseZoomJson(zoomCallOnce('get', `${meetingPath(meetingId)}/recordings`).text) as Raw);
  } catch (error) {
    if (error instanceof ZoomError && error.code === 3301) return null;
    throw error;
  }
}

function userExistsOnce(email: string): boolean {
  try {
    zoomCallOnce('get', `/users/${encodeURIComponent(email)}`);
    return true;
  } catch (error) {
    if (error instanceof ZoomError && error.code === 1001) return false;
    throw error;
  }
}

/**
 * The Zoom client over UrlFetchApp, CacheService, PropertiesService and Utilities.
 * `sleep` defaults to Utilities.sleep; retries (5xx, timeouts, 429 Retry-After) stop once
 * waiting would pass `maxElapsedMs` (default 60 000). Errors are ZoomError.
 */
export function createZoomClient(opts: { sleep?: (ms: number) => void; maxElapsedMs?: number } = {}): ZoomClient {
  const retry: RetryOptions = {
    sleep: opts.sleep ?? ((ms) => Utilities.sleep(ms)),
    maxElapsedMs: opts.maxElapsedMs ?? DEFAULT_MAX_ELAPSED_MS,
  };
  const retrying = <T>(fn: () => T): T => withRetries(fn, retry);
  return {
    createMeeting: (hostUserId, body, marker) => retrying(() => createOnce(hostUserId, body, marker)),
    updateMeeting: (meetingId, body) => void retrying(() => zoomCallOnce('patch', meetingPath(meetingId), body)),
    deleteMeeting: (meetingId) =>
      retrying(() => {
        try {
          zoomCallOnce('delete', meetingPath(meetingId));
        } catch (error) {
          if (!isMissingMeeting(error)) throw error;
        }
      }),
    getMeeting: (meetingId) => retrying(() => getOnce(meetingId)),
    listUpcoming: (hostUserId) => retrying(() => listOnce(hostUserId)),
    getRecordings: (meetingId) => retrying(() => recordingsOnce(meetingId)),
    tokenScopes: () => retrying(freshTokenScopes),
    userExists: (email) => retrying(() => userExistsOnce(email)),
  };
}
