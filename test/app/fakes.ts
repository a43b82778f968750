/** Small stateful fakes of the app's ports, for use-case tests without the stand-in. */
import { createHash } from 'crypto';
import type { Deps, HistoryStore, RegisterStore, SchedulePort, StoredRequest } from '../../src/app/ports';
import {
  LockBusyError,
  type KeyValuePort,
  type MailerPort,
  type ScriptLock,
  type SpacePort,
} from '../../src/app/ports';
import type { Capacity } from '../../src/core/capacity';
import type { ZoomCheckPort } from '../../src/app/zoom-check';
import { mapZoomError } from '../../src/core/zoom-errors';
import type { Booking, Inventory } from '../../src/core/schedule';
import { chain, GENESIS_HASH, verifyChain, type HistoryRecord } from '../../src/core/history';
import type { VcRequest } from '../../src/core/request';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { presetById } from '../../src/core/sop/presets';
import type { Delegation, UserRecord } from '../../src/core/users';

export const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

/** The Register in memory; `closed` holds the numbers the app wrote as no longer live. */
export function memoryRegister(): RegisterStore & { rows: VcRequest[]; writes: number; closed: Set<string> } {
  const store = {
    rows: [] as VcRequest[],
    writes: 0,
    closed: new Set<string>(),
    numberOfRef: (ref: string) => store.rows.find((r) => r.responseRef === ref)?.id ?? null,
    numbersOf: () => store.rows.map((r) => r.id),
    append(r: VcRequest): StoredRequest {
      store.rows.push(structuredClone(r));
      store.writes++;
      return { row: store.rows.length + 1, request: structuredClone(r) };
    },
    find(id: string): StoredRequest | null {
      const i = store.rows.findIndex((r) => r.id === id);
      return i < 0 ? null : { row: i + 2, request: structuredClone(store.rows[i]) };
    },
    write(s: StoredRequest, live: boolean) {
      store.rows[s.row - 2] = structuredClone(s.request);
      if (live) store.closed.delete(s.request.id);
      else store.closed.add(s.request.id);
      store.writes++;
    },
    live: () =>
      store.rows.flatMap((r, i) => (store.closed.has(r.id) ? [] : [{ row: i + 2, request: structuredClone(r) }])),
    refresh(rows: number[], live: (r: VcRequest) => boolean) {
      for (const row of rows) {
        const r = store.rows[row - 2];
        if (r && live(r)) store.closed.delete(r.id);
        else if (r) store.closed.add(r.id);
      }
    },
    receivedBetween: (start: Date, end: Date) =>
      structuredClone(store.rows.filter((r) => Date.parse(r.receivedAt) >= +start && Date.parse(r.receivedAt) < +end)),
    readAll: () => structuredClone(store.rows),
  };
  return store;
}

export function memoryHistory(): HistoryStore & { records: HistoryRecord[] } {
  const h = {
    records: [] as HistoryRecord[],
    nextRow: () => h.records.length + 2,
    append(entries: HistoryRecord[]) {
      const head = h.records.length ? h.records[h.records.length - 1].hash : GENESIS_HASH;
      h.records.push(...chain(entries, head, sha256));
    },
    forRequest: (id: string) => ({ records: h.records.filter((r) => r.requestId === id), unreadable: 0 }),
    ofRequests: (requests: VcRequest[]) => {
      const ids = new Set(requests.map((r) => r.id));
      return h.records.filter((r) => ids.has(r.requestId));
    },
    readAll: () => [...h.records],
    anchor: () => {
      const last = h.records[h.records.length - 1];
      return last ? { count: h.records.length, hash: last.hash, damage: '' } : null;
    },
    verify() {
      const b = verifyChain(h.records, sha256);
      return b ? { row: b.index + 2, reason: b.reason } : null;
    },
  };
  return h;
}

/** The Sumber Daya of the test office: one Zoom host account (one meeting at a time) and one room. */
export const TEST_INVENTORY: Inventory = {
  hosts: [{ name: 'Zoom Kominfo 1', concurrency: 1, capacity: 300, active: true }],
  rooms: [{ name: 'Ruang Rapat Utama', capacity: 40, active: true }],
  operators: [],
};

const DAY_MS = 86_400_000;
const near = (b: Booking, at: Date) => Math.abs(b.start.getTime() - at.getTime()) < DAY_MS;

/**
 * Resource calendars in memory. Like the real adapter, a read covers only the calendars of the
 * resources it names (all when it names none), and each write searches only a day around the time it
 * is given: `reserve` moves the request's hold found near `start` (else books a new one), `release`
 * frees the request's holds near `around`. A hold far away stays unless released there.
 */
