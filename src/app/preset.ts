/**
 * Which SOP preset governs a request: the office's active one for new
 * requests, and for requests in flight the one they started with.
 */
import type { Preset } from '../core/sop/types';
import type { VcRequest } from '../core/request';
import { presetFromRows } from '../core/sop/rows';
import type { Deps } from './ports';

export const CUSTOM_PRESET_ID = 'kustom';

/** The active preset, or an Indonesian problem naming what to fix. */
export function activePreset(
  deps: Pick<Deps, 'config' | 'presets'>,
): { ok: true; preset: Preset } | { ok: false; problem: string } {
  const { settings } = deps.config.settings();
  if (settings.presetId === CUSTOM_PRESET_ID) return customPreset(deps);
  const preset = deps.presets.byId(settings.presetId);
  if (!preset)
    return {
      ok: false,
      problem: `Alur SOP "${settings.presetId}" tidak dikenal. Pilih salah satu alur di sheet Pengaturan.`,
    };
  return { ok: true, preset };
}

function customPreset(deps: Pick<Deps, 'config'>): { ok: true; preset: Preset } | { ok: false; problem: string } {
  const rows = deps.config.customPreset();
  if (!rows) return { ok: false, problem: 'Alur SOP "kustom" dipilih tetapi sheet "Alur SOP" tidak ada.' };
  const parsed = presetFromRows(rows.map((r) => r.map((c) => String(c ?? ''))));
  return parsed.ok ? parsed : { ok: false, problem: `Sheet "Alur SOP" belum benar: ${parsed.errors.join(' ')}` };
}

/** The preset a request runs on (the one it started with), or a problem. */
export function presetOf(
  request: VcRequest,
  deps: Pick<Deps, 'config' | 'presets'>,
): { ok: true; preset: Preset } | { ok: false; problem: string } {
  if (request.presetId === CUSTOM_PRESET_ID) return customPreset(deps);
  const preset = deps.presets.byId(request.presetId);
  if (!preset) return { ok: false, problem: `Alur SOP "${request.presetId}" milik ${request.id} tidak dikenal.` };
  return { ok: true, preset };
}

/** Preset lookup by id where `active` (which may be the office's own, loaded from its sheet) wins for its id. */
export function lookupWith(active: Preset | null, presets: Deps['presets']): (id: string) => Preset | undefined {
  return (id) => (active && id === active.id ? active : presets.byId(id));
}
