import { daySchedule } from '../../src/app/day-schedule';
import type { VcRequest } from '../../src/core/request';
import type { ActionDef } from '../../src/core/sop/types';
import { makeRequest } from '../core/sop/fixtures';

const approve: ActionDef = {
  id: 'setujui',
  label: 'Setujui',
  to: 'buat_link',
  requires: [],
  effects: [],
  checksSchedule: true,
};
const reject: ActionDef = { id: 'tolak', label: 'Tolak', to: 'ditolak', requires: [], effects: [], negative: true };
const running = (o: VcRequest) => o.status !== 'Selesai';

/** The request being decided: 20 March 2026, nothing assigned yet. */
const own = makeRequest({ id: 'VC-2026-0010', eventDate: '2026-03-20', startTime: '10:00', endTime: '12:00' });

/** Another request in the Register on `eventDate` (20 March unless given). */
function other(id: string, over: Partial<VcRequest>): VcRequest {
  return makeRequest({ id, eventDate: '2026-03-20', status: 'Disetujui', ...over });
}

describe('daySchedule', () => {
  it("lists the day's running bookings with an account, room or operator, earliest first", () => {
    const all = [
      { ...own, host: 'Zoom Kominfo 1' },
      other('VC-2026-0003', {
        startTime: '13:00',
        endTime: '14:30',
        host: 'Zoom Kominfo 1',
        operator: 'budi@kominfo.go.id',
      }),
      other('VC-2026-0004', { startTime: '15:00', endTime: '16:00', operator: 'sari@kominfo.go.id' }),
      other('VC-2026-0002', { startTime: '09:00', endTime: '11:30', room: 'Ruang Rapat Utama' }),
      other('VC-2026-0005', { startTime: '07:30', endTime: '08:00', host: 'Zoom Kominfo 2' }),
      other('VC-2026-0006', { startTime: '08:00', endTime: '09:00' }),
      other('VC-2026-0007', { startTime: '08:00', endTime: '09:00', host: 'Zoom Kominfo 1', status: 'Selesai' }),
      other('VC-2026-0008', { eventDate: '2026-03-21', startTime: '08:00', endTime: '09:00', host: 'Zoom Kominfo 1' }),
    ];
    expect(daySchedule(own, [reject, approve], all, running, 'Asia/Jakarta')).toEqual([
      '07.30–08.00 WIB · VC-2026-0005 · Zoom Kominfo 2',
      '09.00–11.30 WIB · VC-2026-0002 · Ruang Rapat Utama',
      '13.00–14.30 WIB · VC-2026-0003 · Zoom Kominfo 1, budi@kominfo.go.id',
      '15.00–16.00 WIB · VC-2026-0004 · sari@kominfo.go.id',
    ]);
  });

  it('names account, room and operator in that order, in the office zone', () => {
    const full = other('VC-2026-0002', {
      startTime: '09:00',
      endTime: '10:00',
      host: 'Zoom Kominfo 1',
      room: 'Ruang Rapat Utama',
      operator: 'budi@kominfo.go.id',
    });
    expect(daySchedule(own, [approve], [full], running, 'Asia/Makassar')).toEqual([
      '09.00–10.00 WITA · VC-2026-0002 · Zoom Kominfo 1, Ruang Rapat Utama, budi@kominfo.go.id',
    ]);
  });

  it("says 'jam belum jelas' for a booking whose times cannot be read", () => {
    const unclear = other('VC-2026-0002', { startTime: '', endTime: '11:00', room: 'Ruang Rapat Utama' });
    expect(daySchedule(own, [approve], [unclear], running, 'Asia/Jakarta')).toEqual([
      'jam belum jelas · VC-2026-0002 · Ruang Rapat Utama',
    ]);
  });

  it('gives an empty list when nothing else is booked that day', () => {
    const all = [own, other('VC-2026-0002', { eventDate: '2026-03-21', host: 'Zoom Kominfo 1' })];
    expect(daySchedule(own, [approve], all, running, 'Asia/Jakarta')).toEqual([]);
  });

  it('shows nothing when no action checks the schedule or the date is unknown', () => {
    const all = [other('VC-2026-0002', { host: 'Zoom Kominfo 1' })];
    expect(daySchedule(own, [reject], all, running, 'Asia/Jakarta')).toBeNull();
    expect(daySchedule(own, [], all, running, 'Asia/Jakarta')).toBeNull();
    expect(daySchedule({ ...own, eventDate: '' }, [approve], all, running, 'Asia/Jakarta')).toBeNull();
  });
});