export function memorySchedule(inventory: Inventory = TEST_INVENTORY): SchedulePort & { bookings: Booking[] } {
  const port = {
    bookings: [] as Booking[],
    inventory: () => ({
      inventory: structuredClone(inventory),
      zoomUsers: { 'Zoom Kominfo 1': 'zoom1@kominfo.go.id' },
      calendarIds: {},
      problems: [],
    }),
    bookingsBetween: (start: Date, end: Date, resources?: string[]) =>
      port.bookings.filter(
        (b) =>
          b.start < end &&
          start < b.end &&
          (!resources || resources.some((n) => n.toLowerCase() === b.resource.toLowerCase())),
      ),
    reserve(requestId: string, resource: string, start: Date, end: Date) {
      const mine = (b: Booking) => b.requestId === requestId && b.resource === resource && near(b, start);
      port.bookings = port.bookings.filter((b) => !mine(b));
      port.bookings.push({ requestId, resource, start, end });
    },
    release(requestId: string, resources: string[], around: Date) {
      const mine = (b: Booking) => b.requestId === requestId && resources.includes(b.resource) && near(b, around);
      const before = port.bookings.length;
      port.bookings = port.bookings.filter((b) => !mine(b));
      return before - port.bookings.length;
    },
  };
  return port;
}

export interface TestWorld {
  deps: Deps;
  register: ReturnType<typeof memoryRegister>;
  history: ReturnType<typeof memoryHistory>;
  schedule: ReturnType<typeof memorySchedule>;
  now: { t: Date };
  as(email: string): void;
  users: UserRecord[];
  delegations: Delegation[];
}

/** A world with one user per role of the preset (email '<role>@kominfo.go.id'), an admin, and TEST_INVENTORY. */
export function world(settings: Partial<Settings> = {}, start = new Date('2026-11-23T02:00:00Z')): TestWorld {
  const s: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const preset = presetById(s.presetId)!;
  const users: UserRecord[] = preset.roles.map((r) => ({
    email: `${r.id}@kominfo.go.id`,
    name: `Petugas ${r.label}`,
    nip: '',
    roles: [r.id],
    active: true,
    isAdmin: false,
  }));
  users.push({ email: 'admin@kominfo.go.id', name: 'Admin', nip: '', roles: [], active: true, isAdmin: true });
  const delegations: Delegation[] = [];
  const now = { t: start };
  let caller = 'admin@kominfo.go.id';
  const register = memoryRegister();
  const history = memoryHistory();
  const schedule = memorySchedule();
  const deps: Deps = {
    clock: { now: () => now.t },
    lock: { run: (fn) => fn() },
    register,
    history,
    config: {
      settings: () => ({ settings: s, problems: [] }),
      users: () => ({ users, delegations, problems: [] }),
      customPreset: () => null,
      resourceRows: () => null,
      invalidate: () => undefined,
    },
    identity: { activeUserEmail: () => caller },
    presets: { byId: presetById },
    effects: {},
    schedule,
  };
  return {
    deps,
    register,
    history,
    schedule,
    now,
    as: (e) => {
      caller = e;
    },
    users,
    delegations,
  };
}

// --- Timed work of the hourly run (anchor mail, capacity warning, upkeep, holidays): mail, Script
// Properties, the spreadsheet's size, and a script lock that counts its runs and can be busy. ---

/** Script Properties in memory (the scheduled runs' small state). */
export function memoryState(): KeyValuePort & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: (k) => values.get(k) ?? null,
    set: (k, v) => void values.set(k, v),
    remove: (k) => void values.delete(k),
  };
}

/** One mail as the app hands it to the mailer. */
export type SentMail = Parameters<MailerPort['send']>[0];

/**
 * Outgoing mail in memory, like the real mailer (io/mailer.ts): `sent` holds what went out; while
 * `quotaLeft` is 0 a send returns 'quota' and sends nothing; a mail with a key already sent with the
 * same key, recipients, subject and text within 6 hours (by `clock`, when given) is answered 'sent' and
 * not sent again.
 */
export function memoryMailer(clock?: { now(): Date }): MailerPort & { sent: SentMail[]; quotaLeft: number } {
  const ledger = new Map<string, number>();
  const m = {
    sent: [] as SentMail[],
    quotaLeft: Infinity,
    send(mail: SentMail): 'sent' | 'quota' {
      const now = clock?.now().getTime() ?? 0;
      const entry = clock && mail.key ? [mail.key, mail.to, mail.subject, mail.text].join('|') : '';
      if (entry && now - (ledger.get(entry) ?? -Infinity) < 6 * 3_600_000) return 'sent';
      if (m.quotaLeft <= 0) return 'quota';
      m.quotaLeft--;
      m.sent.push(structuredClone(mail));
      if (entry) ledger.set(entry, now);
      return 'sent';
    },
    officeUrl: () => 'https://docs.google.com/spreadsheets/d/kantor',
  };
  return m;
}

