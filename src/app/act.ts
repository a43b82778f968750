/**
 * One click of an official: authorize on the server, apply the SOP engine
 * under the script lock, perform the effects, write the row once and append
 * the history once. A stale sidebar (older row version) is refused.
 */
import { historyRecord, type HistoryRecord } from '../core/history';
import { applyAction } from '../core/sop/engine';
import type { ActionRequestDto, ActionResultDto, RequestDetailDto, Result } from '../shared/rpc';
import { operatorProblem } from '../core/users';
import { currentActor, officeToday } from './caller';
import { detailOf } from './detail';
import { runEffects } from './effects';
import { presetOf } from './preset';
import { decideSchedule } from './scheduling';
import type { VcRequest } from '../core/request';
import type { ActionDef, Actor, Effect, HistoryDraft, Preset } from '../core/sop/types';
import type { Deps, StoredRequest } from './ports';

function shapeProblem(dto: ActionRequestDto): string | null {
  if (!dto || typeof dto !== 'object') return 'Permintaan tidak terbaca.';
  if (typeof dto.requestId !== 'string' || typeof dto.action !== 'string')
    return 'Nomor permohonan atau tindakan tidak terbaca.';
  if (!Number.isInteger(dto.expectedVersion)) return 'Versi permohonan tidak terbaca; muat ulang panel.';
  if (dto.input !== undefined && (typeof dto.input !== 'object' || dto.input === null))
    return 'Isian tindakan tidak terbaca.';
  return null;
}

/** When the action assigns the operator: null when they may be assigned today, else the refusal (operatorProblem). */
function operatorRefusal(deps: Deps, action: ActionDef, after: VcRequest): string | null {
  if (!action.requires.includes('operator')) return null;
  const { users, delegations } = deps.config.users();
  return operatorProblem(after.operator, users, delegations, officeToday(deps));
}

/** Before an action that checks the schedule: re-check and assign host/room, or refuse. */
function withSchedule(
  deps: Deps,
  request: VcRequest,
  action: ActionDef,
): { ok: true; request: VcRequest } | { ok: false; reason: string } {
  if (!action.checksSchedule) return { ok: true, request };
  const decision = decideSchedule(deps, request);
  if (!decision.ok) return { ok: false, reason: `Jadwal tidak tersedia: ${decision.reason}` };
  return { ok: true, request: { ...request, host: decision.host, room: decision.room } };
}

/** 'release' frees the slot the request held BEFORE the action (the old one when the action moved it). */
function withPreviousSlot(effects: Effect[], before: VcRequest): Effect[] {
  return effects.map((e) =>
    e.kind === 'release'
      ? { ...e, params: { ...e.params, fromDate: before.eventDate, fromStart: before.startTime } }
      : e,
  );
}

/** Undo what a failed click newly booked or created (nothing booked or made before it). */
function undoNew(deps: Deps, before: VcRequest, after: VcRequest, preset: Preset): void {
  const key = `${after.id}:v${after.version}:batal`;
  const booked = (r: VcRequest) => [r.host, r.room, r.operator].some((x) => x !== '');
  const effects: Effect[] = [];
  if (!booked(before) && booked(after)) effects.push({ kind: 'release', key: `${key}:release`, params: {} });
  if (!before.meetingId && after.meetingId)
    effects.push({ kind: 'cancel_meeting', key: `${key}:cancel_meeting`, params: {} });
  runEffects(deps.effects, deps.clock, after, preset, effects);
}

/**
 * Write the row, then append the history. When either fails, the row is put back as it was and
 * what this click newly booked or created is undone, so row, history, calendar and Zoom agree
 * again; the error is rethrown and the official repeats the click (mail already sent is not sent
 * twice: the mailer keeps a ledger by effect key).
 */
