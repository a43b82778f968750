import { closeAsNotHeld, isMissed, withEngineSteps } from '../../../src/core/sop/closing';
import { enterStart } from '../../../src/core/sop/engine';
import { BANDUNG, SINGKAWANG } from '../../../src/core/sop/presets';
import type { Preset } from '../../../src/core/sop/types';
import type { VcRequest } from '../../../src/core/request';
import { roundTheClock } from '../../../src/core/working-time';
import { makeActor, makeRequest, T0 } from './fixtures';

const PRESET = withEngineSteps(BANDUNG);
const CAL = roundTheClock('Asia/Jakarta');
/** The fixture's event ends 20 March 2026 at 11:00 WIB. */
const EVENT_END = new Date('2026-03-20T04:00:00.000Z');
const NEXT_DAY = new Date('2026-03-21T04:00:00.000Z');

function at(preset: Preset, stepId: string, overrides: Partial<VcRequest> = {}): VcRequest {
  return { ...enterStart(makeRequest(), preset, T0, true), stepId, version: 4, ...overrides };
}

describe('withEngineSteps: every preset can close a request as not held', () => {
  it('adds a terminal "Kegiatan tidak terlaksana" step owned by the role of the cancelled step', () => {
    // A fresh preset whose cancelled step is not held by the first role (kadis): the owner comes from it.
    const fresh: Preset = JSON.parse(JSON.stringify(BANDUNG));
    const added = withEngineSteps(fresh);
    expect(added).not.toBe(fresh);
    expect(added.steps.slice(0, -1)).toEqual(BANDUNG.steps);
    expect(added.steps.at(-1)).toEqual({
      id: 'tidak_terlaksana',
      label: 'Kegiatan tidak terlaksana',
      actor: 'subkoor',
      standardMinutes: null,
      status: 'Tidak Terlaksana',
      actions: [],
      terminal: true,
    });
    expect({ ...added, steps: [] }).toEqual({ ...BANDUNG, steps: [] });
    expect(fresh.steps).toEqual(BANDUNG.steps);
  });

  it('adds it once: a preset that has the step already is returned as it is', () => {
    expect(withEngineSteps(PRESET)).toBe(PRESET);
  });

  it('without a cancelled step the first role owns it, and without any role nobody does', () => {
    const noCancel = { ...BANDUNG, steps: BANDUNG.steps.filter((s) => s.id !== 'dibatalkan') };
    expect(withEngineSteps(noCancel).steps.at(-1)?.actor).toBe('kadis');
    expect(withEngineSteps({ ...noCancel, roles: [] }).steps.at(-1)?.actor).toBe('');
  });
});

describe('isMissed: the event ended while the request was still unhandled', () => {
  const waiting = at(PRESET, 'buat_rapat');

  it('is true from the minute the event ends, not a millisecond before', () => {
    expect(isMissed(waiting, PRESET, EVENT_END, CAL)).toBe(true);
    expect(isMissed(waiting, PRESET, new Date(EVENT_END.getTime() - 1), CAL)).toBe(false);
    expect(isMissed(waiting, PRESET, NEXT_DAY, CAL)).toBe(true);
  });

  it('is false once a meeting link exists', () => {
    expect(isMissed({ ...waiting, joinUrl: 'https://zoom.us/j/81234567' }, PRESET, NEXT_DAY, CAL)).toBe(false);
  });

  it('is false for a closed request, one being closed, an unknown step or unreadable times', () => {
    for (const closed of ['selesai', 'dibatalkan', 'tidak_terlaksana'])
      expect(isMissed(at(PRESET, closed), PRESET, NEXT_DAY, CAL)).toBe(false);
    const closing = { ...waiting, pending: ['close|VC-2026-0001:v5:close'] };
    expect(isMissed(closing, PRESET, NEXT_DAY, CAL)).toBe(false);
    expect(isMissed(at(PRESET, 'hilang'), PRESET, NEXT_DAY, CAL)).toBe(false);
    expect(isMissed({ ...waiting, eventDate: '' }, PRESET, NEXT_DAY, CAL)).toBe(false);
  });
});

