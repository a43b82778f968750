/**
 * A waiting or standard time as a person reads it, the one rule for every surface (sidebar, detail,
 * phone pages, mails, Rekap, status page): whole minutes in Indonesian words, the two largest
 * non-zero units. A pure leaf module (imports nothing), so the sidebar bundles it too.
 */

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/**
 * Minutes in words, rounded to whole minutes, the two largest non-zero units: 0 → '0 menit',
 * 45 → '45 menit', 125 → '2 jam 5 menit', 1441 → '1 hari 1 menit', 3067 → '2 hari 3 jam'. A negative
 * value reads as its size (the caller says "terlambat"). Throws a RangeError for NaN or infinity.
 */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes)) throw new RangeError(`Durasi tidak valid: ${minutes}.`);
  const total = Math.round(Math.abs(minutes));
  const days = Math.floor(total / MINUTES_PER_DAY);
  const hours = Math.floor((total % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const mins = total % MINUTES_PER_HOUR;
  const parts = [days ? `${days} hari` : '', hours ? `${hours} jam` : '', mins ? `${mins} menit` : ''].filter(Boolean);
  return parts.length ? parts.slice(0, 2).join(' ') : '0 menit';
}
