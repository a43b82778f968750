/**
 * Authorization matrix on the built bundle: every sidebar-callable server
 * function × every caller (each role, admin, a stranger, no email, an inactive
 * user, a Plh inside / before / after its dates) × every step of the preset.
 * Calls go through callFromClient (JSON only, like google.script.run); what is
 * allowed is compared with an expectation built from the preset data.
 */
import * as rpc from '../../src/shared/rpc';
import * as adminRpc from '../../src/shared/admin-rpc';
import type { InstallCheckDto } from '../../src/shared/check-rpc';
import { FAKE_ZOOM_CREDENTIALS } from '../../dev/fake-zoom/server';
import { presetById } from '../../src/core/sop/presets';
import type { E2E } from '../e2e/world';
import type { ActionDef, Preset, StepDef } from '../../src/core/sop/types';
import { cancelAt } from '../../src/core/sop/cancel';
import {
  authWorld,
  callAs,
  expectedActions,
  fullInput,
  holdsStep,
  placeAt,
  rowSnapshot,
  subjectsOf,
  type Subject,
} from './auth-world';
import { ID } from './kit';
import { validLetter } from '../fixtures/letter';

/** The lines the panel judges alone, as the official at the keyboard. */
const PANEL_LINES = ['panel-baca', 'panel-identitas', 'alamat-mesin', 'izin-panel'];

/** Every exported *_API_NAMES list of the contract: the functions the sidebar may call. */
const SIDEBAR_FUNCTIONS: string[] = Object.entries({ ...rpc, ...adminRpc })
  .filter(([k]) => /_API_NAMES$/.test(k))
  .flatMap(([, v]) => v as string[]);
const ADMIN_FUNCTIONS = new Set<string>(adminRpc.ADMIN_API_NAMES);
const PRESETS = ['000-bandung', '003-tangerang', '002-singkawang', '004-demak', '001-tarakan'];
const TINY_PDF = { name: 'notulen.pdf', mimeType: 'application/pdf', base64: 'JVBERi0xLjQKJSVFT0YK' };

type Outcome = { fn: string; subject: string; step: string; expected: boolean; got: boolean; error: string };
const tally = new Map<string, { cells: number; agree: number; allowed: number }>();

function call(e: E2E, s: Subject, fn: string, ...args: unknown[]): rpc.Result<unknown> {
  return callAs(e, s, fn, ...args) as rpc.Result<unknown>;
}

function letter(s: Subject, n: number): rpc.LetterRequestDto {
  return validLetter({
    applicantName: 'Budi',
    letterNumber: `005/${n}/${s.label}`,
    srikandiNumber: '',
    eventDate: '2026-12-09',
  });
}

/** Arguments an admin function needs that leave the office as it is (its own settings, the same credentials). */
function adminArgs(e: E2E, fn: string): unknown[] {
  if (fn === 'saveZoomCredentials') return [{ ...FAKE_ZOOM_CREDENTIALS }];
  if (fn === 'archiveYear') return [2025];
  if (fn === 'savePeopleRow') {
    e.as('admin@kominfo.go.id');
    const people = e.app.callFromClient<rpc.Result<adminRpc.PeopleDto>>('getPeople');
    if (!people.ok) throw new Error(`Pengguna tidak terbuka: ${people.error}`);
    const room = people.value.sections.find((s) => s.id === 'sumberdaya')!.rows[1];
    return [{ section: 'sumberdaya', key: room.key, values: room.values }];
  }
  if (fn !== 'saveSettings') return [];
  e.as('admin@kominfo.go.id');
  const form = e.app.callFromClient<rpc.Result<adminRpc.SettingsFormDto>>('getSettingsForm');
  if (!form.ok) throw new Error(`formulir pengaturan tidak terbuka: ${form.error}`);
  return [form.value.fields];
}

/** The actions tried at `step`: its own, and the engine's cancel where the step lists none. */
function actionsAt(preset: Preset, step: StepDef): ActionDef[] {
  const cancel = step.terminal ? null : cancelAt(preset, step);
  return cancel && !step.actions.includes(cancel) ? [...step.actions, cancel] : step.actions;
}

/** When (ms) a click of the matrix itself closed the request into each terminal step, by step id. */
type Closings = Map<string, number>;

/** Notes a successful click of `action` that closes the request (its target step is terminal). */
function noteClosing(e: E2E, preset: Preset, action: ActionDef, r: rpc.Result<unknown>, closed: Closings): void {
  if (r.ok && preset.steps.find((st) => st.id === action.to)?.terminal)
    closed.set(action.to, e.ws.clock.now().getTime());
}

