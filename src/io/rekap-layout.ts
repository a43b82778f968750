/**
 * The Rekap tab as a grid: one 2-D array of cell values (written with one
 * setValues), the rows to highlight and embolden, and where each chart's data
 * sits. Pure: no Apps Script globals, so it draws the same thing every time.
 */
import { formatDuration } from '../core/duration';
import { formatDateTime, formatLongDate, monthYearLabel } from '../core/indonesian';
import { isLocalDate } from '../core/dates';
import type { CountRow } from '../core/recap/stats';
import { sheetText } from '../core/sheet-text';
import type { RecapPage } from '../app/recap';

/** Columns the layout uses (the schedule is the widest block). */
export const RECAP_WIDTH = 10;
/** 1-based rows of the selector cells in column B: Bulan, Tahun, OPD. */
export const SELECTOR_ROWS = [2, 3, 4];
export const GENERATED_NOTE =
  'Dibuat otomatis oleh Layanan Vicon: suntingan di lembar ini akan ditimpa. Ubah hanya sel B2 (Bulan), B3 (Tahun) dan B4 (OPD), lalu jalankan Layanan Vicon › Perbarui rekap.';

/** A block of rows holding a chart's data: header row + data rows, first two columns. */
export interface ChartBlock {
  title: string;
  row: number;
  numRows: number;
}

export interface RecapGrid {
  values: unknown[][];
  /** 1-based rows: section titles, table headers, today's meetings. */
  titleRows: number[];
  headerRows: number[];
  todayRows: number[];
  charts: { weeks: ChartBlock; opd: ChartBlock; sla: ChartBlock };
}

type Cell = string | number;
const pct = (x: number | null): Cell => (x === null ? '' : Math.round(x * 1000) / 10);
const num = (x: number | null): Cell => (x === null ? '' : Math.round(x * 10) / 10);
const text = (s: string): string => sheetText(s);
/** A time as people read it ('2 hari 3 jam', core/duration.ts); `none` when there is none. */
const duration = (minutes: number | null, none = ''): Cell => (minutes === null ? none : formatDuration(minutes));

class Builder {
  rows: unknown[][] = [];
  titles: number[] = [];
  headers: number[] = [];
  push(cells: unknown[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }
  table(title: string, header: string[], body: Cell[][], empty = 'Tidak ada data.'): ChartBlock {
    this.titles.push(this.push([text(title)]));
    const row = this.push(header.map(text));
    this.headers.push(row);
    for (const r of body) this.push(r);
    if (body.length === 0) this.push([text(empty)]);
    this.push([]);
    return { title, row, numRows: 1 + Math.max(body.length, 1) };
  }
}

function countBody(rows: CountRow[]): Cell[][] {
  return rows.map((r) => [text(r.key), r.count, r.previous, r.change > 0 ? text(`+${r.change}`) : r.change]);
}

function head(b: Builder, page: RecapPage, cells: unknown[]): void {
  const { selection: s } = page;
  const raw = cells.map((v) => (typeof v === 'string' ? text(v) : (v ?? '')));
  const label = monthYearLabel(s.month.year, s.month.month);
  b.titles.push(b.push([text(`Rekap Layanan Vicon — ${page.officeName} — ${label}`), '', '', text(GENERATED_NOTE)]));
  b.push([text('Bulan'), raw[0], text(`${label}${s.problems.length ? ` — ${s.problems.join(' ')}` : ''}`)]);
  b.push([text('Tahun'), raw[1], text('Kosongkan Bulan dan Tahun untuk bulan berjalan.')]);
  b.push([text('OPD'), raw[2], text(s.opd ? `Hanya ${s.opd}` : 'Semua OPD')]);
  b.push([text('Diperbarui'), text(formatDateTime(page.now, page.tz)), text(`Alur SOP: ${page.preset.name}`)]);
  b.push(page.capacity ? [text('Kapasitas'), '', text(page.capacity)] : []);
}

/** The grid for `page`; `raw` holds the selector cells as read (written back unchanged). */
export function recapGrid(page: RecapPage, raw: unknown[]): RecapGrid {
  const { recap } = page;
  const b = new Builder();
  head(b, page, raw);
  const label = monthYearLabel(recap.month.year, recap.month.month);
  const first = b.rows.length + 3;
  b.table(
    `Jadwal Vidcon ${label} (Rekap Jadwal Vidcon)`,
    ['Tanggal', 'Jam', 'Nomor', 'Kegiatan', 'OPD', 'Platform', 'Akun Zoom', 'Ruang', 'Operator', 'Status'],
    recap.schedule.map((s) =>
      [
        isLocalDate(s.date) ? formatLongDate(s.date) : '',
        s.start ? `${s.start}–${s.end}` : '',
        s.id,
        s.title,
        s.agency,
        s.platform,
        s.host,
        s.room,
        s.operator,
        s.status,
      ].map((v) => text(String(v))),
    ),
    'Tidak ada kegiatan pada bulan ini.',
  );
  const todayRows = recap.schedule.flatMap((s, i) => (s.date === page.today ? [first + i] : []));
  const countHeader = (what: string) => [what, 'Bulan ini', 'Bulan lalu', 'Perubahan'];
  b.table('Keputusan', countHeader('Keterangan'), countBody(recap.counts.outcomes));
  b.table('Menurut status', countHeader('Status'), countBody(recap.counts.byStatus));
  const opd = b.table('Menurut OPD', countHeader('OPD'), countBody(recap.counts.byOpd));
  b.table('Menurut platform', countHeader('Platform'), countBody(recap.counts.byPlatform));
  b.table('Menurut akun Zoom', countHeader('Akun Zoom'), countBody(recap.counts.byHost));
  b.table('Menurut operator', countHeader('Operator'), countBody(recap.counts.byOperator));
  const sla = b.table(
    `Mutu Baku per langkah — ${page.preset.name}`,
    ['Langkah', 'Sesuai standar (%)', 'Mutu Baku', 'Jumlah', 'Median', 'P90'],
    recap.compliance.map((c) => [
      text(c.label),
      pct(c.withinShare),
      duration(c.standardMinutes, '—'),
      c.count,
      duration(c.medianMinutes),
      duration(c.p90Minutes),
    ]),
  );
  b.table(
    'Paling lama menunggu (sekarang)',
    ['Nomor', 'Kegiatan', 'Langkah', 'Menunggu', 'Mutu Baku', 'Lewat'],
    recap.slowest.map((o) => [
      text(o.id),
      text(o.title),
      text(o.stepLabel),
      duration(o.minutesInStep),
      duration(o.standardMinutes, '—'),
      duration(o.overMinutes ?? null),
    ]),
    'Tidak ada permohonan yang menunggu.',
  );
  b.table(
    'Pemakaian akun Zoom dan ruang',
    ['Sumber daya', 'Jenis', 'Jam terpakai', 'Kapasitas (jam)', 'Pemakaian (%)'],
    recap.utilisation.map((u) => [
      text(u.name),
      text(u.kind === 'host' ? 'Akun Zoom' : 'Ruang'),
      num(u.hours),
      num(u.capacityHours),
      pct(u.share),
    ]),
  );
  const weeks = b.table(
    'Permohonan per pekan',
    ['Pekan', 'Permohonan'],
    recap.weeks.map((w) => [text(`Pekan ${w.week} (mulai ${formatLongDate(w.start).replace(/^\w+, /, '')})`), w.count]),
  );
  return { values: b.rows, titleRows: b.titles, headerRows: b.headers, todayRows, charts: { weeks, opd, sla } };
}
