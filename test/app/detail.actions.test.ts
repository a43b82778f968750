import { presetById } from '../../src/core/sop/presets';
import { detailWorld, seen } from './fakes-detail';

const SUBKOOR = 'subkoor@kominfo.go.id';
const OPERATOR = 'operator@kominfo.go.id';
const at = (stepId: string, status: string) => ({ stepId, status });

describe('the actions a detail offers', () => {
  it('offers the Subkoor granting the slot approve, offer another time, reject and cancel, in order', () => {
    const { w, request } = detailWorld();
    const d = seen(w, request(at('izin_subkoor', 'Menunggu Izin Subkoor')), SUBKOOR);
    expect(d.actions.map(({ id, requires, negative, documents }) => ({ id, requires, negative, documents }))).toEqual([
      { id: 'setujui', requires: [], negative: false, documents: [] },
      { id: 'tawarkan_alternatif', requires: ['alternative'], negative: false, documents: [] },
      { id: 'tolak', requires: ['note'], negative: true, documents: [] },
      { id: 'batalkan', requires: ['note'], negative: true, documents: [] },
    ]);
    expect(d.operators).toEqual([]);
    expect(d.actions.every((a) => !('confirm' in a))).toBe(true);
  });

  it('lists the operators to choose from only where an action asks for one', () => {
    const { w, request } = detailWorld();
    const d = seen(w, request(at('tunjuk_operator', 'Menunggu Penunjukan Operator')), SUBKOOR);
    expect(d.actions.map((a) => a.id)).toEqual(['tugaskan_operator', 'batalkan']);
    expect(d.operators).toEqual([{ email: OPERATOR, name: 'Petugas Operator' }]);
    expect(d.hosts).toEqual([]);
    expect(seen(w, request(), 'kadis@kominfo.go.id').operators).toEqual([]);
  });

  it('offers nothing without a preset, and shows the status as the step', () => {
    const { w, request } = detailWorld();
    const d = seen(w, request(), SUBKOOR, null);
    expect(d.actions).toEqual([]);
    expect(d.operators).toEqual([]);
    expect(d.stepLabel).toBe('Menunggu Disposisi Kepala Dinas');
  });

  it('names the documents to upload: the action’s own, else the preset’s required ones', () => {
    const { w, request } = detailWorld();
    const demak = presetById('004-demak')!;
    const d = seen(
      w,
      request({ presetId: '004-demak', ...at('dokumentasi', 'Menunggu Dokumentasi') }),
      OPERATOR,
      demak,
    );
    expect(d.actions.map((a) => [a.id, a.documents])).toEqual([['unggah_dokumentasi', ['notulen', 'foto']]]);
    const r = request({ presetId: '004-demak', ...at('perekaman', 'Menunggu Pelaksanaan') });
    expect(seen(w, r, OPERATOR, demak).actions.map((a) => [a.id, a.documents])).toEqual([
      ['rekaman_selesai', ['video']],
    ]);
  });

  it('asks to confirm finishing before the meeting has ended, and not after', () => {
    const { w, request } = detailWorld();
    const r = request({ ...at('pendampingan', 'Menunggu Pelaksanaan'), operator: OPERATOR });
    const finish = () => seen(w, r, OPERATOR).actions.find((a) => a.id === 'selesai')!;
    expect(finish().confirm).toBe(
      'Kegiatan ini belum selesai menurut jadwalnya. Yakin menandainya selesai sekarang? Tulis alasannya di catatan.',
    );
    w.now.t = new Date('2026-11-30T04:31:00Z');
    expect('confirm' in finish()).toBe(false);
  });

  it('shows the follow-up status for a letter still missing the applicant’s email', () => {
    const { w, request } = detailWorld();
    const r = request({ source: 'letter', email: '', ...at('perbaikan', 'Perlu Perbaikan') });
    expect(seen(w, r, 'admin@kominfo.go.id').stepLabel).toBe('Perlu tindak lanjut TU: email pemohon belum ada');
    const fixed = request({ source: 'letter', ...at('perbaikan', 'Perlu Perbaikan') });
    expect(seen(w, fixed, 'admin@kominfo.go.id').stepLabel).not.toBe('Perlu tindak lanjut TU: email pemohon belum ada');
  });
});

describe('the day schedule and WhatsApp links of a detail', () => {
  it('lists the day’s other running bookings where an action checks the schedule', () => {
    const { w, request } = detailWorld();
    const other = { ...request(), host: 'Zoom Kominfo 1', room: '', operator: '' };
    w.register.append({ ...other, id: 'VC-2026-0002', startTime: '13:00', endTime: '14:00' });
    w.register.append({ ...other, id: 'VC-2026-0003', status: 'Selesai', stepId: 'selesai' });
    const d = seen(w, request(at('izin_subkoor', 'Menunggu Izin Subkoor')), SUBKOOR);
    expect(d.daySchedule).toEqual(['13.00–14.00 WIB · VC-2026-0002 · Zoom Kominfo 1']);
    expect('daySchedule' in seen(w, request(), 'kadis@kominfo.go.id')).toBe(false);
  });

  it('gives the WhatsApp link to whoever sees the contacts, unless a meeting link they may not see exists', () => {
    const { w, request } = detailWorld();
    const granting = request(at('izin_subkoor', 'Menunggu Izin Subkoor'));
    expect(seen(w, granting, SUBKOOR).whatsapp.map((l) => l.label)).toEqual(['Kirim status ke pemohon via WhatsApp']);
    expect(seen(w, { ...granting, joinUrl: 'https://zoom.us/j/81234567890' }, SUBKOOR).whatsapp).toEqual([]);
    expect(seen(w, request(), 'kadis@kominfo.go.id').whatsapp).toEqual([]);
    const operating = request({
      ...at('pendampingan', 'Menunggu Pelaksanaan'),
      operator: OPERATOR,
      joinUrl: 'https://zoom.us/j/1',
    });
    expect(seen(w, operating, OPERATOR).whatsapp.length).toBeGreaterThan(0);
  });
});