/** Calls of `fn` by `s` with the request at `step`; each yields one matrix cell. */
function cellsAt(
  e: E2E,
  preset: Preset,
  snapshot: unknown[],
  s: Subject,
  step: StepDef,
  fn: string,
  closed: Closings,
): Outcome[] {
  const expected = (): string[] => expectedActions(s, step, closed.get(step.id), e.ws.clock.now().getTime());
  const cell = (expected: boolean, r: rpc.Result<unknown>, what = fn): Outcome => ({
    fn: what,
    subject: s.label,
    step: step.id,
    expected,
    got: r.ok,
    error: r.ok ? '' : r.error,
  });
  const official = s.registered && s.active;
  placeAt(e, snapshot, step);
  switch (fn) {
    case 'getSidebarState': {
      const r = call(e, s, fn) as rpc.Result<rpc.SidebarStateDto>;
      const hasTask = r.ok && r.value.tasks.some((t) => t.id === ID);
      return [cell(official, r), { ...cell(holdsStep(s, step), r, 'tugas saya'), got: hasTask }];
    }
    case 'getRequestDetail': {
      const r = call(e, s, fn, ID) as rpc.Result<rpc.RequestDetailDto>;
      const shown = r.ok ? r.value.actions.map((a) => a.id).join(',') : '';
      const same = shown === expected().join(',');
      return [
        cell(official, r),
        { ...cell(true, r, 'tombol di detail'), got: same, error: `${shown} ≠ ${expected().join(',')}` },
      ];
    }
    case 'performAction':
      return actionsAt(preset, step).map((a) => {
        placeAt(e, snapshot, step);
        const r = call(e, s, fn, {
          requestId: ID,
          action: a.id,
          expectedVersion: Number(e.column('Versi')[0]),
          input: fullInput(preset, a),
        });
        noteClosing(e, preset, a, r, closed);
        return { ...cell(expected().includes(a.id), r), step: `${step.id}/${a.id}` };
      });
    case 'uploadDocumentation': {
      const asks = step.actions.some((a) => a.requires.includes('documentation'));
      return [cell(holdsStep(s, step) && asks, call(e, s, fn, ID, TINY_PDF))];
    }
    case 'submitLetterRequest':
      return step.id === preset.start ? [cell(official, call(e, s, fn, letter(s, preset.steps.indexOf(step))))] : [];
    case 'runSetupFromPanel':
      return step.id === preset.start ? [cell(official && s.office, call(e, s, fn))] : [];
    case 'getSettingsForm':
    case 'testZoomConnection':
    case 'saveSettings':
    case 'saveZoomCredentials':
    case 'getPeople':
    case 'savePeopleRow':
    case 'archiveYear':
      return step.id === preset.start ? [cell(official && s.admin, call(e, s, fn, ...adminArgs(e, fn)))] : [];
    case 'runInstallCheck': {
      if (step.id !== preset.start) return [];
      // Someone Google does not name is shown only the panel's own lines (why it cannot tell who
      // they are); allowed means the engine ran a part of the check for them.
      const r = call(e, s, fn) as rpc.Result<InstallCheckDto>;
      const engineRan = r.ok && r.value.lines.some((l) => !PANEL_LINES.includes(l.id) && !l.id.startsWith('bagian-'));
      return [{ ...cell(official && s.admin, r), got: engineRan }];
    }
    default:
      return [
        { fn, subject: s.label, step: step.id, expected: false, got: true, error: 'fungsi tanpa harapan di matriks' },
      ];
  }
}

function record(preset: string, outcomes: Outcome[]): void {
  for (const o of outcomes) {
    const key = `${preset} · ${o.fn}`;
    const t = tally.get(key) ?? { cells: 0, agree: 0, allowed: 0 };
    t.cells += 1;
    if (o.got) t.allowed += 1;
    if (o.expected === o.got) t.agree += 1;
    tally.set(key, t);
  }
}

describe('authorization matrix on the built bundle', () => {
  afterAll(() => {
    const lines = [...tally].map(
      ([k, t]) =>
        `${k.padEnd(48)} sesuai ${String(t.agree).padStart(4)}/${String(t.cells).padEnd(4)} diizinkan ${t.allowed}`,
    );
    const total = [...tally.values()].reduce((a, t) => ({ cells: a.cells + t.cells, agree: a.agree + t.agree }), {
      cells: 0,
      agree: 0,
    });
    console.log(`${lines.join('\n')}\n\nSel otorisasi: ${total.cells}, sesuai harapan ${total.agree}.`);
  });

  it('the matrix covers every sidebar-callable function', () => {
    expect(SIDEBAR_FUNCTIONS).toEqual(
      expect.arrayContaining([
        'getSidebarState',
        'getRequestDetail',
        'performAction',
        'submitLetterRequest',
        'getSettingsForm',
        'saveZoomCredentials',
      ]),
    );
    expect(ADMIN_FUNCTIONS.size).toBeGreaterThan(0);
  });

  it.each(PRESETS)('%s: allowed exactly where the preset allows, refused elsewhere (in Indonesian)', (presetId) => {
    const preset = presetById(presetId)!;
    const e = authWorld(preset);
    const snapshot = rowSnapshot(e);
    const outcomes: Outcome[] = [];
    const closed: Closings = new Map();
    for (const s of subjectsOf(preset)) {
      for (const step of preset.steps) {
        for (const fn of SIDEBAR_FUNCTIONS) outcomes.push(...cellsAt(e, preset, snapshot, s, step, fn, closed));
      }
    }
    record(presetId, outcomes);
    expect(outcomes.filter((o) => o.expected !== o.got)).toEqual([]);
    const refusals = outcomes.filter((o) => !o.got && o.error && !/tombol/.test(o.fn));
    expect(refusals.filter((o) => /[a-z]{3,} (is|was|not|the) /i.test(o.error) || !/[a-z]/i.test(o.error))).toEqual([]);
    expect(e.locks.leaked).toBe(0);
  });
});
