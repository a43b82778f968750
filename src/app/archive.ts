/**
 * "Arsipkan tahun …" (admins only): every request of a past year that has ended moves, with its
 * whole Riwayat trail, out of the live spreadsheet into that year's archive spreadsheet. Copy
 * first, read back and check, only then remove (core/archive.ts, io/archive-*.ts). A run that
 * stops anywhere can be run again: the copy skips what the archive already holds, and removal
 * happens only for what is verified there.
 */
import { archiveYearOf, isArchivable, yearRefusal } from '../core/archive';
import { systemNote, type HistoryRecord } from '../core/history';
import type { VcRequest } from '../core/request';
import { stepOf } from '../core/sop/engine';
import type { LinesDto } from '../shared/engine-rpc';
import type { Result } from '../shared/rpc';
import { liveNow } from './commit';
import { asAdmin } from './guards';
import { presetOf } from './preset';
import type { Deps } from './ports';

/** What archiving needs from the spreadsheets (io/archive-port.ts). */
export interface ArchivePort {
  /** The live Register's requests as one read sees them now (kept for the copy and the removal). */
  snapshot(): VcRequest[];
  /**
   * Copy `ids` with their Riwayat rows into `year`'s archive (made when missing, shared read-only
   * with `viewers`), then read it back.
   */
  copy(
    year: number,
    ids: Set<string>,
    viewers: string[],
  ): { name: string; url: string; missing: string[]; missingRows: number; altered: number };
  /** Remove `ids` from the live sheets, recording `note`; or the number of one that changed meanwhile. */
  remove(ids: Set<string>, note: HistoryRecord): { requests: number; rows: number } | { changed: string };
  /** True when an earlier run stopped before trails and the index were rebuilt. */
  repairDue(): boolean;
  /** Rebuild every trail and the index of live requests (`live` judges a request). */
  repair(live: (r: VcRequest) => boolean): void;
}

const fmt = (n: number) => n.toLocaleString('id-ID');

/** The requests of `year` that have ended, and how many of that year stay because they have not. */
function choose(deps: Deps, requests: VcRequest[], year: number): { ids: Set<string>; staying: number } {
  const { timeZone } = deps.config.settings().settings;
  const now = deps.clock.now();
  const ids = new Set<string>();
  let staying = 0;
  for (const r of requests) {
    if (!r.id || archiveYearOf(r) !== year) continue;
    const found = presetOf(r, deps);
    const terminal = found.ok && stepOf(found.preset, r.stepId)?.terminal === true;
    if (isArchivable(r, terminal, year, now, timeZone)) ids.add(r.id);
    else staying++;
  }
  return { ids, staying };
}

function copyProblem(year: number, copied: ReturnType<ArchivePort['copy']>): string | null {
  if (copied.missing.length === 0 && copied.missingRows === 0 && copied.altered === 0) return null;
  return `Salinan ke "${copied.name}" belum lengkap (${copied.missing.length} permohonan dan ${copied.missingRows} baris riwayat tidak terbaca kembali, ${copied.altered} baris berubah). Tidak ada yang dihapus dari Register. Jalankan "Arsipkan tahun ${year}" lagi.`;
}

const admins = (deps: Deps) =>
  deps.config
    .users()
    .users.filter((u) => u.active && u.isAdmin)
    .map((u) => u.email);

/** Copy, check, then remove `ids` (all of `year`); the admin's lines, or why nothing was removed. */
function move(deps: Deps, port: ArchivePort, year: number, ids: Set<string>, stay: string[]): Result<LinesDto> {
  const copied = port.copy(year, ids, admins(deps));
  const problem = copyProblem(year, copied);
  if (problem) return { ok: false, error: problem };
  const note = systemNote(
    { id: '', stepId: '' },
    deps.clock.now().toISOString(),
    `Arsip ${year}`,
    `${ids.size} permohonan tahun ${year} yang sudah selesai dipindahkan ke "${copied.name}" (${copied.url}).`,
  );
  const removed = port.remove(ids, note);
  if ('changed' in removed)
    return {
      ok: false,
      error: `Permohonan ${removed.changed} berubah selama pengarsipan, jadi tidak ada yang dihapus dari Register. Jalankan "Arsipkan tahun ${year}" lagi.`,
    };
  const lines = [
    `Tahun ${year} diarsipkan: ${fmt(removed.requests)} permohonan dan ${fmt(removed.rows)} baris riwayat dipindahkan ke "${copied.name}".`,
    `Arsip: ${copied.url}`,
    ...stay,
    'Rekap bulan-bulan tahun itu tetap dapat dibuat (dibaca dari arsip), dan "Periksa riwayat" memeriksa rantai bersama arsipnya.',
  ];
  return { ok: true, value: { lines } };
}

/**
 * When an archive run stopped after it began removing (a mark it leaves), rebuild every trail and
 * the index now: the hourly run calls this too, so officials are not left with stale row numbers.
 * True when it rebuilt.
 */
export function finishStoppedArchive(deps: Deps, port: ArchivePort): boolean {
  if (!port.repairDue()) return false;
  port.repair((r: VcRequest) => liveNow(deps, r));
  return true;
}

/** Move `year`'s ended requests into its archive (see the module comment); admins only. */
export function archiveYear(deps: Deps, port: ArchivePort, yearArg: unknown): Result<LinesDto> {
  return asAdmin(deps, () => {
    const year = Number(yearArg);
    const refused = yearRefusal(year, deps.clock.now(), deps.config.settings().settings.timeZone);
    if (refused) return { ok: false, error: refused };
    finishStoppedArchive(deps, port);
    const { ids, staying } = choose(deps, port.snapshot(), year);
    const stay = staying ? [`${fmt(staying)} permohonan tahun ${year} belum selesai dan tetap di Register.`] : [];
    if (ids.size > 0) return move(deps, port, year, ids, stay);
    const none = `Tidak ada permohonan tahun ${year} yang sudah selesai untuk diarsipkan.`;
    return { ok: true, value: { lines: [none, ...stay] } };
  });
}
