/**
 * Walks `n` requests through their presets (seed-policy.ts) the way a busy office does over the
 * years. Every step is a real use case call (intake, performStep) at its own time, in time order
 * across requests, so Riwayat interleaves as it does in use; requests whose next step lies after
 * `now` stay open. The reminders' H-1 and "rapat berakhir" notes are written where the hourly run
 * writes them, with its words.
 */
import { performStep } from '../src/app/act';
import { commit } from '../src/app/commit';
import { withMark } from '../src/app/marks';
import { intake } from '../src/app/intake';
import { addDays, toInstant } from '../src/core/dates';
import { isEmail } from '../src/core/email';
import { systemNote } from '../src/core/history';
import type { VcRequest } from '../src/core/request';
import type { Settings } from '../src/core/settings';
import { stepOf } from '../src/core/sop/engine';
import { isClosing } from '../src/core/sop/cancel';
import { calendarOf } from '../src/core/office-calendar';
import type { WorkCalendar } from '../src/core/working-time';
import { PRESETS, presetById } from '../src/core/sop/presets';
import { APPLICANT_ROLE } from '../src/core/sop/types';
import {
  AFTER_EVENT,
  answersOf,
  eventDateOf,
  fateOf,
  frac,
  inputFor,
  PER_YEAR,
  pick,
  Queue,
  SPACING_MS,
  type Fate,
} from './seed-policy';
import type { SeedOffice } from './seed-ports';

const MIN = 60_000;

/** One form answer taken in (a revision is taken in again under the same reference). */
export interface Received {
  id: string;
  at: Date;
  answers: Record<string, string>;
}

/** What the walk did: requests by status, the clicks the product refused, and every answer taken in. */
export interface WalkStats {
  requests: number;
  /** Riwayat rows the walks wrote. */
  historyRows: number;
  byStatus: Record<string, number>;
  refused: string[];
  received: Received[];
}

interface Walk {
  k: number;
  slot: number;
  /** When it was first received: the revision asks for the same day and slot. */
  t0: Date;
  id: string;
  fate: Fate;
  ref: string;
  steps: number;
  revised: boolean;
  remindersPlanned: boolean;
}

/** The `recent` newest requests use the active preset; older ones every preset in turn. */
function presetFor(k: number, n: number, active: string, recent: number): string {
  return k >= n - recent ? active : PRESETS[k % PRESETS.length].id;
}

/** A note of the hourly run with its mark on the row, written as the reminders write it. */
function note(office: SeedOffice, r: VcRequest, action: string, text: string, mark: string): void {
  const stored = office.register.find(r.id)!;
  const key = `${r.id}:${mark}`;
  commit(office.deps, stored, withMark(stored.request, mark), [
    systemNote(r, office.clock.t.toISOString(), action, text, key),
  ]);
}

/** The request of walk w as it is now, with its step. */
function current(office: SeedOffice, w: Walk) {
  const request = office.register.find(w.id)?.request;
  const step = request && stepOf(presetById(request.presetId)!, request.stepId);
  return request && step ? { request, step } : null;
}

/** The hourly run's H-1 note, on the first run of the day before the event (its day as it is then). */
function remindH1(office: SeedOffice, q: Queue, w: Walk, s: Settings): void {
  const now = current(office, w);
  if (!now || !now.request.joinUrl || (now.step.terminal && now.step.id !== 'selesai')) return;
  const r = now.request;
  const due = toInstant(addDays(r.eventDate, -1), '00:30', s.timeZone).getTime();
  if (office.clock.t.getTime() < due) return q.push(due, () => remindH1(office, q, w, s));
  if (office.clock.t.getTime() >= toInstant(r.eventDate, r.endTime, s.timeZone).getTime()) return;
  const to = [...new Set([r.email, r.operator].map((a) => a.trim()).filter(isEmail))];
  note(office, r, 'pengingat H-1', `pengingat H-1 dengan tautan terkirim ke ${to.join(', ')}`, 'h1');
}

/** The hourly run's "rapat berakhir" note, on the first run after the event (as it is then) ended. */
function noteEnded(office: SeedOffice, q: Queue, w: Walk, s: Settings): void {
  const now = current(office, w);
  if (!now || !now.request.joinUrl || now.step.terminal) return;
  const r = now.request;
  const due = toInstant(r.eventDate, r.endTime, s.timeZone).getTime() + 30 * MIN;
  if (office.clock.t.getTime() < due) return q.push(due, () => noteEnded(office, q, w, s));
  note(
    office,
    r,
    'rapat berakhir',
    'rapat sudah berakhir; langkah berikutnya tetap dilakukan petugas sesuai SOP',
    'rapat_berakhir',
  );
}

/** Once a request has its meeting: the hourly run's notes about it, at the times it writes them. */
function planReminders(office: SeedOffice, q: Queue, w: Walk, r: VcRequest, s: Settings): void {
  if (w.remindersPlanned || !r.joinUrl) return;
  w.remindersPlanned = true;
  const next = office.clock.t.getTime() + 30 * MIN;
  q.push(next, () => remindH1(office, q, w, s));
  q.push(next, () => noteEnded(office, q, w, s));
}

