/**
 * The overdue digest of the hourly run: at most once per working day per official (Script Properties
 * `DIGEST_<email>`), from the start of office hours, one 'ringkasan_terlambat' mail to each holder
 * (directly or as Plh) of the roles of the steps past their Mutu Baku (core/sop/clock.ts), for all
 * their roles together, each step with the official's own private link and their "Tugas saya".
 * Claimed in the ledger under the lock before the mail, its date recorded after it.
 */
import { localTime } from '../core/dates';
import type { OverdueItem } from '../core/messages';
import { renderMessage } from '../core/messages';
import type { VcRequest } from '../core/request';
import type { Settings } from '../core/settings';
import { minutesLeft } from '../core/sop/clock';
import { stepRoles } from '../core/sop/engine';
import { APPLICANT_ROLE, type Preset, type StepDef } from '../core/sop/types';
import { holdersOf, roleLabel, type UserRecord } from '../core/users';
import { isWorkingDay, type WorkCalendar } from '../core/working-time';
import { claim, release } from './ledger';
import type { OfficialLinks } from './official-links';
import type { Deps } from './ports';

/** A live request at a step of its preset. */
export interface LiveStep {
  request: VcRequest;
  preset: Preset;
  step: StepDef;
}

/** What one run's digest needs: where it runs, when, its bound, and what it reports. */
interface DigestRun {
  deps: Deps;
  settings: Settings;
  cal: WorkCalendar;
  now: Date;
  today: string;
  links?: OfficialLinks;
  report: { digests: number; quota: boolean };
  withinBounds(): boolean;
}

/** Script Property holding the office date of an official's last digest. */
const digestKey = (email: string): string => `DIGEST_${email}`;

/** A step past its Mutu Baku, with its request and the roles that may act on it. */
interface Late {
  request: VcRequest;
  item: OverdueItem;
  roles: string[];
}

/** Requests whose current step (an office role's) is past its Mutu Baku in `cal`. */
function overdue(live: LiveStep[], now: Date, cal: WorkCalendar): Late[] {
  const late: Late[] = [];
  for (const { request: r, preset, step } of live) {
    if (step.terminal || step.actor === APPLICANT_ROLE) continue;
    const left = minutesLeft(step, r, now, cal);
    if (left === null || left >= 0) continue;
    const roles = stepRoles(step);
    const label = roles.map((role) => roleLabel(preset, role)).join(' / ');
    late.push({
      request: r,
      roles,
      item: { requestId: r.id, stepLabel: step.label, roleLabel: label, lateMinutes: -left },
    });
  }
  return late;
}

/** Each official's late steps (holding one of the step's roles, directly or as Plh, today), in Pengguna order. */
function lateByOfficial(run: DigestRun, late: Late[]): Array<{ user: UserRecord; late: Late[] }> {
  const { users, delegations } = run.deps.config.users();
  const byEmail = new Map<string, { user: UserRecord; late: Late[] }>();
  for (const l of late)
    for (const role of l.roles)
      for (const user of holdersOf(role, users, delegations, run.today)) {
        const entry = byEmail.get(user.email) ?? { user, late: [] };
        if (!entry.late.includes(l)) entry.late.push(l);
        byEmail.set(user.email, entry);
      }
  return [...byEmail.values()];
}

/** One official's digest, each late step with their own private link: claimed under the lock, mailed, then its date recorded. */
function digestOf(run: DigestRun, user: UserRecord, late: Late[]): void {
  const { deps, settings } = run;
  if (!run.withinBounds()) return;
  const unit = `digest:${user.email}:${run.today}`;
  const key = digestKey(user.email);
  if (!deps.lock.run(() => deps.state!.get(key) !== run.today && claim(deps, unit))) return;
  const msg = renderMessage('ringkasan_terlambat', {
    date: run.today,
    recipientName: user.name,
    items: late.map((l) => ({ ...l.item, url: run.links?.step(l.request, user.email, run.now) ?? '' })),
    tasksUrl: run.links?.tasks(user.email, run.now) ?? '',
    spreadsheetUrl: deps.mailer!.officeUrl(),
    officeName: settings.officeName,
  });
  const sent = deps.mailer!.send({
    to: user.email,
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
    replyTo: settings.officeEmail,
  });
  deps.lock.run(() => {
    if (sent === 'sent') deps.state!.set(key, run.today);
    release(deps, unit);
  });
  if (sent === 'sent') run.report.digests++;
  else run.report.quota = true;
}

/** The digests due now (none on a day off or before office hours), until the mail quota runs out. */
export function sendDigests(run: DigestRun, live: LiveStep[]): void {
  const { deps, settings } = run;
  if (
    !deps.mailer ||
    !deps.state ||
    !isWorkingDay(run.cal, run.today) ||
    localTime(run.now, settings.timeZone) < settings.officeHoursStart
  )
    return;
  for (const { user, late } of lateByOfficial(run, overdue(live, run.now, run.cal))) {
    if (run.report.quota) return;
    if (deps.state.get(digestKey(user.email)) !== run.today) digestOf(run, user, late);
  }
}
