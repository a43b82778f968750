/**
 * What "Periksa riwayat" checks besides the chain: that each request's Register row says what its
 * own history says. The step is where its last entry (intake or action) took it, the version is
 * one more than its actions, and the status is that step's. A Register row edited by hand, or an
 * action whose history was cut, shows here even when the chain is intact.
 */
import type { HistoryRecord } from './history';
import type { VcRequest } from './request';

/** Indonesian problems, one per request whose Register row disagrees with its history (at most `limit`). */
export function registerMismatches(
  requests: VcRequest[],
  records: HistoryRecord[],
  statusOf: (r: VcRequest, stepId: string) => string | undefined,
  limit = 20,
): string[] {
  const byId = new Map<string, HistoryRecord[]>();
  for (const h of records) byId.set(h.requestId, [...(byId.get(h.requestId) ?? []), h]);
  const problems: string[] = [];
  for (const r of requests) {
    if (problems.length >= limit) break;
    const own = (byId.get(r.id) ?? []).filter((h) => h.kind === 'masuk' || h.kind === 'aksi');
    const last = own[own.length - 1];
    if (!last) {
      problems.push(`${r.id}: tidak punya riwayat masuk.`);
      continue;
    }
    const version = own.filter((h) => h.kind === 'aksi').length + 1;
    const status = statusOf(r, last.toStep);
    if (r.stepId !== last.toStep)
      problems.push(`${r.id}: Register di langkah "${r.stepId}", riwayat di "${last.toStep}".`);
    else if (r.version !== version)
      problems.push(`${r.id}: Versi di Register ${r.version}, riwayat mencatat ${version}.`);
    else if (status !== undefined && r.status !== status)
      problems.push(`${r.id}: Status di Register "${r.status}", langkahnya berstatus "${status}".`);
  }
  return problems;
}
