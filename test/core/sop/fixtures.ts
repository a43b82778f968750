/**
 * Test fixtures for the SOP engine: a complete VcRequest, actors, and a walker that drives a
 * request through a preset step by step, asserting each transition.
 */
import { emptyAssignments } from '../../../src/core/request';
import type { RequestFields, VcRequest } from '../../../src/core/request';
import { applyAction, enterStart, stepOf } from '../../../src/core/sop/engine';
import { requirementsOf } from '../../../src/core/sop/inputs';
import type { ActionInput, Actor, EffectKind, Preset } from '../../../src/core/sop/types';

/** The ActionInput field a requirement is typed in: the sheet's snake_case name in camelCase. */
function inputFieldOf(requirement: string): string {
  return requirement.replace(/_([a-z])/g, (_m: string, c: string) => c.toUpperCase());
}

/** 08:00 WIB on Monday 2 March 2026. */
export const T0 = new Date('2026-03-02T01:00:00.000Z');

/** `minutes` after `from`. */
export function after(from: Date, minutes: number): Date {
  return new Date(from.getTime() + minutes * 60_000);
}

/** Valid applicant fields. */
export function makeFields(overrides: Partial<RequestFields> = {}): RequestFields {
  return {
    applicantName: 'Rina Marlina',
    agency: 'Dinas Pendidikan',
    position: 'Sekretaris',
    email: 'rina@disdik.go.id',
    phone: '6281234567890',
    letterNumber: '005/123/Disdik',
    letterDate: '2026-02-27',
    srikandiNumber: 'SRK-77',
    title: 'Rapat Koordinasi PPDB',
    eventDate: '2026-03-20',
    startTime: '09:00',
    endTime: '11:00',
    platform: 'zoom',
    participants: 50,
    needsRoom: false,
    needsOperator: true,
    needsRecording: false,
    notes: '',
    ...overrides,
  };
}

/** A registered request not yet in any flow (enterStart puts it in one). */
export function makeRequest(overrides: Partial<VcRequest> = {}): VcRequest {
  return {
    ...makeFields(),
    ...emptyAssignments(),
    id: 'VC-2026-0001',
    receivedAt: T0.toISOString(),
    source: 'form',
    responseRef: 'resp-1',
    status: '',
    presetId: '',
    presetVersion: 0,
    stepId: '',
    stepSince: '',
    version: 0,
    warnings: [],
    problems: [],
    note: '',
    editUrl: 'https://docs.google.com/forms/d/e/abc/viewform?edit2=xyz',
    pending: [],
    ...overrides,
  };
}

/** An official holding `roles` directly. */
export function makeActor(roles: string[], overrides: Partial<Actor> = {}): Actor {
  return {
    email: `${roles[0] ?? 'tamu'}@diskominfo.go.id`,
    name: `Pejabat ${roles.join('/')}`,
    roles,
    delegated: [],
    isAdmin: false,
    ...overrides,
  };
}

/** Inputs that satisfy any action of the seed presets. */
export const FULL_INPUT: ActionInput = {
  note: 'Catatan uji',
  operator: 'budi@diskominfo.go.id',
  host: 'Zoom 1',
  link: 'https://zoom.us/j/123',
  alternative: { date: '2026-03-21', start: '13:00', end: '15:00' },
  documentation: {
    laporan: 'https://drive/laporan',
    notulen: 'https://drive/notulen',
    foto: 'https://drive/foto',
    video: 'https://drive/video.mp4',
    disposisi: 'Disposisi Kepala Dinas 12/III/2026',
  },
  srikandiNumber: 'SRK-2026-0099',
  testTime: { date: '2026-03-19', time: '13:00' },
};

/** One expected transition of a walk. */
export interface Stride {
  action: string;
  to: string;
  effects: EffectKind[];
  /** The action checks the schedule before its effects (a precondition, not an effect). */
  checksSchedule?: boolean;
  input?: ActionInput;
  /** Minutes spent at the current step before acting (default 3). */
  minutes?: number;
}

/** Every (preset, step, action) a walk performed, for the coverage test. */
export const walked = new Set<string>();

/**
 * Enters a new request (valid unless told) and performs `strides` with an actor holding each
 * step's role, asserting step, status, version, effect kinds and keys, the schedule check, what the
 * action requires (exactly the fields the stride supplies), and history minutes.
 */
export function walk(preset: Preset, strides: Stride[], start?: VcRequest): VcRequest {
  let now = start ? new Date(start.stepSince) : T0;
  let request = start ?? enterStart(makeRequest(), preset, now, true);
  for (const s of strides) {
    const from = stepOf(preset, request.stepId);
    if (!from) throw new Error(`no step ${request.stepId}`);
    now = after(now, s.minutes ?? 3);
    const cmd = { requestId: request.id, action: s.action, expectedVersion: request.version, input: s.input ?? {} };
    const out = applyAction(request, preset, cmd, makeActor([from.actor]), now);
    if (!out.ok) throw new Error(`${preset.id} ${from.id}/${s.action}: ${out.reason}`);
    walked.add(`${preset.id}|${from.id}|${s.action}`);
    expect(out.request.stepId).toBe(s.to);
    expect(out.request.status).toBe(stepOf(preset, s.to)?.status);
    expect(out.request.version).toBe(request.version + 1);
    expect(out.request.stepSince).toBe(now.toISOString());
    expect(out.effects.map((e) => e.kind)).toEqual(s.effects);
    const action = from.actions.find((a) => a.id === s.action)!;
    expect(action.checksSchedule === true).toBe(s.checksSchedule === true);
    expect(requirementsOf(action).map(inputFieldOf).sort()).toEqual(Object.keys(s.input ?? {}).sort());
    for (const e of out.effects) expect(e.key.startsWith(`${request.id}:v${request.version + 1}:${e.kind}`)).toBe(true);
    expect(out.history).toMatchObject({
      fromStep: from.id,
      toStep: s.to,
      action: s.action,
      // A step tied to the event (days ahead in these walks) has not started its clock yet.
      minutesTaken: from.clock ? 0 : (s.minutes ?? 3),
      // Round the clock (the engine's default calendar), "1 hari" is 1,440 minutes.
      standardMinutes: from.standardDays !== undefined ? from.standardDays * 1440 : from.standardMinutes,
    });
    request = out.request;
  }
  return request;
}

/** Asserts this test file walked every action of `preset` except 'batalkan' (covered generically). */
export function expectEveryActionWalked(preset: Preset): void {
  const all = preset.steps.flatMap((s) =>
    s.actions.filter((a) => a.id !== 'batalkan').map((a) => `${preset.id}|${s.id}|${a.id}`),
  );
  expect(all.filter((k) => !walked.has(k))).toEqual([]);
}
