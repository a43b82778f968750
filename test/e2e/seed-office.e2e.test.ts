/**
 * The office the bench seeds (bench/seed.ts) is one the BUILT product keeps working with: its
 * own "Periksa riwayat" finds the chain whole against the anchor and every Register row agreeing
 * with its history; every request opens with exactly its own Riwayat rows (named by its "Baris
 * Riwayat"); and officials can take the next step on the requests the seeding left open. Seeded
 * with every preset in turn (no recent share on the world's own preset), so all five are walked.
 */
import { AFTER_EVENT, inputFor, pick } from '../../bench/seed-policy';
import { seedWalks } from '../../bench/seed';
import { calendarOf } from '../../src/core/office-calendar';
import { stepOf } from '../../src/core/sop/engine';
import { settingsOnly } from '../../src/io/config-store';
import type { VcRequest } from '../../src/core/request';
import type { WorkCalendar } from '../../src/core/working-time';
import { PRESETS, presetById } from '../../src/core/sop/presets';
import { APPLICANT_ROLE } from '../../src/core/sop/types';
import { parseTrail } from '../../src/core/trail';
import { registerOf } from './seeded';
import { ADMIN, checkHistory, e2eWorld, type E2E } from './world';

const DAY = 86_400_000;

const requests = registerOf;

/** Riwayat's rows (1-based sheet rows) and actions of request `id`, in order. */
function riwayatOf(e: E2E, id: string): { rows: number[]; actions: string[] } {
  const [head, ...rows] = e.sheet('Riwayat');
  const [idAt, actionAt] = [head.indexOf('Nomor Permohonan'), head.indexOf('Aksi')];
  const own = rows.flatMap((r, i) => (r[idAt] === id ? [{ row: i + 2, action: String(r[actionAt]) }] : []));
  return { rows: own.map((o) => o.row), actions: own.map((o) => o.action) };
}

const CLOSING = 'Sedang diselesaikan';

/**
 * "Periksa riwayat" found the chain whole, and the only Register rows that differ from their
 * history are those of `all` whose closing is still being performed (Register at the last step,
 * Riwayat at the end until the hourly retry finishes it).
 */
function expectWholeAndClosingOnly(text: string, all: Array<{ id: string; status: string }>): void {
  expect(text).toMatch(/Riwayat utuh: rantai hash cocok dari awal sampai akhir/);
  const differing = [...text.matchAll(/(VC-\d{4}-\d{4}): Register di langkah/g)].map((m) => m[1]);
  expect(differing).toEqual(all.filter((r) => r.status === CLOSING).map((r) => r.id));
}

const named = (trail: string) =>
  parseTrail(trail).flatMap((s) => Array.from({ length: s.last - s.first + 1 }, (_, i) => s.first + i));

describe('the office the bench seeds is one the product keeps working with', () => {
  const e = e2eWorld('000-bandung');
  e.ws.clock.advance(30 * DAY);
  const seeded = seedWalks(e, 60, 0);
  const before = requests(e);
  const open = before.filter((r) => {
    const step = stepOf(presetById(r.presetId)!, r.stepId)!;
    return !step.terminal && r.pending.length === 0 && step.actor !== APPLICANT_ROLE;
  });
  const afterEvent = (r: VcRequest) => AFTER_EVENT.has(r.stepId);

  /** The official of the role at `r`'s step (added to Pengguna for the roles of other presets) takes the forward action. */
  function stepOn(r: VcRequest, cal: WorkCalendar): void {
    const preset = presetById(r.presetId)!;
    const step = stepOf(preset, r.stepId)!;
    const email = `${step.actor}@kominfo.go.id`;
    if (!e.sheet('Pengguna').some((row) => row[0] === email))
      e.addOfficial({ email, name: `Petugas ${step.actor}`, roles: [step.actor] });
    const action = pick(step.actions, 'finish', 0, 9)!;
    e.as(email);
    const out = e.act(r.id, action.id, inputFor(action, r, preset, true, cal));
    expect(out.ok ? `${r.id} ${action.id}: ok` : `${r.id} ${action.id}: ${out.error}`).toBe(`${r.id} ${action.id}: ok`);
    const after = requests(e).find((x) => x.id === r.id)!;
    expect(after.version).toBe(r.version + 1);
    expect(named(after.trail ?? '')).toEqual(riwayatOf(e, r.id).rows);
  }

  it('walks every preset, finishes most requests and leaves some open', () => {
    expect(new Set(before.map((r) => r.presetId))).toEqual(new Set(PRESETS.map((p) => p.id)));
    expect(seeded.refused).toEqual([]);
    expect(before.filter((r) => r.status === 'Selesai').length).toBeGreaterThanOrEqual(20);
    expect(open.filter(afterEvent).length).toBeGreaterThanOrEqual(3);
    expect(open.filter((r) => !afterEvent(r)).length).toBeGreaterThanOrEqual(1);
    expect(seeded.historyRows).toBe(e.sheet('Riwayat').length - 1);
  });

  it("passes the product's own history check: chain whole to its anchor; a Register row differs from its history only while its closing is pending", () => {
    const text = checkHistory(e);
    expect(text).toContain(`Jangkar (disimpan akun layanan): ${seeded.historyRows} baris`);
    expectWholeAndClosingOnly(text, before);
    expect(before.filter((r) => r.status === CLOSING).length).toBeLessThanOrEqual(3);
  });

  it('opens every request with exactly its own Riwayat rows, as its "Baris Riwayat" names them', () => {
    e.as(ADMIN);
    for (const r of before) {
      const own = riwayatOf(e, r.id);
      expect(named(r.trail ?? '')).toEqual(own.rows);
      const d = e.detail(r.id);
      if (!d.ok) throw new Error(`${r.id}: ${d.error}`);
      expect(d.value.timeline.map((t) => t.action)).toEqual(own.actions);
    }
  });

  it('takes the next step on each request seeding left open (after its event where the step waits for it); the history stays whole', () => {
    const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const cal = calendarOf(settingsOnly(book)!);
    for (const r of open.filter((x) => !afterEvent(x))) stepOn(r, cal);
    e.ws.clock.advance(12 * DAY);
    for (const r of open.filter(afterEvent)) stepOn(r, cal);
    expectWholeAndClosingOnly(checkHistory(e), requests(e));
  });
});
