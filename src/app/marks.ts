/**
 * The hourly run's marks on a request's row ('h1', 'rapat_berakhir', 'rekaman'): what it already
 * did for the request, so it is done once and known without reading Riwayat. Rows written before
 * marks existed carry the same fact as a history key ('<id>:<mark>'); the first time such a unit
 * comes due, its own history is read once and the mark put on the row.
 */
import type { VcRequest } from '../core/request';
import { commit } from './commit';
import type { Deps, StoredRequest } from './ports';

/** `r` with `mark` added (once). */
export function withMark(r: VcRequest, mark: string): VcRequest {
  const marks = r.marks ?? [];
  return marks.includes(mark) ? r : { ...r, marks: [...marks, mark] };
}

/**
 * True when the work of `mark` is done for the stored request: on its row, or found as its key in
 * the request's own history (then the mark is written onto the row). Call under the script lock.
 */
export function markDone(deps: Deps, stored: StoredRequest, mark: string): boolean {
  const r = stored.request;
  if ((r.marks ?? []).includes(mark)) return true;
  const key = `${r.id}:${mark}`;
  if (!deps.history.forRequest(r.id, r.trail ?? '').records.some((h) => h.key === key)) return false;
  commit(deps, stored, withMark(r, mark), []);
  return true;
}
