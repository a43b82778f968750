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
import type { PeoplePort } from '../../src/app/people';
import { rowKey, type PeopleSection, type RowValues } from '../../src/core/people-fields';

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

/** One call of the people port's `write`, as the use case made it. */
interface PeopleWrite {
  section: PeopleSection;
  key: string | null;
  values: RowValues | null;
}

/**
 * The Pengguna, Plh and Sumber Daya sheets in memory, like io/people-port.ts: rows keyed by
 * rowKey; `write` with a key overwrites the fields it is given on that row (others, e.g. a
 * resource's calendarId, stay), without one appends, with null values deletes; `writes` logs
 * every call. `syncEditors` shares with Pengguna's active users and unshares the rest of
 * `editors`, answering in io/editors.ts's words.
 */
export function memoryPeople(
  seed: Partial<Record<PeopleSection, RowValues[]>> = {},
): PeoplePort & { sheets: Record<PeopleSection, RowValues[]>; writes: PeopleWrite[]; editors: Set<string> } {
  const sheets: Record<PeopleSection, RowValues[]> = {
    pengguna: [],
    plh: [],
    sumberdaya: [],
    ...structuredClone(seed),
  };
  const port = {
    sheets,
    writes: [] as PeopleWrite[],
    editors: new Set<string>(),
    rows: (section: PeopleSection) => sheets[section].map((v) => ({ key: rowKey(section, v), values: { ...v } })),
    write(section: PeopleSection, key: string | null, values: RowValues | null) {
      port.writes.push(structuredClone({ section, key, values }));
      const at = key === null ? -1 : sheets[section].findIndex((v) => rowKey(section, v) === key);
      if (values === null) sheets[section] = sheets[section].filter((_v, i) => i !== at);
      else if (at < 0) sheets[section].push({ ...values });
      else sheets[section][at] = { ...sheets[section][at], ...values };
    },
    syncEditors() {
      const active = sheets.pengguna.filter((v) => v.active === 'Ya').map((v) => v.email.toLowerCase());
      const added = active.filter((e) => !port.editors.has(e));
      const removed = [...port.editors].filter((e) => !active.includes(e));
      port.editors = new Set(active);
      return [
        ...(added.length ? [`Spreadsheet dibagikan sebagai editor kepada: ${added.join(', ')}.`] : []),
        ...(removed.length ? [`Akses editor spreadsheet dicabut: ${removed.join(', ')}.`] : []),
      ];
    },
  };
  return port;
}

/** `users` as their Pengguna rows would read (active and admin as 'Ya' / 'Tidak'). */
export const penggunaRows = (users: UserRecord[]): RowValues[] =>
  users.map((u) => ({
    email: u.email,
    name: u.name,
    nip: u.nip,
    roles: u.roles.join(', '),
    active: u.active ? 'Ya' : 'Tidak',
    admin: u.isAdmin ? 'Ya' : 'Tidak',
    whatsapp: '',
  }));
