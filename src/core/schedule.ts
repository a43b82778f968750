/**
 * "Does this clash?" — pure interval logic for Zoom host accounts, rooms and operators.
 *
 * Buffer rule: every meeting holds its resource from its start until `bufferMinutes`
 * after its end, so two meetings on one resource need a gap of at least the buffer
 * (back to back clashes with a 15-minute buffer, not with 0). The same rule applies to
 * the requested slot and to every existing booking, so the check is symmetric and a
 * concurrency-2 host never has three holds at one instant.
 */
import { localDate, toInstant } from './dates';
import { formatLongDate, formatTimeRange } from './indonesian';
import { slotProblems, type ScheduleSettings, type SlotTime } from './slot';
import { proposeAlternatives } from './alternatives';

export { slotProblems, proposeAlternatives };
export type { ScheduleSettings, SlotTime };

/** A resource held by a request: `resource` is a host or room name, or an operator's email. */
export interface Booking {
  requestId: string;
  resource: string;
  start: Date;
  end: Date;
}
/** A Zoom host account; `concurrency` 2 means it may run two meetings at once. */
export interface HostAccount {
  name: string;
  concurrency: 1 | 2;
  capacity: number;
  active: boolean;
}
export interface Room {
  name: string;
  capacity: number;
  active: boolean;
}
export interface Operator {
  email: string;
  name: string;
  active: boolean;
}
/** A requested meeting in office-local terms. */
export interface SlotRequest {
  requestId: string;
  date: string;
  start: string;
  end: string;
  participants: number;
}
export interface Interval {
  start: Date;
  end: Date;
}
export interface Inventory {
  hosts: HostAccount[];
  rooms: Room[];
  operators: Operator[];
}
/** What to reserve: any free host (true) or a named override; a named room or any (true); an operator email. */
export interface ResourceNeed {
  host?: boolean | string;
  room?: string | true;
  operator?: string;
}
export type HostChoice = { ok: true; host: string } | { ok: false; reason: string; clashes: string[] };
export type ResourceCheck =
  | { ok: true; host?: string; room?: string }
  | { ok: false; reasons: string[]; clashes: string[]; alternatives: SlotTime[] };

const MINUTE_MS = 60_000;

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const uniqueSorted = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

/** The hold of a requested slot: local start → end + buffer, as instants. Throws on an unusable slot. */
export function interval(slot: SlotTime, settings: ScheduleSettings): Interval {
  const problems = slotProblems(slot);
  if (problems.length > 0) throw new RangeError(problems.join(' '));
  const end = toInstant(slot.date, slot.end, settings.timeZone);
  return {
    start: toInstant(slot.date, slot.start, settings.timeZone),
    end: new Date(end.getTime() + settings.bufferMinutes * MINUTE_MS),
  };
}

/** The hold of an existing booking: start → end + buffer. */
export function bookingInterval(booking: Booking, settings: ScheduleSettings): Interval {
  return { start: booking.start, end: new Date(booking.end.getTime() + settings.bufferMinutes * MINUTE_MS) };
}

/** True when two half-open intervals [start, end) share an instant. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/**
 * The bookings that make `resourceName` unavailable for `slot`: those holding it at an
 * instant of the slot's hold when `concurrency` or more holds overlap there (a sweep).
 * Bookings of the slot's own request are ignored (a request never clashes with itself),
 * so callers must replace a request's bookings, never append (see `replaceBookings`).
 */
