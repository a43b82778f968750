/**
 * Reopening a closed request (src/core/sop/closing.ts): which closing the Riwayat shows, the day an
 * admin has to undo it, and what reopening does. Closings are made by the engine itself, and their
 * Riwayat rows written as app/ writes them (the click, then one 'efek' row per effect at the closed step).
 */
import type { HistoryRecord } from '../../../src/core/history';
import { lastClosing, reopen, reopenableUntil, withEngineSteps } from '../../../src/core/sop/closing';
import { applyAction, enterStart } from '../../../src/core/sop/engine';
import { BANDUNG } from '../../../src/core/sop/presets';
import type { Outcome } from '../../../src/core/sop/transition';
import type { ActionInput, EffectKind } from '../../../src/core/sop/types';
import type { VcRequest } from '../../../src/core/request';
import { makeActor, makeRequest, T0 } from './fixtures';

const PRESET = withEngineSteps(BANDUNG);
const DAY_MS = 24 * 60 * 60 * 1000;
const CLOSED_AT = new Date('2026-03-10T03:00:00.000Z');
const ADMIN = makeActor([], { email: 'admin@diskominfo.go.id', name: ' Sari Admin ', isAdmin: true });

function row(kind: HistoryRecord['kind'], fromStep: string, toStep: string, more: Partial<HistoryRecord> = {}) {
  const base: HistoryRecord = {
    at: T0.toISOString(),
    requestId: 'VC-2026-0001',
    kind,
    actorEmail: 'sistem',
    actorLabel: 'Layanan Vicon',
    action: '',
    fromStep,
    toStep,
    note: '',
    minutesTaken: null,
    standardMinutes: null,
    key: '',
    prevHash: '',
    hash: '',
  };
  return { ...base, ...more };
}

/** The Riwayat rows of one accepted click: the action, then each effect with the note it got. */
function rowsOf(out: Outcome, notes: Partial<Record<EffectKind, string>> = {}): HistoryRecord[] {
  if (!out.ok) throw new Error(out.reason);
  const step = out.request.stepId;
  const effects = out.effects.map((e) =>
    row('efek', step, step, { at: out.history.at, key: e.key, note: notes[e.kind] ?? 'selesai' }),
  );
  return [row('aksi', out.history.fromStep, out.history.toStep, { ...out.history }), ...effects];
}

/** The official of `r`'s step clicks `action` at `now`: the new request and the Riwayat it leaves. */
function click(r: VcRequest, action: string, now: Date, input: ActionInput = {}, notes = {}) {
  const actor = makeActor([PRESET.steps.find((s) => s.id === r.stepId)!.actor]);
  const out = applyAction(r, PRESET, { requestId: r.id, action, expectedVersion: r.version, input }, actor, now);
  if (!out.ok) throw new Error(out.reason);
  return { request: out.request, rows: rowsOf(out, notes) };
}

const linked = { ...enterStart(makeRequest(), PRESET, T0, true), stepId: 'kirim_tautan', version: 5 };
const earlier = [row('masuk', '', 'disposisi_kadis'), row('aksi', 'buat_rapat', 'kirim_tautan')];
/** The operator cancels at "kirim tautan"; the cancel deleted the Zoom meeting. */
const cancel = click(
  linked,
  'batalkan',
  CLOSED_AT,
  { note: 'Acara ditunda' },
  { cancel_meeting: 'rapat 812 dibatalkan' },
);
const cancelled = { request: cancel.request, history: [...earlier, ...cancel.rows] };

describe('lastClosing', () => {
  it('finds the step the request left and when, past the effect rows written after the click', () => {
    expect(lastClosing(cancelled.request, PRESET, cancelled.history)).toEqual({
      fromStep: 'kirim_tautan',
      at: CLOSED_AT.toISOString(),
    });
  });

  it('takes the latest of several closings', () => {
    const reopened = [row('aksi', 'buat_rapat', 'dibatalkan'), row('aksi', 'dibatalkan', 'buat_rapat')];
    const history = [earlier[0]!, ...reopened, ...earlier.slice(1), ...cancel.rows];
    expect(lastClosing(cancelled.request, PRESET, history)?.fromStep).toBe('kirim_tautan');
  });

  it('counts from when the closing completed (Sejak), else from the click in Riwayat', () => {
    const completed = new Date(CLOSED_AT.getTime() + 5 * 60_000).toISOString();
    const { request, history } = cancelled;
    expect(lastClosing({ ...request, stepSince: completed }, PRESET, history)?.at).toBe(completed);
    expect(lastClosing({ ...request, stepSince: '' }, PRESET, history)?.at).toBe(CLOSED_AT.toISOString());
  });

  it('is null for a request in the flow, or a closed one whose Riwayat has no closing click', () => {
    expect(lastClosing(linked, PRESET, earlier)).toBeNull();
    expect(lastClosing(cancelled.request, PRESET, earlier)).toBeNull();
  });
});

