/**
 * The hourly trigger's jobs, each isolated: one failing job (Zoom down, a
 * quota) does not stop the others. Failures are rethrown together at the end
 * so Apps Script marks the run failed and the owner is told (each failure is in the Log already).
 */
import { markLogged } from './error-log';

/**
 * Run every job; throws one Error naming every job that failed. `log` hears each failure's line,
 * `failedJob` (the Log sheet) the job's name, the error and that line.
 */
export function runJobs(
  jobs: Array<[string, () => unknown]>,
  log: (line: string) => void,
  failedJob: (name: string, error: unknown, line: string) => void = () => undefined,
): void {
  const failed: string[] = [];
  for (const [name, job] of jobs) {
    try {
      job();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      log(`${name} gagal: ${message}`);
      failedJob(name, err, `${name} gagal: ${message}`);
      failed.push(`${name}: ${message}`);
    }
  }
  if (failed.length > 0)
    throw markLogged(
      new Error(`Pemicu per jam: ${failed.length} tugas gagal dan akan diulang — ${failed.join(' | ')}`),
    );
}