export function clashesFor(
  resourceName: string,
  concurrency: number,
  slot: SlotRequest,
  bookings: Booking[],
  settings: ScheduleSettings,
): Booking[] {
  const window = interval(slot, settings);
  const held = bookings
    .filter((b) => sameName(b.resource, resourceName) && !(slot.requestId !== '' && b.requestId === slot.requestId))
    .map((b) => ({ b, iv: bookingInterval(b, settings) }))
    .filter((x) => overlaps(x.iv, window));
  if (held.length < concurrency) return [];
  const lo = window.start.getTime();
  const hi = window.end.getTime();
  const cuts = [lo, ...held.flatMap((x) => [x.iv.start.getTime(), x.iv.end.getTime()])].filter(
    (t) => t >= lo && t < hi,
  );
  const guilty = new Set<Booking>();
  for (const t of new Set(cuts)) {
    const covering = held.filter((x) => x.iv.start.getTime() <= t && t < x.iv.end.getTime());
    if (covering.length >= concurrency) covering.forEach((x) => guilty.add(x.b));
  }
  return held
    .filter((x) => guilty.has(x.b))
    .map((x) => x.b)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** True when `resourceName` can take `slot` without exceeding `concurrency` at any instant. */
export function isFree(
  resourceName: string,
  concurrency: number,
  slot: SlotRequest,
  bookings: Booking[],
  settings: ScheduleSettings,
): boolean {
  return clashesFor(resourceName, concurrency, slot, bookings, settings).length === 0;
}

function when(slot: SlotTime, settings: ScheduleSettings): string {
  return `${formatLongDate(slot.date)} ${formatTimeRange(slot.start, slot.end, settings.timeZone)}`;
}

function clashIds(found: Booking[]): string[] {
  return uniqueSorted(found.map((b) => b.requestId));
}

function dayLoad(hostName: string, slot: SlotRequest, bookings: Booking[], settings: ScheduleSettings): number {
  return bookings.filter(
    (b) =>
      sameName(b.resource, hostName) &&
      b.requestId !== slot.requestId &&
      localDate(b.start, settings.timeZone) === slot.date,
  ).length;
}

function overrideHost(
  hosts: HostAccount[],
  name: string,
  slot: SlotRequest,
  bookings: Booking[],
  settings: ScheduleSettings,
): HostChoice {
  const host = hosts.find((h) => sameName(h.name, name));
  if (!host) return { ok: false, reason: `Akun host "${name}" tidak terdaftar di Sumber Daya.`, clashes: [] };
  if (!host.active) return { ok: false, reason: `Akun host "${host.name}" tidak aktif.`, clashes: [] };
  if (host.capacity < slot.participants) {
    return {
      ok: false,
      reason: `Kapasitas akun host "${host.name}" (${host.capacity} peserta) kurang dari jumlah peserta (${slot.participants}).`,
      clashes: [],
    };
  }
  const ids = clashIds(clashesFor(host.name, host.concurrency, slot, bookings, settings));
  if (ids.length > 0) {
    return {
      ok: false,
      reason: `Akun host "${host.name}" sudah terpakai pada ${when(slot, settings)}: bentrok dengan ${ids.join(', ')}.`,
      clashes: ids,
    };
  }
  return { ok: true, host: host.name };
}

/**
 * Picks a Zoom host for `slot`: among active hosts with capacity ≥ participants that are
 * free, the one with the fewest bookings on that local day; ties go to the earlier host
 * in `hosts`. A non-empty `override` must name such a free eligible host, or is refused
 * with an Indonesian reason naming the clashing request IDs.
 */
export function chooseHost(
  hosts: HostAccount[],
  slot: SlotRequest,
  bookings: Booking[],
  settings: ScheduleSettings,
  override?: string,
): HostChoice {
  const problems = slotProblems(slot);
  if (problems.length > 0) return { ok: false, reason: problems.join(' '), clashes: [] };
  if (override !== undefined && override.trim() !== '')
    return overrideHost(hosts, override.trim(), slot, bookings, settings);
  const eligible = hosts.filter((h) => h.active && h.capacity >= slot.participants);
  if (eligible.length === 0) {
    return {
      ok: false,
      reason: `Tidak ada akun host aktif dengan kapasitas minimal ${slot.participants} peserta. Periksa tab Sumber Daya.`,
      clashes: [],
    };
  }
  let best: { name: string; load: number } | undefined;
  const busy: Booking[] = [];
  for (const h of eligible) {
    const found = clashesFor(h.name, h.concurrency, slot, bookings, settings);
    busy.push(...found);
    if (found.length > 0) continue;
    const load = dayLoad(h.name, slot, bookings, settings);
    if (best === undefined || load < best.load) best = { name: h.name, load };
  }
  if (best) return { ok: true, host: best.name };
  const ids = clashIds(busy);
  return {
    ok: false,
    reason: `Semua akun host terpakai pada ${when(slot, settings)}: bentrok dengan ${ids.join(', ')}.`,
    clashes: ids,
  };
}

interface Verdict {
  reasons: string[];
  clashes: string[];
  host?: string;
  room?: string;
}

function checkRoom(
  want: string | true,
  slot: SlotRequest,
  rooms: Room[],
  bookings: Booking[],
  settings: ScheduleSettings,
  v: Verdict,
): void {
  const named = want === true ? undefined : rooms.find((r) => sameName(r.name, want));
  if (want !== true && !named) {
    v.reasons.push(`Ruangan "${want}" tidak terdaftar di Sumber Daya.`);
    return;
  }
  if (named && !named.active) {
    v.reasons.push(`Ruangan "${named.name}" tidak aktif.`);
    return;
  }
  const candidates = named ? [named] : rooms.filter((r) => r.active);
  if (candidates.length === 0) {
    v.reasons.push('Tidak ada ruangan aktif di Sumber Daya.');
    return;
  }
  const busy = candidates.map((r) => clashesFor(r.name, 1, slot, bookings, settings));
  const free = candidates.filter((_, i) => busy[i].length === 0);
  const pick = free.find((r) => r.capacity >= slot.participants) ?? free[0];
  if (pick) {
    v.room = pick.name;
    return;
  }
  const ids = clashIds(busy.flat());
  const what = named ? `Ruangan "${named.name}" sudah terpakai` : 'Semua ruangan terpakai';
  v.reasons.push(`${what} pada ${when(slot, settings)}: bentrok dengan ${ids.join(', ')}.`);
  v.clashes.push(...ids);
}

function checkOperator(
  email: string,
  slot: SlotRequest,
  operators: Operator[],
  bookings: Booking[],
  settings: ScheduleSettings,
  v: Verdict,
): void {
  const op = operators.find((o) => sameName(o.email, email));
  if (!op) {
    v.reasons.push(`Operator "${email}" tidak terdaftar.`);
    return;
  }
  if (!op.active) {
    v.reasons.push(`Operator ${op.name} tidak aktif.`);
    return;
  }
  const ids = clashIds(clashesFor(op.email, 1, slot, bookings, settings));
  if (ids.length === 0) return;
  v.reasons.push(`Operator ${op.name} sudah bertugas pada ${when(slot, settings)}: bentrok dengan ${ids.join(', ')}.`);
  v.clashes.push(...ids);
}

function evaluate(
  slot: SlotRequest,
  need: ResourceNeed,
  inv: Inventory,
  bookings: Booking[],
  settings: ScheduleSettings,
): Verdict {
  const v: Verdict = { reasons: slotProblems(slot), clashes: [] };
  if (v.reasons.length > 0) return v;
  if (need.host !== undefined && need.host !== false) {
    const h = chooseHost(inv.hosts, slot, bookings, settings, typeof need.host === 'string' ? need.host : undefined);
    if (h.ok) v.host = h.host;
    else {
      v.reasons.push(h.reason);
      v.clashes.push(...h.clashes);
    }
  }
  if (need.room !== undefined && need.room !== '') checkRoom(need.room, slot, inv.rooms, bookings, settings, v);
  if (need.operator !== undefined && need.operator.trim() !== '')
    checkOperator(need.operator.trim(), slot, inv.operators, bookings, settings, v);
  return v;
}

/**
 * Checks every needed resource for `slot` (rooms and operators hold one meeting at a time).
 * On success names the chosen host and room. On failure gives Indonesian reasons, the
 * clashing request IDs and, when something clashed, up to three free alternative slots.
 */
export function checkResources(
  slot: SlotRequest,
  need: ResourceNeed,
  inventory: Inventory,
  bookings: Booking[],
  settings: ScheduleSettings,
): ResourceCheck {
  const v = evaluate(slot, need, inventory, bookings, settings);
  if (v.reasons.length === 0) {
    return {
      ok: true,
      ...(v.host !== undefined ? { host: v.host } : {}),
      ...(v.room !== undefined ? { room: v.room } : {}),
    };
  }
  const clashes = uniqueSorted(v.clashes);
  const alternatives =
    clashes.length === 0
      ? []
      : proposeAlternatives(
          slot,
          (alt) => evaluate({ ...slot, ...alt }, need, inventory, bookings, settings).reasons.length === 0,
          settings,
        );
  return { ok: false, reasons: v.reasons, clashes, alternatives };
}

/**
 * An intake warning (not a rejection) when no host could take the slot: "Bentrok dengan
 * VC-2026-0003, VC-2026-0007: …", or the reason no host fits. Null when a host is free
 * or the slot is unreadable (validation reports that).
 */
export function intakeClashWarning(
  slot: SlotRequest,
  bookings: Booking[],
  hosts: HostAccount[],
  settings: ScheduleSettings,
): string | null {
  if (slotProblems(slot).length > 0) return null;
  const choice = chooseHost(hosts, slot, bookings, settings);
  if (choice.ok) return null;
  if (choice.clashes.length === 0) return choice.reason;
  return `Bentrok dengan ${choice.clashes.join(', ')}: semua akun host terpakai pada jam tersebut.`;
}

/** The bookings an approved check reserves (host, room, operator), unpadded, for `slot`. */
export function reservations(
  slot: SlotRequest,
  granted: { host?: string; room?: string; operator?: string },
  settings: ScheduleSettings,
): Booking[] {
  const start = toInstant(slot.date, slot.start, settings.timeZone);
  const end = toInstant(slot.date, slot.end, settings.timeZone);
  return [granted.host, granted.room, granted.operator]
    .filter((r): r is string => r !== undefined && r.trim() !== '')
    .map((resource) => ({ requestId: slot.requestId, resource, start, end }));
}

/** `bookings` with every booking of `requestId` replaced by `fresh` (use this, never append). */
export function replaceBookings(bookings: Booking[], requestId: string, fresh: Booking[]): Booking[] {
  return [...bookings.filter((b) => b.requestId !== requestId), ...fresh];
}
