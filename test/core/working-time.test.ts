/** Working time: Mutu Baku counts the office's working hours of working days that are not holidays. */
import {
  addWorkingMinutes,
  isWorkingDay,
  roundTheClock,
  workCalendar,
  workingMinutesBetween,
} from '../../src/core/working-time';
import { minutesLeft, minutesSpent, standardOf } from '../../src/core/sop/clock';
import { BANDUNG, DEMAK, TARAKAN } from '../../src/core/sop/presets';
import { emptyAssignments, type VcRequest } from '../../src/core/request';
import { calendarOf } from '../../src/core/office-calendar';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parseDateList, parseWorkDays } from '../../src/core/settings-calendar';

/** WITA office, Monday–Friday 07:30–16:00, Christmas 2026 a holiday (Friday). */
const CAL = workCalendar({
  zone: 'Asia/Makassar',
  days: [1, 2, 3, 4, 5],
  start: '07:30',
  end: '16:00',
  holidays: ['2026-12-25'],
});
const wita = (iso: string) => new Date(`${iso}+08:00`);

describe('working calendar', () => {
  it('a weekend and a holiday are not working days', () => {
    expect(
      ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28'].map((d) => isWorkingDay(CAL, d)),
    ).toEqual([true, false, false, false, true]);
  });

  it('counts only working minutes: Thursday 15:00 to Monday 08:30 over Christmas and a weekend is 2 hours', () => {
    expect(workingMinutesBetween(CAL, wita('2026-12-24T15:00:00'), wita('2026-12-28T08:30:00'))).toBe(120);
    expect(workingMinutesBetween(CAL, wita('2026-12-24T17:00:00'), wita('2026-12-28T07:30:00'))).toBe(0);
    expect(workingMinutesBetween(CAL, wita('2026-12-28T09:00:00'), wita('2026-12-28T08:00:00'))).toBe(0);
  });

  it('adds working minutes across closed days; one working day from Thursday 10:00 is Monday 10:00', () => {
    expect(addWorkingMinutes(CAL, wita('2026-12-24T10:00:00'), 510).toISOString()).toBe(
      wita('2026-12-28T10:00:00').toISOString(),
    );
    expect(addWorkingMinutes(CAL, wita('2026-12-26T12:00:00'), 5).toISOString()).toBe(
      wita('2026-12-28T07:35:00').toISOString(),
    );
  });

  it('a deadline reached at closing time is that closing, and counting from after hours starts at the next opening', () => {
    expect(addWorkingMinutes(CAL, wita('2026-12-24T15:00:00'), 60).toISOString()).toBe(
      wita('2026-12-24T16:00:00').toISOString(),
    );
    expect(addWorkingMinutes(CAL, wita('2026-12-23T17:00:00'), 60).toISOString()).toBe(
      wita('2026-12-24T08:30:00').toISOString(),
    );
    expect(addWorkingMinutes(CAL, wita('2026-12-23T16:00:00'), 0).toISOString()).toBe(
      wita('2026-12-24T07:30:00').toISOString(),
    );
  });

  it('an unreadable instant counts no working minutes', () => {
    expect(workingMinutesBetween(CAL, new Date(Number.NaN), wita('2026-12-28T08:30:00'))).toBe(0);
    expect(workingMinutesBetween(CAL, wita('2026-12-24T15:00:00'), new Date(Number.NaN))).toBe(0);
  });

  it('gives up after ten years (3660 days) instead of looping on a mangled date or a calendar with no working day', () => {
    const always = roundTheClock('Asia/Makassar');
    const from = wita('2026-01-01T00:00:00');
    const tenYears = 3660 * 1440;
    expect(workingMinutesBetween(always, from, wita('2046-01-01T00:00:00'))).toBe(tenYears);
    expect(addWorkingMinutes(always, from, tenYears + 60).toISOString()).toBe(
      wita('2036-01-09T00:00:00').toISOString(),
    );
    const never = { ...CAL, days: [] };
    expect(addWorkingMinutes(never, from, 60).toISOString()).toBe(wita('2036-01-09T00:00:00').toISOString());
  });

  it('Pengaturan values read as people type them; the calendar comes from the settings', () => {
    expect(parseWorkDays('Senin–Jumat')).toEqual([1, 2, 3, 4, 5]);
    expect(parseWorkDays("Senin, Selasa, Rabu, Kamis, Jum'at, Sabtu")).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parseWorkDays('Senin, Libur')).toBeNull();
    expect(parseDateList('2026-12-24, 31/12/2026; kemarin')).toEqual({
      dates: ['2026-12-24', '2026-12-31'],
      unreadable: ['kemarin'],
    });
    const cal = calendarOf({ ...DEFAULT_SETTINGS, holidays: ['2026-12-24'], calendarHolidays: ['2026-12-25'] });
    expect([cal.startMinute, cal.endMinute, [...cal.holidays]]).toEqual([450, 960, ['2026-12-24', '2026-12-25']]);
  });
});

