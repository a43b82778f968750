/**
 * Reminders of the hourly trigger, bounded and idempotent:
 * - H-1: on the day before the event (office zone) the applicant and the assigned operator get
 *   'pengingat_h1' with the link, once (history key `${id}:h1`), and only once the step that sends
 *   the link has sent it (Tarakan sends it with the Kadis's Surat Tanggapan): no reminder ever
 *   hands out a link the SOP has not released yet.
 * - Overdue digest: once per working day per role (Script Properties `DIGEST_<role>`), from the
 *   start of office hours, 'ringkasan_terlambat' to the holders of the roles of each step past its
 *   Mutu Baku (core/sop/clock.ts: working time, or from the event for steps tied to it).
 * - Meetings past their end: a 'sistem' history note "rapat sudah berakhir" once (key
 *   `${id}:rapat_berakhir`). The step itself is left to the officials: no preset has a step
 *   after the meeting that the system may complete on their behalf.
 * A run stops after REMINDER_MAX_MS of clock time or REMINDER_MAX_REQUESTS handled requests;
 * what is left has no key yet and is picked up by the next run. Mail goes out outside the
 * lock; the history is appended under it in small batches, right after the mail.
 */
import { addDays, isLocalDate, isLocalTime, localDate, localTime, toInstant } from '../core/dates';
import { minutesLeft } from '../core/sop/clock';
import { calendarOf } from '../core/settings-calendar';
import { isWorkingDay, type WorkCalendar } from '../core/working-time';
import { historyRecord, type HistoryRecord } from '../core/history';
import type { OverdueItem } from '../core/messages';
import { renderMessage } from '../core/messages';
import type { VcRequest } from '../core/request';
import type { Settings } from '../core/settings';
import { stepOf, stepRoles } from '../core/sop/engine';
import { APPLICANT_ROLE, type Preset, type StepDef } from '../core/sop/types';
import { holdersOf, roleLabel } from '../core/users';
import { applicantMessage } from './delivery';
import { isEmail } from '../core/email';
import { presetOf } from './preset';
import type { Deps, MailerPort } from './ports';

/** Most requests one run handles (reminded or noted); the rest wait for the next run. */
const REMINDER_MAX_REQUESTS = 200;
/** Clock time after which a run stops (well within Apps Script's 6-minute limit). */
const REMINDER_MAX_MS = 4 * 60 * 1000;
/** Script Property holding the office date of a role's last digest. */
const digestKey = (role: string): string => `DIGEST_${role}`;
const FLUSH_EVERY = 10;

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
  keys: Set<string>;
  /** Requests whose link has gone out by a send_link effect (its key is in the history). */
  linked: Set<string>;
  buffer: HistoryRecord[];
  report: ReminderReport;
  handled: number;
}

interface Live {
  request: VcRequest;
  preset: Preset;
  step: StepDef;
}

function flush(run: Run, force = false): void {
  if (run.buffer.length === 0 || (!force && run.buffer.length < FLUSH_EVERY)) return;
  const batch = run.buffer.splice(0);
  run.deps.lock.run(() => run.deps.history.append(batch));
}

function note(run: Run, r: VcRequest, action: string, text: string, key: string): void {
  run.keys.add(key);
  run.buffer.push(
    historyRecord({
      at: run.deps.clock.now().toISOString(),
      requestId: r.id,
      kind: 'sistem',
      action,
      actorEmail: 'sistem',
      actorLabel: 'Layanan Vicon',
      note: text,
      key,
      fromStep: r.stepId,
      toStep: r.stepId,
    }),
  );
  flush(run);
}

function withinBounds(run: Run): boolean {
  const ok =
    run.handled < REMINDER_MAX_REQUESTS && run.deps.clock.now().getTime() - run.now.getTime() < REMINDER_MAX_MS;
  if (!ok) run.report.stopped = true;
  return ok;
}

function eventEnd(r: VcRequest, s: Settings): Date | null {
  return isLocalDate(r.eventDate) && isLocalTime(r.endTime) ? toInstant(r.eventDate, r.endTime, s.timeZone) : null;
}

function liveRequests(deps: Deps): Live[] {
  const out: Live[] = [];
  for (const request of deps.register.readAll()) {
    const found = presetOf(request, deps);
    const step = found.ok ? stepOf(found.preset, request.stepId) : undefined;
    if (found.ok && step) out.push({ request, preset: found.preset, step });
  }
  return out;
}

/** True when the SOP's own step has sent the link: a send_link effect ran and none is still pending. */
function linkSent(run: Run, r: VcRequest): boolean {
  return run.linked.has(r.id) && !r.pending.some((p) => p.startsWith('send_link|'));
}

function dueH1(run: Run, { request: r, step }: Live): boolean {
  const end = eventEnd(r, run.settings);
  if (!r.joinUrl || !end || run.keys.has(`${r.id}:h1`) || !linkSent(run, r)) return false;
  if (step.terminal && step.id !== 'selesai') return false;
  return run.today === addDays(r.eventDate, -1) && run.now < end;
}

