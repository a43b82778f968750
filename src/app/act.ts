/**
 * One click of an official: authorize on the server, apply the SOP engine under the script lock,
 * record the decision (row and Riwayat), then perform the effects and record their outcome
 * (commit.ts). A stale sidebar (older row version) is refused.
 */
import { historyRecord } from '../core/history';
import { actionsFor, applyAction, STALE_REASON } from '../core/sop/engine';
import { closingLabel, closingOutcome } from './closings';
import type { ActionRequestDto, ActionResultDto, RequestDetailDto, Result } from '../shared/rpc';
import { operatorProblem } from '../core/users';
import { currentActor, officeCalendar, officeToday } from './caller';
import { detailOf } from './detail';
import { runEffects } from './effects';
import { recordDecision, recordOutcome, withPlanned } from './commit';
import { pendingSummary } from './blocked';
import { presetOf } from './preset';
import { chosenResourcesProblem, decideSchedule } from './scheduling';
import type { VcRequest } from '../core/request';
import type { ActionDef, ActionInput, Actor, Effect, HistoryDraft, Preset } from '../core/sop/types';
import type { Deps, ReadDeps, StoredRequest } from './ports';

function shapeProblem(dto: ActionRequestDto): string | null {
  if (!dto || typeof dto !== 'object') return 'Permintaan tidak terbaca.';
  if (typeof dto.requestId !== 'string' || typeof dto.action !== 'string')
    return 'Nomor permohonan atau tindakan tidak terbaca.';
  if (!Number.isInteger(dto.expectedVersion)) return 'Versi permohonan tidak terbaca; muat ulang panel.';
  if (dto.input !== undefined && (typeof dto.input !== 'object' || dto.input === null))
    return 'Isian tindakan tidak terbaca.';
  return null;
}

/** When the action assigned a (new) operator: null when they may be, else the refusal (operatorProblem). */
function operatorRefusal(deps: Deps, before: VcRequest, after: VcRequest): string | null {
  if (after.operator === '' || after.operator === before.operator) return null;
  const { users, delegations } = deps.config.users();
  return operatorProblem(after.operator, users, delegations, officeToday(deps));
}

/**
 * Before an action that checks the schedule: re-check and assign host/room, or refuse. At any other
 * action that takes a host or an operator, that choice alone is checked (Sumber Daya and clashes).
 */
function withSchedule(
  deps: Deps,
  request: VcRequest,
  action: ActionDef | undefined,
  input: ActionInput,
): { ok: true; request: VcRequest } | { ok: false; reason: string } {
  if (!action?.checksSchedule) {
    const chosen = { host: input.host?.trim() ?? '', operator: input.operator?.trim() ?? '' };
    const problem = chosenResourcesProblem(deps, request, chosen);
    return problem ? { ok: false, reason: `Jadwal tidak tersedia: ${problem}` } : { ok: true, request };
  }
  const decision = decideSchedule(deps, request);
  if (!decision.ok) return { ok: false, reason: `Jadwal tidak tersedia: ${decision.reason}` };
  return { ok: true, request: { ...request, host: decision.host, room: decision.room } };
}

/** When the action moved the event, 'release' must free the OLD slot: its effect carries it. */
function withPreviousSlot(effects: Effect[], before: VcRequest, after: VcRequest): Effect[] {
  const moved =
    before.eventDate !== after.eventDate || before.startTime !== after.startTime || before.endTime !== after.endTime;
  if (!moved || !before.eventDate || !before.startTime) return effects;
  return effects.map((e) =>
    e.kind === 'release'
      ? { ...e, params: { ...e.params, fromDate: before.eventDate, fromStart: before.startTime } }
      : e,
  );
}

/** The detail of `r` with its history (read from the rows its trail names); unreadable rows are named. */
function detailWithHistory(deps: ReadDeps, r: VcRequest, preset: Preset | null, actor: Actor): RequestDetailDto {
  const { records, unreadable } = deps.history.forRequest(r.id, r.trail ?? '');
  const detail = detailOf(deps, r, preset, actor, records);
  if (unreadable === 0) return detail;
  const warning = `${unreadable} baris riwayat ${r.id} tidak terbaca (kolom Waktu bukan waktu, mungkin diubah manual) dan tidak ditampilkan. Minta admin menjalankan Periksa riwayat.`;
  return { ...detail, warnings: [...detail.warnings, warning] };
}

