/**
 * "Periksa riwayat": the chain against its anchor outside the sheet (rows cut, added, replaced, or
 * hashes recomputed after an edit), and every request's Register row against its own history
 * (step, version, status), so a hand edit of either shows.
 */
import { registerMismatches } from '../core/history-audit';
import { stepOf } from '../core/sop/engine';
import { presetOf } from './preset';
import { archiveAudit } from './archive-audit';
import type { HashFn } from '../core/history';
import type { Deps } from './ports';

/** The lines the admin reads, in Indonesian. */
export function auditHistory(deps: Deps, hash: HashFn): string[] {
  const statusOf = (r: Parameters<typeof presetOf>[0], stepId: string) => {
    const found = presetOf(r, deps);
    return found.ok ? stepOf(found.preset, stepId)?.status : undefined;
  };
  const archives = archiveAudit(deps, hash, statusOf);
  const records = deps.history.readAll();
  const broken = deps.history.verify(records, archives.bridge);
  const anchor = deps.history.anchor();
  const chain = broken
    ? `Riwayat TIDAK utuh: baris ${broken.row} — ${broken.reason}.`
    : 'Riwayat utuh: rantai hash cocok dari awal sampai akhir.';
  const mismatches = registerMismatches(deps.register.readAll(), records, statusOf);
  return [
    chain,
    ...(anchor
      ? [`Jangkar (disimpan akun layanan): ${anchor.count} baris, hash terakhir ${anchor.hash.slice(0, 16)}….`]
      : []),
    ...(anchor?.damage ? [anchor.damage] : []),
    ...(mismatches.length
      ? ['Register TIDAK sesuai riwayat:', ...mismatches]
      : ['Register sesuai riwayat: langkah, versi, dan status setiap permohonan cocok.']),
    ...archives.lines(records),
  ];
}
