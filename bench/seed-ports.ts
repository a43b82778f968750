/**
 * The office the seeder walks requests through: the product's own use cases (intake, one step)
 * over memory stores and the product's own effect handlers, whose outside world (calendars,
 * Zoom, mail, Docs) answers as the stand-in would. Only the storage is in memory, so the rows
 * it leaves are the rows real use writes (test/e2e/seed-fidelity.e2e.test.ts compares them).
 */
import { createHash } from 'crypto';
import type { Deps, HistoryStore, MailerPort, RegisterStore, SchedulePort, StoredRequest } from '../src/app/ports';
import { meetingHandlers } from '../src/app/effect-handlers';
import { deliveryHandlers } from '../src/app/delivery';
import { letterHandlers } from '../src/app/letters';
import { reportHandler } from '../src/app/report';
import { liveNow } from '../src/app/commit';
import { chain, GENESIS_HASH, type HistoryRecord } from '../src/core/history';
import { DEFAULT_LETTER_TEMPLATES, type IssuedLetter, type LetterKind } from '../src/core/letter';
import type { VcRequest } from '../src/core/request';
import type { Booking } from '../src/core/schedule';
import type { Settings } from '../src/core/settings';
import { presetById } from '../src/core/sop/presets';
import type { UserRecord } from '../src/core/users';
import { letterDraftName } from '../src/io/docs';
import { inventoryFromRows } from '../src/io/resources';

const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const DAY = 86_400_000;

/** The memory Register: row order, a number → index map, and the requests not yet finished. */
export interface SeedRegister extends RegisterStore {
  rows: VcRequest[];
}

/**
 * `stillLive` judges a request at the walk's clock: what live() gives drops the requests that
 * stopped being live, as the hourly upkeep prunes the live index (app/upkeep.ts), so each step
 * reads what is open, not every request of the years walked so far.
 */
function seedRegister(stillLive: (r: VcRequest) => boolean): SeedRegister {
  const index = new Map<string, number>();
  const open = new Set<string>();
  const ids: string[] = [];
  const byRef = new Map<string, string>();
  const store: SeedRegister = {
    rows: [],
    numberOfRef: (ref) => byRef.get(ref) ?? null,
    numbersOf: () => ids,
    append(r) {
      index.set(r.id, store.rows.length);
      open.add(r.id);
      store.rows.push(structuredClone(r));
      ids.push(r.id);
      if (!byRef.has(r.responseRef)) byRef.set(r.responseRef, r.id);
      return { row: store.rows.length + 1, request: structuredClone(r) };
    },
    find(id): StoredRequest | null {
      const i = index.get(id);
      return i === undefined ? null : { row: i + 2, request: structuredClone(store.rows[i]) };
    },
    write(s, live) {
      store.rows[s.row - 2] = structuredClone(s.request);
      if (live) open.add(s.request.id);
      else open.delete(s.request.id);
    },
    live: () => {
      for (const id of open) if (!stillLive(store.rows[index.get(id)!])) open.delete(id);
      return [...open].map((id) => ({ row: index.get(id)! + 2, request: structuredClone(store.rows[index.get(id)!]) }));
    },
    refresh: () => undefined,
    receivedBetween: (start, end) =>
      store.rows.filter((r) => Date.parse(r.receivedAt) >= +start && Date.parse(r.receivedAt) < +end),
    readAll: () => store.rows,
  };
  return store;
}

/** The memory Riwayat: chained with SHA-256 like the sheet store, found by request. */
export interface SeedHistory extends HistoryStore {
  records: HistoryRecord[];
}

/**
 * `at` as the Riwayat store writes it: ISO 8601 to the second with the offset of `zone`
 * ('2026-11-23T09:00:00+07:00'), what Utilities.formatDate gives for "yyyy-MM-dd'T'HH:mm:ssXXX".
 */
const FORMATS = new Map<string, Intl.DateTimeFormat>();
const formatOf = (zone: string): Intl.DateTimeFormat => {
  const known = FORMATS.get(zone);
  if (known) return known;
  const made = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  FORMATS.set(zone, made);
  return made;
};

