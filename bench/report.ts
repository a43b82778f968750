/**
 * The bench's table and verdict: the targets of issue #17 (modeled, at the largest size), the
 * 1.3× growth allowed from the smallest size to the largest for what an official opens most,
 * and the longest script-lock hold of any action.
 */
import { FIGURES, type Family, type Figure } from './latency';
import type { Modeled } from './model';

/** Target per action (modeled ms), and its label. */
export const TARGETS = {
  tasks: { label: 'Tugas saya (buka panel)', ms: 1500 },
  open: { label: 'buka satu permohonan', ms: 1500 },
  step: { label: 'satu langkah (disposisi)', ms: 3000 },
  approve: { label: 'izin: cek bentrok + pesan (setujui)', ms: 4000 },
  meeting: { label: 'buat rapat Zoom (buat_rapat)', ms: 5000 },
  link: { label: 'kirim tautan (kirim_tautan)', ms: 5000 },
  intake: { label: 'formulir masuk (pemicu)', ms: 3000 },
  recap: { label: 'Rekap sebulan', ms: 60000 },
  hourly: { label: 'pemicu per jam (semua tugas)', ms: 6 * 60000 },
} as const;

/** The longest any path may hold the script lock, modeled ms. */
export const LOCK_TARGET_MS = 5000;
/** What an official opens most may grow at most this much from 100 to 10,000 requests. */
export const GROWTH = 1.3;
const FLAT: Array<keyof typeof TARGETS> = ['tasks', 'open', 'step'];

export interface Row {
  action: keyof typeof TARGETS;
  size: number;
  m: Modeled;
}

const SHORT: Partial<Record<Family, string>> = {
  sheetRead: 'baca',
  sheetWrite: 'tulis',
  sheetSearch: 'cari',
  sheetSize: 'lastRow',
  sheetStructure: 'struktur',
  sheetOpen: 'openById',
  propertiesGet: 'prop.get',
  propertiesSet: 'prop.set',
  cacheGet: 'cache.get',
  cachePut: 'cache.put',
  lock: 'kunci',
  urlFetch: 'zoom',
  tokeninfo: 'tokeninfo',
  webAppHop: 'hop',
  calendarOpen: 'kal.buka',
  calendarRead: 'kal.baca',
  calendarWrite: 'kal.tulis',
  mail: 'mail',
  drive: 'drive',
  docs: 'docs',
  forms: 'form',
  formGetter: 'getter',
  triggers: 'pemicu',
};

function families(m: Modeled): string {
  return Object.entries(m.byFamily)
    .filter(([f]) => SHORT[f as Family])
    .map(([f, v]) => `${SHORT[f as Family]}×${v!.calls}`)
    .join(' ');
}

const s = (ms: number) => (ms / 1000).toFixed(2);

/** Prints the table (markdown); with `detail`, every action's calls by method too. */
export function printTable(rows: Row[], detail: boolean): void {
  console.log(
    '| tindakan | permohonan | panggilan | sel dibaca | sel ditulis | CPU ms | model (s) | kunci (s) | target (s) | panggilan per keluarga |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const t = TARGETS[r.action];
    const ok = r.m.ms <= t.ms ? '' : ' ✗';
    console.log(
      `| ${t.label} | ${r.size} | ${r.m.calls} | ${r.m.cells.read} | ${r.m.cells.written} | ${Math.round(r.m.cpuMs)} | ${s(r.m.ms)}${ok} | ${s(r.m.lockMs)} | ${s(t.ms)} | ${families(r.m)} |`,
    );
  }
  if (!detail) return;
  for (const r of rows) {
    const ms = Object.entries(r.m.byFamily)
      .sort(([, a], [, b]) => b!.ms - a!.ms)
      .map(([f, v]) => `${f} ${v!.calls}× ${Math.round(v!.ms)} ms`)
      .join(', ');
    const methods = Object.entries(r.m.byMethod)
      .map(([k, v]) => `${k}×${v}`)
      .join(' ');
    console.log(
      `\n${TARGETS[r.action].label} @ ${r.size}: ${methods}\n  modeled: ${ms}, CPU ${Math.round(r.m.cpuMs)} ms, sel dicari di sisi Google ${r.m.cells.searched}`,
    );
  }
}

/** Every target missed, in words (targets at the largest size; growth from the smallest). */
export function verdict(rows: Row[], sizes: number[]): string[] {
  const misses: string[] = [];
  const largest = Math.max(...sizes);
  const smallest = Math.min(...sizes);
  const at = (size: number, action: Row['action']) => rows.find((r) => r.size === size && r.action === action);
  for (const r of rows.filter((x) => x.size === largest)) {
    if (r.m.ms > TARGETS[r.action].ms)
      misses.push(`${TARGETS[r.action].label} @ ${largest}: ${s(r.m.ms)} s > ${s(TARGETS[r.action].ms)} s`);
    if (r.m.lockMs > LOCK_TARGET_MS)
      misses.push(`kunci skrip dipegang ${s(r.m.lockMs)} s oleh ${TARGETS[r.action].label} @ ${largest}`);
  }
  if (largest === smallest) return misses;
  for (const action of FLAT) {
    const [a, b] = [at(smallest, action), at(largest, action)];
    if (a && b && b.m.ms > GROWTH * a.m.ms)
      misses.push(`${TARGETS[action].label}: ${s(b.m.ms)} s @ ${largest} > ${GROWTH} × ${s(a.m.ms)} s @ ${smallest}`);
  }
  return misses;
}

/** Prints the latency model: one figure per method family with its source (or "estimate"). */
export function printModel(): void {
  console.log('\n| keluarga | ms per panggilan | ms per 1.000 sel | sumber |');
  console.log('|---|---:|---:|---|');
  for (const f of Object.values(FIGURES) as Figure[])
    console.log(`| ${f.label} | ${f.perCallMs} | ${f.per1000CellsMs ?? ''} | ${f.source.replace(/\|/g, '/')} |`);
}
