/**
 * The times an official types with an action (core/sop/input-times.ts): an alternative slot, checked
 * against the office's working days and hours when its calendar is given, and the connection test.
 */
import { alternativeProblem, testTimeProblem } from '../../../src/core/sop/input-times';
import { workCalendar } from '../../../src/core/working-time';

/** Monday 30 November 2026, the office's local date. */
const TODAY = '2026-11-30';
/** Monday to Friday, 08:00–16:00, closed on 1 December 2026. */
const OFFICE = workCalendar({
  zone: 'Asia/Jakarta',
  days: [1, 2, 3, 4, 5],
  start: '08:00',
  end: '16:00',
  holidays: ['2026-12-01'],
});

const alt = (date: string, start = '09:00', end = '10:00') => ({ date, start, end });

describe('alternativeProblem', () => {
  it('refuses a date that is not a real calendar date', () => {
    for (const date of ['2026-02-30', '2026-13-15', '2026-00-15', '0050-03-15', '30-11-2026'])
      expect(alternativeProblem(alt(date), TODAY)).toBe(
        'Tanggal alternatif harus berformat TTTT-BB-HH (misalnya 2026-03-15).',
      );
  });

  it('refuses unreadable hours and an end not after the start', () => {
    expect(alternativeProblem(alt('2026-12-02', '24:00', '10:00'), TODAY)).toBe(
      'Jam alternatif harus berformat JJ:MM (misalnya 09:30).',
    );
    expect(alternativeProblem(alt('2026-12-02', '09:00', '9:30'), TODAY)).toBe(
      'Jam alternatif harus berformat JJ:MM (misalnya 09:30).',
    );
    expect(alternativeProblem(alt('2026-12-02', '10:00', '10:00'), TODAY)).toBe(
      'Jam selesai alternatif harus setelah jam mulai.',
    );
  });

  it('takes today and refuses yesterday', () => {
    expect(alternativeProblem(alt(TODAY), TODAY)).toBeNull();
    expect(alternativeProblem(alt('2026-11-29'), TODAY)).toBe('Tanggal alternatif sudah lewat.');
  });

  it('without the office calendar, takes any day and hour', () => {
    expect(alternativeProblem(alt('2026-12-05', '06:00', '22:00'), TODAY)).toBeNull();
  });

  it('with the office calendar, refuses a weekend or a holiday', () => {
    for (const date of ['2026-12-05', '2026-12-06', '2026-12-01'])
      expect(alternativeProblem(alt(date), TODAY, OFFICE)).toBe(
        'Tanggal alternatif jatuh pada hari libur atau di luar hari kerja kantor.',
      );
    expect(alternativeProblem(alt('2026-12-02'), TODAY, OFFICE)).toBeNull();
  });

  it('with the office calendar, takes exactly the working hours and refuses a minute outside', () => {
    expect(alternativeProblem(alt('2026-12-02', '08:00', '16:00'), TODAY, OFFICE)).toBeNull();
    for (const [start, end] of [
      ['07:59', '10:00'],
      ['15:00', '16:01'],
      ['07:00', '17:00'],
    ])
      expect(alternativeProblem(alt('2026-12-02', start, end), TODAY, OFFICE)).toBe(
        'Jam alternatif harus di dalam jam layanan (08:00–16:00).',
      );
  });

  it('names a working day that runs to midnight as ending at 23:59', () => {
    const late = { ...OFFICE, endMinute: 1440 };
    expect(alternativeProblem(alt('2026-12-02', '07:00', '09:00'), TODAY, late)).toBe(
      'Jam alternatif harus di dalam jam layanan (08:00–23:59).',
    );
  });
});

describe('testTimeProblem', () => {
  it('refuses an unreadable date or time', () => {
    expect(testTimeProblem({ date: '2026-02-30', time: '09:00' }, TODAY)).toBe(
      'Tanggal uji koneksi harus berformat TTTT-BB-HH (misalnya 2026-03-15).',
    );
    expect(testTimeProblem({ date: '2026-12-02', time: '9.30' }, TODAY)).toBe(
      'Jam uji koneksi harus berformat JJ:MM (misalnya 09:30).',
    );
  });

  it('takes today and refuses yesterday', () => {
    expect(testTimeProblem({ date: TODAY, time: '09:30' }, TODAY)).toBeNull();
    expect(testTimeProblem({ date: '2026-11-29', time: '09:30' }, TODAY)).toBe('Tanggal uji koneksi sudah lewat.');
  });
});
