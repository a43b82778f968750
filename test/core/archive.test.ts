import {
  alteredRows,
  archiveBridge,
  archiveYearOf,
  isArchivable,
  shiftTrail,
  yearRefusal,
} from '../../src/core/archive';
import { chain, GENESIS_HASH, historyRecord, verifyChain, type HistoryRecord } from '../../src/core/history';
import { emptyAssignments, type VcRequest } from '../../src/core/request';
import { createHash } from 'crypto';

const hash = (t: string) => createHash('sha256').update(t).digest('hex');
const NOW = new Date('2026-01-20T02:00:00Z');
const TZ = 'Asia/Jakarta';

const request = (over: Partial<VcRequest>): VcRequest =>
  ({
    ...emptyAssignments(),
    id: 'VC-2025-0001',
    eventDate: '2025-12-01',
    endTime: '10:00',
    pending: [],
    ...over,
  }) as VcRequest;

describe('which requests are archivable', () => {
  it('an ended request of a past year, and nothing else', () => {
    expect(isArchivable(request({}), true, 2025, NOW, TZ)).toBe(true);
    expect(isArchivable(request({}), false, 2025, NOW, TZ)).toBe(false);
    expect(isArchivable(request({ pending: ['kirim_email:x'] as never }), true, 2025, NOW, TZ)).toBe(false);
    expect(isArchivable(request({ eventDate: '2026-01-15' }), true, 2025, NOW, TZ)).toBe(false);
    expect(isArchivable(request({ eventDate: '2025-12-01' }), true, 2024, NOW, TZ)).toBe(false);
  });

  it('a request ended only days ago is still live (recordings are looked for), so it waits', () => {
    const recent = request({ eventDate: '2025-12-31', endTime: '23:00' });
    expect(isArchivable(recent, true, 2025, new Date('2026-01-02T02:00:00Z'), TZ)).toBe(false);
    expect(isArchivable(recent, true, 2025, new Date('2026-01-15T02:00:00Z'), TZ)).toBe(true);
  });

  it('the year is the event year, else the year of the number', () => {
    expect(archiveYearOf({ id: 'VC-2025-0009', eventDate: '2026-01-03' })).toBe(2026);
    expect(archiveYearOf({ id: 'VC-2024-0009', eventDate: '' })).toBe(2024);
    expect(archiveYearOf({ id: '', eventDate: 'besok' })).toBeNull();
    // Only a whole date or a number that starts with VC- counts.
    expect(archiveYearOf({ id: 'VC-2024-0009', eventDate: 'x2026-01-03' })).toBe(2024);
    expect(archiveYearOf({ id: 'VC-2024-0009', eventDate: '2026-01-03x' })).toBe(2024);
    expect(archiveYearOf({ id: 'XVC-2024-0009', eventDate: '' })).toBeNull();
  });

  it('only past years, written as four digits', () => {
    expect(yearRefusal(2025, NOW, TZ)).toBeNull();
    expect(yearRefusal(2026, NOW, TZ)).toMatch(/belum lewat/);
    expect(yearRefusal(Number('dua'), NOW, TZ)).toMatch(/Tahun tidak valid/);
    const invalid = 'Tahun tidak valid. Tulis tahun dengan empat angka, misalnya 2025.';
    expect(yearRefusal(1999, NOW, TZ)).toBe(invalid);
    expect(yearRefusal(2000, NOW, TZ)).toBeNull();
    expect(yearRefusal(9999, NOW, TZ)).toBe('Tahun 9999 belum lewat. Hanya tahun sebelum 2026 yang dapat diarsipkan.');
    expect(yearRefusal(10000, NOW, TZ)).toBe(invalid);
    // 01:00 on New Year's Day in Jakarta is still 31 December in UTC: the office's year decides.
    const newYear = new Date('2025-12-31T18:00:00Z');
    expect(yearRefusal(2025, newYear, TZ)).toBeNull();
    expect(yearRefusal(2025, new Date('2025-12-31T16:00:00Z'), TZ)).toMatch(/Hanya tahun sebelum 2025/);
  });
});

describe('trails after rows leave Riwayat', () => {
  it('kept rows move up by the removed rows above them; removed rows drop out', () => {
    expect(shiftTrail('2-4,10,20-21', [3, 5, 6, 15])).toBe('2-3,7,16-17');
    expect(shiftTrail('', [2])).toBe('');
    expect(shiftTrail('8', [])).toBe('8');
    expect(shiftTrail('5-6', [6])).toBe('5');
  });
});

function log(n: number): HistoryRecord[] {
  const entries = Array.from({ length: n }, (_, i) =>
    historyRecord({
      at: `2025-12-0${(i % 9) + 1}T09:00:00+07:00`,
      requestId: `VC-2025-000${i % 3}`,
      kind: 'aksi',
      action: `a${i}`,
    }),
  );
  return chain(entries, GENESIS_HASH, hash);
}

describe('the chain across archived rows', () => {
  const all = log(8);
  const archived = [all[0], all[2], all[3], all[7]];
  const live = [all[1], all[4], all[5], all[6]];

  it('the live rows alone break the chain; bridged over the archive they verify, and every archived row is crossed', () => {
    expect(verifyChain(live, hash)).not.toBeNull();
    const used = new Set<string>();
    expect(verifyChain(live, hash, null, archiveBridge(archived, hash, used))).toBeNull();
    expect(used.size).toBe(3);
  });

  it('a row missing from both, or an archived row altered, is still found', () => {
    expect(verifyChain(live, hash, null, archiveBridge([all[0], all[3]], hash))).toMatchObject({ index: 1 });
    const altered = [all[0], { ...all[2], note: 'diubah' }, all[3]];
    expect(verifyChain(live, hash, null, archiveBridge(altered, hash))).toMatchObject({ index: 1 });
    expect(alteredRows(altered, hash)).toEqual([1]);
  });

  it('names at most `limit` altered rows', () => {
    const allAltered = all.map((r) => ({ ...r, note: 'diubah' }));
    expect(alteredRows(allAltered, hash, 2)).toEqual([0, 1]);
    expect(alteredRows(allAltered, hash)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives up on archived rows that lead back to themselves', () => {
    // Only a broken hash function can make a loop; the bridge must still end.
    const loop = { ...all[0], prevHash: 'h', hash: 'h' };
    expect(archiveBridge([loop], () => 'h')('h', 'elsewhere')).toBeNull();
  });
});
