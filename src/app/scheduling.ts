/**
 * The schedule decision at the step the preset marks: re-check, under the
 * script lock, the resource calendars and the register, then assign a host
 * (least busy, or the official's free choice) and a room. On a clash the
 * action is refused with the clashing requests and three alternatives.
 */
import { toInstant, type OfficeZone } from '../core/dates';
import { LOOKAHEAD_DAYS } from '../core/alternatives';
import { formatLongDate, formatTimeRange } from '../core/indonesian';
import type { VcRequest } from '../core/request';
import {
  checkResources,
  intakeClashWarning,
  reservations,
  type Booking,
  type ResourceNeed,
  type ScheduleSettings,
  type SlotRequest,
} from '../core/schedule';
import type { Settings } from '../core/settings';
import { calendarOf } from '../core/office-calendar';
import { isWorkingDay } from '../core/working-time';
import type { Deps, SchedulePort } from './ports';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The request's slot, or null when its date/time is not usable. */
export function slotOf(r: VcRequest): SlotRequest | null {
  if (!r.eventDate || !r.startTime || !r.endTime) return null;
  return { requestId: r.id, date: r.eventDate, start: r.startTime, end: r.endTime, participants: r.participants ?? 1 };
}

/**
 * The schedule settings of the office: its hours, and its working days (holidays excluded) for
 * alternatives; with `now`, no alternative is proposed that starts before it.
 */
export function scheduleSettings(s: Settings, now?: Date): ScheduleSettings {
  const cal = calendarOf(s);
  return {
    bufferMinutes: s.bufferMinutes,
    officeStart: s.officeHoursStart,
    officeEnd: s.officeHoursEnd,
    timeZone: s.timeZone,
    isWorkingDay: (date) => isWorkingDay(cal, date),
    ...(now ? { notBefore: now } : {}),
  };
}

/**
 * Bookings for the slot and its alternatives: the calendars from the day before the slot's day to
 * `daysAfter` days after it, plus the holds of every approved live request (the index) not yet on a
 * calendar, whatever its day (an alternative may fall on a later day).
 */
function bookingsAround(
  port: SchedulePort,
  slot: SlotRequest,
  tz: OfficeZone,
  registerRows: VcRequest[],
  s: ScheduleSettings,
  resources: string[],
  daysAfter = 2,
): Booking[] {
  const dayStart = toInstant(slot.date, '00:00', tz);
  const fromCalendars = port.bookingsBetween(
    new Date(dayStart.getTime() - DAY_MS),
    new Date(dayStart.getTime() + daysAfter * DAY_MS),
    resources,
  );
  const onCalendar = new Set(fromCalendars.map((b) => `${b.requestId}|${b.resource.toLowerCase()}`));
  const fromRegister = registerRows.flatMap((r) => {
    const other = slotOf(r);
    if (!other || r.id === slot.requestId) return [];
    return reservations(
      other,
      { host: r.host || undefined, room: r.room || undefined, operator: r.operator || undefined },
      s,
    ).filter((b) => !onCalendar.has(`${b.requestId}|${b.resource.toLowerCase()}`));
  });
  return [...fromCalendars, ...fromRegister];
}

/** Formats alternatives for people: 'Senin, 5 Januari 2026 09.00–10.00 WIB'. */
export function alternativesText(alts: Array<{ date: string; start: string; end: string }>, tz: OfficeZone): string {
  return alts.map((a) => `${formatLongDate(a.date)} ${formatTimeRange(a.start, a.end, tz)}`).join('; ');
}

/** Why the schedule cannot be decided in an office whose Sumber Daya sheet is missing. */
const NO_RESOURCES_SHEET =
  'sheet Sumber Daya tidak ada, sehingga bentrok jadwal tidak dapat diperiksa. Jalankan Layanan Vicon › Siapkan untuk membuatnya kembali, lalu isi akun Zoom, ruang, dan operator.';

type ScheduleDecision = { ok: true; host: string; room: string } | { ok: false; reason: string };