function localStamp(at: string, zone: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const parts = Object.fromEntries(
    formatOf(zone)
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  const wall = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  const offset = Math.round((Date.parse(`${wall}Z`) - Math.floor(d.getTime() / 1000) * 1000) / 60000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${wall}${offset === 0 ? 'Z' : `${sign}${hhmm}`}`;
}

function seedHistory(zone: string): SeedHistory {
  const byRequest = new Map<string, HistoryRecord[]>();
  const h: SeedHistory = {
    records: [],
    nextRow: () => h.records.length + 2,
    append(entries) {
      const head = h.records.length ? h.records[h.records.length - 1].hash : GENESIS_HASH;
      const stamped = entries.map((e) => ({ ...e, at: localStamp(e.at, zone) }));
      for (const r of chain(stamped, head, sha)) {
        h.records.push(r);
        byRequest.set(r.requestId, [...(byRequest.get(r.requestId) ?? []), r]);
      }
    },
    forRequest: (id) => ({ records: byRequest.get(id) ?? [], unreadable: 0 }),
    ofRequests: (requests) => requests.flatMap((r) => byRequest.get(r.id) ?? []),
    readAll: () => h.records,
    anchor: () => {
      const last = h.records[h.records.length - 1];
      return last ? { count: h.records.length, hash: last.hash, damage: '' } : null;
    },
    verify: () => null,
  };
  return h;
}

/** Resource calendars in memory, by day, answering like the calendar port. */
function seedSchedule(resourceRows: unknown[][], emails: string[]): SchedulePort {
  const read = inventoryFromRows(resourceRows, emails);
  const byDay = new Map<number, Booking[]>();
  const day = (d: Date) => Math.floor(d.getTime() / DAY);
  const booked = new Set(Object.keys(read.calendarIds).map((k) => k.toLowerCase()));
  const onCalendar = (name: string) => booked.has(name.toLowerCase());
  return {
    inventory: () => read,
    bookingsBetween: (start, end) => {
      const out: Booking[] = [];
      for (let d = day(start); d <= day(end); d++)
        out.push(...(byDay.get(d) ?? []).filter((b) => b.start < end && start < b.end));
      return out;
    },
    reserve(requestId, resource, start, end) {
      if (!onCalendar(resource)) return;
      const list = (byDay.get(day(start)) ?? []).filter((b) => !(b.requestId === requestId && b.resource === resource));
      byDay.set(day(start), [...list, { requestId, resource, start, end }]);
    },
    release(requestId, resources, around) {
      const list = byDay.get(day(around)) ?? [];
      const names = resources.filter(onCalendar);
      const kept = list.filter((b) => !(b.requestId === requestId && names.includes(b.resource)));
      byDay.set(day(around), kept);
      return list.length - kept.length;
    },
  };
}

/** Zoom, Meet, Docs and Drive as the stand-in answers them (ids from counters). */
function seedOutside(clock: { t: Date }) {
  let n = 0;
  const next = () => String(++n);
  const pdfs = new Map<string, { fileId: string; url: string; name: string }>();
  const issued: Array<IssuedLetter & { requestId: string }> = [];
  return {
    meetings: {
      createZoom: () => {
        const id = String(81_000_000_000 + n++);
        return { meetingId: id, joinUrl: `https://us06web.zoom.us/j/${id}?pwd=seed${id}`, passcode: '123456' };
      },
      deleteZoom: () => undefined,
      updateZoom: () => undefined,
      createMeet: () => ({
        status: 'ready' as const,
        joinUrl: `https://meet.google.com/sed-${next()}`,
        meetingId: next(),
      }),
      recordings: () => null,
    },
    docs: {
      templateText: (kind: LetterKind) => DEFAULT_LETTER_TEMPLATES[kind],
      render: () => ({ docId: `doc-${next()}`, url: `https://docs.google.com/document/d/doc-${n}/edit`, problems: [] }),
      exportPdf: (requestId: string, kind: LetterKind) => {
        const pdf = {
          fileId: `pdf-${next()}`,
          url: `https://drive.google.com/file/d/pdf-${n}/view`,
          name: `${letterDraftName(requestId, kind)}.pdf`,
        };
        pdfs.set(`${requestId}|${kind}`, pdf);
        return pdf;
      },
      findPdf: (requestId: string, kind: LetterKind) => pdfs.get(`${requestId}|${kind}`) ?? null,
    },
    numbers: {
      issued: () => issued,
      record: (l: IssuedLetter & { requestId: string }) => void issued.push(l),
      markVoid: () => undefined,
    },
    report: { render: () => ({ pdfUrl: `https://drive.google.com/file/d/laporan-${next()}/view`, problems: [] }) },
    now: () => clock.t,
  };
}

const MAILER: MailerPort = { send: () => 'sent', officeUrl: () => 'https://docs.google.com/spreadsheets/d/seed' };

/** The office of the seeder: its deps, stores, clock and caller. */
export interface SeedOffice {
  deps: Deps;
  register: SeedRegister;
  history: SeedHistory;
  clock: { t: Date };
  caller: { email: string };
}

/**
 * An office with `settings`, `users` and the resources in `resourceRows` (Sumber Daya, header
 * first); Riwayat times are stamped in `sheetZone`, the spreadsheet's zone, as the sheet store does.
 */
export function seedOffice(
  settings: Settings,
  users: UserRecord[],
  resourceRows: unknown[][],
  sheetZone: string,
): SeedOffice {
  const clock = { t: new Date(0) };
  const caller = { email: '' };
  const register = seedRegister((r) => liveNow(deps, r));
  const history = seedHistory(sheetZone);
  const schedule = seedSchedule(
    resourceRows,
    users.map((u) => u.email),
  );
  const out = seedOutside(clock);
  const sys = { now: () => clock.t };
  const config = {
    settings: () => ({ settings, problems: [] }),
    users: () => ({ users, delegations: [], problems: [] }),
    customPreset: () => null,
    resourceRows: () => resourceRows,
    invalidate: () => undefined,
  };
  const effects = {
    ...meetingHandlers(schedule, out.meetings, () => settings),
    ...deliveryHandlers(MAILER, { clock: sys, settings: () => settings, users: config.users }),
    ...letterHandlers({
      clock: sys,
      settings: () => settings,
      users: config.users,
      docs: out.docs,
      numbers: out.numbers,
      mailer: MAILER,
    }),
    make_report: reportHandler(out.report, () => settings, sys),
  };
  const deps: Deps = {
    clock: sys,
    lock: { run: (fn) => fn() },
    register,
    history,
    config,
    identity: { activeUserEmail: () => caller.email },
    presets: { byId: presetById },
    effects,
    schedule,
    mailer: MAILER,
  };
  return { deps, register, history, clock, caller };
}
