import { bookedHours, capacityHours, utilisationOf, weeksOf } from '../../../src/core/recap/usage';
import { onStep } from './fixtures';

const MARCH_2026 = { year: 2026, month: 3 };

describe('bookedHours', () => {
  it('is end minus start in hours, 0 when a time is missing or reversed', () => {
    expect(bookedHours(onStep('VC-1', 'cek', { startTime: '08:30', endTime: '10:00' }))).toBe(1.5);
    expect(bookedHours(onStep('VC-1', 'cek', { startTime: '', endTime: '10:00' }))).toBe(0);
    expect(bookedHours(onStep('VC-1', 'cek', { startTime: '08:00', endTime: '' }))).toBe(0);
    expect(bookedHours(onStep('VC-1', 'cek', { startTime: '10:00', endTime: '08:00' }))).toBe(0);
  });
});

describe('capacityHours', () => {
  // March 2026 has 22 days Monday to Friday.
  it('is the working days times the office hours', () => {
    expect(capacityHours(MARCH_2026, { start: '08:00', end: '15:30' })).toBe(22 * 7.5);
  });

  it('is 0 when office hours are unreadable or reversed', () => {
    expect(capacityHours(MARCH_2026, { start: '', end: '15:30' })).toBe(0);
    expect(capacityHours(MARCH_2026, { start: '08:00', end: 'sore' })).toBe(0);
    expect(capacityHours(MARCH_2026, { start: '16:00', end: '08:00' })).toBe(0);
  });
});

describe('utilisationOf', () => {
  const booked = (host: string, room: string, startTime: string, endTime: string) =>
    onStep('VC-1', 'laksana', { host, room, startTime, endTime });

  it('lists every known resource by name, hosts first, adding hours under the trimmed name', () => {
    const rows = utilisationOf(
      [
        booked(' Zoom 2 ', 'Ruang B', '08:00', '10:00'),
        booked('Zoom 2', '', '13:00', '14:00'),
        booked('Zoom 4', '  ', '09:00', '10:30'),
      ],
      { hosts: ['Zoom 3', 'Zoom 1', 'Zoom 2'], rooms: ['Ruang C', 'Ruang A'] },
      10,
    );
    expect(rows.map((r) => [r.kind, r.name, r.hours, r.share])).toEqual([
      ['host', 'Zoom 1', 0, 0],
      ['host', 'Zoom 2', 3, 0.3],
      ['host', 'Zoom 3', 0, 0],
      ['host', 'Zoom 4', 1.5, 0.15],
      ['room', 'Ruang A', 0, 0],
      ['room', 'Ruang B', 2, 0.2],
      ['room', 'Ruang C', 0, 0],
    ]);
    expect(rows.every((r) => r.capacityHours === 10)).toBe(true);
  });
});

describe('weeksOf', () => {
  it('counts the dates in every ISO week touching the month, empty weeks as 0', () => {
    const weeks = weeksOf(MARCH_2026, ['2026-03-04', '2026-03-01', '2026-03-02', '2026-03-04', '2026-03-31']);
    expect(weeks).toEqual([
      { start: '2026-02-23', week: 9, count: 1 },
      { start: '2026-03-02', week: 10, count: 3 },
      { start: '2026-03-09', week: 11, count: 0 },
      { start: '2026-03-16', week: 12, count: 0 },
      { start: '2026-03-23', week: 13, count: 0 },
      { start: '2026-03-30', week: 14, count: 1 },
    ]);
  });
});
