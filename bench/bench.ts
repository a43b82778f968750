/**
 * npm run bench: Google service calls (all, and data reads/writes; the panel's reads and the
 * engine's work together) and CPU time per action on the BUILT engine and panel in the stand-in
 * (dev/product.ts, through test/e2e/world.ts), at several register sizes. Calls must not grow
 * with the number of rows.
 */
import { statSync } from 'fs';
import { e2eWorld, type E2E } from '../test/e2e/world';
import { validAnswers } from '../test/fixtures/answers';
import { DATA_METHODS } from '../dev/standin';
import { seedRegister } from './seed';

interface Row {
  action: string;
  size: number;
  calls: number;
  data: number;
  cpuMs: number;
  detail: string;
}

function measure(e: E2E, fn: () => void): { calls: number; data: number; cpuMs: number; detail: string } {
  e.ws.calls.reset();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  const byMethod = e.ws.calls.byMethod();
  const data = DATA_METHODS.reduce((s, m) => s + (byMethod[m] ?? 0), 0);
  const detail = DATA_METHODS.filter((m) => byMethod[m])
    .map((m) => `${m}×${byMethod[m]}`)
    .join(' ');
  return { calls: e.ws.calls.count(), data, cpuMs: Math.round((used.user + used.system) / 1000), detail };
}

function runAt(size: number): Row[] {
  const e = e2eWorld('000-bandung');
  seedRegister(e, size, '000-bandung');
  const rows: Row[] = [];
  e.as('kadis@kominfo.go.id');
  e.state();
  const push = (action: string, m: ReturnType<typeof measure>) => rows.push({ action, size, ...m });
  push(
    'intake (form submit)',
    measure(e, () => e.submit(validAnswers())),
  );
  push(
    'tugas saya (load tasks)',
    measure(e, () => {
      e.state();
    }),
  );
  const id = `VC-2026-${String(size + 1).padStart(4, '0')}`;
  const version = (e.detail(id) as { ok: true; value: { version: number } }).value.version;
  push(
    'one step (disposisi)',
    measure(e, () => {
      e.app.call('performAction', { requestId: id, action: 'disposisi', expectedVersion: version, input: {} });
    }),
  );
  const act = (who: string, action: string, input = {}) => {
    e.as(`${who}@kominfo.go.id`);
    const v = (e.detail(id) as { ok: true; value: { version: number } }).value.version;
    return () => {
      e.app.call('performAction', { requestId: id, action, expectedVersion: v, input });
    };
  };
  act('kabid', 'disposisi')();
  act('subkoor', 'terima')();
  push('approval: clash check + reserve (setujui)', measure(e, act('subkoor', 'setujui')));
  act('subkoor', 'tugaskan_operator', { operator: 'operator@kominfo.go.id' })();
  push('create Zoom meeting (buat_rapat)', measure(e, act('operator', 'buat_rapat')));
  if (!/zoom\.us\/j\//.test(String(e.column('Tautan Rapat').at(-1))))
    throw new Error('bench: the meeting was not created');
  return rows;
}

/** The Rekap rebuild over `size` requests with 5 history rows each, for December (where every seeded event falls), once the tab has its size. */
function recapAt(size: number): Row[] {
  const e = e2eWorld('000-bandung');
  seedRegister(e, size, '000-bandung', 5);
  e.app.call('menuRefreshRecap');
  e.ws.spreadsheet.sheets
    .find((s) => s.name === 'Rekap')!
    .getRange('B2')
    .setValue(12);
  e.app.call('menuRefreshRecap');
  return [
    {
      action: 'recap rebuild (December, 5 history rows per request)',
      size,
      ...measure(e, () => e.app.call('menuRefreshRecap')),
    },
  ];
}

function main(): void {
  const sizes = (process.env.BENCH_SIZES ?? '100,5000,20000').split(',').map(Number);
  const all = [...sizes.flatMap(runAt), ...sizes.flatMap(recapAt)];
  console.log('| action | requests | service calls | data reads/writes | CPU ms | data calls |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const r of all) console.log(`| ${r.action} | ${r.size} | ${r.calls} | ${r.data} | ${r.cpuMs} | ${r.detail} |`);
  const flat = new Map<string, Set<string>>();
  for (const r of all) flat.set(r.action, (flat.get(r.action) ?? new Set()).add(`${r.calls}/${r.data}`));
  const drift = [...flat].filter(([, v]) => v.size > 1).map(([k]) => k);
  const kb = (file: string) => `${file}: ${(statSync(file).size / 1024).toFixed(1)} KB`;
  console.log(`\n${['dist/engine/Code.js', 'dist/panel/Code.js', 'dist/panel/Sidebar.html'].map(kb).join(' · ')}`);
  console.log(drift.length ? `CALLS GROW WITH N: ${drift.join(', ')}` : 'Calls identical at every size: yes');
  if (drift.length) process.exitCode = 1;
}

main();
