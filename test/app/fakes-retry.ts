/**
 * Small stateful fakes for the hourly retry and the meeting handlers: Script Properties that count
 * their writes, a link sender that counts its calls and can fail, requests waiting with pending
 * effects, and Zoom/Meet in memory behind the meeting handlers.
 */
import { meetingHandlers } from '../../src/app/effect-handlers';
import { pendingEntry } from '../../src/app/effects';
import { blockEffect, markNotified } from '../../src/app/failures';
import type { EffectHandler, EffectHandlers, EffectResult, KeyValuePort, MeetingPort } from '../../src/app/ports';
import type { VcRequest } from '../../src/core/request';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { presetById } from '../../src/core/sop/presets';
import type { Effect, EffectKind } from '../../src/core/sop/types';
import { makeRequest } from '../core/sop/fixtures';
import { memorySchedule } from './fakes';

/** Script Properties in memory; `writes` counts every set. */
export function countingState(): KeyValuePort & { values: Map<string, string>; writes: number } {
  const s = {
    values: new Map<string, string>(),
    writes: 0,
    get: (k: string) => s.values.get(k) ?? null,
    set: (k: string, v: string) => void (s.writes++, s.values.set(k, v)),
    remove: (k: string) => void s.values.delete(k),
  };
  return s;
}

/** A link sender: `calls` lists the request numbers it ran for; while `failing` it throws a retryable error. */
export function linkSender(): { calls: string[]; failing: boolean; handler: EffectHandler } {
  const s = {
    calls: [] as string[],
    failing: false,
    handler: (({ request }) => {
      s.calls.push(request.id);
      if (s.failing) throw new Error('Gmail sedang bermasalah.');
      return { status: 'done', note: 'tautan dikirim ke pemohon' };
    }) as EffectHandler,
  };
  return s;
}

/** The effect `kind` of request `id`, keyed as one emitted by its third version. */
export function effectOf(id: string, kind: EffectKind): Effect {
  return { kind, key: `${id}:v3:${kind}`, params: {} };
}

/** A blocked effect (permanent failure) the admins were already told about. */
export function toldBlocked(e: Effect): Effect {
  return markNotified(blockEffect(e, 'Akun host Zoom tidak ada di akun Zoom kantor.'));
}

/** Bandung request number `n` (VC-2026-000n) at "Kirim tautan", waiting with `pending` effects. */
export function waiting(n: number, pending: (id: string) => Effect[]): VcRequest {
  const id = `VC-2026-${String(n).padStart(4, '0')}`;
  return makeRequest({
    id,
    responseRef: `resp-${n}`,
    presetId: '000-bandung',
    stepId: 'kirim_tautan',
    pending: pending(id).map(pendingEntry),
  });
}

/** Zoom and Meet in memory; `meetReady` false answers like a Meet conference still being set up. */
function memoryMeetings() {
  const m = {
    zoom: new Map<string, { user: string; date: string; start: string; tz: string }>(),
    meet: [] as Array<{ id: string; calendarId: string; date: string }>,
    deleted: [] as string[],
    meetReady: true,
    port: {} as MeetingPort,
  };
  m.port = {
    createZoom(user, r, tz) {
      const id = String(90000 + m.zoom.size);
      m.zoom.set(id, { user, date: r.eventDate, start: r.startTime, tz });
      return { meetingId: id, joinUrl: `https://zoom.us/j/${id}`, passcode: 'abc123' };
    },
    deleteZoom(id) {
      m.deleted.push(id);
      m.zoom.delete(id);
    },
    updateZoom(id, r) {
      const meeting = m.zoom.get(id)!;
      m.zoom.set(id, { ...meeting, date: r.eventDate, start: r.startTime });
    },
    createMeet(r, calendarId) {
      m.meet.push({ id: r.id, calendarId, date: r.eventDate });
      return m.meetReady
        ? { status: 'ready', joinUrl: `https://meet.google.com/${r.id}`, meetingId: `meet-${r.id}` }
        : { status: 'pending', eventId: 'ev-1' };
    },
    recordings: () => null,
  };
  return m;
}

const settings = { ...DEFAULT_SETTINGS, timeZone: 'Asia/Makassar' as const };

/**
 * The meeting handlers over in-memory calendars (Sumber Daya calendar ids `calendarIds`), Zoom and
 * Meet, in WITA; `run(kind, request, params)` runs one effect.
 */
export function meetingSetup(calendarIds: Record<string, string> = {}) {
  const schedule = memorySchedule();
  const inventory = schedule.inventory;
  schedule.inventory = () => ({ ...inventory(), calendarIds });
  const meetings = memoryMeetings();
  const handlers: EffectHandlers = meetingHandlers(schedule, meetings.port, () => settings);
  const preset = presetById('000-bandung')!;
  const run = (kind: EffectKind, request: VcRequest, params: Record<string, string> = {}): EffectResult => {
    const effect: Effect = { kind, key: `${request.id}:v9:${kind}`, params };
    return handlers[kind]!({ request, preset, effect });
  };
  return { schedule, meetings, run };
}

/** A Zoom request on 20 March 2026, 09:00–11:00 (WITA here), with host, room and operator assigned. */
export const booked = (over: Partial<VcRequest> = {}) =>
  makeRequest({ host: 'Zoom Kominfo 1', room: 'Ruang Rapat Utama', operator: 'operator@kominfo.go.id', ...over });
