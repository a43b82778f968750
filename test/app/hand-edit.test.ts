/**
 * A hand edit of the spreadsheet: a settings sheet is published again, edited Register rows carry
 * into the index of live requests (judged by each request's own flow and the clock), anything else
 * is left alone; all of it under the script lock.
 */
import { followHandEdit } from '../../src/app/hand-edit';
import { LockBusyError } from '../../src/app/ports';
import { makeRequest } from '../core/sop/fixtures';
import { countingLock } from './fakes-hourly';
import { world } from './fakes';

/** The Register: row 2 finished long ago, row 3 running, row 4 finished long ago but marked live. */
function office() {
  const w = world();
  const lock = countingLock();
  w.deps.lock = lock;
  const bandung = { presetId: '000-bandung', presetVersion: 3, pending: [] };
  w.register.rows.push(
    makeRequest({ ...bandung, id: 'VC-2026-0001', stepId: 'selesai', eventDate: '2026-03-20' }),
    makeRequest({ ...bandung, id: 'VC-2026-0002', stepId: 'pendampingan', eventDate: '2026-03-21' }),
    makeRequest({ ...bandung, id: 'VC-2026-0003', stepId: 'ditolak', eventDate: '2026-03-22' }),
  );
  w.register.closed.add('VC-2026-0002');
  let published = 0;
  return { w, lock, republish: () => void published++, published: () => published };
}

describe('followHandEdit', () => {
  it('publishes the settings again after an edit of a settings sheet, and touches no index entry', () => {
    const o = office();
    followHandEdit(o.w.deps, { kind: 'config', rows: [2, 3] }, o.republish);
    expect(o.published()).toBe(1);
    expect(o.lock.runs).toBe(1);
    expect([...o.w.register.closed]).toEqual(['VC-2026-0002']);
  });

  it('carries edited Register rows into the index: only those rows, each judged live or not', () => {
    const o = office();
    followHandEdit(o.w.deps, { kind: 'register', rows: [2, 3] }, o.republish);
    expect([...o.w.register.closed]).toEqual(['VC-2026-0001']);
    expect(o.published()).toBe(0);
    expect(o.lock.runs).toBe(1);
  });

  it('leaves everything alone after an edit elsewhere', () => {
    const o = office();
    followHandEdit(o.w.deps, { kind: 'other', rows: [2, 3, 4] }, o.republish);
    expect(o.published()).toBe(0);
    expect(o.lock.runs).toBe(0);
    expect([...o.w.register.closed]).toEqual(['VC-2026-0002']);
  });

  it('does nothing when the script lock stays busy, so the edit is followed by a later run', () => {
    const o = office();
    o.lock.busyOn.push(1, 2);
    expect(() => followHandEdit(o.w.deps, { kind: 'config', rows: [] }, o.republish)).toThrow(LockBusyError);
    expect(() => followHandEdit(o.w.deps, { kind: 'register', rows: [2] }, o.republish)).toThrow(LockBusyError);
    expect(o.published()).toBe(0);
    expect([...o.w.register.closed]).toEqual(['VC-2026-0002']);
  });
});
