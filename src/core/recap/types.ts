/**
 * The recap's input and figures: plain data the Rekap tab is drawn from.
 */
import type { OfficeZone } from '../dates';
import type { HistoryRecord } from '../history';
import type { VcRequest } from '../request';
import type { Preset } from '../sop/types';
import type { WorkCalendar } from '../working-time';
import type { MonthRef } from './calendar';
import type { CountRow } from './stats';

/** Everything the recap is computed from (one read of register and history). */
export interface RecapInput {
  requests: VcRequest[];
  history: HistoryRecord[];
  /** The office's active preset: Mutu Baku is reported for its steps. */
  preset: Preset;
  /** The preset a request runs on, by id (the active one included). */
  presetById(id: string): Preset | undefined;
  month: MonthRef;
  tz: OfficeZone;
  /** Only requests of this OPD (case-insensitive); '' for all. */
  opd: string;
  now: Date;
  /** Office hours ('HH:MM'), for the hours each resource could be booked. */
  officeHours: { start: string; end: string };
  /** Known host accounts and rooms (listed even when unused). */
  resources: { hosts: string[]; rooms: string[] };
  /** The office's working time, in which Mutu Baku is counted. */
  cal: WorkCalendar;
}

/** One meeting in the month's schedule (Rekap Jadwal Vidcon). */
export interface ScheduleRow {
  date: string;
  start: string;
  end: string;
  id: string;
  title: string;
  agency: string;
  platform: string;
  host: string;
  room: string;
  operator: string;
  status: string;
}

/** Counts of the month with the month before. */
export interface RecapCounts {
  byStatus: CountRow[];
  byOpd: CountRow[];
  byPlatform: CountRow[];
  byHost: CountRow[];
  byOperator: CountRow[];
  /** Total, Disetujui, Ditolak, Dikembalikan, Dibatalkan (in this order). */
  outcomes: CountRow[];
}

/**
 * Mutu Baku of one step over the actions taken in the month; or (kind 'deadline') a step's deadline
 * against the event, or (kind 'service') the whole service against the SOP's total standard time.
 */
export interface StepCompliance {
  kind: 'step' | 'deadline' | 'service';
  stepId: string;
  label: string;
  standardMinutes: number | null;
  /** Actions leaving the step in the month. */
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** Fraction 0..1 of those actions within the standard; null without a standard or actions. */
  withinShare: number | null;
}

/** A request waiting in a step now, with how long it has waited. */
export interface OpenItem {
  id: string;
  title: string;
  stepId: string;
  stepLabel: string;
  minutesInStep: number;
  standardMinutes: number | null;
  /** Minutes past the standard (negative while within it); null without a standard. */
  overMinutes: number | null;
}

/** Hours booked on one host account or room in the month, against the hours it could be booked. */
export interface Utilisation {
  kind: 'host' | 'room';
  name: string;
  hours: number;
  capacityHours: number;
  share: number | null;
}

/** Requests counted in one ISO week (office zone). */
export interface WeekCount {
  start: string;
  week: number;
  count: number;
}

/** The whole recap of one month. */
export interface Recap {
  month: MonthRef;
  opd: string;
  schedule: ScheduleRow[];
  counts: RecapCounts;
  compliance: StepCompliance[];
  slowest: OpenItem[];
  utilisation: Utilisation[];
  weeks: WeekCount[];
}
