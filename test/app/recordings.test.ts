import { collectRecordings, RECORDING_LOOKBACK_DAYS } from '../../src/app/recordings';
import type { MeetingPort } from '../../src/app/ports';
import { makeRequest } from '../core/sop/fixtures';
import { world } from './fakes';

type Recordings = ReturnType<MeetingPort['recordings']>;

/** A Zoom with recordings per meeting ID; a meeting in `failing` throws; every call is counted. */
function fakeZoom(recordings: Record<string, Recordings>, failing: string[] = []) {
  const asked: string[] = [];
  return {
    asked,
    recordings: (meetingId: string): Recordings => {
      asked.push(meetingId);
      if (failing.includes(meetingId)) throw new Error(`Layanan Zoom sedang bermasalah (HTTP 500) untuk ${meetingId}.`);
      return recordings[meetingId] ?? null;
    },
  };
}

/** A Zoom request with a recording asked for, held on `date` 09:00–10:00 WIB. */
const held = (n: number, date: string) =>
  makeRequest({
    id: `VC-2026-${String(n).padStart(4, '0')}`,
    platform: 'zoom',
    needsRecording: true,
    meetingId: `8574606${String(n).padStart(4, '0')}`,
    eventDate: date,
    startTime: '09:00',
    endTime: '10:00',
  });

const files = (id: string): Recordings => ({
  passcode: 'x7@Kp2#q',
  files: [{ type: 'shared_screen_with_speaker_view', url: `https://us06web.zoom.us/rec/play/${id}?pwd=abc` }],
});

describe('collectRecordings', () => {
  it('keeps the play link with its passcode in the history, once', () => {
    const w = world({}, new Date('2026-11-30T06:00:00Z'));
    w.register.rows.push(held(1, '2026-11-30'));
    const zoom = fakeZoom({ '85746060001': files('a') });
    expect(collectRecordings(w.deps, zoom)).toBe(1);
    expect(collectRecordings(w.deps, zoom)).toBe(0);
    const notes = w.history.records.filter((h) => h.action === 'rekaman Zoom tersedia').map((h) => h.note);
    expect(notes).toEqual([
      'shared_screen_with_speaker_view: https://us06web.zoom.us/rec/play/a?pwd=abc\nKode sandi rekaman: x7@Kp2#q',
    ]);
    expect(zoom.asked).toEqual(['85746060001']);
  });

  it(`asks only for meetings that ended within the last ${RECORDING_LOOKBACK_DAYS} days`, () => {
    const w = world({}, new Date('2026-11-30T06:00:00Z'));
    w.register.rows.push(held(1, '2026-11-23'), held(2, '2026-11-24'), held(3, '2026-11-30'), held(4, '2026-12-01'));
    const zoom = fakeZoom({});
    collectRecordings(w.deps, zoom);
    expect(zoom.asked).toEqual(['85746060002', '85746060003']);
  });

  it('still reaches a new meeting when 25 older ones in the window have no recording (oldest first, 20 a run)', () => {
    const w = world({}, new Date('2026-11-30T06:00:00Z'));
    for (let n = 1; n <= 25; n += 1) w.register.rows.push(held(n, '2026-11-29'));
    w.register.rows.push(held(26, '2026-11-30'));
    const zoom = fakeZoom({ '85746060026': files('new') });
    expect(collectRecordings(w.deps, zoom)).toBe(0);
    expect(zoom.asked).toHaveLength(20);
    w.now.t = new Date('2026-12-07T02:00:00Z');
    expect(collectRecordings(w.deps, zoom)).toBe(1);
    expect(zoom.asked.slice(20)).toEqual(['85746060026']);
  });

  it('isolates each meeting: one failure does not stop the others, and is reported after them', () => {
    const w = world({}, new Date('2026-11-30T06:00:00Z'));
    w.register.rows.push(held(1, '2026-11-29'), held(2, '2026-11-29'), held(3, '2026-11-30'));
    const zoom = fakeZoom({ '85746060001': files('a'), '85746060003': files('c') }, ['85746060002']);
    expect(() => collectRecordings(w.deps, zoom)).toThrow(
      /Rekaman 1 rapat Zoom gagal diperiksa.*VC-2026-0002.*HTTP 500/,
    );
    expect(zoom.asked).toEqual(['85746060001', '85746060002', '85746060003']);
    expect(w.history.records.map((h) => h.requestId)).toEqual(['VC-2026-0001', 'VC-2026-0003']);
  });
});