describe('reopenableUntil: an admin has one day', () => {
  const { request, history } = cancelled;
  const until = new Date(CLOSED_AT.getTime() + DAY_MS).toISOString();

  it('is a day after the closing, up to and including that instant', () => {
    expect(until).toBe('2026-03-11T03:00:00.000Z');
    expect(reopenableUntil(request, PRESET, history, new Date(CLOSED_AT.getTime() + 60_000))).toBe(until);
    expect(reopenableUntil(request, PRESET, history, new Date(CLOSED_AT.getTime() + DAY_MS))).toBe(until);
    expect(reopenableUntil(request, PRESET, history, new Date(CLOSED_AT.getTime() + DAY_MS + 1))).toBeNull();
  });

  it('is null for a request that is not closed', () => {
    expect(reopenableUntil(linked, PRESET, earlier, CLOSED_AT)).toBeNull();
  });
});

describe('reopen', () => {
  const soon = new Date(CLOSED_AT.getTime() + 60 * 60_000);

  it('sends the request back to its step, books again, remakes the deleted meeting and tells the applicant', () => {
    const out = reopen(cancelled.request, PRESET, ADMIN, cancelled.history, '  Salah klik  ', soon);
    if (!out.ok) throw new Error(out.reason);
    expect(out.action).toMatchObject({ id: 'buka_kembali', label: 'Buka kembali', to: 'kirim_tautan' });
    expect(out.action.requires).toEqual(['note']);
    expect(out.request).toMatchObject({
      stepId: 'kirim_tautan',
      status: 'Menunggu Pengiriman Link',
      note: 'Salah klik',
    });
    expect(out.effects.map((e) => [e.kind, e.params.template])).toEqual([
      ['reserve', undefined],
      ['create_meeting', undefined],
      ['notify_applicant', 'dilanjutkan'],
      ['notify_role', undefined],
    ]);
    expect(out.history).toMatchObject({
      fromStep: 'dibatalkan',
      toStep: 'kirim_tautan',
      note: 'Salah klik',
      actorEmail: 'admin@diskominfo.go.id',
      actorLabel: 'Sari Admin sebagai Admin',
    });
    const nameless = reopen(cancelled.request, PRESET, { ...ADMIN, name: '' }, cancelled.history, 'x', soon);
    expect(nameless.ok && nameless.history.actorLabel).toBe('admin@diskominfo.go.id sebagai Admin');
  });

  it('makes no meeting when the closing deleted none', () => {
    const none = click(linked, 'batalkan', CLOSED_AT, { note: 'Ditunda' }, { cancel_meeting: 'tidak ada rapat' });
    const out = reopen(none.request, PRESET, ADMIN, [...earlier, ...none.rows], 'Salah klik', soon);
    expect(out.ok && out.effects.map((e) => e.kind)).toEqual(['reserve', 'notify_applicant', 'notify_role']);
  });

  it('makes no meeting after a closing that kept it (Selesai), though the meeting was made earlier', () => {
    const held = { ...linked, stepId: 'pendampingan', version: 7 };
    const made = row('efek', 'buat_rapat', 'buat_rapat', {
      key: 'VC-2026-0001:v4:create_meeting',
      note: 'rapat Zoom 812 dibuat',
    });
    const done = click(held, 'selesai', CLOSED_AT);
    const out = reopen(done.request, PRESET, ADMIN, [...earlier, made, ...done.rows], 'Belum selesai', soon);
    expect(out.ok && out.effects.map((e) => e.kind)).toEqual(['reserve', 'notify_applicant', 'notify_role']);
  });

  it('refuses an official, a request not closed, a closing over a day old and a missing reason', () => {
    const { request, history } = cancelled;
    expect(reopen(request, PRESET, makeActor(['subkoor']), history, 'Salah klik', soon)).toEqual({
      ok: false,
      code: 'wrong_role',
      reason: 'Hanya admin yang dapat membuka kembali permohonan yang sudah ditutup.',
    });
    expect(reopen(linked, PRESET, ADMIN, earlier, 'Salah klik', soon)).toEqual({
      ok: false,
      code: 'wrong_step',
      reason: 'Permohonan ini tidak sedang ditutup; tidak ada yang dibuka kembali.',
    });
    expect(reopen(request, PRESET, ADMIN, history, 'Salah klik', new Date(CLOSED_AT.getTime() + DAY_MS + 1))).toEqual({
      ok: false,
      code: 'too_late',
      reason: 'Penutupan hanya dapat dibatalkan dalam satu hari; ajukan permohonan baru bila perlu.',
    });
    expect(reopen(request, PRESET, ADMIN, history, '   ', soon)).toEqual({
      ok: false,
      code: 'missing_input',
      reason: 'Tuliskan alasan membuka kembali permohonan ini.',
    });
  });
});