describe('closeAsNotHeld', () => {
  const waiting = at(PRESET, 'buat_rapat');
  const refusedRole = {
    ok: false,
    code: 'wrong_role',
    reason: 'Permohonan ini ditutup oleh petugas tahapnya atau admin.',
  };

  it('closes the request, frees its bookings and tells the applicant, naming the official', () => {
    const out = closeAsNotHeld(waiting, PRESET, makeActor(['operator'], { name: '  Budi Santoso ' }), NEXT_DAY);
    if (!out.ok) throw new Error(out.reason);
    expect(out.action).toMatchObject({ id: 'tidak_terlaksana', label: 'Tutup: tidak terlaksana' });
    expect(out.request).toMatchObject({
      stepId: 'tidak_terlaksana',
      status: 'Tidak Terlaksana',
      note: 'Waktu kegiatan sudah lewat sebelum permohonan selesai diproses.',
    });
    expect(out.effects.map((e) => [e.kind, e.params.template])).toEqual([
      ['release', undefined],
      ['notify_applicant', 'tidak_terlaksana'],
    ]);
    expect(out.history).toMatchObject({
      fromStep: 'buat_rapat',
      toStep: 'tidak_terlaksana',
      actorEmail: 'operator@diskominfo.go.id',
      actorLabel: 'Budi Santoso',
      note: 'Waktu kegiatan sudah lewat sebelum permohonan selesai diproses.',
    });
  });

  it('names an official without a name by their email', () => {
    const out = closeAsNotHeld(waiting, PRESET, makeActor(['operator'], { name: ' ' }), NEXT_DAY);
    expect(out.ok && out.history.actorLabel).toBe('operator@diskominfo.go.id');
  });

  it("is for the step's officials (also its other roles and their Plh) and admins only", () => {
    const plh = makeActor(['kabid'], { delegated: [{ role: 'operator', forName: 'Budi' }] });
    const otherPlh = makeActor(['kabid'], { delegated: [{ role: 'kadis', forName: 'Pak Kadis' }] });
    expect(closeAsNotHeld(waiting, PRESET, plh, NEXT_DAY).ok).toBe(true);
    expect(closeAsNotHeld(waiting, PRESET, makeActor([], { isAdmin: true }), NEXT_DAY).ok).toBe(true);
    expect(closeAsNotHeld(waiting, PRESET, makeActor(['subkoor']), NEXT_DAY)).toEqual(refusedRole);
    expect(closeAsNotHeld(waiting, PRESET, otherPlh, NEXT_DAY)).toEqual(refusedRole);
    const singkawang = withEngineSteps(SINGKAWANG);
    const checking = at(singkawang, 'cek_tim');
    expect(closeAsNotHeld(checking, singkawang, makeActor(['tim']), NEXT_DAY).ok).toBe(true);
  });

  it('leaves a step waiting on the applicant to admins, whatever roles an official holds', () => {
    const revising = at(PRESET, 'perbaikan');
    expect(closeAsNotHeld(revising, PRESET, makeActor(['pemohon', 'subkoor']), NEXT_DAY)).toEqual(refusedRole);
    expect(closeAsNotHeld(revising, PRESET, makeActor([], { isAdmin: true }), NEXT_DAY).ok).toBe(true);
  });

  it('refuses a request whose event has not ended yet, or whose step is unknown', () => {
    const operator = makeActor(['operator']);
    expect(closeAsNotHeld(waiting, PRESET, operator, new Date(EVENT_END.getTime() - 60_000))).toEqual({
      ok: false,
      code: 'wrong_step',
      reason:
        'Hanya permohonan yang waktu kegiatannya sudah lewat tanpa tautan rapat yang dapat ditutup sebagai tidak terlaksana.',
    });
    expect(closeAsNotHeld(at(PRESET, 'hilang'), PRESET, operator, NEXT_DAY)).toEqual({
      ok: false,
      code: 'broken_preset',
      reason: 'Langkah "hilang" tidak ada di alur SOP Kota Bandung — Pengajuan Pembuatan Link Zoom Meeting.',
    });
  });
});
