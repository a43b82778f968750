/**
 * How full the spreadsheet is: Google Sheets holds at most 10 million cells per spreadsheet, every
 * sheet's whole grid counted. From the cells in use and how long the office has been taking
 * requests, the rate per year and the years left; archiving starts well before the limit.
 */

/** Google's limit per spreadsheet (cells, all sheets together). */
export const CELL_LIMIT = 10_000_000;
/** Share of the limit from which finished years are moved out of the spreadsheet. */
export const ARCHIVE_AT = 0.6;
const YEAR_MS = 365.25 * 86_400_000;

/** One measurement. */
export interface Capacity {
  cells: number;
  limit: number;
  /** Cells added per year at the rate so far (0 when unknown). */
  perYear: number;
  /** Years until the limit at that rate (null when the rate is unknown). */
  yearsLeft: number | null;
  /** ISO instant of the measurement. */
  at: string;
}

/** The capacity for `cells` in use, the office taking requests since `since` (null: none yet). */
export function capacityOf(cells: number, since: Date | null, now: Date, limit = CELL_LIMIT): Capacity {
  const years = since ? (now.getTime() - since.getTime()) / YEAR_MS : 0;
  const perYear = years >= 1 / 12 ? Math.round(cells / years) : 0;
  const yearsLeft = perYear > 0 ? Math.max(0, (limit - cells) / perYear) : null;
  return {
    cells,
    limit,
    perYear,
    yearsLeft: yearsLeft === null ? null : Math.round(yearsLeft * 10) / 10,
    at: now.toISOString(),
  };
}

/** Years left below which the admin is warned to archive. */
export const WARN_YEARS_LEFT = 2;

/** True when finished years should be moved to the archive now. */
export function needsArchive(c: Capacity): boolean {
  return c.cells >= ARCHIVE_AT * c.limit || (c.yearsLeft !== null && c.yearsLeft < WARN_YEARS_LEFT);
}

const millions = (n: number) => (n / 1_000_000).toFixed(1).replace('.', ',');

/** One Indonesian sentence for the admin. */
export function capacityText(c: Capacity): string {
  const share = Math.round((100 * c.cells) / c.limit);
  const used = `Kapasitas spreadsheet: ${millions(c.cells)} juta dari ${millions(c.limit)} juta sel terpakai (${share}%)`;
  const rate =
    c.yearsLeft === null
      ? 'laju per tahun belum dapat dihitung'
      : `dengan laju sekarang (±${millions(c.perYear)} juta sel per tahun) cukup untuk ±${String(c.yearsLeft).replace('.', ',')} tahun lagi`;
  const act = needsArchive(c)
    ? ' Saatnya mengarsipkan: pindahkan tahun yang sudah lewat ke spreadsheet Arsip lewat Pengaturan › Arsip › "Arsipkan tahun".'
    : '';
  return `${used}; ${rate}.${act}`;
}
