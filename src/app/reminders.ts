/**
 * Reminders of the hourly trigger, bounded, and exactly once even when two runs overlap:
 * - H-1: on the day before the event (office zone) the applicant and the assigned operator get
 *   'pengingat_h1' with the link, once (mark 'h1' on the request's row), and only once the step
 *   that sends the link has sent it (its send_link entry is among the request's own Riwayat rows):
 *   no reminder ever hands out a link the SOP has not released yet.
 * - Overdue digest (digest.ts): at most one a working day per official, with their private links.
 * - Meetings past their end: a 'sistem' history note "rapat sudah berakhir" once (mark
 *   'rapat_berakhir'). The step itself is left to the officials.
 * The live requests come from the index (one read). Each unit takes the script lock on its own:
 * the request is read afresh and its mark checked, a unit with a mail is claimed in the ledger
 * (ledger.ts) before the mail goes out (outside the lock), then the note and the mark are written
 * under the lock. A run stops after REMINDER_MAX_MS of clock time or REMINDER_MAX_REQUESTS units.
 */
import { addDays, isLocalDate, isLocalTime, localDate, toInstant } from '../core/dates';
import { calendarOf } from '../core/office-calendar';
import type { WorkCalendar } from '../core/working-time';
import { systemNote } from '../core/history';
import type { VcRequest } from '../core/request';
import type { Settings } from '../core/settings';
import { stepOf } from '../core/sop/engine';
import { isEmail } from '../core/email';
import { applicantMessage } from './delivery';
import { commit } from './commit';
import { claim, release } from './ledger';
import { presetOf } from './preset';
import { markDone, withMark } from './marks';
import type { OfficialLinks } from './official-links';
import { sendDigests, type LiveStep } from './digest';
import type { Deps } from './ports';

/** Most units one run handles; the rest wait for the next run. */
const REMINDER_MAX_REQUESTS = 200;
/** Clock time after which a run stops (well within Apps Script's 6-minute limit). */
const REMINDER_MAX_MS = 4 * 60 * 1000;

/** What one run did. `stopped`: the bound was reached; `quota`: the mail quota ran out. */
export interface ReminderReport {
  h1: number;
  digests: number;
  ended: number;
  stopped: boolean;
  quota: boolean;
}

interface Run {
  deps: Deps;
  settings: Settings;
  cal: WorkCalendar;
  now: Date;
  today: string;
  report: ReminderReport;
  handled: number;
  links?: OfficialLinks;
}

type Live = LiveStep;

function withinBounds(run: Run): boolean {
  const ok =
    run.handled < REMINDER_MAX_REQUESTS && run.deps.clock.now().getTime() - run.now.getTime() < REMINDER_MAX_MS;
  if (!ok) run.report.stopped = true;
  return ok;
}

function eventEnd(r: VcRequest, s: Settings): Date | null {
  return isLocalDate(r.eventDate) && isLocalTime(r.endTime) ? toInstant(r.eventDate, r.endTime, s.timeZone) : null;
}

function liveOf(deps: Deps, request: VcRequest): Live | null {
  const found = presetOf(request, deps);
  const step = found.ok ? stepOf(found.preset, request.stepId) : undefined;
  return found.ok && step ? { request, preset: found.preset, step } : null;
}

/**
 * True when the SOP's own step has sent the link: a send_link effect ran (its entry is among the
 * request's own Riwayat rows, read from its trail) and none is still pending.
 */
function linkSent(run: Run, r: VcRequest): boolean {
  if (r.pending.some((p) => p.startsWith('send_link|'))) return false;
  return run.deps.history.forRequest(r.id, r.trail ?? '').records.some((h) => /:send_link(:\d+)?$/.test(h.key));
}

function dueH1(run: Run, { request: r, step }: Live): boolean {
  const end = eventEnd(r, run.settings);
  if (!r.joinUrl || !end || (r.marks ?? []).includes('h1')) return false;
  if (step.terminal && step.id !== 'selesai') return false;
  // The event's day before (office zone) always precedes its end: no comparison with `end` needed.
  return run.today === addDays(r.eventDate, -1) && linkSent(run, r);
}

function meetingEnded(run: Run, { request: r, step }: Live): boolean {
  const end = eventEnd(r, run.settings);
  return !!r.joinUrl && !step.terminal && !!end && end <= run.now && !(r.marks ?? []).includes('rapat_berakhir');
}

