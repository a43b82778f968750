/** Which preset version a request runs on: its snapshot, recognised without a read when it is the current one. */
import { presetOf, requestPresets, startingVersion } from '../../src/app/preset';
import { withEngineSteps } from '../../src/core/sop/closing';
import { presetById } from '../../src/core/sop/presets';
import type { Preset } from '../../src/core/sop/types';
import { makeRequest } from '../core/sop/fixtures';
import { memoryPresetVersions } from './fakes-admin';
import { world } from './fakes';

const BANDUNG = presetById('000-bandung')!;
const TARAKAN = presetById('001-tarakan')!;

/** Bandung as it was at version 2, before the office renamed it. */
const OLD_BANDUNG: Preset = { ...BANDUNG, version: 2, name: 'Kota Bandung — alur lama' };

function setup(mirror = true) {
  const w = world();
  const versions = memoryPresetVersions(mirror);
  w.deps.presetVersions = versions;
  return { w, versions };
}

const request = (presetId: string, presetVersion: number, id = 'VC-2026-0007') =>
  makeRequest({ id, presetId, presetVersion, status: 'Diajukan', stepId: 'disposisi_kadis' });

describe('presetOf with snapshots', () => {
  it('recognises the current preset as the snapshot without reading the versions', () => {
    const { w, versions } = setup();
    versions.save(BANDUNG);
    expect(presetOf(request('000-bandung', BANDUNG.version), w.deps)).toEqual({
      ok: true,
      preset: withEngineSteps(BANDUNG),
    });
    expect(versions.loads).toBe(0);
  });

  it('keeps a request on the version it started with after the preset changed', () => {
    const { w, versions } = setup();
    versions.save(OLD_BANDUNG);
    versions.save(BANDUNG);
    const result = presetOf(request('000-bandung', 2), w.deps);
    expect(result).toEqual({ ok: true, preset: withEngineSteps(OLD_BANDUNG) });
    expect(result.ok && result.preset.name).toBe('Kota Bandung — alur lama');
    expect(versions.loads).toBe(1);
  });

  it('keeps an office-own ("kustom") request on its snapshot, whatever the Alur SOP sheet says now', () => {
    const { w, versions } = setup();
    const mine: Preset = { ...BANDUNG, id: 'kustom', version: 1, name: 'Alur Kantor Kami' };
    versions.save(mine);
    w.deps.config.customPreset = () => null;
    expect(presetOf(request('kustom', 1), w.deps)).toEqual({ ok: true, preset: withEngineSteps(mine) });
  });

  it('distrusts a snapshot of another preset, or one no longer sound, and follows the current preset', () => {
    const { w, versions } = setup();
    versions.rows.set('000-bandung@2', JSON.stringify({ ...TARAKAN, version: 2 }));
    expect(presetOf(request('000-bandung', 2), w.deps)).toEqual({ ok: true, preset: withEngineSteps(BANDUNG) });
    versions.rows.set('000-bandung@2', JSON.stringify({ ...OLD_BANDUNG, steps: [] }));
    expect(presetOf(request('000-bandung', 2), w.deps)).toEqual({ ok: true, preset: withEngineSteps(BANDUNG) });
  });

  it('follows the current preset when no snapshot was kept (requests from before snapshots, or no store)', () => {
    const { w } = setup();
    expect(presetOf(request('001-tarakan', 1), w.deps)).toEqual({ ok: true, preset: withEngineSteps(TARAKAN) });
    delete w.deps.presetVersions;
    expect(presetOf(request('001-tarakan', 1), w.deps)).toEqual({ ok: true, preset: withEngineSteps(TARAKAN) });
  });
});

describe('startingVersion', () => {
  it('keeps the preset as it is when the store keeps it under its own version', () => {
    const { w, versions } = setup();
    expect(startingVersion(BANDUNG, w.deps)).toEqual(BANDUNG);
    expect([...versions.rows.keys()]).toEqual(['000-bandung@3']);
    delete w.deps.presetVersions;
    expect(startingVersion(BANDUNG, w.deps)).toEqual(BANDUNG);
  });

  it('takes the next free version when the sheet was edited without raising Versi', () => {
    const { w, versions } = setup();
    versions.save({ ...BANDUNG, name: 'Bandung sebelum disunting' });
    expect(startingVersion(BANDUNG, w.deps)).toEqual({ ...BANDUNG, version: 4 });
    expect(startingVersion(BANDUNG, w.deps)).toEqual({ ...BANDUNG, version: 4 });
    expect([...versions.rows.keys()]).toEqual(['000-bandung@3', '000-bandung@4']);
  });
});

describe('requestPresets (one pass over the register)', () => {
  it('reads each id@version once, however many requests run on it', () => {
    const { w, versions } = setup(false);
    versions.save(OLD_BANDUNG);
    const presetFor = requestPresets(w.deps, BANDUNG);
    const first = presetFor(request('000-bandung', 2, 'VC-2026-0001'));
    expect(first).toEqual(withEngineSteps(OLD_BANDUNG));
    expect(presetFor(request('000-bandung', 2, 'VC-2026-0002'))).toEqual(withEngineSteps(OLD_BANDUNG));
    expect(versions.loads).toBe(1);
    expect(presetFor(request('000-bandung', 3, 'VC-2026-0003'))).toEqual(withEngineSteps(BANDUNG));
    expect(versions.loads).toBe(2);
  });

  it('lets the active preset stand in for its id without a snapshot; the seeds answer the rest', () => {
    const { w } = setup();
    const active: Preset = { ...BANDUNG, name: 'Bandung versi kantor' };
    const presetFor = requestPresets(w.deps, active);
    expect(presetFor(request('000-bandung', 3))).toEqual(withEngineSteps(active));
    expect(presetFor(request('001-tarakan', 2))).toEqual(withEngineSteps(TARAKAN));
    expect(presetFor(request('hilang', 1))).toBeUndefined();
  });
});