function sendH1(run: Run, mailer: MailerPort, r: VcRequest): boolean {
  const key = `${r.id}:h1`;
  const to = [...new Set([r.email, r.operator].map((a) => a.trim()).filter(isEmail))];
  if (to.length === 0) {
    note(run, r, 'pengingat H-1', 'pengingat H-1 tidak dikirim: tidak ada email pemohon/operator yang valid', key);
    return true;
  }
  const msg = applicantMessage('pengingat_h1', r, run.settings);
  const sent = mailer.send({
    to: to.join(', '),
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
    replyTo: run.settings.officeEmail,
  });
  if (sent !== 'sent') return false;
  note(run, r, 'pengingat H-1', `pengingat H-1 dengan tautan terkirim ke ${to.join(', ')}`, key);
  run.report.h1++;
  return true;
}

function safeH1(run: Run, mailer: MailerPort, r: VcRequest): boolean {
  try {
    return sendH1(run, mailer, r);
  } catch (err) {
    note(
      run,
      r,
      'pengingat H-1',
      `pengingat H-1 gagal dan tidak diulang: ${err instanceof Error ? err.message : String(err)}`,
      `${r.id}:h1`,
    );
    return true;
  }
}

function meetingEnded(run: Run, { request: r, step }: Live): boolean {
  const end = eventEnd(r, run.settings);
  return !!r.joinUrl && !step.terminal && !!end && end <= run.now && !run.keys.has(`${r.id}:rapat_berakhir`);
}

function perRequest(run: Run, live: Live[]): void {
  for (const item of live) {
    const h1 = run.deps.mailer && !run.report.quota && dueH1(run, item);
    const ended = meetingEnded(run, item);
    if (!h1 && !ended) continue;
    if (!withinBounds(run)) return;
    run.handled++;
    if (h1 && !safeH1(run, run.deps.mailer!, item.request)) run.report.quota = true;
    if (ended) {
      note(
        run,
        item.request,
        'rapat berakhir',
        'rapat sudah berakhir; langkah berikutnya tetap dilakukan petugas sesuai SOP',
        `${item.request.id}:rapat_berakhir`,
      );
      run.report.ended++;
    }
  }
}

/** Requests whose current step (an office role's) is past its Mutu Baku in `cal`, grouped by each of its roles. */
function overdueByRole(live: Live[], now: Date, cal: WorkCalendar): Map<string, OverdueItem[]> {
  const byRole = new Map<string, OverdueItem[]>();
  for (const { request: r, preset, step } of live) {
    if (step.terminal || step.actor === APPLICANT_ROLE) continue;
    const left = minutesLeft(step, r, now, cal);
    if (left === null || left >= 0) continue;
    const item: OverdueItem = {
      requestId: r.id,
      stepLabel: step.label,
      roleLabel: stepRoles(step)
        .map((role) => roleLabel(preset, role))
        .join(' / '),
      lateMinutes: -left,
    };
    for (const role of stepRoles(step)) byRole.set(role, [...(byRole.get(role) ?? []), item]);
  }
  return byRole;
}

function digests(run: Run, live: Live[]): void {
  const { deps, settings } = run;
  if (
    !deps.mailer ||
    !deps.state ||
    run.report.quota ||
    !isWorkingDay(run.cal, run.today) ||
    localTime(run.now, settings.timeZone) < settings.officeHoursStart
  )
    return;
  const { users, delegations } = deps.config.users();
  for (const [role, items] of overdueByRole(live, run.now, run.cal)) {
    if (deps.state.get(digestKey(role)) === run.today) continue;
    const holders = holdersOf(role, users, delegations, run.today);
    if (holders.length === 0 || !withinBounds(run)) continue;
    const msg = renderMessage('ringkasan_terlambat', {
      date: run.today,
      items,
      spreadsheetUrl: deps.mailer.officeUrl(),
      officeName: settings.officeName,
    });
    const sent = deps.mailer.send({
      to: holders.map((u) => u.email).join(', '),
      subject: msg.subject,
      text: msg.text,
      html: msg.html,
      replyTo: settings.officeEmail,
    });
    if (sent !== 'sent') {
      run.report.quota = true;
      return;
    }
    deps.state.set(digestKey(role), run.today);
    run.report.digests++;
  }
}

/**
 * One hourly reminder run (see the module comment). Never throws for one request's data;
 * the history it writes is flushed even when a later step fails.
 */
export function runReminders(deps: Deps): ReminderReport {
  const settings = deps.config.settings().settings;
  const now = deps.clock.now();
  const keys = new Set(
    deps.history
      .readAll()
      .map((h) => h.key)
      .filter((k) => k !== ''),
  );
  const linked = new Set([...keys].filter((k) => /:send_link(:\d+)?$/.test(k)).map((k) => k.split(':v')[0]));
  const run: Run = {
    deps,
    settings,
    cal: calendarOf(settings),
    now,
    today: localDate(now, settings.timeZone),
    keys,
    linked,
    buffer: [],
    handled: 0,
    report: { h1: 0, digests: 0, ended: 0, stopped: false, quota: false },
  };
  try {
    const live = liveRequests(deps);
    perRequest(run, live);
    digests(run, live);
  } finally {
    flush(run, true);
  }
  return run.report;
}
