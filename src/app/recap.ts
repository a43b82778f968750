/**
 * Use case: rebuild the Rekap tab. Load (the selector, one read of register
 * and history) → compute (core/recap) → draw (one write per block, in io).
 */
import { addDays, localDate, toInstant, type OfficeZone } from '../core/dates';
import type { VcRequest } from '../core/request';
import type { HistoryRecord } from '../core/history';
import { monthBounds } from '../core/recap/calendar';
import { capacityText } from '../core/capacity';
import { monthYearLabel } from '../core/indonesian';
import { computeRecap, type Recap } from '../core/recap';
import { calendarOf } from '../core/office-calendar';
import { readSelection, type SelectorCells, type Selection } from '../core/recap/selector';
import type { Preset } from '../core/sop/types';
import { activePreset, lookupWith } from './preset';
import type { Deps } from './ports';

/** Everything the tab shows, ready to lay out. */
export interface RecapPage {
  recap: Recap;
  selection: Selection;
  preset: Preset;
  officeName: string;
  tz: OfficeZone;
  now: Date;
  /** Office-local 'YYYY-MM-DD' (its schedule rows are highlighted). */
  today: string;
  /** How full the spreadsheet is, for the admin (core/capacity.ts), when measured. */
  capacity?: string;
}

/** The generated Rekap tab. */
export interface RecapTab {
  /** The selector cells (Bulan, Tahun, OPD) as they are now; dates as office-local 'YYYY-MM-DD'. */
  readSelector(tz: OfficeZone): SelectorCells;
  /** Redraw the tab in place (values, highlight, charts, protection); the selector cells keep what they held. */
  render(page: RecapPage): void;
}

/** Where the nightly rebuild remembers the office-local date it last ran. */
export interface NightlyMark {
  get(): string | null;
  /** Record the rebuild (and clear the stale mark). */
  set(date: string): void;
  /** True when a request changed since the last rebuild. */
  isStale(): boolean;
  /** Forget the last rebuild (it failed), so the next run makes it. */
  clear(): void;
}

/** Months before the chosen one whose requests are read (their events and actions may fall in it). */
const WINDOW_MONTHS = 6;

/**
 * The requests the Rekap of `month` can need, without reading the years behind it: those received
 * from WINDOW_MONTHS before the month to its end (events fall after receipt), and the live ones,
 * with their history. Requests moved to an archive (app/archive.ts) are read from the archives of
 * those years, the same window only; a request still in both (an archiving that stopped) counts once.
 */
function recapRequests(
  deps: Deps,
  month: Selection['month'],
  tz: OfficeZone,
): { requests: VcRequest[]; history: HistoryRecord[] } {
  const start = new Date(Date.UTC(month.year, month.month - 1 - WINDOW_MONTHS, 1) - 14 * 3_600_000);
  const end = toInstant(addDays(monthBounds(month).last, 1), '00:00', tz);
  const received = deps.register.receivedBetween(start, end);
  const seen = new Set(received.map((r) => r.id));
  const live = [
    ...received,
    ...deps.register
      .live()
      .map((s) => s.request)
      .filter((r) => !seen.has(r.id)),
  ];
  live.forEach((r) => seen.add(r.id));
  const archived = deps.archive?.received(start, end) ?? { requests: [], history: [] };
  const moved = archived.requests.filter((r) => !seen.has(r.id));
  const movedIds = new Set(moved.map((r) => r.id));
  return {
    requests: [...live, ...moved],
    history: [...deps.history.ofRequests(live), ...archived.history.filter((h) => movedIds.has(h.requestId))],
  };
}

/**
 * Rebuild the Rekap tab for the month chosen in its selector (default: this month).
 * Throws an Indonesian error when the active preset is broken. Returns what was drawn.
 */
export function refreshRecap(deps: Deps, tab: RecapTab): { label: string; meetings: number; problems: string[] } {
  const { settings } = deps.config.settings();
  const found = activePreset(deps);
  if (!found.ok) throw new Error(found.problem);
  const preset = found.preset;
  const tz = settings.timeZone;
  const now = deps.clock.now();
  const today = localDate(now, tz);
  const selection = readSelection(tab.readSelector(tz), today);
  const inventory = deps.schedule?.inventory().inventory;
  const { requests, history } = recapRequests(deps, selection.month, tz);
  const recap = computeRecap({
    requests,
    history,
    preset,
    presetById: lookupWith(preset, deps.presets),
    month: selection.month,
    tz,
    opd: selection.opd,
    now,
    officeHours: { start: settings.officeHoursStart, end: settings.officeHoursEnd },
    cal: calendarOf(settings),
    resources: { hosts: inventory?.hosts.map((h) => h.name) ?? [], rooms: inventory?.rooms.map((r) => r.name) ?? [] },
  });
  const space = deps.space?.measured();
  const capacity = space ? capacityText(space) : undefined;
  tab.render({ recap, selection, preset, officeName: settings.officeName, tz, now, today, capacity });
  return {
    label: monthYearLabel(selection.month.year, selection.month.month),
    meetings: recap.schedule.length,
    problems: selection.problems,
  };
}

/**
 * Hourly: rebuild when a request changed since the last rebuild, and at least once per
 * office-local day. The mark is taken under the script lock before rebuilding (a second run
 * overlapping this one finds it and leaves the Rekap alone) and dropped again if the rebuild fails.
 * True when it rebuilt.
 */
export function refreshRecapDaily(deps: Deps, tab: RecapTab, mark: NightlyMark): boolean {
  const today = localDate(deps.clock.now(), deps.config.settings().settings.timeZone);
  const mine = deps.lock.run(() => {
    if (mark.get() === today && !mark.isStale()) return false;
    mark.set(today);
    return true;
  });
  if (!mine) return false;
  try {
    refreshRecap(deps, tab);
  } catch (err) {
    deps.lock.run(() => mark.clear());
    throw err;
  }
  return true;
}