function note(run: Run, r: VcRequest, action: string, text: string, key: string) {
  return systemNote(r, run.deps.clock.now().toISOString(), action, text, key);
}

/** Under the lock: the request afresh when `due` still holds for it and its mark is not there yet. */
function fresh(run: Run, id: string, mark: string, due: (l: Live) => boolean): Live | null {
  const stored = run.deps.register.find(id);
  const live = stored ? liveOf(run.deps, stored.request) : null;
  if (!stored || !live || !due(live)) return null;
  return markDone(run.deps, stored, mark) ? null : live;
}

/** Write `text` as a note of request `id` and put `mark` on its row, under the lock (once). */
function record(run: Run, id: string, mark: string, action: string, text: string): void {
  run.deps.lock.run(() => {
    const stored = run.deps.register.find(id);
    if (!stored || (stored.request.marks ?? []).includes(mark)) return;
    const r = stored.request;
    commit(run.deps, stored, withMark(r, mark), [note(run, r, action, text, `${id}:${mark}`)]);
  });
}

function sendH1(run: Run, r: VcRequest): 'sent' | 'quota' | 'none' {
  const to = [...new Set([r.email, r.operator].map((a) => a.trim()).filter(isEmail))];
  if (to.length === 0) return 'none';
  const msg = applicantMessage('pengingat_h1', r, run.settings);
  return run.deps.mailer!.send({
    to: to.join(', '),
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
    replyTo: run.settings.officeEmail,
    key: `${r.id}:h1`,
  });
}

/** H-1 for one request: claimed under the lock, mailed outside it, recorded under it. */
function remindH1(run: Run, id: string): void {
  const unit = `${id}:h1`;
  const live = run.deps.lock.run(() => {
    const due = fresh(run, id, 'h1', (l) => dueH1(run, l));
    return due && claim(run.deps, unit) ? due : null;
  });
  if (!live) return;
  let sent: ReturnType<typeof sendH1>;
  try {
    sent = sendH1(run, live.request);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    record(run, id, 'h1', 'pengingat H-1', `pengingat H-1 gagal dan tidak diulang: ${why}`);
    return release(run.deps, unit);
  }
  if (sent === 'quota') {
    run.report.quota = true;
    return release(run.deps, unit);
  }
  const r = live.request;
  const to = [...new Set([r.email, r.operator].map((a) => a.trim()).filter(isEmail))].join(', ');
  const text =
    sent === 'none'
      ? 'pengingat H-1 tidak dikirim: tidak ada email pemohon/operator yang valid'
      : `pengingat H-1 dengan tautan terkirim ke ${to}`;
  record(run, id, 'h1', 'pengingat H-1', text);
  release(run.deps, unit);
  if (sent === 'sent') run.report.h1++;
}

function perRequest(run: Run, live: Live[]): void {
  for (const item of live) {
    const h1 = run.deps.mailer && !run.report.quota && dueH1(run, item);
    const ended = meetingEnded(run, item);
    if (!h1 && !ended) continue;
    if (!withinBounds(run)) return;
    run.handled++;
    if (h1) remindH1(run, item.request.id);
    if (ended && run.deps.lock.run(() => fresh(run, item.request.id, 'rapat_berakhir', (l) => meetingEnded(run, l)))) {
      record(
        run,
        item.request.id,
        'rapat_berakhir',
        'rapat berakhir',
        'rapat sudah berakhir; langkah berikutnya tetap dilakukan petugas sesuai SOP',
      );
      run.report.ended++;
    }
  }
}

/**
 * One hourly reminder run (see the module comment); `links` gives each official's private links for
 * the digest (absent: the digest lists the steps without them). Never throws for one request's data.
 */
export function runReminders(deps: Deps, links?: OfficialLinks): ReminderReport {
  const settings = deps.config.settings().settings;
  const now = deps.clock.now();
  const run: Run = {
    deps,
    settings,
    cal: calendarOf(settings),
    now,
    today: localDate(now, settings.timeZone),
    handled: 0,
    links,
    report: { h1: 0, digests: 0, ended: 0, stopped: false, quota: false },
  };
  const live = deps.register
    .live()
    .map((s) => liveOf(deps, s.request))
    .filter((l): l is Live => l !== null);
  perRequest(run, live);
  sendDigests({ ...run, withinBounds: () => withinBounds(run) }, live);
  return run.report;
}
