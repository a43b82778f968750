/**
 * "Arsipkan tahun …" through its port: which requests move (ended, of that year in the office's
 * zone), what the admin reads, what is written to the archive and removed from the live sheets,
 * what stays untouched when the copy or the removal cannot be trusted, and a run stopped half-way.
 */
import { archiveYear, finishStoppedArchive } from '../../src/app/archive';
import { historyRecord, type HistoryRecord } from '../../src/core/history';
import type { VcRequest } from '../../src/core/request';
import type { Settings } from '../../src/core/settings';
import { makeRequest } from '../core/sop/fixtures';
import { anchoredHistory, memoryArchives, type ArchiveFaults } from './fakes-archive';
import { world } from './fakes';

const NOW = new Date('2026-01-20T02:00:00Z');
const CLOSING =
  'Rekap bulan-bulan tahun itu tetap dapat dibuat (dibaca dari arsip), dan "Periksa riwayat" memeriksa rantai bersama arsipnya.';

/** A Bandung request `id` at `stepId` with its event on `eventDate` 09:00–10:00. */
const request = (id: string, eventDate: string, stepId = 'selesai', more: Partial<VcRequest> = {}) =>
  makeRequest({ id, eventDate, stepId, presetId: '000-bandung', presetVersion: 3, pending: [], ...more });

/** The world with `requests` in the Register, each with an intake and one action in Riwayat. */
function office(requests: VcRequest[], now = NOW, settings: Partial<Settings> = {}, faults: ArchiveFaults = {}) {
  const w = world(settings, now);
  const history = anchoredHistory();
  w.deps.history = history;
  w.users.push({ email: 'mantan@kominfo.go.id', name: 'Mantan', nip: '', roles: [], active: false, isAdmin: true });
  w.users.push({ email: 'admin2@kominfo.go.id', name: 'Admin 2', nip: '', roles: [], active: true, isAdmin: true });
  for (const r of requests) {
    w.register.rows.push(r);
    const at = `${r.eventDate || '2025-06-01'}T01:00:00.000Z`;
    history.append([
      historyRecord({ at, requestId: r.id, kind: 'masuk', action: 'masuk', toStep: 'disposisi_kadis' }),
      historyRecord({ at, requestId: r.id, kind: 'aksi', action: 'selesai', toStep: r.stepId }),
    ]);
  }
  const archives = memoryArchives(w.register, history, faults);
  return { w, history, archives, run: (year: unknown) => archiveYear(w.deps, archives.port, year) };
}

const ids = (rs: Array<{ id: string }>) => rs.map((r) => r.id);
const idsOf = (hs: HistoryRecord[]) => [...new Set(hs.map((h) => h.requestId))];

