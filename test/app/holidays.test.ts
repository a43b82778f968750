/**
 * The daily copy of Google's holiday calendar into Pengaturan: this year and the next, once per
 * office day, written only when the holidays changed; a calendar that cannot be read, or a copy
 * that could not be written, changes nothing and is tried again the next hour.
 */
import { syncHolidays, type HolidayPort } from '../../src/app/holidays';
import { world } from './fakes';
import { countingLock, memoryState } from './fakes-hourly';

const CALENDAR = 'id.indonesian#holiday@group.v.calendar.google.com';

/** Calendars by id (missing: unreadable), with every read and save kept. */
function calendars(byId: Record<string, string[]>): HolidayPort & {
  reads: Array<{ id: string; from: string; to: string }>;
  saved: string[][];
} {
  const port = {
    reads: [] as Array<{ id: string; from: string; to: string }>,
    saved: [] as string[][],
    read(id: string, from: Date, to: Date) {
      port.reads.push({ id, from: from.toISOString(), to: to.toISOString() });
      return byId[id] ? [...byId[id]] : null;
    },
    save: (dates: string[]) => void port.saved.push([...dates]),
  };
  return port;
}

/** Bandung (WIB) on Monday 23 November 2026, 09.00, with Google's Indonesian holiday calendar set. */
function office(holidayCalendarId = CALENDAR) {
  const w = world({ holidayCalendarId }, new Date('2026-11-23T02:00:00Z'));
  const state = memoryState();
  const lock = countingLock();
  let invalidated = 0;
  w.deps.state = state;
  w.deps.lock = lock;
  w.deps.config = { ...w.deps.config, invalidate: () => void invalidated++ };
  return { w, state, lock, invalidated: () => invalidated };
}

const HOLIDAYS = ['2026-12-25', '2027-01-01', '2027-03-20'];

describe('copying the holiday calendar', () => {
  it('reads this year and the next (office time) and saves them into Pengaturan once that day', () => {
    const { w, state, lock, invalidated } = office();
    const port = calendars({ [CALENDAR]: HOLIDAYS });
    expect(syncHolidays(w.deps, port)).toBe('saved');
    expect(port.reads).toEqual([{ id: CALENDAR, from: '2025-12-31T17:00:00.000Z', to: '2027-12-31T17:00:00.000Z' }]);
    expect(port.saved).toEqual([HOLIDAYS]);
    expect(lock.runs).toBe(1);
    expect(invalidated()).toBe(1);
    expect([...state.values]).toEqual([['HARI_LIBUR_DISALIN', '2026-11-23']]);

    w.now.t = new Date('2026-11-23T16:59:00Z');
    expect(syncHolidays(w.deps, port)).toBe('skipped');
    expect(port.reads).toHaveLength(1);
  });

  it('writes nothing the next day when the calendar still says what Pengaturan holds', () => {
    const { w, state, lock, invalidated } = office();
    w.deps.config.settings().settings.calendarHolidays = [...HOLIDAYS];
    state.set('HARI_LIBUR_DISALIN', '2026-11-22');
    const port = calendars({ [CALENDAR]: HOLIDAYS });
    expect(syncHolidays(w.deps, port)).toBe('unchanged');
    expect(port.reads).toHaveLength(1);
    expect(port.saved).toEqual([]);
    expect(lock.runs).toBe(0);
    expect(invalidated()).toBe(0);
    expect(state.get('HARI_LIBUR_DISALIN')).toBe('2026-11-23');
  });

  it('saves a changed list, even one that only differs in an added day', () => {
    const { w } = office();
    w.deps.config.settings().settings.calendarHolidays = HOLIDAYS.slice(0, 2);
    const port = calendars({ [CALENDAR]: HOLIDAYS });
    expect(syncHolidays(w.deps, port)).toBe('saved');
    expect(port.saved).toEqual([HOLIDAYS]);
  });

  it('reads nothing when no holiday calendar is set', () => {
    const { w, state } = office('');
    const port = calendars({ '': HOLIDAYS });
    expect(syncHolidays(w.deps, port)).toBe('skipped');
    expect(port.reads).toEqual([]);
    expect(state.values.size).toBe(0);
  });

  it('keeps what Pengaturan holds when the calendar cannot be read, and tries again the next hour', () => {
    const { w, state } = office('kalender-lain@group.calendar.google.com');
    const port = calendars({ [CALENDAR]: HOLIDAYS });
    expect(syncHolidays(w.deps, port)).toBe('unreadable');
    expect(port.saved).toEqual([]);
    expect(state.values.size).toBe(0);
    expect(syncHolidays(w.deps, port)).toBe('unreadable');
    expect(port.reads).toHaveLength(2);
  });

  it('tries again the next hour when the script lock is busy, the copy not marked done', () => {
    const { w, state, lock } = office();
    lock.busyOn = [1];
    const port = calendars({ [CALENDAR]: HOLIDAYS });
    expect(() => syncHolidays(w.deps, port)).toThrow(
      'Sistem sedang sibuk memproses permintaan lain. Coba lagi dalam beberapa detik.',
    );
    expect(port.saved).toEqual([]);
    expect(state.values.size).toBe(0);
    w.now.t = new Date('2026-11-23T03:00:00Z');
    expect(syncHolidays(w.deps, port)).toBe('saved');
    expect(port.saved).toEqual([HOLIDAYS]);
  });
});
