/**
 * Ports: what the use cases need from the outside world, shaped by the domain,
 * not by Google's APIs. src/io implements them; tests pass small fakes.
 */
import type { Settings } from '../core/settings';
import type { VcRequest } from '../core/request';
import type { HistoryRecord } from '../core/history';
import type { UserRecord, Delegation } from '../core/users';
import type { Effect, EffectKind, Preset } from '../core/sop/types';
import type { Booking, Inventory } from '../core/schedule';
import type { IssuedLetter, LetterKind } from '../core/letter';
import type { OfficeZone } from '../core/dates';
import type { Capacity } from '../core/capacity';

/** The time now. The only way use cases learn it. */
export interface Clock {
  now(): Date;
}

/** The script lock. `run` throws LockBusyError (Indonesian message) when it cannot be had in time. */
export interface ScriptLock {
  run<T>(fn: () => T, timeoutMs?: number): T;
}

/** A request row as stored: its 1-based sheet row and the request. */
export interface StoredRequest {
  row: number;
  request: VcRequest;
}

/**
 * The Register sheet, with the index of live requests beside it (core/live.ts). What is read grows
 * with what is open, with one request or with the current year, never with all the years behind it.
 */
export interface RegisterStore {
  /**
   * The number of the first request whose raw-response reference is exactly `ref` ('' when that
   * row holds no number), or null when no row holds it. One search on Google's side over the
   * reference column (any year), then that one row is read (find() then answers from it).
   */
  numberOfRef(ref: string): string | null;
  /**
   * The request numbers that may belong to `year`, in row order: the number column from the year's
   * first row down (where the index says it starts), or the whole column when that row is unknown.
   */
  numbersOf(year: number): string[];
  /** Append one request as a new row (into the index too); where it went. */
  append(request: VcRequest): StoredRequest;
  /** Find one request by number: the index or the number's own row, one row read (a scan only when both miss). */
  find(id: string): StoredRequest | null;
  /** Overwrite the product's columns of one row; its index entry follows: kept while `live`, else removed. */
  write(stored: StoredRequest, live: boolean): void;
  /** The live requests (one read of the index). */
  live(): StoredRequest[];
  /** After a hand edit of Register rows: their index entries follow what the rows now hold. */
  refresh(rows: number[], live: (r: VcRequest) => boolean): void;
  /** The requests received in [start, end): one read of the 'Diterima' column, then of their rows. */
  receivedBetween(start: Date, end: Date): VcRequest[];
  /** Every request (one read of the whole table): audits and repairs. */
  readAll(): VcRequest[];
  /**
   * Clear the row of `id` just appended, when its history could not be written (under the lock, so it
   * is the last row); the response is taken in again by the next sweep with the same number.
   */
  discard?(id: string): void;
}

/** The Riwayat sheet: append-only, hash-chained, anchored outside the sheet. */
export interface HistoryStore {
  /**
   * The row the next append starts at (its rows go on the request's trail before they are written).
   * With the request's `trail`, its latest rows are read in the same call when they lie close by.
   */
  nextRow(trail?: string): number;
  /** Append entries at nextRow(), chaining their hashes after the remembered head. */
  append(entries: HistoryRecord[]): void;
  /**
   * The entries of one request, oldest first, read from the rows its `trail` names (core/trail.ts);
   * without a trail, found by reading the request-number column. Rows that cannot be read (a time
   * that is not a time) are left out and counted.
   */
  forRequest(id: string, trail: string): { records: HistoryRecord[]; unreadable: number };
  /** The entries of `requests`, read from the rows their trails name (neighbouring rows read together). */
  ofRequests(requests: VcRequest[]): HistoryRecord[];
  /** Every entry (for verification). */
  readAll(): HistoryRecord[];
  /** The anchor kept outside the sheet: how many rows were appended, the last one's hash, and any damage an append found. */
  anchor(): { count: number; hash: string; damage: string } | null;
  /**
   * Verify `records` (default: every entry) against the anchor: null when intact, else the first altered
   * sheet row and why. `bridge` (core/archive.ts) accepts a gap left by rows moved to an archive.
   */
  verify(
    records?: HistoryRecord[],
    bridge?: (from: string, to: string) => number | null,
  ): { row: number; reason: string } | null;
}

