/**
 * The builders the seed presets are written with: they give the canonical shape presetFromRows
 * also gives (an optional flag only when it is true), so a seed and its Alur SOP rows compare equal.
 * Each test builds fresh objects (the seed presets themselves are built once, when the module loads).
 */
import { cancelAction, revisionStep, step } from '../../../../src/core/sop/presets/common';

describe('step', () => {
  it('has no decidesSchedule flag unless it is the step that decides the schedule', () => {
    const plain = step('telaah', 'Operator menelaah', 'operator', 30, 'Ditelaah', []);
    expect(plain).toEqual({
      id: 'telaah',
      label: 'Operator menelaah',
      actor: 'operator',
      standardMinutes: 30,
      status: 'Ditelaah',
      actions: [],
    });
    expect(Object.keys(plain)).not.toContain('decidesSchedule');
    expect(step('putuskan', 'Kepala Dinas memutuskan', 'kadis', 5, 'Menunggu Keputusan', [], true)).toEqual({
      id: 'putuskan',
      label: 'Kepala Dinas memutuskan',
      actor: 'kadis',
      standardMinutes: 5,
      status: 'Menunggu Keputusan',
      actions: [],
      decidesSchedule: true,
    });
  });

  it('the applicant’s revision step does not decide the schedule', () => {
    expect(Object.keys(revisionStep('telaah'))).not.toContain('decidesSchedule');
  });
});

describe('cancelAction', () => {
  it('is a negative, reasoned cancellation that frees, deletes and tells with the "dibatalkan" messages', () => {
    expect(cancelAction()).toEqual({
      id: 'batalkan',
      label: 'Batalkan Permohonan',
      to: 'dibatalkan',
      requires: ['note'],
      negative: true,
      effects: [
        { kind: 'release' },
        { kind: 'cancel_meeting' },
        { kind: 'notify_applicant', params: { template: 'dibatalkan' } },
        { kind: 'notify_role', params: { template: 'dibatalkan', roleOf: 'from' } },
      ],
    });
  });

  it('keeps the label a preset gives it', () => {
    expect(cancelAction('Pemohon Membatalkan').label).toBe('Pemohon Membatalkan');
  });
});
