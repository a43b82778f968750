/**
 * Pure formatting for the sidebar: time left against the standard time (Mutu Baku),
 * durations in Indonesian, and the SLA mark of a finished step.
 */

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/**
 * A duration in whole minutes as Indonesian words, the two largest non-zero units:
 * 0 → '0 menit', 125 → '2 jam 5 menit', 1500 → '1 hari 1 jam', 2880 → '2 hari'.
 * Negative input is read as its absolute value.
 */
export function formatDuration(minutes: number): string {
  const total = Math.round(Math.abs(minutes));
  const days = Math.floor(total / MINUTES_PER_DAY);
  const hours = Math.floor((total % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const mins = total % MINUTES_PER_HOUR;
  const parts = [days ? `${days} hari` : '', hours ? `${hours} jam` : '', mins ? `${mins} menit` : ''].filter(Boolean);
  return parts.length ? parts.slice(0, 2).join(' ') : '0 menit';
}

/** How a task's deadline reads, and whether it is shown as overdue (red). */
export interface TimeLeft {
  text: string;
  overdue: boolean;
}

/**
 * Time left against the step's standard: 'sisa 3 menit', 'terlambat 2 jam 5 menit'
 * (overdue when `overdue` is set or minutesLeft < 0), 'tanpa batas waktu' when null.
 */
export function formatTimeLeft(minutesLeft: number | null, overdue = false): TimeLeft {
  if (minutesLeft === null) return { text: 'tanpa batas waktu', overdue: false };
  const late = overdue || minutesLeft < 0;
  return late
    ? { text: `terlambat ${formatDuration(minutesLeft)}`, overdue: true }
    : { text: `sisa ${formatDuration(minutesLeft)}`, overdue: false };
}

/**
 * The SLA note of a finished step: '✓ 12 menit (baku 30 menit)', '✗ 2 jam (baku 1 jam)',
 * '12 menit (tanpa baku)', or '' when nothing was measured.
 */
export function formatSla(
  minutesTaken: number | null,
  standardMinutes: number | null,
  withinStandard: boolean | null,
): string {
  if (minutesTaken === null) return '';
  const taken = formatDuration(minutesTaken);
  if (withinStandard === null || standardMinutes === null) return `${taken} (tanpa baku)`;
  const mark = withinStandard ? '✓' : '✗';
  return `${mark} ${taken} (baku ${formatDuration(standardMinutes)})`;
}
