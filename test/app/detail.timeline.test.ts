import { detailWorld, record, seen } from './fakes-detail';

const KADIS = 'kadis@kominfo.go.id';

describe('the history lines of a detail', () => {
  it('names the steps by their SOP label, or by their id without a preset, and leaves missing steps empty', () => {
    const { w, request } = detailWorld();
    const lines = [record(), record({ kind: 'sistem', fromStep: '', toStep: '' })];
    const [moved, system] = seen(w, request(), KADIS, undefined, lines).timeline;
    expect(moved.fromStep).toBe(
      'Kepala Dinas menerima surat permohonan dari Instansi/pemohon dan mendisposisikan kepada kepala bidang',
    );
    expect(moved.toStep).toBe(
      'Kepala Bidang menerima surat permohonan dari Kepala Dinas dan mendisposisikan kepada Subkoor',
    );
    expect(moved.atLabel).toBe('23 November 2026 pukul 10.00 WIB');
    expect([system.fromStep, system.toStep]).toEqual(['', '']);
    const [bare] = seen(w, request(), KADIS, null, lines).timeline;
    expect([bare.fromStep, bare.toStep]).toEqual(['disposisi_kadis', 'disposisi_kabid']);
  });

  it('marks an action within its standard time up to and including the standard', () => {
    const { w, request } = detailWorld();
    const lines = [
      record({ minutesTaken: 4, standardMinutes: 5 }),
      record({ minutesTaken: 5, standardMinutes: 5 }),
      record({ minutesTaken: 6, standardMinutes: 5 }),
      record({ minutesTaken: 6 }),
      record({ kind: 'efek', minutesTaken: 6, standardMinutes: 5 }),
    ];
    const within = seen(w, request(), KADIS, undefined, lines).timeline.map((t) => t.withinStandard);
    expect(within).toEqual([true, true, false, null, null]);
  });
});