describe('archiveYear', () => {
  it('moves the ended requests of the year with their Riwayat rows, and tells the admin what moved', () => {
    const o = office([
      request('VC-2025-0001', '2025-03-10'),
      request('VC-2025-0002', '2025-12-31', 'ditolak'),
      request('VC-2025-0003', '2025-07-01', 'pendampingan'),
      request('VC-2026-0001', '2026-01-05'),
      request('VC-2024-0009', '2024-11-11'),
    ]);
    expect(o.run(2025)).toEqual({
      ok: true,
      value: {
        lines: [
          'Tahun 2025 diarsipkan: 2 permohonan dan 4 baris riwayat dipindahkan ke "Arsip Layanan Vicon 2025".',
          'Arsip: https://docs.google.com/spreadsheets/d/arsip-2025',
          '1 permohonan tahun 2025 belum selesai dan tetap di Register.',
          CLOSING,
        ],
      },
    });
    const book = o.archives.books.get(2025)!;
    expect(ids(book.requests)).toEqual(['VC-2025-0001', 'VC-2025-0002']);
    expect(idsOf(book.history)).toEqual(['VC-2025-0001', 'VC-2025-0002']);
    expect(book.history).toHaveLength(4);
    expect(book.viewers).toEqual(['admin@kominfo.go.id', 'admin2@kominfo.go.id']);
    expect(ids(o.w.register.rows)).toEqual(['VC-2025-0003', 'VC-2026-0001', 'VC-2024-0009']);
    expect(idsOf(o.history.records)).toEqual(['VC-2025-0003', 'VC-2026-0001', 'VC-2024-0009', '']);
    expect([...o.archives.books.keys()]).toEqual([2025]);
  });

  it('records the move in Riwayat as a note of Layanan Vicon at the time of the run', () => {
    const o = office([request('VC-2025-0001', '2025-03-10')]);
    o.run('2025');
    const note = o.history.records[o.history.records.length - 1];
    expect(note).toMatchObject({
      at: '2026-01-20T02:00:00.000Z',
      requestId: '',
      kind: 'sistem',
      actorEmail: 'sistem',
      actorLabel: 'Layanan Vicon',
      action: 'Arsip 2025',
      fromStep: '',
      toStep: '',
      key: '',
      note: '1 permohonan tahun 2025 yang sudah selesai dipindahkan ke "Arsip Layanan Vicon 2025" (https://docs.google.com/spreadsheets/d/arsip-2025).',
    });
  });

  it('writes counts the Indonesian way and leaves out the staying line when every request ended', () => {
    const many = Array.from({ length: 1001 }, (_, i) =>
      request(`VC-2025-${String(i + 1).padStart(4, '0')}`, '2025-05-05'),
    );
    const o = office(many);
    const res = o.run(' 2025 ');
    expect(res).toEqual({
      ok: true,
      value: {
        lines: [
          'Tahun 2025 diarsipkan: 1.001 permohonan dan 2.002 baris riwayat dipindahkan ke "Arsip Layanan Vicon 2025".',
          'Arsip: https://docs.google.com/spreadsheets/d/arsip-2025',
          CLOSING,
        ],
      },
    });
    expect(o.w.register.rows).toEqual([]);
  });

  it('keeps what has not ended: a step that is not final, pending work, an event within eight days, an unknown flow or step', () => {
    const now = new Date('2026-01-05T02:00:00Z');
    const o = office(
      [
        request('VC-2025-0001', '2025-06-01', 'pendampingan'),
        request('VC-2025-0002', '2025-06-02', 'selesai', { pending: ['2025-06-02T01:00:00.000Z|mail:x|kirim surel'] }),
        request('VC-2025-0003', '2025-12-29'),
        request('VC-2025-0004', '2025-06-03', 'selesai', { presetId: 'tidak-ada' }),
        request('VC-2025-0005', '2025-06-04', 'langkah-lama'),
        request('', '2025-06-05', 'pendampingan'),
      ],
      now,
    );
    const before = structuredClone(o.history.records);
    expect(o.run(2025)).toEqual({
      ok: true,
      value: {
        lines: [
          'Tidak ada permohonan tahun 2025 yang sudah selesai untuk diarsipkan.',
          '5 permohonan tahun 2025 belum selesai dan tetap di Register.',
        ],
      },
    });
    expect(o.archives.calls).toEqual(['repairDue', 'snapshot']);
    expect(o.w.register.rows).toHaveLength(6);
    expect(o.history.records).toEqual(before);
  });

  it('says there is nothing to archive, without a staying line, for a year with no request', () => {
    const o = office([request('VC-2024-0001', '2024-06-01', 'pendampingan')]);
    expect(o.run(2025)).toEqual({
      ok: true,
      value: { lines: ['Tidak ada permohonan tahun 2025 yang sudah selesai untuk diarsipkan.'] },
    });
    expect(o.archives.books.size).toBe(0);
  });

  it('takes a request without an event date by the year in its number', () => {
    const o = office([request('VC-2025-0007', ''), request('VC-2026-0002', '')]);
    const res = o.run(2025);
    expect(res.ok && res.value.lines[0]).toBe(
      'Tahun 2025 diarsipkan: 1 permohonan dan 2 baris riwayat dipindahkan ke "Arsip Layanan Vicon 2025".',
    );
    expect(ids(o.w.register.rows)).toEqual(['VC-2026-0002']);
  });

  it('refuses a year that is not past in the office zone, or not a year, before reading anything', () => {
    const eve = new Date('2025-12-31T16:59:00Z'); // 23:59 WIB, 01:59 WIT on 1 January
    const cases: Array<[unknown, Date, Partial<Settings>, string]> = [
      [2025, eve, {}, 'Tahun 2025 belum lewat. Hanya tahun sebelum 2025 yang dapat diarsipkan.'],
      [2026, NOW, {}, 'Tahun 2026 belum lewat. Hanya tahun sebelum 2026 yang dapat diarsipkan.'],
      ['dua ribu', NOW, {}, 'Tahun tidak valid. Tulis tahun dengan empat angka, misalnya 2025.'],
      [undefined, NOW, {}, 'Tahun tidak valid. Tulis tahun dengan empat angka, misalnya 2025.'],
      [null, NOW, {}, 'Tahun tidak valid. Tulis tahun dengan empat angka, misalnya 2025.'],
      [1999, NOW, {}, 'Tahun tidak valid. Tulis tahun dengan empat angka, misalnya 2025.'],
    ];
    for (const [year, now, settings, error] of cases) {
      const o = office([request('VC-2024-0001', '2024-03-01')], now, settings);
      expect(o.run(year)).toEqual({ ok: false, error });
      expect(o.archives.calls).toEqual([]);
    }
    const jayapura = office([request('VC-2025-0001', '2025-03-01')], eve, { timeZone: 'Asia/Jayapura' });
    expect(jayapura.run(2025).ok).toBe(true);
    expect(jayapura.w.register.rows).toEqual([]);
  });

  it('refuses an official who is not an admin, and touches nothing', () => {
    const o = office([request('VC-2025-0001', '2025-03-10')]);
    o.w.as('kadis@kominfo.go.id');
    expect(o.run(2025)).toEqual({
      ok: false,
      error: 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat melakukan ini.',
    });
    expect(o.archives.calls).toEqual([]);
    expect(o.w.register.rows).toHaveLength(1);
  });
});

