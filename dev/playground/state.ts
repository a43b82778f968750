/**
 * The playground's memory between restarts: the seed choice (preset), who the page
 * acts as, and the log of every operation, in `.playground/state.json`. On start the
 * log is replayed on a freshly seeded world; "Reset" deletes the file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { presetById } from '../../src/core/sop/presets';
import { FAKE_ZOOM_CREDENTIALS } from '../fake-zoom/server';
import type { Op } from './world';

/** What is stored. */
export interface PlaygroundState {
  version: 1;
  presetId: string;
  /** Email the page acts as (a role user, the admin, or an applicant). */
  actor: string;
  ops: Op[];
}

export const DEFAULT_PRESET = '000-bandung';
export const DEFAULT_STATE_FILE = path.resolve(__dirname, '../../.playground/state.json');

/** The state of a fresh playground for `presetId`. */
export function initialState(presetId = DEFAULT_PRESET, actor = 'kadis@kominfo.go.id'): PlaygroundState {
  return { version: 1, presetId, actor, ops: [] };
}

function isOp(v: unknown): v is Op {
  const o = v as Record<string, unknown>;
  if (!o || typeof o !== 'object') return false;
  switch (o.kind) {
    case 'submit':
      return typeof o.email === 'string' && typeof o.answers === 'object' && o.answers !== null;
    case 'edit':
      return typeof o.responseId === 'string' && typeof o.changes === 'object' && o.changes !== null;
    case 'call':
      return typeof o.who === 'string' && typeof o.fn === 'string' && Array.isArray(o.args);
    case 'advance':
      return typeof o.ms === 'number' && o.ms >= 0;
    case 'page':
      return typeof o.query === 'string' && typeof o.body === 'string';
    default:
      return false;
  }
}

/**
 * Reads `file`; a missing file gives the initial state. A file that cannot be read as a
 * playground state throws an Indonesian error naming the file (so nothing is silently lost).
 */
export function loadState(file: string): PlaygroundState {
  if (!fs.existsSync(file)) return initialState();
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `Berkas keadaan ${file} rusak (${(error as Error).message}). Hapus berkas itu untuk mulai dari awal.`,
    );
  }
  const s = parsed as Partial<PlaygroundState>;
  const valid =
    s &&
    s.version === 1 &&
    typeof s.presetId === 'string' &&
    presetById(s.presetId) &&
    typeof s.actor === 'string' &&
    Array.isArray(s.ops) &&
    s.ops.every(isOp);
  if (!valid) throw new Error(`Berkas keadaan ${file} tidak dikenali. Hapus berkas itu untuk mulai dari awal.`);
  return { ...(s as PlaygroundState), ops: (s.ops as Op[]).map(storableOp) };
}

/**
 * `op` as it may be stored: Zoom credentials someone typed into the settings wizard are replaced by
 * the fake Zoom server's own, so no secret is ever written to disk and a replay still connects.
 */
export function storableOp(op: Op): Op {
  if (op.kind !== 'call' || op.fn !== 'saveZoomCredentials') return op;
  return { ...op, args: [{ ...FAKE_ZOOM_CREDENTIALS }] };
}

/** Writes `state` to `file` atomically (temp file + rename), creating the folder; never a secret (storableOp). */
export function saveState(file: string, state: PlaygroundState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify({ ...state, ops: state.ops.map(storableOp) }, null, 1)}\n`);
  fs.renameSync(temp, file);
}

/** Deletes `file` if it exists. */
export function clearState(file: string): void {
  fs.rmSync(file, { force: true });
}
