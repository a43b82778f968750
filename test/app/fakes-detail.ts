/**
 * Fixtures of the request detail's tests: one request taken in by the form in a fresh test world
 * (Bandung preset), reshaped at will, and the detail an official sees of it.
 */
import { detailOf } from '../../src/app/detail';
import { intake } from '../../src/app/intake';
import type { HistoryRecord } from '../../src/core/history';
import type { VcRequest } from '../../src/core/request';
import { presetById } from '../../src/core/sop/presets';
import type { Actor, Preset } from '../../src/core/sop/types';
import type { RequestDetailDto } from '../../src/shared/rpc';
import { validAnswers } from '../fixtures/answers';
import { world, type TestWorld } from './fakes';

/** A fresh world holding one request from the form (VC-2026-0001, waiting for the Kepala Dinas). */
export function detailWorld(): { w: TestWorld; preset: Preset; request: (over?: Partial<VcRequest>) => VcRequest } {
  const w = world();
  intake(w.deps, { answers: validAnswers(), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
  const preset = presetById('000-bandung')!;
  return { w, preset, request: (over = {}) => ({ ...w.register.rows[0], ...over }) };
}

/** The actor signed in as `email` in `w` (an admin for 'admin@…', a role holder otherwise). */
function actorOf(w: TestWorld, email: string): Actor {
  const u = w.users.find((x) => x.email === email)!;
  return { email: u.email, name: u.name, roles: u.roles, delegated: [], isAdmin: u.isAdmin };
}

/** What `email` sees of `r` under `preset` (null = no preset) with `history`. */
export function seen(
  w: TestWorld,
  r: VcRequest,
  email: string,
  preset: Preset | null = presetById('000-bandung')!,
  history: HistoryRecord[] = [],
): RequestDetailDto {
  return detailOf(w.deps, r, preset, actorOf(w, email), history);
}

/** One history line of VC-2026-0001: a plain action, unless told. */
export function record(over: Partial<HistoryRecord> = {}): HistoryRecord {
  return {
    at: '2026-11-23T03:00:00.000Z',
    requestId: 'VC-2026-0001',
    kind: 'aksi',
    actorEmail: 'kadis@kominfo.go.id',
    actorLabel: 'Petugas Kepala Dinas',
    action: 'disposisi',
    fromStep: 'disposisi_kadis',
    toStep: 'disposisi_kabid',
    note: '',
    minutesTaken: null,
    standardMinutes: null,
    key: '',
    prevHash: '',
    hash: '',
    ...over,
  };
}
