/**
 * "Periksa riwayat" beyond the chain: each Register row must say what its own history says (the
 * step its last intake/action reached, one version per action after intake, that step's status).
 * Histories are real chained records (core/history.ts); each test tampers one thing.
 */
import { createHash } from 'crypto';
import { chain, GENESIS_HASH, historyRecord, systemNote, type HistoryRecord } from '../../src/core/history';
import { registerMismatches } from '../../src/core/history-audit';
import type { VcRequest } from '../../src/core/request';
import { makeRequest } from './sop/fixtures';

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

const STATUS: Record<string, string> = { masuk: 'Baru', disposisi: 'Didisposisi', selesai: 'Selesai' };
const statusOf = (_r: VcRequest, stepId: string) => STATUS[stepId];

function rec(requestId: string, kind: HistoryRecord['kind'], fromStep: string, toStep: string): HistoryRecord {
  return historyRecord({
    at: '2026-03-02T01:00:00.000Z',
    requestId,
    kind,
    action: kind === 'masuk' ? 'Masuk' : 'Disposisi',
    actorEmail: 'kabid@kominfo.go.id',
    fromStep,
    toStep,
  });
}

/** A request taken in ('masuk') then moved on to 'disposisi' by one action, with a mail effect and a system note. */
function walked(id: string): HistoryRecord[] {
  return [
    rec(id, 'masuk', '', 'masuk'),
    rec(id, 'efek', 'masuk', 'masuk'),
    rec(id, 'aksi', 'masuk', 'disposisi'),
    systemNote({ id, stepId: 'selesai' }, '2026-03-02T02:00:00.000Z', 'Pengingat', 'H-1'),
  ];
}

/** The Register row that agrees with `walked(id)`. */
function agreeing(id: string, over: Partial<VcRequest> = {}): VcRequest {
  return makeRequest({ id, stepId: 'disposisi', version: 2, status: 'Didisposisi', ...over });
}

const log = (...parts: HistoryRecord[][]) => chain(parts.flat(), GENESIS_HASH, sha256);

describe('registerMismatches', () => {
  it('finds nothing when every row agrees with its history (effect and system rows count for nothing)', () => {
    const records = log(walked('VC-2026-0001'), walked('VC-2026-0002'));
    expect(registerMismatches([agreeing('VC-2026-0001'), agreeing('VC-2026-0002')], records, statusOf)).toEqual([]);
  });

  it('reads each request only from its own rows, interleaved or not', () => {
    const a = walked('VC-2026-0001');
    const b = [rec('VC-2026-0002', 'masuk', '', 'masuk')];
    const records = log([a[0], b[0], a[1], a[2], a[3]]);
    const rows = [agreeing('VC-2026-0001'), agreeing('VC-2026-0002', { stepId: 'masuk', version: 1, status: 'Baru' })];
    expect(registerMismatches(rows, records, statusOf)).toEqual([]);
  });

  it('names a row with no intake or action in its history (deleted history, or only effect/system rows)', () => {
    const records = log([
      rec('VC-2026-0002', 'efek', 'masuk', 'masuk'),
      rec('VC-2026-0002', 'sistem', 'masuk', 'masuk'),
    ]);
    expect(registerMismatches([agreeing('VC-2026-0001'), agreeing('VC-2026-0002')], records, statusOf)).toEqual([
      'VC-2026-0001: tidak punya riwayat masuk.',
      'VC-2026-0002: tidak punya riwayat masuk.',
    ]);
  });

  it('names a step edited by hand in the Register (the last intake or action decides, not a later system note)', () => {
    const records = log(walked('VC-2026-0001'));
    expect(registerMismatches([agreeing('VC-2026-0001', { stepId: 'selesai' })], records, statusOf)).toEqual([
      'VC-2026-0001: Register di langkah "selesai", riwayat di "disposisi".',
    ]);
  });

  it('names a history whose action row was cut: the step then disagrees', () => {
    const rows = walked('VC-2026-0001');
    const records = log([rows[0], rows[1], rows[3]]);
    expect(registerMismatches([agreeing('VC-2026-0001')], records, statusOf)).toEqual([
      'VC-2026-0001: Register di langkah "disposisi", riwayat di "masuk".',
    ]);
  });

  it('names a version that is not one more than the actions (step matching)', () => {
    const records = log(walked('VC-2026-0001'));
    expect(registerMismatches([agreeing('VC-2026-0001', { version: 3 })], records, statusOf)).toEqual([
      'VC-2026-0001: Versi di Register 3, riwayat mencatat 2.',
    ]);
    expect(registerMismatches([agreeing('VC-2026-0001', { version: 1 })], records, statusOf)).toEqual([
      'VC-2026-0001: Versi di Register 1, riwayat mencatat 2.',
    ]);
  });

  it('counts two actions as version 3 (an action staying at its step still counts)', () => {
    const id = 'VC-2026-0001';
    const records = log(walked(id), [rec(id, 'aksi', 'disposisi', 'disposisi')]);
    expect(registerMismatches([agreeing(id, { version: 3 })], records, statusOf)).toEqual([]);
    expect(registerMismatches([agreeing(id)], records, statusOf)).toEqual([
      'VC-2026-0001: Versi di Register 2, riwayat mencatat 3.',
    ]);
  });

  it("names a status that is not the step's, and names only the first disagreement of a row", () => {
    const records = log(walked('VC-2026-0001'));
    expect(registerMismatches([agreeing('VC-2026-0001', { status: 'Selesai' })], records, statusOf)).toEqual([
      'VC-2026-0001: Status di Register "Selesai", langkahnya berstatus "Didisposisi".',
    ]);
    expect(
      registerMismatches([agreeing('VC-2026-0001', { version: 5, status: 'Selesai' })], records, statusOf),
    ).toEqual(['VC-2026-0001: Versi di Register 5, riwayat mencatat 2.']);
  });

  it('leaves the status alone when the step has no known status', () => {
    const records = log(walked('VC-2026-0001'));
    const rows = [agreeing('VC-2026-0001', { status: 'Apa saja' })];
    expect(registerMismatches(rows, records, () => undefined)).toEqual([]);
    expect(
      registerMismatches(rows, records, (r, step) =>
        r.id === 'VC-2026-0001' && step === 'disposisi' ? 'Apa saja' : 'x',
      ),
    ).toEqual([]);
  });

  it('stops at `limit` problems (20 unless told)', () => {
    const rows = Array.from({ length: 25 }, (_, i) => agreeing(`VC-2026-${String(i + 1).padStart(4, '0')}`));
    const all = registerMismatches(rows, [], statusOf);
    expect(all).toHaveLength(20);
    expect(all[19]).toBe('VC-2026-0020: tidak punya riwayat masuk.');
    expect(registerMismatches(rows, [], statusOf, 3)).toEqual([
      'VC-2026-0001: tidak punya riwayat masuk.',
      'VC-2026-0002: tidak punya riwayat masuk.',
      'VC-2026-0003: tidak punya riwayat masuk.',
    ]);
    expect(registerMismatches(rows.slice(0, 2), [], statusOf, 2)).toHaveLength(2);
    expect(registerMismatches(rows, [], statusOf, 0)).toEqual([]);
  });
});