function receive(run: Run, w: Walk, at: Date, invalid: boolean): void {
  const { office, s } = run;
  const answers = answersOf(w.k, w.slot, w.t0, s.timeZone, invalid);
  const out = intake(office.deps, {
    answers,
    responseRef: w.ref,
    receivedAt: at,
    source: 'form',
    editUrl: `https://docs.google.com/forms/d/e/seed/viewform?edit2=${w.ref}`,
    respondentEmail: answers.Email,
  });
  w.id = out.id;
  run.received.push({ id: out.id, at, answers });
}

interface Run {
  received: Received[];
  cal: WorkCalendar;
  office: SeedOffice;
  q: Queue;
  s: Settings;
  users: Map<string, string>;
  refused: string[];
}

/** One step of request w, by the official holding the step's role; the next one is queued. */
function act(run: Run, w: Walk): void {
  const { office, q, s, users } = run;
  const r = office.register.find(w.id)?.request;
  const preset = r && presetById(r.presetId);
  const step = r && preset && stepOf(preset, r.stepId);
  // A request whose closing is still being performed offers no action (the hourly retry finishes it).
  if (!r || !preset || !step || step.terminal || isClosing(r)) return;
  const at = office.clock.t.getTime();
  const later = (minutes: number) => q.push(at + minutes * MIN, () => act(run, w));
  if (step.actor === APPLICANT_ROLE) {
    if (w.revised) return;
    w.revised = true;
    q.push(at + 6 * 60 * MIN, () => {
      w.fate = 'finish';
      receive(run, w, office.clock.t, false);
      later(30 + Math.floor(frac(w.k, 5) * 120));
    });
    return;
  }
  const end = toInstant(r.eventDate, r.endTime, s.timeZone).getTime();
  if (AFTER_EVENT.has(step.id) && at < end + 90 * MIN) {
    q.push(end + 90 * MIN, () => act(run, w));
    return;
  }
  const chosen = pick(step.actions, w.fate, w.k, w.steps);
  if (!chosen) return;
  office.caller.email = users.get(step.actor) ?? '';
  const click = (a: typeof chosen) =>
    performStep(office.deps, {
      requestId: r.id,
      action: a.id,
      expectedVersion: r.version,
      input: inputFor(a, r, preset, users.has('operator'), run.cal),
    });
  let done = click(chosen);
  if (!done.ok && w.fate !== 'finish') {
    w.fate = 'finish';
    const forward = pick(step.actions, 'finish', w.k, w.steps);
    if (forward) done = click(forward);
  }
  if (!done.ok) {
    run.refused.push(`${r.id} ${step.id} ${chosen.id}: ${done.error}`);
    return;
  }
  if (chosen.appliesAlternative || (chosen.negative && w.fate !== 'cancel' && w.fate !== 'reject')) w.fate = 'finish';
  w.steps++;
  const after = office.register.find(w.id)!.request;
  planReminders(office, q, w, after, s);
  later(20 + Math.floor(frac(w.k * 31 + w.steps, 6) * 220));
}

/**
 * Walk `n` requests, the newest received just before `now`; `users` maps each role to the official
 * who acts for it. `settings.presetId` is the active preset of the `recent` newest requests (a
 * year's worth unless told); older requests take every preset in turn.
 */
export function walkOffice(
  office: SeedOffice,
  settings: Settings,
  n: number,
  now: Date,
  users: Map<string, string>,
  recent = PER_YEAR,
): WalkStats {
  const q = new Queue();
  const run: Run = { office, q, s: settings, users, refused: [], received: [], cal: calendarOf(settings) };
  const active = settings.presetId;
  const perDay = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const at = now.getTime() - (n - k) * SPACING_MS + Math.floor(frac(k, 7) * 30 * MIN);
    const day = eventDateOf(new Date(at), settings.timeZone);
    const slot = perDay.get(day) ?? 0;
    perDay.set(day, slot + 1);
    const fate = fateOf(k);
    const w: Walk = {
      k,
      slot,
      t0: new Date(at),
      id: '',
      fate,
      ref: `seed-${k}`,
      steps: 0,
      revised: false,
      remindersPlanned: false,
    };
    q.push(at, () => {
      settings.presetId = presetFor(k, n, active, recent);
      const invalid = fate === 'return' && ['000-bandung', '001-tarakan', '004-demak'].includes(settings.presetId);
      receive(run, w, office.clock.t, invalid);
      settings.presetId = active;
      q.push(office.clock.t.getTime() + (10 + Math.floor(frac(k, 8) * 60)) * MIN, () => act(run, w));
    });
  }
  const stats: WalkStats = { requests: n, historyRows: 0, byStatus: {}, refused: run.refused, received: run.received };
  for (let e = q.pop(); e && e.at <= now.getTime(); e = q.pop()) {
    // Whole seconds, as Riwayat keeps its times (to the second).
    office.clock.t = new Date(Math.floor(e.at / 1000) * 1000);
    e.run();
  }
  stats.historyRows = office.history.records.length;
  for (const r of office.register.rows) stats.byStatus[r.status] = (stats.byStatus[r.status] ?? 0) + 1;
  return stats;
}