/** The engine's decision on the click, then the checks that need the outside world (operator, schedule). */
function decide(
  deps: Deps,
  stored: StoredRequest,
  preset: Preset,
  dto: ActionRequestDto,
  actor: Actor,
): { ok: true; request: VcRequest; effects: Effect[]; history: HistoryDraft } | { ok: false; error: string } {
  const input = dto.input ?? {};
  const cmd = { requestId: dto.requestId, action: dto.action, expectedVersion: dto.expectedVersion, input };
  const context = {
    actor,
    now: deps.clock.now(),
    cal: officeCalendar(deps),
    history: () => deps.history.forRequest(stored.request.id, stored.request.trail ?? '').records,
  };
  if (closingLabel(dto.action) && dto.expectedVersion !== stored.request.version)
    return { ok: false, error: STALE_REASON };
  const outcome =
    closingOutcome(stored.request, preset, dto.action, input, context) ??
    applyAction(stored.request, preset, cmd, actor, context.now, context.cal);
  if (!outcome.ok) return { ok: false, error: outcome.reason };
  const badOperator = operatorRefusal(deps, stored.request, outcome.request);
  if (badOperator) return { ok: false, error: badOperator };
  const action = actionsFor(stored.request, preset, actor).find((a) => a.id === dto.action);
  const decided = withSchedule(deps, outcome.request, action, input);
  if (!decided.ok) return { ok: false, error: decided.reason };
  const effects = withPreviousSlot(outcome.effects, stored.request, decided.request);
  return { ok: true, request: decided.request, effects, history: outcome.history };
}

function versionProblem(stored: StoredRequest | null, id: string): string | null {
  if (!stored) return `Permohonan ${id} tidak ditemukan di Register.`;
  if (stored.request.version) return null;
  return `Kolom Versi untuk ${id} kosong atau rusak (mungkin diubah manual). Minta admin memperbaikinya; tindakan tidak dijalankan.`;
}

/**
 * Perform one SOP step for the caller, under the script lock: the engine decides, the operator and
 * the schedule are checked, the decision is recorded (nothing irreversible before it), then the
 * effects run and their outcome is recorded. A failed first write throws (nothing happened).
 * With `via` (the phone page: 'ponsel') the history entry says where the official acted from.
 */
export function performStep(deps: Deps, dto: ActionRequestDto, via?: string): Result<ActionResultDto> {
  const bad = shapeProblem(dto);
  if (bad) return { ok: false, error: bad };
  const who = currentActor(deps);
  if (!who.ok) return { ok: false, error: who.reason };
  const actor = who.actor;
  return deps.lock.run(() => {
    const stored = deps.register.find(dto.requestId);
    const problem = versionProblem(stored, dto.requestId);
    if (problem || !stored) return { ok: false, error: problem ?? '' };
    const found = presetOf(stored.request, deps);
    if (!found.ok) return { ok: false, error: found.problem };
    const decided = decide(deps, stored, found.preset, dto, actor);
    if (!decided.ok) return decided;
    const planned = withPlanned(decided.request, decided.effects);
    const actorLabel = via ? `${decided.history.actorLabel} (via ${via})` : decided.history.actorLabel;
    const entry = historyRecord({ ...decided.history, actorLabel, kind: 'aksi' });
    const recorded = recordDecision(deps, stored, planned, [entry]);
    if (!recorded.ok) return recorded;
    const done = runEffects(deps.effects, deps.clock, recorded.request, found.preset, decided.effects);
    const outcome = recordOutcome(deps, { row: stored.row, request: recorded.request }, done);
    const detail = detailWithHistory(deps, outcome.request, found.preset, actor);
    const message = resultMessage(found.preset, stored.request, actor, dto, outcome.request, outcome.problem);
    return { ok: true, value: { message, detail } };
  });
}

/**
 * 'Label: tercatat untuk VC-….', with what blocks an effect until someone fixes it (named), how many
 * other effects are still pending and retried, and why, when their outcome was not written.
 */
function resultMessage(
  preset: Preset,
  before: VcRequest,
  actor: Actor,
  dto: ActionRequestDto,
  now: VcRequest,
  unrecorded: string,
): string {
  const label =
    actionsFor(before, preset, actor).find((a) => a.id === dto.action)?.label ?? closingLabel(dto.action) ?? dto.action;
  const { blocked, waiting } = pendingSummary(now);
  const why = unrecorded ? ` Hasilnya belum dapat dicatat (${unrecorded}).` : '';
  const retried = !waiting
    ? ''
    : blocked
      ? ` ${waiting} efek lain masih tertunda.`
      : ` ${waiting} efek masih tertunda dan akan dicoba lagi.`;
  return `${label}: tercatat untuk ${dto.requestId}.${blocked ? ` ${blocked}` : ''}${retried}${why}`;
}

/** The detail of one request for the caller (any active official may read it). */
export function requestDetail(deps: ReadDeps, id: string): Result<RequestDetailDto> {
  if (typeof id !== 'string' || !id) return { ok: false, error: 'Nomor permohonan tidak terbaca.' };
  const who = currentActor(deps);
  if (!who.ok) return { ok: false, error: who.reason };
  const stored = deps.register.find(id);
  if (!stored) return { ok: false, error: `Permohonan ${id} tidak ditemukan di Register.` };
  const found = presetOf(stored.request, deps);
  return { ok: true, value: detailWithHistory(deps, stored.request, found.ok ? found.preset : null, who.actor) };
}
