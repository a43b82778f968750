/**
 * The hourly trigger's jobs, each isolated: one failing job (Zoom down, a
 * quota) does not stop the others. Failures are rethrown together at the end
 * so Apps Script marks the run failed and the owner is told.
 */

/** Run every job; throws one Error naming every job that failed. */
export function runJobs(jobs: Array<[string, () => unknown]>, log: (line: string) => void): void {
  const failed: string[] = [];
  for (const [name, job] of jobs) {
    try {
      job();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      log(`${name} gagal: ${message}`);
      failed.push(`${name}: ${message}`);
    }
  }
  if (failed.length > 0)
    throw new Error(`Pemicu per jam: ${failed.length} tugas gagal dan akan diulang — ${failed.join(' | ')}`);
}