/** The spreadsheet's size: `cells` in use, requests taken since `firstReceived`; `measures` counts the counting. */
export function memorySpace(
  cells: number,
  firstReceived: Date | null,
): SpacePort & { last: Capacity | null; measures: number } {
  const s = {
    last: null as Capacity | null,
    measures: 0,
    measured: () => s.last,
    measure: () => (s.measures++, { cells, firstReceived }),
    record: (c: Capacity) => void (s.last = c),
  };
  return s;
}

/**
 * The script lock. `runs` counts the times it was held; `busyOn` lists the run numbers (1-based)
 * that find it busy (LockBusyError); `meanwhile` holds what other executions do while this one
 * waits: each run first lets the next of them finish.
 */
export function countingLock(): ScriptLock & { runs: number; busyOn: number[]; meanwhile: Array<() => void> } {
  const lock = {
    runs: 0,
    busyOn: [] as number[],
    meanwhile: [] as Array<() => void>,
    run<T>(fn: () => T): T {
      lock.runs++;
      if (lock.busyOn.includes(lock.runs)) throw new LockBusyError();
      lock.meanwhile.shift()?.();
      return fn();
    },
  };
  return lock;
}

// --- Zoom as "Tes koneksi" reaches it (test/app/zoom-check.test.ts) ---

/** The Server-to-Server OAuth app's credentials, as Zoom holds them and as the Script Properties keep them. */
export interface ZoomCredentials {
  accountId: string;
  clientId: string;
  clientSecret: string;
}

/**
 * The office's Zoom account behind ZoomCheckPort, answering as Zoom does and turned into messages as
 * io/admin-port.ts does (core mapZoomError): `saved` are the credentials in the Script Properties
 * (null: never filled in, answered without asking Zoom); a token request with a wrong client ID or
 * secret gets 401 invalid_client, with a wrong account ID 400 invalid_request; a token carries
 * `scopes`; a user lookup finds one of `users` (any letter case) or gets 404 code 1001. Once
 * `rateLimit.after` requests were answered, each further one gets 429 with Retry-After
 * `rateLimit.seconds`. `requests` logs what was asked ('POST /oauth/token', 'GET /users/<email>');
 * `tokens` the access tokens issued. Nothing here changes the account's users or the app.
 */
export function memoryZoom(
  app: ZoomCredentials,
  scopes: string[],
  users: string[],
): ZoomCheckPort & {
  saved: ZoomCredentials | null;
  rateLimit: { after: number; seconds: number } | null;
  requests: string[];
  tokens: string[];
} {
  const refused = (status: number, body: object, headers: Record<string, string> = {}) => ({
    ok: false as const,
    message: mapZoomError(status, JSON.stringify(body), headers).message,
  });
  const limited = () =>
    z.rateLimit !== null && z.requests.length > z.rateLimit.after
      ? refused(429, { code: 429, message: 'Too many requests.' }, { 'Retry-After': String(z.rateLimit.seconds) })
      : null;
  const z = {
    saved: { ...app } as ZoomCredentials | null,
    rateLimit: null as { after: number; seconds: number } | null,
    requests: [] as string[],
    tokens: [] as string[],
    zoomTokenScopes() {
      const saved = z.saved;
      if (!saved)
        return { ok: false as const, message: 'Kredensial Zoom belum diisi. Minta admin mengisinya di Pengaturan.' };
      z.requests.push('POST /oauth/token');
      const busy = limited();
      if (busy) return busy;
      if (saved.clientId !== app.clientId || saved.clientSecret !== app.clientSecret)
        return refused(401, { reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
      if (saved.accountId !== app.accountId)
        return refused(400, {
          reason: 'Invalid request : Bad Request : account_id is invalid',
          error: 'invalid_request',
        });
      z.tokens.push(`eyJhbGciOiJIUzUxMiJ9.access-${app.clientId}-${z.tokens.length + 1}`);
      return { ok: true as const, scopes: scopes.join(' ') };
    },
    zoomUserExists(email: string) {
      z.requests.push(`GET /users/${email}`);
      const busy = limited();
      if (busy) return busy;
      return { ok: true as const, exists: users.some((u) => u.toLowerCase() === email.toLowerCase()) };
    },
  };
  return z;
}
