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
/** Per-host daily limit of meeting creates/updates; Zoom resets it at 00:00 UTC. */
export const ZOOM_DAILY_WRITE_LIMIT = 100;

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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new Error(`Tanggal tidak valid: "${input.date}" (format TTTT-BB-HH).`);
  const duration = minutesOf(input.end) - minutesOf(input.start);
  if (duration <= 0) throw new Error('Jam selesai harus setelah jam mulai.');
  const marker = agendaMarker(input.requestId);
  const title = input.title.trim() || `Vicon ${input.agency.trim()}`.trim();
  const detail = [input.agency.trim() && `Pemohon: ${input.agency.trim()}`, input.title.trim()].filter(Boolean).join('\n');
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
export function buildUpdateBody(input: Omit<ZoomMeetingInput, 'password'> & { password?: string }): Record<string, unknown> {
  const body: Record<string, unknown> = commonFields(input);
  if (input.password) body.password = checkedPassword(input.password);
  return body;
}

/** What a caller should do about a failed Zoom call. */
export interface ZoomErrorInfo {
  /** Zoom's error code (e.g. 300, 1001, 3001, 124, 429), or null when there is none. */
  code: number | null;
  /** never: do not retry; backoff: retry with growing waits; after: retry after retryAfterSeconds. */
  retry: 'never' | 'backoff' | 'after';
  retryAfterSeconds?: number;
  /** Indonesian: what went wrong and what to do. Never contains credentials. */
  message: string;
  /** The rejected body field (code 300), e.g. 'settings.alternative_hosts'. */
  field?: string;
}

const DAILY_RESET = 'Batas direset pukul 00.00 UTC (07.00 WIB).';

function parseBody(body: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : String(headers[key]);
}

function retryAfterSeconds(value: string | undefined, nowMs: number | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  if (Number.isNaN(at) || nowMs === undefined) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

function secondsToUtcMidnight(nowMs: number | undefined): number | undefined {
  if (nowMs === undefined) return undefined;
  const next = new Date(nowMs);
  next.setUTCHours(24, 0, 0, 0);
  return Math.ceil((next.getTime() - nowMs) / 1000);
}

function rateLimited(headers: Record<string, string>, zoomMessage: string, nowMs?: number): ZoomErrorInfo {
  const type = header(headers, 'X-RateLimit-Type') ?? '';
  const wait = retryAfterSeconds(header(headers, 'Retry-After'), nowMs);
  if (/daily/i.test(type) || /daily/i.test(zoomMessage)) {
    return {
      code: 429, retry: 'never', retryAfterSeconds: wait ?? secondsToUtcMidnight(nowMs),
      message: `Batas harian Zoom untuk akun host ini (${ZOOM_DAILY_WRITE_LIMIT} pembuatan/perubahan rapat per hari) sudah tercapai. ${DAILY_RESET} Coba lagi setelah itu atau pilih akun host lain.`,
    };
  }
  const seconds = wait ?? 1;
  return { code: 429, retry: 'after', retryAfterSeconds: seconds, message: `Zoom sedang membatasi jumlah permintaan. Coba lagi dalam ${seconds} detik.` };
}

function validationFailed(parsed: Record<string, unknown>, zoomMessage: string): ZoomErrorInfo {
  const errors = Array.isArray(parsed.errors) ? (parsed.errors as Array<Record<string, unknown>>) : [];
  const first = errors.find((e) => typeof e.field === 'string');
  if (!first) return { code: 300, retry: 'never', message: `Zoom menolak data rapat (${zoomMessage || 'tidak valid'}). Periksa isian permohonan lalu coba lagi.` };
  const field = String(first.field);
  const why = typeof first.message === 'string' ? `: ${first.message}` : '';
  return { code: 300, retry: 'never', field, message: `Zoom menolak isian "${field}"${why}. Perbaiki isian tersebut lalu coba lagi.` };
}

function byCode(code: number, parsed: Record<string, unknown>, zoomMessage: string): ZoomErrorInfo | null {
  switch (code) {
    case 300: return validationFailed(parsed, zoomMessage);
    case 124: return { code, retry: 'never', message: 'Token akses Zoom ditolak. Periksa kredensial dan cakupan (scope) aplikasi Zoom di Pengaturan.' };
    case 1001: return { code, retry: 'never', message: 'Akun host Zoom tidak ditemukan di akun Zoom kantor. Periksa alamat email host di lembar Sumber Daya.' };
    case 3000:
    case 3001: return { code, retry: 'never', message: 'Rapat Zoom tidak ditemukan (sudah dihapus atau kedaluwarsa). Buat ulang rapatnya dari sidebar.' };
    case 3301: return { code, retry: 'never', message: 'Belum ada rekaman Zoom untuk rapat ini. Rekaman cloud baru tersedia beberapa saat setelah rapat selesai.' };
    default: return null;
  }
}

/**
 * Maps a failed Zoom response to advice. `status` 0 means no response (timeout or network
 * failure). `headers` are matched case-insensitively; `nowMs` (epoch ms) lets a Retry-After
 * date and the 00:00 UTC daily reset be turned into seconds. 401/124 is 'never' here: the
 * caller refreshes the token once on its own. The message never echoes the response body
 * except Zoom's own short validation text.
 */
export function mapZoomError(status: number, body: string, headers: Record<string, string>, nowMs?: number): ZoomErrorInfo {
  const parsed = parseBody(body);
  const code = typeof parsed.code === 'number' ? parsed.code : null;
  const zoomMessage = typeof parsed.message === 'string' ? parsed.message : '';
  if (status === 0) return { code: null, retry: 'backoff', message: 'Zoom tidak dapat dihubungi (jaringan terputus atau waktu habis). Coba lagi beberapa saat lagi.' };
  if (status === 429) return rateLimited(headers, zoomMessage, nowMs);
  if (status >= 500) return { code, retry: 'backoff', message: `Layanan Zoom sedang bermasalah (HTTP ${status}). Coba lagi beberapa menit lagi.` };
  const known = code === null ? null : byCode(code, parsed, zoomMessage);
  if (known) return known;
  if (parsed.error === 'invalid_client' || parsed.error === 'invalid_request' || status === 401) {
    return { code, retry: 'never', message: 'Kredensial Zoom ditolak (Account ID, Client ID, atau Client Secret salah). Minta admin memeriksanya di Pengaturan.' };
  }
  if (status === 404) return { code, retry: 'never', message: 'Data yang diminta tidak ada di Zoom. Periksa host dan ID rapat.' };
  const detail = code === null ? `HTTP ${status}` : `kode ${code}`;
  return { code, retry: 'never', message: `Zoom menolak permintaan (${detail}). Hubungi admin bila terus terjadi.` };
}
