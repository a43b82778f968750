/**
 * "Periksa riwayat" on the live sheets: the chain against its anchor, and each Register row against
 * its own history (step, version, status by the request's own flow). The lines the admin reads.
 */
import { auditHistory } from '../../src/app/audit';
import { historyRecord } from '../../src/core/history';
import type { VcRequest } from '../../src/core/request';
import { makeRequest } from '../core/sop/fixtures';
import { anchoredHistory } from './fakes-archive';
import { sha256, world } from './fakes';

const INTACT = 'Riwayat utuh: rantai hash cocok dari awal sampai akhir.';
const AGREES = 'Register sesuai riwayat: langkah, versi, dan status setiap permohonan cocok.';

/** A Bandung request `id` done at 'selesai' (version 2: intake and one action). */
const done = (id: string, more: Partial<VcRequest> = {}) =>
  makeRequest({
    id,
    stepId: 'selesai',
    status: 'Selesai',
    version: 2,
    presetId: '000-bandung',
    presetVersion: 3,
    ...more,
  });

function office(requests: VcRequest[], toStep = 'selesai') {
  const w = world();
  const history = anchoredHistory();
  w.deps.history = history;
  for (const r of requests) {
    w.register.rows.push(r);
    history.append([
      historyRecord({
        at: '2026-11-02T01:00:00.000Z',
        requestId: r.id,
        kind: 'masuk',
        action: 'masuk',
        toStep: 'disposisi_kadis',
      }),
      historyRecord({ at: '2026-11-02T02:00:00.000Z', requestId: r.id, kind: 'aksi', action: 'selesai', toStep }),
    ]);
  }
  return { w, history, audit: () => auditHistory(w.deps, sha256) };
}

const anchorLine = (count: number, hash: string) =>
  `Jangkar (disimpan akun layanan): ${count} baris, hash terakhir ${hash.slice(0, 16)}….`;

describe('auditHistory', () => {
  it('reports an intact chain, its anchor and a Register that agrees', () => {
    const o = office([done('VC-2026-0001'), done('VC-2026-0002')]);
    const last = o.history.records[3].hash;
    expect(o.audit()).toEqual([INTACT, anchorLine(4, last), AGREES]);
    expect(anchorLine(4, last)).toMatch(/hash terakhir [0-9a-f]{16}…\.$/);
  });

  it('says nothing of an anchor before the first row, and names the damage an append found', () => {
    expect(office([]).audit()).toEqual([INTACT, AGREES]);
    const o = office([done('VC-2026-0001')]);
    o.history.damage = 'Penulisan terakhir ke Riwayat tidak lengkap (2 dari 3 baris).';
    expect(o.audit()).toEqual([
      INTACT,
      anchorLine(2, o.history.records[1].hash),
      'Penulisan terakhir ke Riwayat tidak lengkap (2 dari 3 baris).',
      AGREES,
    ]);
  });

  it('names the first broken row and why', () => {
    const o = office([done('VC-2026-0001'), done('VC-2026-0002')]);
    o.history.records[2].note = 'diubah tangan';
    expect(o.audit()[0]).toBe('Riwayat TIDAK utuh: baris 4 — isi baris diubah setelah dicatat.');
    o.history.records.splice(1, 1);
    expect(o.audit()[0]).toBe(
      'Riwayat TIDAK utuh: baris 3 — rantai terputus: hash sebelumnya tidak cocok (baris dihapus, disisipkan, atau diubah urutannya).',
    );
  });

  it('lists each Register row that disagrees with its history: step, version, and status by its own flow', () => {
    const o = office([
      done('VC-2026-0001', { stepId: 'ditolak' }),
      done('VC-2026-0002', { version: 3 }),
      done('VC-2026-0003', { status: 'Ditolak' }),
      done('VC-2026-0004'),
      done('VC-2026-0005', { presetId: 'tidak-ada', status: 'Apa saja' }),
    ]);
    o.w.register.rows.push(done('VC-2026-0006'));
    expect(o.audit().slice(2)).toEqual([
      'Register TIDAK sesuai riwayat:',
      'VC-2026-0001: Register di langkah "ditolak", riwayat di "selesai".',
      'VC-2026-0002: Versi di Register 3, riwayat mencatat 2.',
      'VC-2026-0003: Status di Register "Ditolak", langkahnya berstatus "Selesai".',
      'VC-2026-0006: tidak punya riwayat masuk.',
    ]);
  });

  it('leaves the status alone when the history ends at a step its flow does not have', () => {
    const o = office([done('VC-2026-0001', { stepId: 'langkah-lama', status: 'Lama' })], 'langkah-lama');
    expect(o.audit().slice(2)).toEqual([AGREES]);
  });
});
