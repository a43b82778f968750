import { clockStart, minutesSpent } from '../../../src/core/sop/clock';
import { DEMAK } from '../../../src/core/sop/presets';
import type { StepDef } from '../../../src/core/sop/types';
import { roundTheClock } from '../../../src/core/working-time';
import { makeRequest } from './fixtures';

const CAL = roundTheClock('Asia/Jakarta');
const stepOf = (id: string): StepDef => DEMAK.steps.find((s) => s.id === id)!;
/** Demak "peralatan" counts from two hours before the start: the fixture's event starts 20 March 2026 09:00 WIB. */
const PERALATAN = stepOf('peralatan');
const TWO_HOURS_BEFORE = '2026-03-20T00:00:00.000Z';
const PLAIN = stepOf('rekap_jadwal');

describe('clockStart: when a step starts counting', () => {
  it('a plain step counts from its entry; an empty or unreadable entry time counts nothing', () => {
    const entered = '2026-03-19T03:15:00.000Z';
    expect(clockStart(PLAIN, makeRequest({ stepSince: entered }), CAL)?.toISOString()).toBe(entered);
    for (const stepSince of ['', 'kemarin sore']) {
      const r = makeRequest({ stepSince });
      expect(clockStart(PLAIN, r, CAL)).toBeNull();
      expect(minutesSpent(PLAIN, r, new Date('2026-03-19T05:00:00.000Z'), CAL)).toBeNull();
    }
  });

  it('an event clock starts at its anchor, or at the entry when the step was entered later', () => {
    const at = (stepSince: string, eventDate = '2026-03-20') =>
      clockStart(PERALATAN, makeRequest({ stepSince, eventDate }), CAL)?.toISOString();
    expect(at('2026-03-19T08:00:00.000Z')).toBe(TWO_HOURS_BEFORE);
    expect(at(TWO_HOURS_BEFORE)).toBe(TWO_HOURS_BEFORE);
    expect(at('2026-03-20T01:30:00.000Z')).toBe('2026-03-20T01:30:00.000Z');
    // Without a readable entry time the anchor alone decides; without a readable event the entry does.
    expect(at('')).toBe(TWO_HOURS_BEFORE);
    expect(at('2026-03-19T08:00:00.000Z', '')).toBe('2026-03-19T08:00:00.000Z');
  });
});
