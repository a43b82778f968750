/**
 * Graph checks of a structurally sound preset: every step reachable, every step able to finish.
 */
import type { Preset } from './types';

function closure(roots: string[], next: (id: string) => string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...next(id));
  }
  return seen;
}

/**
 * Indonesian errors for steps that cannot be reached from the start step (the revision step counts
 * as an entry, since invalid requests enter there) and for a group of steps that never lead to a
 * terminal step. Assumes every action points to an existing step.
 */
export function checkGraph(preset: Preset): string[] {
  const forward = new Map(preset.steps.map((s) => [s.id, s.actions.map((a) => a.to)]));
  const reachable = closure([preset.start, preset.revisionStep], (id) => forward.get(id) ?? []);
  const errors = preset.steps
    .filter((s) => !reachable.has(s.id))
    .map(
      (s) =>
        `Langkah "${s.id}" tidak dapat dicapai dari langkah awal "${preset.start}" (tidak ada tindakan yang menuju ke sana).`,
    );
  const backward = new Map<string, string[]>();
  for (const s of preset.steps) for (const a of s.actions) backward.set(a.to, [...(backward.get(a.to) ?? []), s.id]);
  const finishing = closure(
    preset.steps.filter((s) => s.terminal).map((s) => s.id),
    (id) => backward.get(id) ?? [],
  );
  const stuck = preset.steps.filter((s) => reachable.has(s.id) && !finishing.has(s.id)).map((s) => `"${s.id}"`);
  if (stuck.length > 0)
    errors.push(`Langkah ${stuck.join(', ')} tidak pernah sampai ke langkah akhir (Selesai/Ditolak/Dibatalkan).`);
  return errors;
}
