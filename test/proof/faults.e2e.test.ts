/**
 * Fault matrix on the built bundle: every effect the app performs × every fault
 * the stand-in can raise there. Each cell checks that right after the fault the
 * request is consistent (or the difference is pending and shown), the official
 * reads an Indonesian message, and that repeating the action and the hourly run
 * end exactly where a fault-free run ends: same status, same history trail, same
 * mails, one calendar booking, one meeting — nothing lost, nothing doubled.
 */
import { validAnswers } from '../fixtures/answers';
import { e2eWorld, type E2E } from '../e2e/world';
import type { Result, ActionResultDto } from '../../src/shared/rpc';
import { allCells, FAULTS, type Cell, type Site } from './fault-cells';
import { detailPendingProblems, inconsistencies, outcomeOf, type Outcome } from './consistency';
import { BANDUNG_WALK, ID, INDONESIAN, mailOf, TARAKAN_WALK, walkAt } from './kit';

type Attempt = { ok: true; message: string } | { ok: false; error: string };

function perform(e: E2E, site: Site): Attempt {
  if (site.step === 'submit') {
    try {
      e.submit(validAnswers());
      return { ok: true, message: 'tercatat' };
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    }
  }
  e.as(mailOf(site.step.who));
  const r: Result<ActionResultDto> = e.act(ID, site.step.action, site.step.input ?? {});
  return r.ok ? { ok: true, message: r.value.message } : { ok: false, error: r.error };
}

function world(site: Site): E2E {
  if (site.tarakan) return walkAt('001-tarakan', TARAKAN_WALK, site.stage, site.answers);
  return site.step === 'submit'
    ? e2eWorld('000-bandung')
    : walkAt('000-bandung', BANDUNG_WALK, site.stage, site.answers);
}

const baselines = new Map<string, Outcome>();
function baseline(site: Site): Outcome {
  const key = JSON.stringify(site);
  if (!baselines.has(key)) {
    const e = world(site);
    perform(e, site);
    e.app.call('runHourly');
    baselines.set(key, outcomeOf(e));
  }
  return baselines.get(key)!;
}

function messageProblems(a: Attempt, pendingCount: number): string[] {
  const text = a.ok ? a.message : a.error;
  if (!INDONESIAN.test(text)) return [`pesan tidak berbahasa Indonesia: ${text}`];
  if (a.ok && pendingCount > 0 && !/tertunda/.test(text)) return [`efek tertunda tidak disebut: ${text}`];
  return [];
}

/** One hourly trigger run: '' when it finished, else its error (a failed run is caught up by the next). */
function hourly(e: E2E): string {
  try {
    e.app.call('runHourly');
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

/** Fault keys the stand-in raised from now on (the two projects share one fault store). */
function raisedFaults(e: E2E): Set<string> {
  const raised = new Set<string>();
  const store = e.ws.ctx.faults;
  const take = store.take.bind(store);
  store.take = (key) => {
    const fault = take(key);
    if (fault) raised.add(key);
    return fault;
  };
  return raised;
}

/** Runs one cell; returns what went wrong (empty = pass). */
function runCell(cell: Cell): string[] {
  const e = world(cell.site);
  const raised = raisedFaults(e);
  cell.inject(e);
  const first = perform(e, cell.site);
  const officialSees = cell.site.step !== 'submit';
  const problems = [...(officialSees ? messageProblems(first, 0) : []), ...inconsistencies(e)];
  if (cell.site.step !== 'submit') problems.push(...detailPendingProblems(e, mailOf('subkoor')));
  e.ws.faults.clear();
  e.ws.mail.used = 0;
  e.ws.clock.advance(61 * 1000);
  if (!first.ok && cell.site.step !== 'submit') {
    const again = perform(e, cell.site);
    if (!again.ok) problems.push(`ulang ditolak: ${again.error}`);
  }
  e.ws.clock.advance(11 * 60 * 1000);
  const runs = [0, 1, 2].map(() => hourly(e));
  if (runs.filter((r) => r !== '').length > 1) problems.push(`pemicu per jam gagal berulang: ${runs.join(' | ')}`);
  problems.push(...inconsistencies(e));
  if (cell.faultKey && !raised.has(cell.faultKey)) problems.push(`gangguan ${cell.faultKey} tidak pernah terjadi`);
  const want = baseline(cell.site);
  if (want.pending.length > 0)
    problems.push(`jalan tanpa gangguan pun menyisakan efek tertunda: ${want.pending.join(', ')}`);
  const got = outcomeOf(e);
  for (const k of Object.keys(want) as Array<keyof Outcome>) {
    if (JSON.stringify(got[k]) !== JSON.stringify(want[k]))
      problems.push(`${k}: ${JSON.stringify(got[k])} ≠ ${JSON.stringify(want[k])}`);
  }
  return problems;
}

const cells = allCells();
const results = new Map<string, boolean>();

describe('fault matrix on the built bundle', () => {
  afterAll(() => {
    const effects = [...new Set(cells.map((c) => c.effect))];
    const width = Math.max(...effects.map((x) => x.length));
    const head = `${''.padEnd(width)} | ${FAULTS.join(' | ')}`;
    const lines = effects.map(
      (eff) =>
        `${eff.padEnd(width)} | ${FAULTS.map((f) => {
          const r = results.get(`${eff}|${f}`);
          return (r === undefined ? '·' : r ? 'lulus' : 'GAGAL').padEnd(f.length);
        }).join(' | ')}`,
    );
    const passed = [...results.values()].filter(Boolean).length;
    console.log(
      `${head}\n${lines.join('\n')}\n\nSel matriks: ${results.size}, lulus ${passed}, gagal ${results.size - passed}; skenario ${cells.length}.`,
    );
  });

  it.each(cells.map((c, i) => [`${c.effect} × ${c.fault} #${i}`, c] as const))('%s', (_name, cell) => {
    const problems = runCell(cell);
    const key = `${cell.effect}|${cell.fault}`;
    results.set(key, (results.get(key) ?? true) && problems.length === 0);
    expect(problems).toEqual([]);
  });
});
