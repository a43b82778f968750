/**
 * The Rekap tab's selector cells (Bulan, Tahun, OPD) as staff type them,
 * read into a month and an OPD filter; empty cells mean "this month", "all OPD".
 */
import { MONTH_NAMES } from '../indonesian';
import type { MonthRef } from './calendar';

/** What the selector cells hold (raw cell values; dates already as 'YYYY-MM-DD'). */
export interface SelectorCells {
  month: unknown;
  year: unknown;
  opd: unknown;
}

/** The chosen month and OPD, with Indonesian notes on cells that could not be read (their default is used). */
export interface Selection {
  month: MonthRef;
  opd: string;
  problems: string[];
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

function monthFrom(raw: unknown): number | null {
  const t = text(raw).toLowerCase();
  if (/^\d{1,2}$/.test(t) && +t >= 1 && +t <= 12) return +t;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return +t.slice(5, 7);
  const i = t.length >= 3 ? MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(t)) : -1;
  return i >= 0 ? i + 1 : null;
}

function yearFrom(raw: unknown): number | null {
  const t = text(raw);
  return /^\d{4}$/.test(t) && +t >= 2000 && +t <= 2100 ? +t : null;
}

/**
 * Reads the selector against `today` ('YYYY-MM-DD', office zone): Bulan is 1–12 or a
 * month name ('Maret', 'mar'); Tahun is a four-digit year; OPD is a name or empty/'Semua'.
 */
export function readSelection(cells: SelectorCells, today: string): Selection {
  const problems: string[] = [];
  let month = monthFrom(cells.month);
  if (month === null) {
    if (text(cells.month) !== '')
      problems.push(`Bulan "${text(cells.month)}" tidak dikenali (isi 1–12 atau nama bulan); memakai bulan berjalan.`);
    month = +today.slice(5, 7);
  }
  let year = yearFrom(cells.year);
  if (year === null) {
    if (text(cells.year) !== '')
      problems.push(`Tahun "${text(cells.year)}" tidak dikenali (isi empat angka, mis. 2026); memakai tahun berjalan.`);
    year = +today.slice(0, 4);
  }
  const opd = text(cells.opd);
  return { month: { year, month }, opd: opd.toLowerCase() === 'semua' ? '' : opd, problems };
}
