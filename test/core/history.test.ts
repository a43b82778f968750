/**
 * The Riwayat hash chain: every way a person can damage an append-only log by hand
 * (delete, insert, reorder, rewrite a row, cut the tail) must be named at the right row.
 */
import { createHash } from 'crypto';
import {
  canonicalText,
  chain,
  GENESIS_HASH,
  historyRecord,
  systemNote,
  verifyChain,
  type HistoryRecord,
} from '../../src/core/history';

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

function entry(n: number, fields: Partial<HistoryRecord> = {}): HistoryRecord {
  return historyRecord({
    at: `2026-03-0${n}T01:00:00.000Z`,
    requestId: `VC-2026-000${n}`,
    kind: 'aksi',
    action: 'disposisi',
    actorEmail: `petugas${n}@kominfo.go.id`,
    actorLabel: `Petugas ${n}`,
    fromStep: 'a',
    toStep: 'b',
    note: `catatan ${n}`,
    minutesTaken: n,
    standardMinutes: 60,
    ...fields,
  });
}

/** Five records chained from the genesis hash, as the store appends them. */
function log(): HistoryRecord[] {
  return chain(
    [1, 2, 3, 4, 5].map((n) => entry(n)),
    GENESIS_HASH,
    sha256,
  );
}

const BROKEN_LINK = /rantai terputus/;
const REWRITTEN = /isi baris diubah/;

describe('chain', () => {
  it('links each record to the one before, the first to the genesis hash', () => {
    const records = log();
    expect(records[0].prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < records.length; i++) expect(records[i].prevHash).toBe(records[i - 1].hash);
    expect(records[4].hash).toBe(sha256(canonicalText(records[4])));
    expect(new Set(records.map((r) => r.hash)).size).toBe(5);
  });

  it('continues after a given head (a later append)', () => {
    const first = log();
    const more = chain([entry(6)], first[4].hash, sha256);
    expect(more[0].prevHash).toBe(first[4].hash);
    expect(verifyChain([...first, ...more], sha256)).toBeNull();
  });
});

describe('verifyChain', () => {
  it('accepts an intact log, and an empty one', () => {
    expect(verifyChain(log(), sha256)).toBeNull();
    expect(verifyChain([], sha256)).toBeNull();
  });

  it('names a deleted first row (the chain head must be the genesis hash)', () => {
    expect(verifyChain(log().slice(1), sha256)).toEqual({ index: 0, reason: expect.stringMatching(BROKEN_LINK) });
  });

  it('names a deleted middle row at the row that followed it', () => {
    const records = log();
    records.splice(2, 1);
    expect(verifyChain(records, sha256)).toEqual({ index: 2, reason: expect.stringMatching(BROKEN_LINK) });
  });

  it('names an inserted row, even one whose own hash was computed correctly', () => {
    const records = log();
    const forged = chain([entry(9, { note: 'disisipkan' })], records[1].hash, sha256)[0];
    records.splice(2, 0, forged);
    expect(verifyChain(records, sha256)).toEqual({ index: 3, reason: expect.stringMatching(BROKEN_LINK) });
  });

  it('names two swapped rows', () => {
    const records = log();
    [records[1], records[2]] = [records[2], records[1]];
    expect(verifyChain(records, sha256)).toEqual({ index: 1, reason: expect.stringMatching(BROKEN_LINK) });
  });

  it.each([
    ['at', '2026-03-03T02:00:00.000Z'],
    ['requestId', 'VC-2026-0999'],
    ['kind', 'sistem'],
    ['actorEmail', 'orang.lain@kominfo.go.id'],
    ['actorLabel', 'Orang Lain'],
    ['action', 'setujui'],
    ['fromStep', 'x'],
    ['toStep', 'y'],
    ['note', 'catatan diubah'],
    ['minutesTaken', 999],
    ['standardMinutes', null],
    ['key', 'VC-2026-0003:v2:reserve'],
  ] as const)('names a row whose %s was rewritten', (field, value) => {
    const records = log();
    records[2] = { ...records[2], [field]: value };
    expect(verifyChain(records, sha256)).toEqual({ index: 2, reason: expect.stringMatching(REWRITTEN) });
  });

  it('names a rewritten row whose hash was recomputed, at the row after it', () => {
    const records = log();
    const changed = { ...records[2], actorEmail: 'orang.lain@kominfo.go.id' };
    records[2] = { ...changed, hash: sha256(canonicalText(changed)) };
    expect(verifyChain(records, sha256)).toEqual({ index: 3, reason: expect.stringMatching(BROKEN_LINK) });
  });

  it('names a rewritten previous hash', () => {
    const records = log();
    records[3] = { ...records[3], prevHash: records[1].hash };
    expect(verifyChain(records, sha256)?.index).toBe(3);
  });
});

