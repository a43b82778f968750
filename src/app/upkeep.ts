/**
 * The hourly run's care of the storage: requests that are no longer live leave the index (so what
 * "Tugas saya" reads stays the size of what is open), the index is rebuilt when it no longer
 * matches the Register, and once a day the spreadsheet's size is measured (core/capacity.ts).
 * Each change takes the script lock on its own.
 */
import { capacityOf } from '../core/capacity';
import { localDate } from '../core/dates';
import { liveNow } from './commit';
import type { Deps } from './ports';

/** Most entries one run takes out of the index. */
const MAX_PRUNE = 200;

/** What keeps the index honest, from io. */
export interface IndexUpkeep {
  /** True when the index exists and its year directory points at the right rows. */
  healthy(): boolean;
  /** Rebuild it (and every trail) from the Register and Riwayat. */
  rebuild(): void;
}

/** What one run did. */
export interface UpkeepReport {
  pruned: number;
  rebuilt: boolean;
  measured: boolean;
}

/** One hourly run of storage care (see the module comment). */
export function upkeep(deps: Deps, index: IndexUpkeep): UpkeepReport {
  const report: UpkeepReport = { pruned: 0, rebuilt: false, measured: false };
  if (!index.healthy()) {
    index.rebuild();
    report.rebuilt = true;
  }
  const live = (r: Parameters<typeof liveNow>[1]) => liveNow(deps, r);
  const gone = deps.register
    .live()
    .filter((s) => !live(s.request))
    .slice(0, MAX_PRUNE);
  for (const s of gone) deps.lock.run(() => deps.register.refresh([s.row], live));
  report.pruned = gone.length;
  const space = deps.space;
  const now = deps.clock.now();
  const tz = deps.config.settings().settings.timeZone;
  const last = space?.measured();
  if (space && (!last || localDate(new Date(last.at), tz) !== localDate(now, tz))) {
    const { cells, firstReceived } = space.measure();
    deps.lock.run(() => space.record(capacityOf(cells, firstReceived, now)));
    report.measured = true;
  }
  return report;
}