/** Settings, users and the active preset, read from their sheets. */
export interface ConfigStore {
  settings(): { settings: Settings; problems: string[] };
  users(): { users: UserRecord[]; delegations: Delegation[]; problems: string[] };
  /** The office's own preset (Alur SOP sheet) if present, else null. */
  customPreset(): unknown[][] | null;
  /** Sumber Daya's rows (header first), or null when the sheet is missing. */
  resourceRows(): unknown[][] | null;
  /** Forget cached copies (after Setup or an edit of a settings sheet). */
  invalidate(): void;
}

/** Who is calling: the active user's email on the server ('' when Google does not tell). */
export interface Identity {
  activeUserEmail(): string;
}

/** Resources (Sumber Daya) and their calendars: what may be booked, and what is booked. */
export interface SchedulePort {
  inventory(): {
    inventory: Inventory;
    zoomUsers: Record<string, string>;
    calendarIds: Record<string, string>;
    problems: string[];
  };
  /**
   * Every booking on the resource calendars overlapping [start, end) (one read per calendar); only
   * the calendars of `resources` (names) when given.
   */
  bookingsBetween(start: Date, end: Date, resources?: string[]): Booking[];
  /** Book (or move) the request's event on one resource's calendar. */
  reserve(requestId: string, resource: string, start: Date, end: Date, title: string): void;
  /** Remove the request's events from the resources' calendars. */
  release(requestId: string, resources: string[], around: Date): number;
}

/**
 * Where meetings are made: Zoom (REST API) or Google Meet (Calendar). Start URLs never come back.
 * Zoom calls throw PermanentFailure (failures.ts) when retrying cannot help.
 */
export interface MeetingPort {
  /**
   * The request's meeting, made once per `effectKey` (the create effect's key): a retry finds it again by
   * a marker only the product writes. The passcode is the one Zoom generated by the account's rules; the
   * join URL as Zoom returned it.
   */
  createZoom(
    zoomUser: string,
    request: VcRequest,
    timeZone: OfficeZone,
    effectKey: string,
  ): { meetingId: string; joinUrl: string; passcode: string };
  deleteZoom(meetingId: string): void;
  /** Move the Zoom meeting to the request's (new) date and time. */
  updateZoom(meetingId: string, request: VcRequest, timeZone: OfficeZone): void;
  createMeet(
    request: VcRequest,
    calendarId: string,
    timeZone: string,
  ): { status: 'ready'; joinUrl: string; meetingId: string } | { status: 'pending'; eventId: string };
  /** Play links of a Zoom meeting's cloud recordings and the passcode to open them; null when Zoom has none (yet). */
  recordings(meetingId: string): { passcode: string; files: Array<{ type: string; url: string }> } | null;
}

/** A file to attach to a mail, by its Drive file id (the mailer fetches its content). */
export interface MailAttachment {
  fileId: string;
}

/** Reply-letter documents in Docs/Drive, one folder per request. */
export interface LetterDocsPort {
  /** The template text of `kind` (for a placeholder check before a number is taken). */
  templateText(kind: LetterKind): string;
  /** Make the request's letter of `kind` from its template, replacing its own earlier draft; problems in Indonesian. */
  render(
    requestId: string,
    kind: LetterKind,
    fields: Readonly<Record<string, string>>,
  ): { docId: string; url: string; problems: string[] };
  /** Save the Doc as the request's PDF of `kind` (replacing an earlier one). */
  exportPdf(requestId: string, kind: LetterKind, docId: string): { fileId: string; url: string; name: string };
  /** The request's PDF of `kind`, when one was exported. */
  findPdf(requestId: string, kind: LetterKind): { fileId: string; url: string; name: string } | null;
}

/** Issued letter numbers (the 'Surat' sheet): every number ever given, voided ones included, so none is reused. */
export interface LetterNumberStore {
  issued(): Array<IssuedLetter & { requestId: string }>;
  /** Record a number given to `requestId` at `at` (ISO). */
  record(letter: IssuedLetter & { requestId: string; kind: LetterKind; at: string }): void;
  /** Mark `number` void (a discarded draft's number), with the reason. */
  markVoid(number: string, note: string): void;
}