describe('verifyChain against the recorded head', () => {
  const headOf = (records: HistoryRecord[]) => ({ count: records.length, hash: records[records.length - 1].hash });

  it('accepts a log that ends where the head says', () => {
    const records = log();
    expect(verifyChain(records, sha256, headOf(records))).toBeNull();
  });

  it('names the cut when the last rows were deleted', () => {
    const records = log();
    const broken = verifyChain(records.slice(0, 3), sha256, headOf(records));
    expect(broken).toEqual({ index: 3, reason: expect.stringMatching(/2 baris terakhir.*hilang/) });
  });

  it('names a log cut to nothing', () => {
    const records = log();
    expect(verifyChain([], sha256, headOf(records))).toEqual({ index: 0, reason: expect.stringMatching(/5 baris/) });
  });

  it('names a last row replaced by another correctly chained one', () => {
    const records = log();
    const head = headOf(records);
    const replaced = [...records.slice(0, 4), ...chain([entry(8)], records[3].hash, sha256)];
    expect(verifyChain(replaced, sha256, head)).toEqual({ index: 4, reason: expect.stringMatching(/terakhir/) });
  });

  it('names rows after the anchored head, even correctly chained ones: only the store appends, and it moves the anchor', () => {
    const records = log();
    const head = headOf(records);
    const more = chain([entry(6)], records[4].hash, sha256);
    expect(verifyChain([...records, ...more], sha256, head)).toEqual({
      index: 5,
      reason: expect.stringMatching(/1 baris riwayat tidak ditulis oleh Layanan Vicon/),
    });
  });

  it('names a chain recomputed after an edit: it no longer ends on the anchored hash', () => {
    const records = log();
    const head = headOf(records);
    const edited = chain(
      records.map((r, i) => ({ ...r, note: i === 1 ? 'diubah' : r.note })),
      records[0].prevHash,
      sha256,
    );
    expect(verifyChain(edited, sha256)).toBeNull();
    expect(verifyChain(edited, sha256, head)).toEqual({ index: 4, reason: expect.stringMatching(/dihitung ulang/) });
  });
});

describe('a head that records no append yet', () => {
  it('asks nothing more of an empty log or of a log with rows', () => {
    expect(verifyChain([], sha256, { count: 0, hash: '' })).toBeNull();
    expect(verifyChain(log(), sha256, { count: 0, hash: '' })).toBeNull();
  });
});

describe('historyRecord', () => {
  it('fills every field it is not given with a blank, and keeps those it is given', () => {
    const r = historyRecord({
      at: '2026-03-01T01:00:00.000Z',
      requestId: 'VC-2026-0001',
      kind: 'masuk',
      action: 'baru',
    });
    expect(r).toEqual({
      at: '2026-03-01T01:00:00.000Z',
      requestId: 'VC-2026-0001',
      kind: 'masuk',
      action: 'baru',
      actorEmail: '',
      actorLabel: '',
      fromStep: '',
      toStep: '',
      note: '',
      minutesTaken: null,
      standardMinutes: null,
      key: '',
      prevHash: '',
      hash: '',
    });
    expect(historyRecord({ at: 'x', requestId: 'y', kind: 'efek', action: 'z', key: 'k', note: 'n' })).toMatchObject({
      key: 'k',
      note: 'n',
    });
  });
});

describe('systemNote', () => {
  it("is the product's own note, staying at the request's step, with an optional once-only key", () => {
    const r = { id: 'VC-2026-0007', stepId: 'pendampingan' };
    expect(systemNote(r, '2026-11-29T01:00:00.000Z', 'pengingat H-1', 'email ke pemohon', 'VC-2026-0007:h1')).toEqual({
      at: '2026-11-29T01:00:00.000Z',
      requestId: 'VC-2026-0007',
      kind: 'sistem',
      action: 'pengingat H-1',
      actorEmail: 'sistem',
      actorLabel: 'Layanan Vicon',
      fromStep: 'pendampingan',
      toStep: 'pendampingan',
      note: 'email ke pemohon',
      minutesTaken: null,
      standardMinutes: null,
      key: 'VC-2026-0007:h1',
      prevHash: '',
      hash: '',
    });
    expect(systemNote(r, '2026-11-29T01:00:00.000Z', 'a', 'b').key).toBe('');
  });
});
