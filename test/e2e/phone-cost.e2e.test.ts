/**
 * What one phone page costs on the built engine (issue 18, "loads in under 2 s modeled"): the
 * Google service calls of showing a step, pressing its button and listing "Tugas saya", counted
 * by the stand-in, at two register sizes (they must not grow with the rows), and a time model:
 * MODEL.startMs for the web app's execution to start, MODEL.dataMs per Sheets data call and
 * MODEL.otherMs per other service call (Properties, Cache, Session, Lock, Mail) and MODEL.localMs per
 * call that runs inside the execution (Utilities, HtmlService). Pressing a button runs the sidebar's
 * own use case, so its cost is compared with the sidebar's click rather than held to the page budget.
 */
import { validAnswers } from '../fixtures/answers';
import { DATA_METHODS } from '../../dev/standin';
import { seedWalks } from '../../bench/seed';
import { formNamed, open, phoneLinkIn, press } from './phone-kit';
import { e2eWorld, type E2E } from './world';

/** Assumed costs (milliseconds): a conservative reading of Apps Script web-app timings. */
const MODEL = { startMs: 800, dataMs: 120, otherMs: 15, localMs: 1 };
const LOCAL = /^(Utilities|HtmlService|HtmlOutput)\./;
const KADIS = 'kadis@kominfo.go.id';

interface Cost {
  calls: number;
  data: number;
  modelMs: number;
}

function measure(e: E2E, fn: () => void): Cost {
  e.ws.calls.reset();
  fn();
  const by = e.ws.calls.byMethod();
  const data = DATA_METHODS.reduce((s, m) => s + (by[m] ?? 0), 0);
  const calls = e.ws.calls.count() - 1;
  const local = Object.entries(by).reduce((s, [m, n]) => s + (LOCAL.test(m) ? n : 0), 0);
  const other = calls - data - local;
  return { calls, data, modelMs: MODEL.startMs + data * MODEL.dataMs + other * MODEL.otherMs + local * MODEL.localMs };
}

function costsAt(size: number): Record<'show' | 'press' | 'tasks' | 'sidebar', Cost> {
  const e = e2eWorld('000-bandung');
  seedWalks(e, size);
  e.submit(validAnswers());
  const id = String(e.column('Nomor').at(-1));
  const link = phoneLinkIn(e, KADIS, id);
  const tasksUrl = open(e, KADIS, link).links.find((l) => l.label === 'Tugas saya')!.url;
  let page = open(e, KADIS, link);
  const show = measure(e, () => {
    page = open(e, KADIS, link);
  });
  const pressed = measure(e, () => press(e, KADIS, formNamed(page, 'Disposisikan ke Kepala Bidang')));
  const tasks = measure(e, () => open(e, KADIS, tasksUrl));
  e.as('kabid@kominfo.go.id');
  const version = (e.detail(id) as { ok: true; value: { version: number } }).value.version;
  const click = { requestId: id, action: 'disposisi', expectedVersion: version, input: {} };
  const sidebar = measure(e, () => e.app.call('performAction', click));
  return { show, press: pressed, tasks, sidebar };
}

describe('the cost of a phone page on the built engine', () => {
  const small = costsAt(30);
  const large = costsAt(600);
  console.log(`Biaya halaman ponsel (30 / 600 permohonan): ${JSON.stringify({ small, large })}`);

  it.each(['show', 'press', 'tasks'] as const)('%s: Sheets data calls do not grow with the register', (what) => {
    expect(large[what].data).toBe(small[what].data);
  });

  it.each(['show', 'tasks'] as const)('%s: loads in under 2 s modeled', (what) => {
    expect(large[what].modelMs).toBeLessThan(2000);
  });

  it("a press costs the sidebar's click plus at most the one read that checks the link's step", () => {
    expect(large.press.data).toBeLessThanOrEqual(large.sidebar.data + 1);
    expect(large.press.modelMs).toBeLessThanOrEqual(large.sidebar.modelMs + MODEL.dataMs);
  });
});