/** Small persistent key/value state of the scheduled runs (Script Properties). */
export interface KeyValuePort {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/**
 * Outgoing mail. `send` returns 'quota' (nothing sent) when today's mail quota cannot take the message.
 * A mail with an idempotency `key` (the effect's key) already sent for the same recipients is not sent again.
 */
export interface MailerPort {
  send(mail: {
    to: string;
    subject: string;
    text: string;
    html: string;
    replyTo: string;
    attachments?: MailAttachment[];
    key?: string;
  }): 'sent' | 'quota';
  /** The office spreadsheet's URL, for links in messages to officials. */
  officeUrl(): string;
  /**
   * `request` was just written with the outcome of its effects: the mails of its effects no longer
   * pending need no entry in the mailer's ledger (kept so a retried effect does not mail twice).
   */
  settled?(request: VcRequest): void;
}

/** How full the spreadsheet is (core/capacity.ts), measured once a day by the hourly run. */
export interface SpacePort {
  /** The last measurement, or null. */
  measured(): Capacity | null;
  /** Count the cells of every sheet now, and the date of the first request. */
  measure(): { cells: number; firstReceived: Date | null };
  /** Keep `c` as the last measurement. */
  record(c: Capacity): void;
}

/** The archived years (core/archive.ts), each a spreadsheet of its own, read by the audit and the Rekap. */
export interface ArchiveReader {
  /** The archives made so far, by year. */
  list(): Array<{ year: number; url: string }>;
  /** Everything one year's archive holds. */
  contents(year: number): { requests: VcRequest[]; history: HistoryRecord[] };
  /** The archived requests received in [start, end) (archives of start's year and later), with their history. */
  received(start: Date, end: Date): { requests: VcRequest[]; history: HistoryRecord[] };
}

/**
 * The preset versions requests run on, snapshotted when a request starts (the 'Versi Alur SOP'
 * sheet), so editing the office's own preset never changes a request already running.
 */
export interface PresetVersionStore {
  /** What was stored under `${id}@${version}` (unvalidated), or null. */
  load(id: string, version: number): unknown;
  /** True when `${preset.id}@${preset.version}` is known, without reading the versions, to hold exactly `preset`. */
  holds?(preset: Preset): boolean;
  /**
   * Keep `preset` under `${id}@${version}`; when that key already holds other content (the sheet was
   * edited without raising Versi) it is kept under the next free version instead. Returns the version used.
   */
  save(preset: Preset): number;
}

/** Everything a use case may need, in one record (one composition root builds it). */
export interface Deps {
  clock: Clock;
  lock: ScriptLock;
  register: RegisterStore;
  history: HistoryStore;
  config: ConfigStore;
  identity: Identity;
  presets: { byId(id: string): Preset | undefined };
  /** Adapters performing the engine's effects; a missing one leaves the effect pending. */
  effects: EffectHandlers;
  /** Resources and calendars; absent where an office has none configured (tests, early setup). */
  schedule?: SchedulePort;
  /** Outgoing mail; absent in tests that do not deliver. */
  mailer?: MailerPort;
  /** State of the hourly reminders (last digest per role); absent in tests that do not remind. */
  state?: KeyValuePort;
  /** The spreadsheet's capacity; absent in tests that do not measure it. */
  space?: SpacePort;
  /** Snapshots of preset versions; absent where requests simply follow the current preset. */
  presetVersions?: PresetVersionStore;
  /** The archived years; absent where nothing reads them (the panel, tests without archives). */
  archive?: ArchiveReader;
}

/** What reading a request or the task list needs (the panel reads; only the engine writes). */
export type ReadDeps = Pick<Deps, 'clock' | 'register' | 'history' | 'config' | 'identity' | 'presets'> &
  Pick<Deps, 'presetVersions'>;

/** Thrown by ScriptLock.run when another execution holds the lock too long. */
export class LockBusyError extends Error {
  constructor() {
    super('Sistem sedang sibuk memproses permintaan lain. Coba lagi dalam beberapa detik.');
    this.name = 'LockBusyError';
  }
}

/** What a handler did. `request` carries fields it filled in (meeting link, letter…). */
export type EffectResult =
  { status: 'done'; note: string; request?: VcRequest } | { status: 'pending'; note: string; request?: VcRequest };

/** One effect handler. May throw: the error becomes a pending entry with its message. */
export type EffectHandler = (ctx: { request: VcRequest; preset: Preset; effect: Effect }) => EffectResult;

export type EffectHandlers = Partial<Record<EffectKind, EffectHandler>>;
