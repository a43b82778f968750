/**
 * performStep and the slot a request held before the click: only a release of an event that really
 * moved (its date, start or end changed) carries the old date and start, so the handler frees the
 * old hold on the calendar; any other effect, and a release of an event that stays, carry nothing.
 */
import { performStep } from '../../src/app/act';
import { intake } from '../../src/app/intake';
import type { EffectHandler } from '../../src/app/ports';
import type { Effect } from '../../src/core/sop/types';
import type { ActionRequestDto } from '../../src/shared/rpc';
import { validAnswers } from '../fixtures/answers';
import { world, type TestWorld } from './fakes';

const ID = 'VC-2026-0001';

/** A Bandung request (2026-11-30 09:00–11:30) at "kirim tautan", every effect done and remembered in `seen`. */
function atSendLink(): TestWorld & { seen: Effect[] } {
  const w = world();
  const seen: Effect[] = [];
  const done: EffectHandler = ({ effect }) => (seen.push(structuredClone(effect)), { status: 'done', note: 'ok' });
  w.deps.effects = Object.fromEntries(
    [
      'notify_role',
      'notify_applicant',
      'reserve',
      'release',
      'create_meeting',
      'update_meeting',
      'cancel_meeting',
      'send_link',
    ].map((kind) => [kind, done]),
  );
  intake(w.deps, { answers: validAnswers(), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
  const steps: [string, string, ActionRequestDto['input']][] = [
    ['kadis', 'disposisi', {}],
    ['kabid', 'disposisi', {}],
    ['subkoor', 'terima', {}],
    ['subkoor', 'setujui', {}],
    ['subkoor', 'tugaskan_operator', { operator: 'operator@kominfo.go.id' }],
    ['operator', 'buat_rapat', {}],
  ];
  for (const [role, action, input] of steps) expect(click(w, role, action, input)).toMatchObject({ ok: true });
  expect(w.register.rows[0].stepId).toBe('kirim_tautan');
  seen.length = 0;
  return Object.assign(w, { seen });
}

function click(w: TestWorld, role: string, action: string, input: ActionRequestDto['input']) {
  w.as(`${role}@kominfo.go.id`);
  return performStep(w.deps, { requestId: ID, action, expectedVersion: w.register.rows[0].version, input });
}

const paramsOf = (seen: Effect[], kind: string) => seen.filter((e) => e.kind === kind).map((e) => e.params);

describe('the old slot given to release', () => {
  it.each([
    ['only the date', { date: '2026-12-01', start: '09:00', end: '11:30' }],
    ['only the start', { date: '2026-11-30', start: '10:00', end: '11:30' }],
    ['only the end', { date: '2026-11-30', start: '09:00', end: '12:00' }],
  ])('moving %s: release carries the old date and start, no other effect does', (_what, alternative) => {
    const w = atSendLink();
    expect(click(w, 'operator', 'ubah_jadwal', { note: 'Pemohon minta pindah.', alternative })).toMatchObject({
      ok: true,
    });
    expect(w.register.rows[0]).toMatchObject({
      eventDate: alternative.date,
      startTime: alternative.start,
      endTime: alternative.end,
    });
    expect(paramsOf(w.seen, 'release')).toEqual([
      expect.objectContaining({ fromDate: '2026-11-30', fromStart: '09:00' }),
    ]);
    const others = w.seen.filter((e) => e.kind !== 'release');
    expect(others.map((e) => e.kind)).toEqual(expect.arrayContaining(['reserve', 'update_meeting']));
    for (const e of others) expect(e.params).not.toHaveProperty('fromDate');
    for (const e of others) expect(e.params).not.toHaveProperty('fromStart');
  });

  it('a release of an event that stays where it was (cancelling) carries no old slot', () => {
    const w = atSendLink();
    expect(click(w, 'operator', 'batalkan', { note: 'Kegiatan ditiadakan.' })).toMatchObject({ ok: true });
    expect(w.register.rows[0]).toMatchObject({ eventDate: '2026-11-30', startTime: '09:00', endTime: '11:30' });
    expect(paramsOf(w.seen, 'release')).toHaveLength(1);
    expect(paramsOf(w.seen, 'release')[0]).not.toHaveProperty('fromDate');
    expect(paramsOf(w.seen, 'release')[0]).not.toHaveProperty('fromStart');
  });

  it.each([
    ['no date', 'eventDate'],
    ['no start time', 'startTime'],
  ] as const)('a move of a request that had %s gives release no old slot', (_what, field) => {
    const w = atSendLink();
    w.register.rows[0][field] = '';
    const alternative = { date: '2026-12-01', start: '13:00', end: '14:00' };
    expect(click(w, 'operator', 'ubah_jadwal', { note: 'Jam ditetapkan.', alternative })).toMatchObject({ ok: true });
    expect(w.register.rows[0]).toMatchObject({ eventDate: '2026-12-01', startTime: '13:00' });
    expect(paramsOf(w.seen, 'release')).toHaveLength(1);
    expect(paramsOf(w.seen, 'release')[0]).not.toHaveProperty('fromDate');
    expect(paramsOf(w.seen, 'release')[0]).not.toHaveProperty('fromStart');
  });
});