describe('archiveYear when the copy or the removal cannot be trusted', () => {
  const damaged: Array<[string, ArchiveFaults['afterCopy'], string]> = [
    [
      'a request lost',
      (b) => void b.requests.pop(),
      '1 permohonan dan 0 baris riwayat tidak terbaca kembali, 0 baris berubah',
    ],
    [
      'a Riwayat row lost',
      (b) => void b.history.pop(),
      '0 permohonan dan 1 baris riwayat tidak terbaca kembali, 0 baris berubah',
    ],
    [
      'a Riwayat row changed',
      (b) => void (b.history[0].note = 'diubah'),
      '0 permohonan dan 0 baris riwayat tidak terbaca kembali, 1 baris berubah',
    ],
  ];
  it.each(damaged)('removes nothing when the archive read back has %s', (_what, afterCopy, counts) => {
    const o = office([request('VC-2025-0001', '2025-03-10')], NOW, {}, { afterCopy });
    const before = structuredClone(o.history.records);
    expect(o.run(2025)).toEqual({
      ok: false,
      error: `Salinan ke "Arsip Layanan Vicon 2025" belum lengkap (${counts}). Tidak ada yang dihapus dari Register. Jalankan "Arsipkan tahun 2025" lagi.`,
    });
    expect(o.archives.calls).toEqual(['repairDue', 'snapshot', 'copy']);
    expect(ids(o.w.register.rows)).toEqual(['VC-2025-0001']);
    expect(o.history.records).toEqual(before);
  });

  it('removes nothing when an official acted on a chosen request meanwhile; the next run moves it', () => {
    const o = office(
      [request('VC-2025-0001', '2025-03-10'), request('VC-2025-0002', '2025-03-11')],
      NOW,
      {},
      {
        beforeRemove: (history) =>
          history.append([
            historyRecord({ at: NOW.toISOString(), requestId: 'VC-2025-0002', kind: 'sistem', action: 'catatan' }),
          ]),
      },
    );
    expect(o.run(2025)).toEqual({
      ok: false,
      error:
        'Permohonan VC-2025-0002 berubah selama pengarsipan, jadi tidak ada yang dihapus dari Register. Jalankan "Arsipkan tahun 2025" lagi.',
    });
    expect(ids(o.w.register.rows)).toEqual(['VC-2025-0001', 'VC-2025-0002']);
    expect(o.history.records).toHaveLength(5);
    const again = memoryArchives(o.w.register, o.history);
    again.books.set(2025, o.archives.books.get(2025)!);
    expect(archiveYear(o.w.deps, again.port, 2025).ok).toBe(true);
    expect(o.w.register.rows).toEqual([]);
    expect(o.archives.books.get(2025)!.history).toHaveLength(5);
  });

  it('after a run stopped half-way, the next one first rebuilds, then finishes without copying twice', () => {
    const o = office(
      [request('VC-2025-0001', '2025-03-10'), request('VC-2025-0002', '2025-12-30', 'pendampingan')],
      NOW,
      {},
      { stopHalfWay: true },
    );
    expect(() => o.run(2025)).toThrow('Waktu eksekusi habis.');
    expect(ids(o.w.register.rows)).toEqual(['VC-2025-0001', 'VC-2025-0002']);
    const again = memoryArchives(o.w.register, o.history);
    again.books.set(2025, o.archives.books.get(2025)!);
    again.markStopped();
    expect(archiveYear(o.w.deps, again.port, 2025)).toEqual({
      ok: true,
      value: {
        lines: [
          'Tahun 2025 diarsipkan: 1 permohonan dan 0 baris riwayat dipindahkan ke "Arsip Layanan Vicon 2025".',
          'Arsip: https://docs.google.com/spreadsheets/d/arsip-2025',
          '1 permohonan tahun 2025 belum selesai dan tetap di Register.',
          CLOSING,
        ],
      },
    });
    expect(again.calls).toEqual(['repairDue', 'repair', 'snapshot', 'copy', 'remove']);
    expect(ids(o.w.register.rows)).toEqual(['VC-2025-0002']);
    const book = o.archives.books.get(2025)!;
    expect(ids(book.requests)).toEqual(['VC-2025-0001']);
    expect(book.history).toHaveLength(2);
  });
});

describe('finishStoppedArchive', () => {
  it('does nothing while no run stopped', () => {
    const o = office([request('VC-2025-0001', '2025-03-10')]);
    expect(finishStoppedArchive(o.w.deps, o.archives.port)).toBe(false);
    expect(o.archives.calls).toEqual(['repairDue']);
    expect(o.w.register.closed.size).toBe(0);
  });

  it('rebuilds the index after a stopped run, judging each request live by its own flow and the clock', () => {
    const o = office([
      request('VC-2025-0001', '2025-03-10'),
      request('VC-2025-0002', '2025-03-11', 'pendampingan'),
      request('VC-2026-0001', '2026-01-15'),
    ]);
    o.archives.markStopped();
    expect(finishStoppedArchive(o.w.deps, o.archives.port)).toBe(true);
    expect(o.archives.calls).toEqual(['repairDue', 'repair']);
    expect([...o.w.register.closed]).toEqual(['VC-2025-0001']);
    expect(finishStoppedArchive(o.w.deps, o.archives.port)).toBe(false);
  });
});
