/**
 * Pure formatting for the sidebar: time left against the standard time (Mutu Baku),
 * durations in Indonesian (core/duration.ts, the one rule), and the SLA mark of a finished step.
 */
import { formatDuration } from '../core/duration';

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
