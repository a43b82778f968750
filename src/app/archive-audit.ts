/**
 * "Periksa riwayat" with archives: the live chain is checked with a bridge over every archived
 * Riwayat row (core/archive.ts), and each archive is checked on its own: every row still matches
 * its hash, and each archived request's Register row agrees with its archived history.
 */
import { alteredRows, archiveBridge } from '../core/archive';
import type { HashFn, HistoryRecord } from '../core/history';
import { registerMismatches } from '../core/history-audit';
import type { VcRequest } from '../core/request';
import type { Deps } from './ports';

const fmt = (n: number) => n.toLocaleString('id-ID');

/** What the archives add to the audit: the bridge for the live chain, and the lines once it ran. */
export interface ArchiveAudit {
  bridge?: (from: string, to: string) => number | null;
  /** The lines about the archives, after the live chain was checked with `bridge`. */
  lines(live: HistoryRecord[]): string[];
}

/** The archives' part of the audit (nothing when there are none). */
export function archiveAudit(
  deps: Deps,
  hash: HashFn,
  statusOf: (r: VcRequest, stepId: string) => string | undefined,
): ArchiveAudit {
  const years = deps.archive?.list() ?? [];
  if (years.length === 0) return { lines: () => [] };
  const all = years.map((y) => ({ ...y, ...deps.archive!.contents(y.year) }));
  const records = all.flatMap((a) => a.history);
  const used = new Set<string>();
  return {
    bridge: archiveBridge(records, hash, used),
    lines(live) {
      const liveHashes = new Set(live.map((r) => r.hash));
      const twice = records.filter((r) => liveHashes.has(r.hash)).length;
      const loose = records.length - used.size - twice;
      return [
        ...all.map((a) => {
          const altered = alteredRows(a.history, hash);
          const mismatches = registerMismatches(a.requests, a.history, statusOf, 5);
          const state =
            altered.length || mismatches.length
              ? `TIDAK utuh: ${altered.length ? `${altered.length} baris berubah setelah dicatat (baris ${altered.map((i) => i + 2).join(', ')}). ` : ''}${mismatches.join(' ')}`
              : 'setiap baris cocok dengan hashnya dan Register arsip sesuai riwayatnya.';
          return `Arsip ${a.year} (${fmt(a.requests.length)} permohonan, ${fmt(a.history.length)} baris riwayat): ${state}`;
        }),
        `${fmt(used.size)} baris arsip menyambung rantai Riwayat.`,
        ...(twice
          ? [`${fmt(twice)} baris arsip masih juga ada di Riwayat: jalankan "Arsipkan tahun" lagi untuk tahun itu.`]
          : []),
        ...(loose > 0 ? [`${fmt(loose)} baris arsip tidak tersambung ke rantai Riwayat.`] : []),
      ];
    },
  };
}
