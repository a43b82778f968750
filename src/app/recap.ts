/**
 * Use case: rebuild the Rekap tab. Load (the selector, one read of register
 * and history) → compute (core/recap) → draw (one write per block, in io).
 */
import { localDate, type OfficeZone } from '../core/dates';
import { monthYearLabel } from '../core/indonesian';
import { computeRecap, type Recap } from '../core/recap';
import { calendarOf } from '../core/settings-calendar';
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
  const recap = computeRecap({
    requests: deps.register.readAll(),
    history: deps.history.readAll(),
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
  tab.render({ recap, selection, preset, officeName: settings.officeName, tz, now, today });
  return {
    label: monthYearLabel(selection.month.year, selection.month.month),
    meetings: recap.schedule.length,
    problems: selection.problems,
  };
}

/**
 * Hourly: rebuild when a request changed since the last rebuild (marked by actions and intake),
 * and at least once per office-local day. True when it rebuilt.
 */
export function refreshRecapDaily(deps: Deps, tab: RecapTab, mark: NightlyMark): boolean {
  const today = localDate(deps.clock.now(), deps.config.settings().settings.timeZone);
  if (mark.get() === today && !mark.isStale()) return false;
  refreshRecap(deps, tab);
  mark.set(today);
  return true;
}
