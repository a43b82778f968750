/**
 * The Riwayat (history) log: append-only and hash-chained. Each record holds
 * the hash of the one before; altering, deleting or reordering a row breaks
 * the chain at that row. Hashing is injected (SHA-256 from the io layer).
 */

/** One history row. `kind` says what it records. */
export interface HistoryRecord {
  at: string;
  requestId: string;
  kind: 'masuk' | 'aksi' | 'efek' | 'sistem';
  actorEmail: string;
  actorLabel: string;
  action: string;
  fromStep: string;
  toStep: string;
  note: string;
  minutesTaken: number | null;
  standardMinutes: number | null;
  /** Idempotency key of an effect or mail ('' for plain actions). */
  key: string;
  /** Filled by the chain. */
  prevHash: string;
  hash: string;
}

/** A hash function over text → lowercase hex (SHA-256 in production). */
export type HashFn = (text: string) => string;

export const GENESIS_HASH = '0'.repeat(64);

/** The canonical text of a record that its hash covers (everything but `hash`). */
export function canonicalText(r: HistoryRecord): string {
  return JSON.stringify([
    r.at,
    r.requestId,
    r.kind,
    r.actorEmail,
    r.actorLabel,
    r.action,
    r.fromStep,
    r.toStep,
    r.note,
    r.minutesTaken,
    r.standardMinutes,
    r.key,
    r.prevHash,
  ]);
}

/** Chain `entries` after `headHash`, returning new records with prevHash/hash set. */
export function chain(entries: HistoryRecord[], headHash: string, hash: HashFn): HistoryRecord[] {
  let prev = headHash;
  return entries.map((e) => {
    const withPrev = { ...e, prevHash: prev };
    const h = hash(canonicalText(withPrev));
    prev = h;
    return { ...withPrev, hash: h };
  });
}

/** What the store remembers of the last record it appended: how many records there were, and its hash. */
export interface ChainHead {
  count: number;
  hash: string;
}

function countReason(head: ChainHead, count: number): { index: number; reason: string } | null {
  if (count < head.count)
    return {
      index: count,
      reason: `${head.count - count} baris terakhir riwayat hilang (tercatat ${head.count} baris, kini ${count})`,
    };
  if (count > head.count)
    return {
      index: head.count,
      reason: `${count - head.count} baris riwayat tidak ditulis oleh Layanan Vicon (tercatat ${head.count} baris, kini ${count})`,
    };
  return null;
}

/**
 * Verify records in order: the first must follow the genesis hash, each the one before it, and
 * each hash must cover its own row. With `head` (the anchor kept outside the sheet: how many
 * records the store appended, and the last one's hash), the log must also hold exactly that many
 * records and end with that one, so rows cut off the end, added after it, or a chain recomputed
 * after an edit are named too. Returns the index of the first broken record and an Indonesian
 * reason, or null when intact. With `bridge` (core/archive.ts), a row whose predecessor was moved to
 * an archive is accepted when the archived rows lead from the row before it to it.
 */
export function verifyChain(
  records: HistoryRecord[],
  hash: HashFn,
  head?: ChainHead | null,
  bridge?: (from: string, to: string) => number | null,
): { index: number; reason: string } | null {
  let prev = GENESIS_HASH;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.prevHash !== prev && (!bridge || bridge(prev, r.prevHash) === null))
      return {
        index: i,
        reason: 'rantai terputus: hash sebelumnya tidak cocok (baris dihapus, disisipkan, atau diubah urutannya)',
      };
    if (hash(canonicalText(r)) !== r.hash) return { index: i, reason: 'isi baris diubah setelah dicatat' };
    prev = r.hash;
  }
  if (!head || head.count === 0) return null;
  const last = head.count - 1;
  if (records.length > last && records[last].hash !== head.hash)
    return {
      index: last,
      reason:
        'baris terakhir yang tercatat tidak lagi berhash sama (baris diubah lalu hash dihitung ulang, atau baris diganti)',
    };
  return countReason(head, records.length);
}

/** An empty record with the given fields (chain fields blank). */
export function historyRecord(
  fields: Partial<HistoryRecord> & Pick<HistoryRecord, 'at' | 'requestId' | 'kind' | 'action'>,
): HistoryRecord {
  return {
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
    ...fields,
  };
}

/**
 * A note the product itself writes about request `r` at `at` ('sistem', by Layanan Vicon), with the
 * request staying at its step; `key` makes it once-only where the writer needs that.
 */
export function systemNote(
  r: { id: string; stepId: string },
  at: string,
  action: string,
  note: string,
  key = '',
): HistoryRecord {
  return historyRecord({
    at,
    requestId: r.id,
    kind: 'sistem',
    action,
    actorEmail: 'sistem',
    actorLabel: 'Layanan Vicon',
    note,
    key,
    fromStep: r.stepId,
    toStep: r.stepId,
  });
}
