/**
 * Races on the built bundle, interleaved through the stand-in's lock model
 * (another execution holding the script lock for a while): many submissions at
 * once, two officials clicking on the same request, two approvals competing
 * for the only Pro host.
 */
import { validAnswers } from '../fixtures/answers';
import { checkHistory, e2eWorld, OFFICE } from '../e2e/world';
import type { ActionResultDto, Result } from '../../src/shared/rpc';
import { actionTrail, eventsOf, ID, mailOf, mailSet, ok, rowOf } from './kit';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => `VC-2026-${String(i + 1).padStart(4, '0')}`);

describe('races on the built bundle', () => {
  it('50 submissions under lock contention (some triggers give up): 50 rows, gap-free numbers, 50 masuk entries, intact chain', () => {
    const e = e2eWorld('000-bandung');
    const failed: number[] = [];
    for (let i = 0; i < 50; i++) {
      if (i % 5 === 1) e.locks.holdBy('eksekusi-lain', 1000 + (i % 3) * 7000);
      if (i % 17 === 16) e.locks.holdBy('eksekusi-lain', 10 * 60 * 1000);
      try {
        e.submit(validAnswers({ 'Judul kegiatan': `Rapat ${i}` }));
      } catch (err) {
        expect(String((err as Error).message)).toMatch(/sibuk/);
        failed.push(i);
        e.ws.clock.advance(10 * 60 * 1000);
      }
    }
    expect(failed).toEqual([16, 33]);
    e.ws.clock.advance(60 * 1000);
    e.app.call('runHourly');
    e.app.call('runHourly');
    const ids = e.column('Nomor');
    expect(ids).toEqual(numbers(50));
    const titles = e.column('Judul Kegiatan').map(String).sort();
    expect(titles).toEqual(Array.from({ length: 50 }, (_, i) => `Rapat ${i}`).sort());
    const masuk = e
      .sheet('Riwayat')
      .slice(1)
      .filter((r) => r[2] === 'masuk');
    expect(masuk).toHaveLength(50);
    expect(new Set(masuk.map((r) => r[1])).size).toBe(50);
    expect(e.locks.leaked).toBe(0);
    expect(checkHistory(e)).toMatch(/Riwayat utuh/);
  });

  it('two officials (Kepala Dinas and his Plh) click disposisi on the same version: one succeeds, the other is refused as stale', () => {
    const e = e2eWorld('000-bandung');
    e.addOfficial({ email: 'plh@kominfo.go.id', name: 'Plh Kadis', roles: ['kabid'] });
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Plh', range: 'A2:E2' }, [
      ['kadis', 'plh@kominfo.go.id', 'Kepala Dinas', '2026-11-20', '2026-11-30'],
    ]);
    e.submit(validAnswers());
    const click = (who: string, version: number): Result<ActionResultDto> => {
      e.as(who);
      return e.app.callFromClient('performAction', {
        requestId: ID,
        action: 'disposisi',
        expectedVersion: version,
        input: {},
      });
    };
    e.as(mailOf('kadis'));
    const seenByKadis = ok(e.detail(ID)).version;
    e.as('plh@kominfo.go.id');
    const seenByPlh = ok(e.detail(ID)).version;
    e.locks.holdBy('eksekusi-lain', 3000);
    const first = click('plh@kominfo.go.id', seenByPlh);
    const second = click(mailOf('kadis'), seenByKadis);
    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, error: 'Permintaan sudah diperbarui, muat ulang.' });
    expect(actionTrail(e)).toEqual([
      'masuk:formulir diterima:>disposisi_kadis',
      'aksi:disposisi:disposisi_kadis>disposisi_kabid',
    ]);
    const aksi = e.sheet('Riwayat').find((r) => r[2] === 'aksi')!;
    expect(aksi.slice(3, 5)).toEqual(['plh@kominfo.go.id', 'Plh Kadis sebagai Plh Kepala Dinas']);
    expect(mailSet(e).filter((m) => m.startsWith('kabid@'))).toHaveLength(1);
    expect(rowOf(e).Versi).toBe(2);
  });

  it('approve and reject of the same version by two Subkoor: exactly one applies', () => {
    const e = e2eWorld('000-bandung');
    e.addOfficial({ email: 'subkoor2@kominfo.go.id', name: 'Subkoor Dua', roles: ['subkoor'] });
    e.submit(validAnswers());
    for (const [who, action] of [
      ['kadis', 'disposisi'],
      ['kabid', 'disposisi'],
      ['subkoor', 'terima'],
    ]) {
      e.as(mailOf(who));
      ok(e.act(ID, action));
    }
    const version = Number(rowOf(e).Versi);
    e.as(mailOf('subkoor'));
    const approve = e.app.callFromClient<Result<ActionResultDto>>('performAction', {
      requestId: ID,
      action: 'setujui',
      expectedVersion: version,
      input: {},
    });
    e.as('subkoor2@kominfo.go.id');
    const reject = e.app.callFromClient<Result<ActionResultDto>>('performAction', {
      requestId: ID,
      action: 'tolak',
      expectedVersion: version,
      input: { note: 'Tidak ada akun.' },
    });
    expect(approve.ok).toBe(true);
    expect(reject).toEqual({ ok: false, error: 'Permintaan sudah diperbarui, muat ulang.' });
    expect(rowOf(e).Status).toBe('Menunggu Penunjukan Operator');
    expect(e.ws.mail.outbox.filter((m) => m.to.includes('siti@disdik.go.id'))).toHaveLength(0);
  });

  it('two approvals of clashing requests on the one Pro host: exactly one gets the host and the booking', () => {
    const e = e2eWorld('000-bandung');
    const ids = numbers(2);
    e.submit(validAnswers());
    e.submit(
      validAnswers({ 'Judul kegiatan': 'Rapat lain, 10.00–12.00', 'Jam mulai': '10:00', 'Jam selesai': '12:00' }),
    );
    for (const id of ids) {
      for (const [who, action] of [
        ['kadis', 'disposisi'],
        ['kabid', 'disposisi'],
        ['subkoor', 'terima'],
      ]) {
        e.as(mailOf(who));
        ok(e.act(id, action));
      }
    }
    e.as(mailOf('subkoor'));
    const versions = ids.map((id) => ok(e.detail(id)).version);
    const results = ids.map((id, i) => {
      e.locks.holdBy('eksekusi-lain', 2000);
      return e.app.callFromClient<Result<ActionResultDto>>('performAction', {
        requestId: id,
        action: 'setujui',
        expectedVersion: versions[i],
        input: {},
      });
    });
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(results[1]).toEqual({ ok: false, error: expect.stringMatching(/^Jadwal tidak tersedia:.*VC-2026-0001/) });
    const hosts = ids.map((id) => rowOf(e, id)['Akun Zoom']);
    expect(hosts).toEqual(['Zoom Kominfo 1', '']);
    expect(ids.map((id) => eventsOf(e, id).length)).toEqual([1, 0]);
    expect(ids.map((id) => rowOf(e, id).Status)).toEqual(['Menunggu Penunjukan Operator', 'Menunggu Izin Subkoor']);
  });
});