function request(over: Partial<VcRequest>): VcRequest {
  return {
    ...emptyAssignments(),
    id: 'VC-2026-0100',
    receivedAt: '',
    source: 'form',
    responseRef: 'r',
    status: '',
    presetId: '',
    presetVersion: 1,
    stepId: '',
    stepSince: '',
    version: 1,
    warnings: [],
    problems: [],
    note: '',
    editUrl: '',
    pending: [],
    applicantName: '',
    agency: '',
    position: '',
    email: '',
    phone: '',
    letterNumber: '',
    letterDate: '',
    srikandiNumber: '',
    title: '',
    eventDate: '2026-12-30',
    startTime: '09:00',
    endTime: '11:00',
    platform: 'zoom',
    participants: 10,
    needsRoom: false,
    needsOperator: false,
    needsRecording: false,
    notes: '',
    ...over,
  };
}

describe('the clock of a step', () => {
  const step = (preset: typeof BANDUNG, id: string) => preset.steps.find((s) => s.id === id)!;

  it('Tarakan "1 hari" is one working day: entered Thursday 10:00, due Monday 10:00, not late on the Sunday', () => {
    const telaah = step(TARAKAN, 'telaah_kabid');
    const r = request({ stepSince: wita('2026-12-24T10:00:00').toISOString() });
    expect(standardOf(telaah, CAL)).toBe(510);
    expect(minutesLeft(telaah, r, wita('2026-12-27T12:00:00'), CAL)).toBe(150);
    expect(minutesLeft(telaah, r, wita('2026-12-28T10:00:00'), CAL)).toBe(0);
    expect(minutesLeft(telaah, r, wita('2026-12-28T10:01:00'), CAL)).toBe(-1);
  });

  it('Demak peralatan counts from two hours before the start, in wall-clock minutes, never before entry', () => {
    const peralatan = step(DEMAK, 'peralatan');
    const r = request({ stepSince: wita('2026-12-29T10:00:00').toISOString(), eventDate: '2026-12-30' });
    expect(minutesSpent(peralatan, r, wita('2026-12-30T06:59:00'), CAL)).toBe(0);
    expect(minutesLeft(peralatan, r, wita('2026-12-30T08:30:00'), CAL)).toBe(30);
    expect(minutesLeft(peralatan, r, wita('2026-12-30T09:05:00'), CAL)).toBe(-5);
    const lateEntry = request({ stepSince: wita('2026-12-30T08:00:00').toISOString(), eventDate: '2026-12-30' });
    expect(minutesSpent(peralatan, lateEntry, wita('2026-12-30T08:30:00'), CAL)).toBe(30);
  });

  it('Bandung: the link must also be sent before the event day begins (H-1), whatever is left of its 5 menit', () => {
    const kirim = step(BANDUNG, 'kirim_tautan');
    const r = request({ stepSince: wita('2026-12-29T15:50:00').toISOString(), eventDate: '2026-12-30' });
    expect(minutesLeft(kirim, r, wita('2026-12-29T15:52:00'), CAL)).toBe(3);
    expect(minutesLeft(kirim, r, wita('2026-12-29T23:59:00'), CAL)).toBe(-5);
    const closeToMidnight = request({ stepSince: wita('2026-12-29T23:50:00').toISOString(), eventDate: '2026-12-30' });
    expect(minutesLeft(kirim, closeToMidnight, wita('2026-12-29T23:58:00'), CAL)).toBe(2);
    expect(minutesLeft(kirim, closeToMidnight, wita('2026-12-30T00:01:00'), CAL)).toBe(-1);
  });
});
