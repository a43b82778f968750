/**
 * Zoom meeting payloads and Zoom error meanings, as pure functions.
 * Bodies follow the Zoom Meeting API spec (POST /users/{userId}/meetings,
 * PATCH /meetings/{meetingId}); errors are turned into Indonesian advice.
 */

/** What a request contributes to a Zoom meeting. Dates and times are local to `timeZone`. */
export interface ZoomMeetingInput {
  /** 'VC-YYYY-NNNN', written into the agenda as a marker to find the meeting again. */
  requestId: string;
  title: string;
  agency: string;
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM' (24 h) */
  start: string;
  /** 'HH:MM' (24 h), after `start` on the same day. */
  end: string;
  /** IANA zone, e.g. 'Asia/Jakarta'. */
  timeZone: string;
  recording: boolean;
  alternativeHosts: string[];
  /** Meeting passcode, at most 10 characters (see generatePassword). */
  password: string;
}

export const ZOOM_TOPIC_MAX_CHARS = 200;
export const ZOOM_AGENDA_MAX_CHARS = 2000;
export const ZOOM_PASSWORD_MAX_CHARS = 10;
export const ZOOM_PASSWORD_LENGTH = 8;

const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const PASSWORD_DIGITS = '23456789';
const PASSWORD_LETTERS = 'abcdefghjkmnpqrstuvwxyz';

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

/** The marker put at the start of the agenda: '[VC-2026-0001]'. */
export function agendaMarker(requestId: string): string {
  return `[${requestId}]`;
}

/** The first meeting whose agenda carries the request's marker, or null. */
export function findByMarker<T extends { agenda?: string }>(meetings: readonly T[], requestId: string): T | null {
  const marker = agendaMarker(requestId);
  return meetings.find((m) => typeof m.agenda === 'string' && m.agenda.includes(marker)) ?? null;
}

/**
 * A passcode of ZOOM_PASSWORD_LENGTH letters/digits (no look-alikes such as 0/O, 1/l),
 * with at least one letter and one digit. Deterministic: the same integers give the same
 * passcode. Needs at least ZOOM_PASSWORD_LENGTH non-negative integers.
 */
export function generatePassword(randomInts: readonly number[]): string {
  if (randomInts.length < ZOOM_PASSWORD_LENGTH) {
    throw new Error(`generatePassword membutuhkan ${ZOOM_PASSWORD_LENGTH} bilangan acak.`);
  }
  const pick = (alphabet: string, n: number) => alphabet[Math.abs(Math.floor(n)) % alphabet.length];
  const chars = randomInts.slice(0, ZOOM_PASSWORD_LENGTH).map((n) => pick(PASSWORD_ALPHABET, n));
  if (!chars.some((c) => PASSWORD_DIGITS.includes(c))) chars[chars.length - 1] = pick(PASSWORD_DIGITS, randomInts[0]);
  if (!chars.some((c) => /[a-zA-Z]/.test(c))) chars[0] = pick(PASSWORD_LETTERS, randomInts[1]);
  return chars.join('');
}

function minutesOf(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new Error(`Jam tidak valid: "${hhmm}" (format JJ:MM).`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function commonFields(input: Omit<ZoomMeetingInput, 'password'>) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date))
    throw new Error(`Tanggal tidak valid: "${input.date}" (format TTTT-BB-HH).`);
  const duration = minutesOf(input.end) - minutesOf(input.start);
  if (duration <= 0) throw new Error('Jam selesai harus setelah jam mulai.');
  const marker = agendaMarker(input.requestId);
  const title = input.title.trim() || `Vicon ${input.agency.trim()}`.trim();
  const detail = [input.agency.trim() && `Pemohon: ${input.agency.trim()}`, input.title.trim()]
    .filter(Boolean)
    .join('\n');
  const agenda = detail ? `${marker}\n${truncateText(detail, ZOOM_AGENDA_MAX_CHARS - marker.length - 1)}` : marker;
  const settings: Record<string, unknown> = {
    host_video: false,
    join_before_host: false,
    mute_upon_entry: true,
    waiting_room: true,
    auto_recording: input.recording ? 'cloud' : 'none',
  };
  const hosts = input.alternativeHosts.map((h) => h.trim()).filter(Boolean);
  if (hosts.length > 0) settings.alternative_hosts = hosts.join(';');
  return {
    topic: truncateText(title, ZOOM_TOPIC_MAX_CHARS),
    agenda,
    start_time: `${input.date}T${input.start}:00`,
    timezone: input.timeZone,
    duration,
    settings,
  };
}

function checkedPassword(password: string): string {
  if (!password || password.length > ZOOM_PASSWORD_MAX_CHARS) {
    throw new Error(`Kode sandi rapat wajib diisi dan paling banyak ${ZOOM_PASSWORD_MAX_CHARS} karakter.`);
  }
  return password;
}

/**
 * The body for POST /users/{userId}/meetings: a scheduled meeting (type 2) at local
 * 'YYYY-MM-DDTHH:MM:00' in `timeZone`, topic ≤ 200 chars, agenda ≤ 2000 chars starting
 * with the request marker, waiting room on, participants muted, no join before host,
 * cloud recording only when asked. Throws (Indonesian) on an unusable date/time/passcode.
 */
export function buildCreateMeetingBody(input: ZoomMeetingInput): Record<string, unknown> {
  return { type: 2, ...commonFields(input), password: checkedPassword(input.password) };
}

/**
 * The body for PATCH /meetings/{meetingId}: the same fields as the create body except
 * `type`; the passcode is sent only when given (so an update keeps the old one).
 */
export function buildUpdateBody(
  input: Omit<ZoomMeetingInput, 'password'> & { password?: string },
): Record<string, unknown> {
  const body: Record<string, unknown> = commonFields(input);
  if (input.password) body.password = checkedPassword(input.password);
  return body;
}

export { mapZoomError, type ZoomErrorInfo } from './zoom-errors';
