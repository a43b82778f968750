/**
 * "Periksa riwayat" with archives: the live chain passes over the rows moved to an archive, each
 * archive is checked on its own (rows against their hashes, its Register against its history), and
 * archived rows still in Riwayat, or tied to nothing, are named.
 */
import { archiveYear } from '../../src/app/archive';
import { auditHistory } from '../../src/app/audit';
import { historyRecord } from '../../src/core/history';
import { makeRequest } from '../core/sop/fixtures';
import { anchoredHistory, memoryArchives, type ArchiveFaults } from './fakes-archive';
import { sha256, world } from './fakes';

const INTACT = 'Riwayat utuh: rantai hash cocok dari awal sampai akhir.';
const AGREES = 'Register sesuai riwayat: langkah, versi, dan status setiap permohonan cocok.';
const SOUND = 'setiap baris cocok dengan hashnya dan Register arsip sesuai riwayatnya.';

const done = (id: string, eventDate: string) =>
  makeRequest({
    id,
    eventDate,
    stepId: 'selesai',
    status: 'Selesai',
    version: 2,
    presetId: '000-bandung',
    presetVersion: 3,
  });

/**
 * Requests of 2024, 2025 and 2026 taken in turn (so the live chain has gaps once a year is archived),
 * each with an intake and one action; then `years` archived in order.
 */
function office(years: number[], faults: ArchiveFaults = {}) {
  const w = world({}, new Date('2026-03-02T02:00:00Z'));
  const history = anchoredHistory();
  w.deps.history = history;
  const requests = [
    done('VC-2025-0001', '2025-02-03'),
    done('VC-2026-0001', '2026-01-12'),
    done('VC-2024-0001', '2024-05-06'),
    done('VC-2025-0002', '2025-09-10'),
    done('VC-2026-0002', '2026-01-13'),
  ];
  for (const r of requests) {
    w.register.rows.push(r);
    history.append([
      historyRecord({ at: '2026-01-02T01:00:00.000Z', requestId: r.id, kind: 'masuk', action: 'masuk', toStep: 'x' }),
      historyRecord({ at: '2026-01-02T02:00:00.000Z', requestId: r.id, kind: 'aksi', action: 'a', toStep: 'selesai' }),
    ]);
  }
  const archives = memoryArchives(w.register, history, faults);
  const results = years.map((y) => archiveYear(w.deps, archives.port, y));
  w.deps.archive = archives.reader;
  return { w, history, archives, results, audit: () => auditHistory(w.deps, sha256) };
}

const tail = (o: ReturnType<typeof office>) => o.audit().slice(3);

describe('archiveAudit', () => {
  it('adds nothing while there is no archive', () => {
    const o = office([]);
    expect(o.audit()).toEqual([INTACT, expect.stringMatching(/^Jangkar .*: 10 baris/), AGREES]);
    delete o.w.deps.archive;
    expect(o.audit()).toHaveLength(3);
  });

  it('passes the live chain over the archived rows and says each archive is sound', () => {
    const o = office([2025, 2024]);
    expect(o.results.map((r) => r.ok)).toEqual([true, true]);
    expect(o.audit().slice(0, 1)).toEqual([INTACT]);
    expect(o.audit()[2]).toBe(AGREES);
    expect(tail(o)).toEqual([
      `Arsip 2024 (1 permohonan, 2 baris riwayat): ${SOUND}`,
      `Arsip 2025 (2 permohonan, 4 baris riwayat): ${SOUND}`,
      '6 baris arsip menyambung rantai Riwayat.',
    ]);
  });

  it('names archived rows changed afterwards, by their row in the archive, and the rows no longer tied in', () => {
    const o = office([2025]);
    const book = o.archives.books.get(2025)!;
    book.history[2].note = 'diubah';
    book.history[3].note = 'diubah juga';
    const lines = o.audit();
    expect(lines[0]).toMatch(/^Riwayat TIDAK utuh: baris \d+ — rantai terputus/);
    expect(lines.slice(3)).toEqual([
      'Arsip 2025 (2 permohonan, 4 baris riwayat): TIDAK utuh: 2 baris berubah setelah dicatat (baris 4, 5). ',
      '2 baris arsip menyambung rantai Riwayat.',
      '2 baris arsip tidak tersambung ke rantai Riwayat.',
    ]);
  });

  it("names archived requests whose Register row disagrees with the archive's history", () => {
    const o = office([2025]);
    const book = o.archives.books.get(2025)!;
    book.requests[0].version = 5;
    book.requests[1].status = 'Ditolak';
    expect(tail(o)).toEqual([
      'Arsip 2025 (2 permohonan, 4 baris riwayat): TIDAK utuh: VC-2025-0001: Versi di Register 5, riwayat mencatat 2. VC-2025-0002: Status di Register "Ditolak", langkahnya berstatus "Selesai".',
      '4 baris arsip menyambung rantai Riwayat.',
    ]);
  });

  it('names archived rows still in Riwayat when a run copied but did not remove', () => {
    const o = office([2025], {
      beforeRemove: (history) =>
        history.append([
          historyRecord({ at: '2026-03-02T02:00:00.000Z', requestId: 'VC-2026-0002', kind: 'sistem', action: 'c' }),
          historyRecord({ at: '2026-03-02T02:00:00.000Z', requestId: 'VC-2025-0002', kind: 'sistem', action: 'c' }),
        ]),
    });
    expect(o.results[0].ok).toBe(false);
    expect(o.audit()[0]).toBe(INTACT);
    expect(tail(o)).toEqual([
      `Arsip 2025 (2 permohonan, 4 baris riwayat): ${SOUND}`,
      '0 baris arsip menyambung rantai Riwayat.',
      '4 baris arsip masih juga ada di Riwayat: jalankan "Arsipkan tahun" lagi untuk tahun itu.',
    ]);
  });
});
