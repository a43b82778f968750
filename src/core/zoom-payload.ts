/**
 * Zoom meeting payloads as pure functions. Bodies follow the Zoom Meeting API spec
 * (POST /users/{userId}/meetings, PATCH /meetings/{meetingId}); the instant is sent in UTC and
 * the display zone is one from Zoom's documented list with the office zone's UTC offset.
 */
import { isLocalDate, isLocalTime, timeToMinutes, toInstant, type OfficeZone } from './dates';

/** What a request contributes to a Zoom meeting. Dates and times are local to `timeZone`. */
export interface ZoomMeetingInput {
  /** 'VC-YYYY-NNNN'. */
  requestId: string;
  title: string;
  agency: string;
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM' (24 h) */
  start: string;
  /** 'HH:MM' (24 h), after `start` on the same day. */
  end: string;
  /** The office's zone (WIB, WITA or WIT). */
  timeZone: OfficeZone;
  recording: boolean;
  alternativeHosts: string[];
}

export const ZOOM_TOPIC_MAX_CHARS = 200;
export const ZOOM_AGENDA_MAX_CHARS = 2000;

/**
 * The `timezone` sent with a meeting: a zone of Zoom's documented list with the same UTC offset
 * as the office zone. Zoom lists Asia/Jakarta but not Asia/Pontianak, Asia/Makassar or
 * Asia/Jayapura; Singapore (+08:00) and Tokyo (+09:00) have kept their offset without daylight
 * saving for decades, so they show the same clock time as WITA and WIT all year. It only labels
 * the meeting in Zoom: start_time is sent in UTC.
 */
export const ZOOM_TIME_ZONE: Record<OfficeZone, string> = {
  'Asia/Jakarta': 'Asia/Jakarta',
  'Asia/Pontianak': 'Asia/Jakarta',
  'Asia/Makassar': 'Asia/Singapore',
  'Asia/Jayapura': 'Asia/Tokyo',
};

/**
 * Cuts `text` to at most `max` UTF-16 units (hence also at most `max` code points),
 * ending with '…' when cut, and never splitting a surrogate pair.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + '…';
}

/** FNV-1a (32 bit) of `text` as 8 hex digits: tells one create effect's marker from another's. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The agenda's first line, which only the product writes: 'Layanan Vicon VC-2026-0001 1a2b3c4d'
 * (request id and a digest of the creating effect's key). Applicant text never starts the agenda
 * and never holds a line break there, so no applicant can write another request's marker line.
 */
export function agendaMarker(requestId: string, effectKey: string): string {
  return `Layanan Vicon ${requestId} ${digest(effectKey)}`;
}

/** The first meeting whose agenda's first line is exactly `marker`, or null (text elsewhere never counts). */
export function findByMarker<T extends { agenda?: string }>(meetings: readonly T[], marker: string): T | null {
  return meetings.find((m) => typeof m.agenda === 'string' && m.agenda.split(/\r?\n/)[0] === marker) ?? null;
}

/** `text` on one line: every line break (CR, LF, VT, FF, NEL, LS, PS) becomes a space; then trimmed. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\v\f\u0085\u2028\u2029]+/g, ' ').trim();
}

function minutesOf(hhmm: string): number {
  if (!isLocalTime(hhmm)) throw new Error(`Jam tidak valid: "${hhmm}" (format JJ:MM).`);
  return timeToMinutes(hhmm);
}

/** Zoom's UTC form of a local date and time in `zone`: 'YYYY-MM-DDTHH:MM:SSZ'. */
function utcStart(date: string, start: string, zone: OfficeZone): string {
  return toInstant(date, start, zone)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
}

function timeFields(input: ZoomMeetingInput) {
  if (!isLocalDate(input.date)) throw new Error(`Tanggal tidak valid: "${input.date}" (format TTTT-BB-HH).`);
  const duration = minutesOf(input.end) - minutesOf(input.start);
  if (duration <= 0) throw new Error('Jam selesai harus setelah jam mulai.');
  const title = oneLine(input.title) || `Vicon ${oneLine(input.agency)}`.trim();
  return {
    topic: truncateText(title, ZOOM_TOPIC_MAX_CHARS),
    start_time: utcStart(input.date, input.start, input.timeZone),
    timezone: ZOOM_TIME_ZONE[input.timeZone],
    duration,
  };
}

/** The marker line, then the applicant's agency and title, each on one line of its own. */
function agendaOf(input: ZoomMeetingInput, marker: string): string {
  const agency = oneLine(input.agency);
  const detail = [agency && `Pemohon: ${agency}`, oneLine(input.title)].filter(Boolean).join('\n');
  return detail ? `${marker}\n${truncateText(detail, ZOOM_AGENDA_MAX_CHARS - marker.length - 1)}` : marker;
}

function settingsOf(input: ZoomMeetingInput): Record<string, unknown> {
  const settings: Record<string, unknown> = {
    host_video: false,
    join_before_host: false,
    mute_upon_entry: true,
    waiting_room: true,
    auto_recording: input.recording ? 'cloud' : 'none',
  };
  const hosts = input.alternativeHosts.map((h) => h.trim()).filter(Boolean);
  if (hosts.length > 0) settings.alternative_hosts = hosts.join(';');
  return settings;
}

/**
 * The body for POST /users/{userId}/meetings: a scheduled meeting (type 2) starting at the UTC
 * instant of the local date and time, topic ≤ 200 chars (one line), agenda ≤ 2000 chars whose first
 * line is `marker` (agendaMarker of the request and the creating effect), waiting room on, participants muted, no join before host, cloud recording
 * only when asked. No passcode is sent: `default_password` asks Zoom to generate one by the
 * account's passcode rules (read back from the 201 answer). Throws (Indonesian) on an unusable date
 * or time.
 */
export function buildCreateMeetingBody(input: ZoomMeetingInput, marker: string): Record<string, unknown> {
  return {
    type: 2,
    ...timeFields(input),
    agenda: agendaOf(input, marker),
    settings: settingsOf(input),
    default_password: true,
  };
}

/**
 * The body for PATCH /meetings/{meetingId}: topic, time and settings. The agenda (and with it the
 * marker line the meeting was created with) is left as it is; Zoom keeps the passcode.
 */
export function buildUpdateBody(input: ZoomMeetingInput): Record<string, unknown> {
  return { ...timeFields(input), settings: settingsOf(input) };
}
