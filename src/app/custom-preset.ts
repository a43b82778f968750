/**
 * An office's own SOP: an admin copies the active seed into the "Alur SOP"
 * sheet, edits it there, then picks "kustom" in Pengaturan. The copy is
 * validated on every load (app/preset.ts); a broken one never half-runs.
 */
import { presetToRows } from '../core/sop/rows';
import { currentActor } from './caller';
import { activePreset, CUSTOM_PRESET_ID } from './preset';
import type { Deps } from './ports';

/** Writes the rows into a new "Alur SOP" sheet; false when that sheet already exists. */
export type PresetSheetWriter = (rows: string[][]) => boolean;

/** Copy the active seed preset into the editable sheet. Admins only. Returns Indonesian lines. */
export function copyActivePreset(deps: Deps, write: PresetSheetWriter): string[] {
  const who = currentActor(deps);
  if (!who.ok) return [who.reason];
  if (!who.actor.isAdmin) return ['Hanya admin yang dapat menyalin alur SOP.'];
  const active = activePreset(deps);
  if (!active.ok) return [active.problem];
  const copy = { ...active.preset, id: CUSTOM_PRESET_ID, name: `${active.preset.name} (salinan kantor)` };
  const written = deps.lock.run(() => write(presetToRows(copy)));
  if (!written) return ['Sheet "Alur SOP" sudah ada; ubah sheet itu, atau hapus dulu bila ingin menyalin ulang.'];
  deps.config.invalidate();
  return [
    `Alur "${active.preset.name}" disalin ke sheet "Alur SOP".`,
    'Ubah langkah, peran, dan Mutu Baku di sana, lalu isi Pengaturan › Alur SOP dengan "kustom". Kesalahan ditampilkan di panel.',
  ];
}