/** Checks `need` for `r`'s slot against the calendars and the register, with alternatives on a clash. */
function checkNeed(
  deps: Deps,
  r: VcRequest,
  need: (inv: ReturnType<SchedulePort['inventory']>) => ResourceNeed,
): ScheduleDecision {
  if (!deps.schedule) return { ok: false, reason: NO_RESOURCES_SHEET };
  const slot = slotOf(r);
  if (!slot) return { ok: false, reason: 'Tanggal atau jam kegiatan belum jelas; jadwal tidak dapat diperiksa.' };
  const { settings } = deps.config.settings();
  const s = scheduleSettings(settings, deps.clock.now());
  const inv = deps.schedule.inventory();
  const wanted = need(inv);
  const resources = [
    ...(wanted.host ? inv.inventory.hosts.map((h) => h.name) : []),
    ...(wanted.room ? inv.inventory.rooms.map((x) => x.name) : []),
    ...(wanted.operator ? [wanted.operator] : []),
  ];
  const live = deps.register.live().map((x) => x.request);
  const port = deps.schedule;
  const around = (days?: number) => bookingsAround(port, slot, settings.timeZone, live, s, resources, days);
  const result = checkResources(slot, wanted, inv.inventory, around(), s);
  if (result.ok) return { ok: true, host: result.host ?? '', room: result.room ?? '' };
  // Alternatives may fall on any day of the lookahead: only on a clash are the calendars read that far.
  const wide = result.alternatives.length
    ? checkResources(slot, wanted, inv.inventory, around(LOOKAHEAD_DAYS + 2), s)
    : result;
  const alternatives = wide.ok ? [] : wide.alternatives;
  // Each reason already names the requests it clashes with: the clash is said once.
  const alts = alternatives.length ? ` Alternatif: ${alternativesText(alternatives, settings.timeZone)}.` : '';
  return { ok: false, reason: `${result.reasons.join(' ')}${alts}` };
}

const listedOperator = (inv: ReturnType<SchedulePort['inventory']>, email: string): string | undefined =>
  email !== '' && inv.inventory.operators.some((o) => o.email.toLowerCase() === email.toLowerCase())
    ? email
    : undefined;

/**
 * The authoritative check before an action that checks the schedule: the host/room to assign, or a
 * refusal text with alternatives. Without a Sumber Daya sheet nothing can be checked, so it refuses.
 */
export function decideSchedule(deps: Deps, r: VcRequest): ScheduleDecision {
  return checkNeed(deps, r, (inv) => ({
    host: r.platform === 'zoom' ? r.host || true : undefined,
    room: r.needsRoom ? r.room || true : undefined,
    operator: listedOperator(inv, r.operator),
  }));
}

/**
 * The check of a host or operator an official chose at an action that does not check the whole
 * schedule: a chosen host must be an active account in Sumber Daya and free (with the clash check),
 * a chosen operator listed in Sumber Daya must be free. Null when fine, else the refusal.
 */
export function chosenResourcesProblem(
  deps: Deps,
  r: VcRequest,
  chosen: { host: string; operator: string },
): string | null {
  if (chosen.host === '' && chosen.operator === '') return null;
  const decision = checkNeed(deps, r, (inv) => ({
    host: chosen.host === '' ? undefined : chosen.host,
    operator: listedOperator(inv, chosen.operator),
  }));
  return decision.ok ? null : decision.reason;
}

/** The intake warning when the requested slot already looks taken (a warning, not a refusal). */
export function intakeWarning(deps: Deps, r: VcRequest): string | null {
  const slot = slotOf(r);
  if (!deps.schedule || !slot || r.platform !== 'zoom') return null;
  const { settings } = deps.config.settings();
  const s = scheduleSettings(settings);
  const dayStart = toInstant(slot.date, '00:00', settings.timeZone);
  const hosts = deps.schedule.inventory().inventory.hosts;
  const bookings = deps.schedule.bookingsBetween(
    dayStart,
    new Date(dayStart.getTime() + DAY_MS),
    hosts.map((h) => h.name),
  );
  return intakeClashWarning(slot, bookings, hosts, s);
}
