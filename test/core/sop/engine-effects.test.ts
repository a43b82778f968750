import { applyAction, enterStart, intakeEffects, stepOf } from '../../../src/core/sop/engine';
import { BANDUNG, PRESETS } from '../../../src/core/sop/presets';
import { APPLICANT_ROLE } from '../../../src/core/sop/types';
import type { ActionDef, ActionInput, Preset } from '../../../src/core/sop/types';
import { acceptedFields } from '../../../src/core/sop/inputs';
import type { VcRequest } from '../../../src/core/request';
import { after, FULL_INPUT, makeActor, makeRequest, T0 } from './fixtures';

function at(preset: Preset, stepId: string, overrides: Partial<VcRequest> = {}): VcRequest {
  return { ...enterStart(makeRequest(), preset, T0, true), stepId, version: 2, ...overrides };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const officeSteps = PRESETS.flatMap((p) =>
  p.steps.filter((s) => !s.terminal && s.actor !== APPLICANT_ROLE).map((s) => [p.id, s.id, p] as const),
);

/** The part of FULL_INPUT an action declares (its requirements and a note): anything more is refused. */
function declaredInput(action: ActionDef): ActionInput {
  const taken = acceptedFields(action);
  return Object.fromEntries(Object.entries(FULL_INPUT).filter(([k]) => taken.has(k))) as ActionInput;
}

describe.each(officeSteps)('%s / %s: every action, full input', (_presetId, stepId, preset) => {
  test('moves to its target with the automatic notice rule, without touching the inputs', () => {
    const step = stepOf(preset, stepId)!;
    for (const action of step.actions) {
      const request = deepFreeze(at(preset, stepId));
      const out = applyAction(
        request,
        deepFreeze(preset),
        { requestId: request.id, action: action.id, expectedVersion: 2, input: deepFreeze(declaredInput(action)) },
        makeActor([step.actor]),
        after(T0, 7),
      );
      if (!out.ok) throw new Error(`${action.id}: ${out.reason}`);
      const target = stepOf(preset, action.to)!;
      const kinds = out.effects.map((e) => e.kind);
      expect(out.request).toMatchObject({
        stepId: target.id,
        status: target.status,
        version: 3,
        note: FULL_INPUT.note,
      });
      expect(kinds.slice(0, action.effects.length)).toEqual(action.effects.map((e) => e.kind));
      const asksRole = action.effects.some((e) => e.kind === 'notify_role' || e.kind === 'ask_documentation');
      expect(kinds.includes('notify_role') || kinds.includes('ask_documentation')).toBe(
        (!target.terminal && target.actor !== APPLICANT_ROLE) || asksRole,
      );
      // The applicant hears of every change that matters to them: waiting for them, a declared notice,
      // approval (the deciding step's schedule check passed), a new time, and the end of the service.
      const approved = step.decidesSchedule === true && action.checksSchedule === true && !target.terminal;
      const finished = target.terminal === true && action.effects.some((e) => e.kind === 'close');
      expect(kinds.includes('notify_applicant')).toBe(
        target.actor === APPLICANT_ROLE ||
          action.effects.some((e) => e.kind === 'notify_applicant') ||
          approved ||
          action.appliesAlternative === true ||
          finished,
      );
      expect(new Set(out.effects.map((e) => e.key)).size).toBe(out.effects.length);
    }
  });
});

describe.each(
  PRESETS.flatMap((p) =>
    p.steps.filter((s) => s.actions.some((a) => a.id === 'batalkan')).map((s) => [p.id, s.id, p] as const),
  ),
)('%s / %s: batalkan', (_id, stepId, preset) => {
  test('cancels with release, cancel_meeting and "dibatalkan" notices to the applicant and the officials', () => {
    const step = stepOf(preset, stepId)!;
    const actor = step.actor === APPLICANT_ROLE ? makeActor([], { isAdmin: true }) : makeActor([step.actor]);
    const r = at(preset, stepId);
    const out = applyAction(
      r,
      preset,
      { requestId: r.id, action: 'batalkan', expectedVersion: 2, input: { note: 'Acara batal.' } },
      actor,
      T0,
    );
    if (!out.ok) throw new Error(out.reason);
    expect(out.request).toMatchObject({ stepId: 'dibatalkan', status: 'Dibatalkan' });
    expect(out.effects.map((e) => e.kind)).toEqual(['release', 'cancel_meeting', 'notify_applicant', 'notify_role']);
    expect(out.effects[2].params.template).toBe('dibatalkan');
    expect(out.effects[3].params).toMatchObject({ template: 'dibatalkan', role: step.actor, fromStep: stepId });
  });
});

describe('effects and history details', () => {
  test('a repeated effect kind gets an occurrence suffix in its key', () => {
    const twice: Preset = JSON.parse(JSON.stringify(BANDUNG));
    twice.steps[0].actions[0].effects = [
      { kind: 'notify_applicant' },
      { kind: 'notify_applicant', params: { template: 'terima' } },
    ];
    const r = at(twice, 'disposisi_kadis');
    const out = applyAction(
      r,
      twice,
      { requestId: r.id, action: 'disposisi', expectedVersion: 2, input: {} },
      makeActor(['kadis']),
      T0,
    );
    if (!out.ok) throw new Error(out.reason);
    expect(out.effects.map((e) => e.key)).toEqual([
      'VC-2026-0001:v3:notify_applicant',
      'VC-2026-0001:v3:notify_applicant:2',
      'VC-2026-0001:v3:notify_role',
    ]);
    expect(out.effects[1].params.template).toBe('terima');
  });

  test('a chosen host account is recorded and passed to the effects without the spaces around it', () => {
    const picking: Preset = JSON.parse(JSON.stringify(BANDUNG));
    picking.steps[0].actions[0].requires = ['host'];
    const r = at(picking, 'disposisi_kadis');
    const out = applyAction(
      r,
      picking,
      { requestId: r.id, action: 'disposisi', expectedVersion: 2, input: { host: '  Zoom Kominfo 2 ' } },
      makeActor(['kadis']),
      T0,
    );
    if (!out.ok) throw new Error(out.reason);
    expect(out.request.host).toBe('Zoom Kominfo 2');
    expect(out.effects.map((e) => e.params.host)).toEqual(['Zoom Kominfo 2']);
  });

  test('a chosen operator is recorded without the spaces around it', () => {
    const r = at(BANDUNG, 'tunjuk_operator');
    const out = applyAction(
      r,
      BANDUNG,
      {
        requestId: r.id,
        action: 'tugaskan_operator',
        expectedVersion: 2,
        input: { operator: '  budi@diskominfo.go.id ' },
      },
      makeActor(['subkoor']),
      T0,
    );
    expect(out).toMatchObject({ ok: true, request: { operator: 'budi@diskominfo.go.id' } });
  });

  test('the history note keeps the note, then the filled documents trimmed, on lines of their own', () => {
    const documenting: Preset = JSON.parse(JSON.stringify(BANDUNG));
    documenting.steps[0].actions[0].requires = ['documentation'];
    documenting.steps[0].actions[0].documents = ['laporan'];
    const r = at(documenting, 'disposisi_kadis');
    const documentation = { laporan: ' https://drive/laporan ', foto: '   ', notulen: 'https://drive/notulen' };
    const out = applyAction(
      r,
      documenting,
      { requestId: r.id, action: 'disposisi', expectedVersion: 2, input: { note: 'Sudah diunggah', documentation } },
      makeActor(['kadis']),
      T0,
    );
    if (!out.ok) throw new Error(out.reason);
    expect(out.history.note).toBe(
      'Sudah diunggah\nDokumentasi — laporan: https://drive/laporan; notulen: https://drive/notulen',
    );
  });

  test('a declared notify_role is not doubled', () => {
    const declared: Preset = JSON.parse(JSON.stringify(BANDUNG));
    declared.steps[0].actions[0].effects = [{ kind: 'notify_role', params: { role: 'subkoor' } }];
    const r = at(declared, 'disposisi_kadis');
    const out = applyAction(
      r,
      declared,
      { requestId: r.id, action: 'disposisi', expectedVersion: 2, input: {} },
      makeActor(['kadis']),
      T0,
    );
    expect(out).toMatchObject({ ok: true, effects: [{ kind: 'notify_role', params: { role: 'subkoor' } }] });
  });

  test.each([
    [after(T0, 90.9), 90],
    [after(T0, -5), 0],
  ])('minutes taken are whole minutes since stepSince (%s → %i)', (now, minutes) => {
    const r = at(BANDUNG, 'disposisi_kadis');
    const out = applyAction(
      r,
      BANDUNG,
      { requestId: r.id, action: 'disposisi', expectedVersion: 2, input: {} },
      makeActor(['kadis']),
      now,
    );
    expect(out).toMatchObject({
      ok: true,
      history: { minutesTaken: minutes, standardMinutes: 5, at: now.toISOString(), note: '' },
    });
  });

  test('an unreadable stepSince gives no minutes; the previous note is cleared', () => {
    const r = at(BANDUNG, 'disposisi_kadis', { stepSince: '', note: 'lama' });
    const out = applyAction(
      r,
      BANDUNG,
      { requestId: r.id, action: 'disposisi', expectedVersion: 2, input: {} },
      makeActor(['kadis']),
      T0,
    );
    expect(out).toMatchObject({ ok: true, request: { note: '' }, history: { minutesTaken: null } });
  });

  test('intake notices: the start role for a valid request, the applicant for an invalid one', () => {
    const valid = enterStart(makeRequest(), BANDUNG, T0, true);
    expect(valid).toMatchObject({ stepSince: T0.toISOString(), version: 1, status: 'Menunggu Disposisi Kepala Dinas' });
    expect(intakeEffects(valid, BANDUNG)).toEqual([
      {
        kind: 'notify_role',
        key: 'VC-2026-0001:v1:notify_role',
        params: expect.objectContaining({ role: 'kadis', roleLabel: 'Kepala Dinas', toStep: 'disposisi_kadis' }),
      },
      {
        kind: 'notify_applicant',
        key: 'VC-2026-0001:v1:notify_applicant',
        params: expect.objectContaining({ template: 'diterima', warnings: '' }),
      },
    ]);
    const invalid = enterStart(makeRequest({ problems: ['Jam selesai kosong.', 'Email salah.'] }), BANDUNG, T0, false);
    expect(intakeEffects(invalid, BANDUNG)).toEqual([
      {
        kind: 'notify_applicant',
        key: 'VC-2026-0001:v1:notify_applicant',
        params: expect.objectContaining({
          template: 'perbaikan',
          problems: 'Jam selesai kosong.\nEmail salah.',
          editUrl: invalid.editUrl,
        }),
      },
    ]);
  });
});