function record(deps: Deps, stored: StoredRequest, after: VcRequest, preset: Preset, records: HistoryRecord[]): void {
  let written = false;
  try {
    deps.register.write({ row: stored.row, request: after });
    written = true;
    deps.history.append(records);
    deps.changed?.();
  } catch (err) {
    if (written) deps.register.write(stored);
    undoNew(deps, stored.request, after, preset);
    throw err;
  }
}

/** The engine's decision on the click, then the checks that need the outside world (operator, schedule). */
function decide(
  deps: Deps,
  stored: StoredRequest,
  preset: Preset,
  dto: ActionRequestDto,
  actor: Actor,
):
  | { ok: true; action: ActionDef; request: VcRequest; effects: Effect[]; history: HistoryDraft }
  | { ok: false; error: string } {
  const input = dto.input ?? {};
  const cmd = { requestId: dto.requestId, action: dto.action, expectedVersion: dto.expectedVersion, input };
  const outcome = applyAction(stored.request, preset, cmd, actor, deps.clock.now());
  if (!outcome.ok) return { ok: false, error: outcome.reason };
  const action = outcome.action;
  const badOperator = operatorRefusal(deps, action, outcome.request);
  if (badOperator) return { ok: false, error: badOperator };
  const decided = withSchedule(deps, outcome.request, action);
  if (!decided.ok) return { ok: false, error: decided.reason };
  const effects = withPreviousSlot(outcome.effects, stored.request);
  return { ok: true, action, request: decided.request, effects, history: outcome.history };
}

const brokenVersion = (id: string): string =>
  `Kolom Versi untuk ${id} kosong atau rusak (mungkin diubah manual). Minta admin memperbaikinya; tindakan tidak dijalankan.`;

/**
 * Perform one SOP step for the caller, under the script lock: the engine decides, the operator and
 * the schedule are checked, the effects run, then the row is written and the history appended once.
 */
export function performStep(deps: Deps, dto: ActionRequestDto): Result<ActionResultDto> {
  const bad = shapeProblem(dto);
  if (bad) return { ok: false, error: bad };
  const who = currentActor(deps);
  if (!who.ok) return { ok: false, error: who.reason };
  const actor = who.actor;
  return deps.lock.run(() => {
    const stored = deps.register.find(dto.requestId);
    if (!stored) return { ok: false, error: `Permohonan ${dto.requestId} tidak ditemukan di Register.` };
    if (!stored.request.version) return { ok: false, error: brokenVersion(dto.requestId) };
    const found = presetOf(stored.request, deps);
    if (!found.ok) return { ok: false, error: found.problem };
    const decided = decide(deps, stored, found.preset, dto, actor);
    if (!decided.ok) return decided;
    const done = runEffects(deps.effects, deps.clock, decided.request, found.preset, decided.effects);
    const entry = historyRecord({ ...decided.history, kind: 'aksi' });
    record(deps, stored, done.request, found.preset, [entry, ...done.records]);
    const history = deps.history.forRequest(dto.requestId);
    const detail = detailOf(deps, done.request, found.preset, actor, history);
    const label = decided.action.label;
    const pending = done.request.pending.length;
    const message = `${label}: tercatat untuk ${dto.requestId}.${pending ? ` ${pending} efek masih tertunda dan akan dicoba lagi.` : ''}`;
    return { ok: true, value: { message, detail } };
  });
}

/** The detail of one request for the caller (any active official may read it). */
export function requestDetail(deps: Deps, id: string): Result<RequestDetailDto> {
  if (typeof id !== 'string' || !id) return { ok: false, error: 'Nomor permohonan tidak terbaca.' };
  const who = currentActor(deps);
  if (!who.ok) return { ok: false, error: who.reason };
  const stored = deps.register.find(id);
  if (!stored) return { ok: false, error: `Permohonan ${id} tidak ditemukan di Register.` };
  const found = presetOf(stored.request, deps);
  return {
    ok: true,
    value: detailOf(deps, stored.request, found.ok ? found.preset : null, who.actor, deps.history.forRequest(id)),
  };
}
