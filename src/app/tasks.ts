/**
 * "Tugas saya": the requests waiting for the caller's roles (directly or as
 * Plh), oldest first, with the time left against each step's standard time.
 * One read: the index of live requests (with the configuration the engine published).
 */
import { formatLongDate, formatTimeRange } from '../core/indonesian';
import { zoneAbbrev } from '../core/dates';
import { minutesLeft as minutesLeft_ } from '../core/sop/clock';
import { calendarOf } from '../core/office-calendar';
import type { WorkCalendar } from '../core/working-time';
import type { VcRequest } from '../core/request';
import { canAct, stepOf } from '../core/sop/engine';
import type { Actor, Preset } from '../core/sop/types';
import { roleLabel } from '../core/users';
import type { MeDto, OfficeDto, Result, SidebarStateDto, TaskDto } from '../shared/rpc';
import { currentActor } from './caller';
import { activePreset, requestPresets } from './preset';
import type { ReadDeps } from './ports';

/** 'Senin, 5 Januari 2026 · 09.00–11.00 WIB' for a request (or what is known of it). */
export function eventLabel(r: VcRequest, tz: Parameters<typeof formatTimeRange>[2]): string {
  if (!r.eventDate) return 'Tanggal belum jelas';
  const time = r.startTime && r.endTime ? ` · ${formatTimeRange(r.startTime, r.endTime, tz)}` : '';
  return `${formatLongDate(r.eventDate)}${time}`;
}

function taskOf(r: VcRequest, preset: Preset, now: Date, cal: WorkCalendar): TaskDto {
  const step = stepOf(preset, r.stepId);
  const minutesLeft = step ? minutesLeft_(step, r, now, cal) : null;
  return {
    id: r.id,
    title: r.title || '(tanpa judul)',
    agency: r.agency,
    eventLabel: eventLabel(r, cal.zone),
    stepLabel: step?.label ?? r.stepId,
    status: r.status,
    since: r.stepSince,
    minutesLeft,
    overdue: minutesLeft !== null && minutesLeft < 0,
    version: r.version,
  };
}

/**
 * The tasks for `actor` among `requests`: those at a step the engine lets them act on (canAct), oldest
 * first, each against its step's clock (working time, or the event) in `cal`.
 */
export function tasksFor(
  actor: Actor,
  requests: VcRequest[],
  presetFor: (r: VcRequest) => Preset | undefined,
  now: Date,
  cal: WorkCalendar,
): TaskDto[] {
  const tasks: TaskDto[] = [];
  for (const r of requests) {
    const preset = presetFor(r);
    if (!preset || !canAct(r, preset, actor).ok) continue;
    tasks.push(taskOf(r, preset, now, cal));
  }
  return tasks.sort((a, b) => a.since.localeCompare(b.since) || a.id.localeCompare(b.id));
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
