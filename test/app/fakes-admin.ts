/** Small stateful fakes for the settings wizard (admin.ts) and the preset versions (preset.ts). */
import type { AdminPort } from '../../src/app/admin';
import type { PresetVersionStore, ScriptLock } from '../../src/app/ports';
import type { Preset } from '../../src/core/sop/types';
import type { Settings } from '../../src/core/settings';
import type { ZoomCredentialsDto } from '../../src/shared/admin-rpc';

/** A script lock in memory: `held` while a function runs under it. */
export function memoryLock(): ScriptLock & { held: boolean } {
  const lock = {
    held: false,
    run<T>(fn: () => T): T {
      lock.held = true;
      try {
        return fn();
      } finally {
        lock.held = false;
      }
    },
  };
  return lock;
}

/**
 * The wizard's outside world in memory (AdminPort): `written` the settings written (each with
 * whether `lock` was held then), `saved` the Zoom credentials stored, `setups` the Setup runs (each
 * answering `setupLines`). "Tes koneksi" finds no token: it answers `tokenProblem`.
 */
export function memoryAdmin(lock?: { held: boolean }) {
  const admin = {
    written: [] as Array<{ settings: Settings; underLock: boolean }>,
    saved: [] as ZoomCredentialsDto[],
    setups: 0,
    setupLines: ['Sheet Register sudah ada.', 'Pemicu per jam sudah terpasang.'],
    configured: false,
    tokenProblem: 'Zoom menolak kredensial (invalid_client).',
    writeSettings(settings: Settings) {
      admin.written.push({ settings: structuredClone(settings), underLock: lock?.held ?? false });
    },
    zoomConfigured: () => admin.configured,
    saveZoomCredentials(creds: ZoomCredentialsDto) {
      admin.saved.push({ ...creds });
      admin.configured = true;
    },
    runSetup() {
      admin.setups++;
      return [...admin.setupLines];
    },
    zoomTokenScopes: (): { ok: false; message: string } => ({ ok: false, message: admin.tokenProblem }),
    zoomUserExists: (): { ok: false; message: string } => ({ ok: false, message: admin.tokenProblem }),
  };
  return admin satisfies AdminPort;
}

/**
 * The 'Versi Alur SOP' sheet in memory: `rows` maps 'id@version' to the stored JSON; `loads` counts
 * reads of a version. With `mirror` (the index's hashes, the default) `holds` tells, without a
 * read, whether a key holds exactly a preset; `save` keeps a preset under its version, the version
 * already holding the same content, or the next free one, like io/preset-versions.ts.
 */
export function memoryPresetVersions(mirror = true): PresetVersionStore & { rows: Map<string, string>; loads: number } {
  const rows = new Map<string, string>();
  const key = (id: string, version: number) => `${id}@${version}`;
  const content = (p: Preset, version: number) => JSON.stringify({ ...p, version });
  const holds = (p: Preset) => rows.get(key(p.id, p.version)) === content(p, p.version);
  const store = {
    rows,
    loads: 0,
    load(id: string, version: number): unknown {
      store.loads++;
      const json = rows.get(key(id, version));
      return json === undefined ? null : (JSON.parse(json) as unknown);
    },
    ...(mirror ? { holds } : {}),
    save(p: Preset): number {
      const mine = [...rows.keys()].filter((k) => k.startsWith(`${p.id}@`)).map((k) => Number(k.split('@')[1]));
      const same = [p.version, ...mine].find((v) => rows.get(key(p.id, v)) === content(p, v));
      if (same !== undefined) return same;
      let version = p.version;
      while (rows.has(key(p.id, version))) version++;
      rows.set(key(p.id, version), content(p, version));
      return version;
    },
  };
  return store;
}
