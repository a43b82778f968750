/** Small stateful fakes of the app's ports, for use-case tests without the stand-in. */
import { createHash } from 'crypto';
import type { Deps, HistoryStore, RegisterStore, SchedulePort, StoredRequest } from '../../src/app/ports';
import type { KeyValuePort, MailerPort } from '../../src/app/ports';
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
 * same key, recipients, subject and text within 6 hours (by `clock`) is answered 'sent' and not sent again.
 */
export function memoryMailer(clock: { now(): Date }): MailerPort & { sent: SentMail[]; quotaLeft: number } {
  const ledger = new Map<string, number>();
  const m = {
    sent: [] as SentMail[],
    quotaLeft: Infinity,
    send(mail: SentMail): 'sent' | 'quota' {
      const now = clock.now().getTime();
      const entry = mail.key ? [mail.key, mail.to, mail.subject, mail.text].join('|') : '';
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

type InstallProbes = import('../../src/app/install-probes').InstallProbes;

/**
 * The engine's install-check probes on a healthy installation (override any probe with `over`):
 * the office account owns and runs everything, two triggers, two protected sheets, every scope,
 * a year of modest growth, no Log errors. `asked` records, in order, each probe that reaches out.
 */
export function healthyProbes(over: Partial<InstallProbes> = {}): InstallProbes & { asked: string[] } {
  const asked: string[] = [];
  const fake: InstallProbes = {
    zoomTokenScopes: () => ({ ok: false, message: 'tidak dipakai' }),
    zoomUserExists: () => ({ ok: true, exists: true }),
    account: () => ({ office: 'layanan@kominfo.go.id', spreadsheetOwner: 'layanan@kominfo.go.id' }),
    triggers: () => ({
      found: [
        { handler: 'onFpvcSubmit', sourceId: 'form-1' },
        { handler: 'runHourly', sourceId: '' },
      ],
      needs: [
        { handler: 'onFpvcSubmit', label: 'kiriman formulir', sourceId: 'form-1' },
        { handler: 'runHourly', label: 'per jam', sourceId: null },
      ],
    }),
    ownership: () => [
      { what: 'Formulir FPVC', owned: true },
      { what: 'Folder "Layanan Vicon"', owned: true },
    ],
    form: (responders) => ({
      found: true,
      published: true,
      accepting: true,
      linkedHere: true,
      responders,
      anyoneMayAnswer: true,
      domainMayAnswer: false,
    }),
    protections: () =>
      ['Register', 'Riwayat'].map((sheet) => ({
        sheet,
        exists: true,
        protectedSheet: true,
        warningOnly: false,
        otherEditors: 0,
        domainEdit: false,
      })),
    neededScopes: () => ['spreadsheets', 'calendar'],
    grants: () => ({ granted: ['spreadsheets', 'calendar'], error: '' }),
    cells: () => ({ used: 120_000, growing: 20_000, since: new Date('2025-11-23T02:00:00Z') }),
    recentErrors: (since) => {
      asked.push(`errors since ${since.toISOString()}`);
      return [];
    },
    meta: () => ({ version: 'v1', spreadsheetZone: 'Asia/Jakarta', spreadsheetLocale: 'id_ID' }),
    webApp: (url) => {
      asked.push(`webApp ${url}`);
      return { answered: true, forgedRefused: true, raw: [] };
    },
    calendars: (start, end) => {
      asked.push(`calendars ${start.toISOString()} ${end.toISOString()}`);
      return [];
    },
    testMail: (to) => {
      asked.push(`mail ${to}`);
      return { sent: true, quotaLeft: 99, raw: '' };
    },
    letter: () => ({ failedAt: null, raw: '' }),
    exportEndpoint: () => ({ status: 200, isXlsx: true, removed: true, raw: '' }),
    zoomTestMeeting: (host, date, zone) => {
      asked.push(`zoom ${host} ${date} ${zone}`);
      return { got: '2027-12-28T03:00:00Z', failedAt: null, raw: '' };
    },
    ...over,
  };
  return Object.assign(fake, { asked });
}
