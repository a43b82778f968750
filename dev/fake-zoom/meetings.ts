/**
 * Meeting records of the fake Zoom server and the JSON shapes Zoom answers with
 * (create 201, get 200, list item). Meeting IDs are kept as digit
 * strings and written as raw JSON numbers, like Zoom does, even beyond 2^53.
 */

export interface FakeMeeting {
  id: string;
  uuid: string;
  host_id: string;
  host_email: string;
  topic: string;
  type: number;
  status: 'waiting' | 'started';
  /** UTC, 'YYYY-MM-DDTHH:MM:SSZ'. */
  start_time: string;
  duration: number;
  timezone: string;
  agenda: string;
  created_at: string;
  start_url: string;
  join_url: string;
  password: string;
  h323_password: string;
  pstn_password: string;
  encrypted_password: string;
  settings: Record<string, unknown>;
}

const DEFAULT_SETTINGS: Record<string, unknown> = {
  host_video: false,
  participant_video: false,
  join_before_host: false,
  jbh_time: 0,
  mute_upon_entry: false,
  waiting_room: false,
  auto_recording: 'none',
  alternative_hosts: '',
  approval_type: 2,
  audio: 'voip',
  use_pmi: false,
  watermark: false,
  meeting_authentication: false,
  email_notification: true,
  alternative_hosts_email_notification: true,
  private_meeting: false,
};

const RAW_NUMBER = /"@@raw:(\d+)@@"/g;

/** JSON text in which every key named `id` holding a digit string is written as a raw number. */
export function toZoomJson(value: unknown): string {
  return JSON.stringify(value, (key, v) =>
    key === 'id' && typeof v === 'string' && /^\d+$/.test(v) ? `@@raw:${v}@@` : v,
  ).replace(RAW_NUMBER, '$1');
}

/** Zoom's second-precision UTC timestamp. */
export function zoomTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function offsetMs(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - utcMs;
}

/**
 * Zoom's reading of start_time: with 'Z' or an offset it is an instant; without, it is
 * local wall time in `timeZone`. Throws RangeError on an unknown zone or unreadable time.
 */
export function startTimeToUtc(startTime: string, timeZone: string): string {
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(startTime)) {
    const ms = Date.parse(startTime);
    if (Number.isNaN(ms)) throw new RangeError('start_time');
    return zoomTime(new Date(ms));
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(startTime);
  if (!m) throw new RangeError('start_time');
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  const guess = wall - offsetMs(wall, timeZone);
  return zoomTime(new Date(wall - offsetMs(guess, timeZone)));
}

function digitsOf(text: string): string {
  return Array.from(text, (c) => String(c.charCodeAt(0) % 10)).join('');
}

/** A stable fake Zoom user ID for a host email. */
export function hostIdFor(email: string): string {
  return Buffer.from(email.toLowerCase())
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 22);
}

type PasscodeFields = Pick<
  FakeMeeting,
  'password' | 'h323_password' | 'pstn_password' | 'encrypted_password' | 'join_url'
>;

/** The passcode fields of meeting `id` for `password`; the join URL carries it (encrypted) only when there is one. */
function passcodeFields(id: string, password: string): PasscodeFields {
  const encrypted = password
    ? Buffer.from(`${id}:${password}`)
        .toString('base64')
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 32)
    : '';
  return {
    password,
    h323_password: digitsOf(password),
    pstn_password: digitsOf(password),
    encrypted_password: encrypted,
    join_url: `https://us06web.zoom.us/j/${id}${encrypted ? `?pwd=${encrypted}` : ''}`,
  };
}

/** A new meeting from a validated create body, with `password` (the body's, or one Zoom generated; '' for none). */
export function newMeeting(
  id: string,
  hostEmail: string,
  body: Record<string, any>,
  now: Date,
  seq: number,
  password: string,
): FakeMeeting {
  const timezone = String(body.timezone ?? 'UTC');
  return {
    id,
    uuid: `${Buffer.from(`uuid-${id}`)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 22)}==`,
    host_id: hostIdFor(hostEmail),
    host_email: hostEmail,
    topic: String(body.topic ?? 'Zoom Meeting'),
    type: Number(body.type ?? 2),
    status: 'waiting',
    start_time: body.start_time ? startTimeToUtc(String(body.start_time), timezone) : zoomTime(now),
    duration: Number(body.duration ?? 60),
    timezone,
    agenda: String(body.agenda ?? ''),
    created_at: zoomTime(now),
    start_url: `https://us06web.zoom.us/s/${id}?zak=eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.fake-host-key-${seq}`,
    ...passcodeFields(id, password),
    settings: { ...DEFAULT_SETTINGS, ...(body.settings ?? {}) },
  };
}

/** The meeting after a validated PATCH body (settings are merged, not replaced; no passcode keeps the old one). */
export function patchMeeting(meeting: FakeMeeting, body: Record<string, any>): FakeMeeting {
  const timezone = String(body.timezone ?? meeting.timezone);
  const next: FakeMeeting = { ...meeting, timezone, settings: { ...meeting.settings, ...(body.settings ?? {}) } };
  for (const key of ['topic', 'agenda'] as const) if (body[key] !== undefined) next[key] = String(body[key]);
  if (body.duration !== undefined) next.duration = Number(body.duration);
  if (body.type !== undefined) next.type = Number(body.type);
  if (body.start_time !== undefined) next.start_time = startTimeToUtc(String(body.start_time), timezone);
  return body.password === undefined ? next : { ...next, ...passcodeFields(meeting.id, String(body.password)) };
}

/** The 201 body of POST /users/{userId}/meetings. */
export function createView(m: FakeMeeting): Record<string, unknown> {
  const { status: _status, ...rest } = m;
  return { ...rest, pre_schedule: false };
}

/** The 200 body of GET /meetings/{meetingId}. */
export function getView(m: FakeMeeting): Record<string, unknown> {
  return { ...m, pre_schedule: false };
}

/** One item of GET /users/{userId}/meetings. */
export function listItem(m: FakeMeeting): Record<string, unknown> {
  const { uuid, id, host_id, topic, type, start_time, duration, timezone, agenda, created_at, join_url } = m;
  return { uuid, id, host_id, topic, type, start_time, duration, timezone, agenda, created_at, join_url };
}
