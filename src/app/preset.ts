/**
 * Which SOP preset governs a request: the office's active one for new
 * requests, and for requests in flight the one they started with.
 */
import type { Preset } from '../core/sop/types';
import { withEngineSteps } from '../core/sop/closing';
import type { VcRequest } from '../core/request';
import { validatePreset } from '../core/sop/validate';
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

/**
 * The version of `request`'s preset it started with, when one was snapshotted (and is still sound):
 * the office's current preset of that id when the store knows the snapshot is exactly it, else the
 * stored snapshot.
 */
function snapshotOf(request: VcRequest, deps: Pick<Deps, 'presets' | 'presetVersions'>): Preset | null {
  const current = deps.presets.byId(request.presetId);
  const same = current && { ...current, version: request.presetVersion };
  const stored =
    same && deps.presetVersions?.holds?.(same)
      ? same
      : deps.presetVersions?.load(request.presetId, request.presetVersion);
  const checked = validatePreset(stored);
  return checked.ok && checked.preset.id === request.presetId ? checked.preset : null;
}

/**
 * The preset a request runs on: the version it started with (its snapshot), else the current one
 * of its id (requests from before snapshots existed), or a problem; with the engine's own closing
 * step added (core/sop/closing.ts withEngineSteps).
 */
export function presetOf(
  request: VcRequest,
  deps: Pick<Deps, 'config' | 'presets' | 'presetVersions'>,
): { ok: true; preset: Preset } | { ok: false; problem: string } {
  const snapshot = snapshotOf(request, deps);
  if (snapshot) return { ok: true, preset: withEngineSteps(snapshot) };
  if (request.presetId === CUSTOM_PRESET_ID) {
    const custom = customPreset(deps);
    return custom.ok ? { ok: true, preset: withEngineSteps(custom.preset) } : custom;
  }
  const preset = deps.presets.byId(request.presetId);
  if (!preset) return { ok: false, problem: `Alur SOP "${request.presetId}" milik ${request.id} tidak dikenal.` };
  return { ok: true, preset: withEngineSteps(preset) };
}

/** `preset` snapshotted for a request starting now: the same preset with the version it is kept under. */
export function startingVersion(preset: Preset, deps: Pick<Deps, 'presetVersions'>): Preset {
  const version = deps.presetVersions?.save(preset) ?? preset.version;
  return version === preset.version ? preset : { ...preset, version };
}

/**
 * The preset each request runs on (presetOf, its snapshot first), remembered per id@version for one
 * pass over the register; `active` stands in for requests of its id without a snapshot.
 */
export function requestPresets(
  deps: Pick<Deps, 'config' | 'presets' | 'presetVersions'>,
  active: Preset | null,
): (r: VcRequest) => Preset | undefined {
  const memo = new Map<string, Preset | undefined>();
  const lookup = lookupWith(active, deps.presets);
  return (r) => {
    const key = `${r.presetId}@${r.presetVersion}`;
    if (!memo.has(key)) {
      const found = snapshotOf(r, deps) ?? lookup(r.presetId);
      memo.set(key, found && withEngineSteps(found));
    }
    return memo.get(key);
  };
}

/** Preset lookup by id where `active` (which may be the office's own, loaded from its sheet) wins for its id. */
export function lookupWith(active: Preset | null, presets: Deps['presets']): (id: string) => Preset | undefined {
  return (id) => (active && id === active.id ? active : presets.byId(id));
}
