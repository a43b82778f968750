/**
 * "Tugas saya": the requests waiting for the caller's roles (directly or as Plh), most urgent first
 * (core/urgency.ts), each with its event, the time left against its step's standard time and a clash
 * warning; those whose event passed unhandled are marked missed ("Terlewat"). One read: the index of
 * live requests (with the configuration the engine published).
 */
import { formatLongDate, formatTimeRange } from '../core/indonesian';
import { zoneAbbrev } from '../core/dates';
import { minutesLeft as minutesLeft_ } from '../core/sop/clock';
import { calendarOf } from '../core/office-calendar';
import type { WorkCalendar } from '../core/working-time';
import type { VcRequest } from '../core/request';
import { canAct, stepOf } from '../core/sop/engine';
import { awaitsFollowUp, followsUp, FOLLOW_UP_STATUS } from '../core/sop/follow-up';
import type { Actor, Preset } from '../core/sop/types';
import { roleLabel } from '../core/users';
import type { MeDto, OfficeDto, Result, SidebarStateDto, TaskDto } from '../shared/rpc';
import { currentActor } from './caller';
import { activePreset, requestPresets } from './preset';
import type { ReadDeps } from './ports';
import { byUrgency, clashWarning, eventStart } from '../core/urgency';
import { isMissed } from '../core/sop/closing';
import { forPlatform } from '../core/platform-words';

/** 'Senin, 5 Januari 2026 · 09.00–11.00 WIB' for a request (or what is known of it). */
export function eventLabel(r: VcRequest, tz: Parameters<typeof formatTimeRange>[2]): string {
  if (!r.eventDate) return 'Tanggal belum jelas';
  const time = r.startTime && r.endTime ? ` · ${formatTimeRange(r.startTime, r.endTime, tz)}` : '';
  return `${formatLongDate(r.eventDate)}${time}`;
}

function taskOf(r: VcRequest, preset: Preset, now: Date, cal: WorkCalendar, active: VcRequest[]): TaskDto {
  const step = stepOf(preset, r.stepId);
  const missed = isMissed(r, preset, now, cal);
  const minutesLeft = step && !missed ? minutesLeft_(step, r, now, cal) : null;
  return {
    id: r.id,
    title: r.title || '(tanpa judul)',
    agency: r.agency,
    eventLabel: eventLabel(r, cal.zone),
    stepLabel: awaitsFollowUp(r, preset) ? FOLLOW_UP_STATUS : forPlatform(step?.label ?? r.status, r.platform),
    status: r.status,
    since: r.stepSince,
    minutesLeft,
    overdue: minutesLeft !== null && minutesLeft < 0,
    version: r.version,
    clash: missed ? '' : clashWarning(r, active),
    missed,
  };
}

/** Requests still in the flow (not at a terminal step), for the clash warnings. */
function running(requests: VcRequest[], presetFor: (r: VcRequest) => Preset | undefined): VcRequest[] {
  return requests.filter((r) => {
    const preset = presetFor(r);
    return preset !== undefined && stepOf(preset, r.stepId)?.terminal !== true;
  });
}

/**
 * The tasks for `actor` among `requests`: those at a step the engine lets them act on (canAct), for
 * an admin every missed one too, and for TU the letters waiting for the applicant's email; most urgent first (byUrgency), each against its step's clock (working
 * time, or the event) in `cal`.
 */
export function tasksFor(
  actor: Actor,
  requests: VcRequest[],
  presetFor: (r: VcRequest) => Preset | undefined,
  now: Date,
  cal: WorkCalendar,
): TaskDto[] {
  const active = running(requests, presetFor);
  const tasks: Array<{ task: TaskDto; at: Date | null }> = [];
  for (const r of requests) {
    const preset = presetFor(r);
    if (!preset) continue;
    const mine =
      canAct(r, preset, actor).ok ||
      (actor.isAdmin && isMissed(r, preset, now, cal)) ||
      (awaitsFollowUp(r, preset) && followsUp(actor, preset));
    if (mine) tasks.push({ task: taskOf(r, preset, now, cal, active), at: eventStart(r, cal.zone) });
  }
  return tasks.sort((a, b) => byUrgency({ ...a.task, eventAt: a.at }, { ...b.task, eventAt: b.at })).map((t) => t.task);
}

function meOf(actor: Actor, preset: Preset | null): MeDto {
  const label = (role: string) => (preset ? roleLabel(preset, role) : role);
  return {
    email: actor.email,
    name: actor.name,
    roles: actor.roles.map(label),
    isAdmin: actor.isAdmin,
    delegations: actor.delegated.map((d) => `Plh ${label(d.role)}${d.forName ? ` (untuk ${d.forName})` : ''}`),
  };
}

/** Everything the sidebar shows first. Refuses strangers and inactive users. */
export function sidebarState(deps: ReadDeps): Result<SidebarStateDto> {
  const who = currentActor(deps);
  if (!who.ok) return { ok: false, error: who.reason };
  const { settings, problems } = deps.config.settings();
  const active = activePreset(deps);
  const tz = settings.timeZone;
  const office: OfficeDto = {
    name: settings.officeName,
    timeZone: tz,
    zone: zoneAbbrev(tz),
    presetName: active.ok ? active.preset.name : '—',
  };
  const unread = who.actor.isAdmin ? deps.config.users().problems : [];
  const all = [...problems, ...unread];
  const problem = !active.ok ? active.problem : all.length ? all.join(' ') : null;
  const presetFor = requestPresets(deps, active.ok ? active.preset : null);
  const live = deps.register.live().map((s) => s.request);
  const tasks = tasksFor(who.actor, live, presetFor, deps.clock.now(), calendarOf(settings));
  return { ok: true, value: { me: meOf(who.actor, active.ok ? active.preset : null), office, tasks, problem } };
}
