/**
 * Checklist lines about what each account granted and how the workbook grows: OAuth scopes
 * against what the product needs, cells against Sheets' limit, and the errors the Log holds.
 */
import { failed, lineOf, passed, type CheckLine } from './types';

/** Sheets' limit on cells per spreadsheet. */
export const SHEETS_CELL_LIMIT = 10_000_000;
const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;
/** Less history than this gives no usable growth rate. */
const MIN_HISTORY_DAYS = 30;
/** Warn when fewer years than this are left, or more than this share of the limit is used. */
const WARN_YEARS = 2;
const WARN_SHARE = 0.8;

/** What one account granted: the scopes, or why they could not be read. */
export interface GrantFacts {
  granted: string[] | null;
  error: string;
}

/** ✓ when `who` (the office account, or the official who clicked) granted every scope `needed`. */
export function scopeLine(id: string, who: string, needed: string[], facts: GrantFacts): CheckLine {
  const title = `Izin yang disetujui ${who}`;
  const reauthorize =
    id === 'izin-mesin'
      ? 'Masuk sebagai akun layanan, buka proyek mesin di editor Apps Script, jalankan fungsi doGet sekali dan setujui semua izin yang diminta (centang semuanya).'
      : 'Muat ulang spreadsheet, buka menu Layanan Vicon, lalu setujui semua izin yang diminta (centang semuanya).';
  if (facts.granted === null)
    return failed(id, title, 'Google tidak memberi tahu izin yang sudah disetujui.', reauthorize, [facts.error]);
  const missing = needed.filter((s) => !facts.granted?.includes(s));
  return lineOf(
    id,
    title,
    missing.length > 0 ? [`Belum disetujui: ${missing.join(', ')}.`] : [],
    `Semua ${needed.length} izin yang dibutuhkan sudah disetujui.`,
    reauthorize,
  );
}

/** The workbook's size and how fast it grows. */
export interface CellFacts {
  /** Cells of every sheet (rows × columns, empty ones too: what Sheets counts). */
  used: number;
  /** Filled cells of the sheets that grow with requests (Register, Riwayat, responses, Log). */
  growing: number;
  /** The first history entry, the start of the growth; null when there is none. */
  since: Date | null;
  now: Date;
}

const fmt = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Years until the limit at the current rate, or null when the history is too short to tell. */
export function yearsLeft(f: CellFacts): number | null {
  if (!f.since) return null;
  const age = f.now.getTime() - f.since.getTime();
  if (age < MIN_HISTORY_DAYS * DAY_MS || f.growing <= 0) return null;
  const perYear = f.growing / (age / YEAR_MS);
  return Math.max(0, SHEETS_CELL_LIMIT - f.used) / perYear;
}

/** ✓ while the workbook is well under 10 million cells and has years of room at the current rate. */
export function cellsLine(f: CellFacts): CheckLine {
  const share = f.used / SHEETS_CELL_LIMIT;
  const years = yearsLeft(f);
  const usedText = `${fmt(f.used)} dari ${fmt(SHEETS_CELL_LIMIT)} sel terpakai (${(share * 100).toFixed(1).replace('.', ',')}%).`;
  const rate =
    years === null
      ? ' Laju pertumbuhan belum dapat diperkirakan (riwayat kurang dari 30 hari).'
      : ` Pada laju sekarang, batas tercapai dalam ${years >= 100 ? 'lebih dari 100' : `±${years.toFixed(1).replace('.', ',')}`} tahun.`;
  const bad = share > WARN_SHARE || (years !== null && years < WARN_YEARS);
  if (!bad) return passed('sel', 'Ruang spreadsheet', usedText + rate);
  return failed(
    'sel',
    'Ruang spreadsheet',
    usedText + rate,
    'Arsipkan tahun-tahun lama: salin spreadsheet sebagai arsip, lalu laporkan ke pengelola Layanan Vicon sebelum batas 10 juta sel tercapai.',
  );
}

/** One entry of the Log sheet. */
export interface LogFact {
  at: Date;
  source: string;
  raw: string;
}

/** ✓ when the Log holds no error of the last `days` days; else the latest few, with Google's/Zoom's words. */
export function logLine(recent: LogFact[], days: number): CheckLine {
  const title = 'Kesalahan saat dipakai (sheet Log)';
  if (recent.length === 0) return passed('log', title, `Tidak ada kesalahan tercatat dalam ${days} hari terakhir.`);
  const latest = [...recent].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, 5);
  return failed(
    'log',
    title,
    `${recent.length} kesalahan tercatat dalam ${days} hari terakhir; yang terbaru: ${latest.map((l) => l.source).join('; ')}.`,
    'Baca penjelasan di sheet Log. Bila kesalahan yang sama berulang, kirim laporan ini ke pengelola Layanan Vicon.',
    latest.map((l) => `${l.source}: ${l.raw}`),
  );
}
