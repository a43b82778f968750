/**
 * Catch-up: form responses whose trigger run failed (lock busy, quota, a
 * crash) are still in the form. The hourly run takes in every response since
 * an hour before the last sweep (a time trigger may run up to an hour late);
 * intake is idempotent by response ID, so nothing is doubled. The bookmark
 * moves only after every response was read and taken in.
 */
import { intake, type Submission } from './intake';
import type { Deps } from './ports';

/** Where the sweep reads responses and keeps its bookmark. */
export interface SweepPort {
  /** The form's responses submitted at or after `since`; null when the form cannot be found. */
  responsesSince(since: Date): Array<Omit<Submission, 'source'>> | null;
  lastSweep(): Date | null;
  setLastSweep(at: Date): void;
}

const OVERLAP_MS = 60 * 60 * 1000;

const FORM_MISSING =
  'Formulir FPVC tidak ditemukan, jadi jawaban yang terlewat belum diambil; akan dicoba lagi pada jam berikutnya. Bila terus terjadi, jalankan Layanan Vicon › Siapkan.';

/**
 * Take in missed responses; returns how many were new. Throws (bookmark unchanged) when the form
 * cannot be found or an intake fails, so the hourly run reports it and the next run looks again.
 */
export function sweepResponses(deps: Deps, port: SweepPort): number {
  const started = deps.clock.now();
  const last = port.lastSweep();
  const since = new Date((last ?? new Date(0)).getTime() - OVERLAP_MS);
  const responses = port.responsesSince(since);
  if (responses === null) throw new Error(FORM_MISSING);
  let added = 0;
  for (const sub of responses) {
    const out = intake(deps, { ...sub, source: 'form' });
    if (!out.duplicate) added++;
  }
  port.setLastSweep(started);
  return added;
}
