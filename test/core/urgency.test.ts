import { byUrgency, clashWarning, type Urgency } from '../../src/core/urgency';
import { makeRequest } from './sop/fixtures';

const req = (id: string, eventDate: string, startTime: string, endTime: string) =>
  makeRequest({ id, eventDate, startTime, endTime });

describe('clashWarning', () => {
  const mine = req('VC-2026-0001', '2026-03-20', '09:00', '11:00');
  it('names every other request on the same day whose time overlaps', () => {
    const active = [
      mine,
      req('VC-2026-0002', '2026-03-20', '10:00', '12:00'),
      req('VC-2026-0003', '2026-03-20', '08:00', '09:30'),
      req('VC-2026-0004', '2026-03-21', '09:00', '11:00'),
    ];
    expect(clashWarning(mine, active)).toBe(
      'Waktunya bersamaan dengan VC-2026-0002, VC-2026-0003; pastikan akun dan ruang cukup sebelum menyetujui.',
    );
  });
  it('does not count a meeting that ends as the other starts, or one earlier or later the same day', () => {
    const active = [
      req('VC-2026-0002', '2026-03-20', '11:00', '12:00'),
      req('VC-2026-0003', '2026-03-20', '08:00', '09:00'),
      req('VC-2026-0004', '2026-03-20', '13:00', '14:00'),
      req('VC-2026-0005', '2026-03-20', '06:00', '07:00'),
    ];
    expect(clashWarning(mine, active)).toBe('');
  });
  it('gives no warning for a request without a date, a start or an end', () => {
    const other = req('VC-2026-0002', '2026-03-20', '09:00', '11:00');
    const undated = req('VC-2026-0009', '', '09:00', '11:00');
    expect(clashWarning(undated, [req('VC-2026-0008', '', '09:00', '11:00')])).toBe('');
    expect(clashWarning(req('VC-2026-0009', '2026-03-20', '', '11:00'), [other])).toBe('');
    expect(clashWarning(req('VC-2026-0009', '2026-03-20', '09:00', ''), [other])).toBe('');
  });
});

describe('byUrgency', () => {
  const task = (id: string, eventAt: string | null, since = '2026-03-01T00:00:00.000Z'): Urgency => ({
    id,
    eventAt: eventAt === null ? null : new Date(eventAt),
    overdue: false,
    clash: '',
    since,
  });
  it('puts the sooner event first, then the longer waiting, then the id', () => {
    const soon = task('VC-2026-0009', '2026-03-20T02:00:00Z');
    const later = task('VC-2026-0001', '2026-03-21T02:00:00Z');
    expect(byUrgency(soon, later)).toBe(-1);
    expect(byUrgency(later, soon)).toBe(1);
    const older = task('VC-2026-0009', '2026-03-20T02:00:00Z', '2026-02-01T00:00:00.000Z');
    expect(byUrgency(soon, older)).toBe(1);
    expect(byUrgency(older, soon)).toBe(-1);
    expect(byUrgency(task('VC-2026-0001', null), task('VC-2026-0002', null))).toBe(-1);
  });
});
