/** The refusals and the "not before" edge of proposeAlternatives (its ordering is in schedule.test.ts). */
import { proposeAlternatives } from '../../src/core/alternatives';
import type { ScheduleSettings } from '../../src/core/slot';

const WIB: ScheduleSettings = { bufferMinutes: 15, officeStart: '08:00', officeEnd: '16:00', timeZone: 'Asia/Jakarta' };
const MON = '2026-01-05';
const always = (): boolean => true;

describe('proposeAlternatives', () => {
  it('offers nothing for a slot that is not a real slot, or when no alternative is asked for', () => {
    expect(proposeAlternatives({ date: MON, start: '11:00', end: '10:00' }, always, WIB)).toEqual([]);
    expect(proposeAlternatives({ date: 'besok', start: '10:00', end: '11:00' }, always, WIB)).toEqual([]);
    expect(proposeAlternatives({ date: MON, start: '10:00', end: '11:00' }, always, WIB, 0)).toEqual([]);
    expect(proposeAlternatives({ date: MON, start: '10:00', end: '11:00' }, always, WIB, 1)).toHaveLength(1);
  });

  it('offers a slot starting exactly at "not before", and none before it', () => {
    // 10:30 WIB on Monday is 03:30 UTC.
    const notBefore = new Date('2026-01-05T03:30:00Z');
    const offered = proposeAlternatives({ date: MON, start: '10:00', end: '11:00' }, always, { ...WIB, notBefore });
    expect(offered.map((s) => `${s.date} ${s.start}`)).toEqual([
      '2026-01-05 10:30',
      '2026-01-05 11:00',
      '2026-01-05 11:30',
    ]);
  });
});
