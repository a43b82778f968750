/** Which requests stay in the live index: open ones, ones with pending effects, and finished ones until 8 days after their event ends. */
import { isLive } from '../../src/core/live';
import { makeRequest } from './sop/fixtures';

const at = (iso: string) => new Date(iso);

describe('isLive', () => {
  it('keeps every request not at a terminal step, and a finished one with something pending', () => {
    const old = makeRequest({ eventDate: '2020-01-01', endTime: '10:00' });
    expect(isLive(old, false, at('2026-03-01T00:00:00Z'), 'Asia/Jakarta')).toBe(true);
    expect(isLive({ ...old, pending: ['surat|x'] }, true, at('2026-03-01T00:00:00Z'), 'Asia/Jakarta')).toBe(true);
  });

  it('drops a finished request with no readable event date', () => {
    const r = makeRequest({ eventDate: '', endTime: '10:00' });
    expect(isLive(r, true, at('2026-03-01T00:00:00Z'), 'Asia/Jakarta')).toBe(false);
    expect(isLive({ ...r, eventDate: '1 Maret 2026' }, true, at('2026-03-01T00:00:00Z'), 'Asia/Jakarta')).toBe(false);
  });

  it('keeps a finished request until exactly 8 days after its local end time', () => {
    const r = makeRequest({ eventDate: '2026-03-01', endTime: '10:00' });
    // 10:00 WIB = 03:00Z; 8 days later is 2026-03-09T03:00Z.
    expect(isLive(r, true, at('2026-03-09T02:59:59.999Z'), 'Asia/Jakarta')).toBe(true);
    expect(isLive(r, true, at('2026-03-09T03:00:00.000Z'), 'Asia/Jakarta')).toBe(false);
    // The same hour in WIT (UTC+9) ends two hours earlier in UTC.
    expect(isLive(r, true, at('2026-03-09T01:00:00.000Z'), 'Asia/Jayapura')).toBe(false);
  });

  it('counts from the end of the event day when the end time is unreadable', () => {
    const r = makeRequest({ eventDate: '2026-03-01', endTime: '' });
    // 23:59 WIB = 16:59Z.
    expect(isLive(r, true, at('2026-03-09T16:58:59.999Z'), 'Asia/Jakarta')).toBe(true);
    expect(isLive(r, true, at('2026-03-09T16:59:00.000Z'), 'Asia/Jakarta')).toBe(false);
  });
});
