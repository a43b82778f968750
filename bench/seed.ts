/**
 * Seeds the office of an e2e world with `n` requests walked through their presets (seed-walk.ts)
 * and writes what the walks left into the sheets in blocks, as the office account: the Register
 * rows and the Riwayat rows in the product's own layouts, the chain head and the highest number
 * in the engine's Script Properties. Faster than clicking 10,000 walks through the bundle; the
 * rows are the same (test/e2e/seed-fidelity.e2e.test.ts).
 */
import type { E2E } from '../test/e2e/world';
import { isOfficeZone, localDate } from '../src/core/dates';
import type { UserRecord } from '../src/core/users';
import { PRESETS } from '../src/core/sop/presets';
import { settingsOnly, sheetConfigStore } from '../src/io/config-store';
import { SETTING_LABELS, type Settings } from '../src/core/settings';
import { writeSettingByHand } from '../dev/product';
import { historyRows } from '../src/io/history-store';
import { reindex } from '../src/io/reindex';
import { alignSpreadsheetZone } from '../src/io/sheet-zone';
import { liveNow } from '../src/app/commit';
import type { VcRequest } from '../src/core/request';
import { REGISTER_HEADERS, requestToRow } from '../src/io/register-row';
import { GROW_ROWS, headerMap, readHeader } from '../src/io/sheet-table';
import { seedOffice } from './seed-ports';
import { walkOffice, type WalkStats } from './seed-walk';

const BLOCK = 20_000;

/** Pengguna as typed in the world, plus one official for each role of the other presets. */
function officials(rows: unknown[][]): UserRecord[] {
  const users: UserRecord[] = rows
    .slice(1)
    .filter((r) => String(r[0] ?? '').includes('@'))
    .map((r) => ({
      email: String(r[0]).trim().toLowerCase(),
      name: String(r[1] ?? ''),
      nip: String(r[2] ?? ''),
      roles: String(r[3] ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
      active: String(r[4]) === 'Ya',
      isAdmin: String(r[5]) === 'Ya',
    }));
  const held = new Set(users.flatMap((u) => u.roles));
  for (const role of PRESETS.flatMap((p) => p.roles)) {
    if (held.has(role.id)) continue;
    held.add(role.id);
    users.push({
      email: `${role.id}@kominfo.go.id`,
      name: `Petugas ${role.label}`,
      nip: '',
      roles: [role.id],
      active: true,
      isAdmin: false,
    });
  }
  return users;
}

/** What an office whose presets send letters types in Pengaturan (the letterhead and the signer's NIP). */
const LETTERHEAD: Array<[keyof Settings, string]> = [
  ['letterGovernment', 'PEMERINTAH KOTA BANDUNG'],
  ['officeAddress', 'Jl. Wastukancana No. 2, Bandung 40117'],
  ['letterCity', 'Bandung'],
  ['signerNip', '197501012000031001'],
];

/**
 * The office's settings, with the letterhead typed by hand where it is still empty. That edit
 * makes the engine forget its cached settings; they are read again at once, as the engine's next
 * run would, so the office is measured as it runs day to day (typed years ago, cached since).
 */
export function typeLetterhead(e: E2E): Settings {
  const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const before = settingsOnly(book)!;
  const missing = LETTERHEAD.filter(([key]) => !before[key]);
  for (const [key, value] of missing) writeSettingByHand(e.product, SETTING_LABELS[key], value);
  if (missing.length) asEngine(e, () => sheetConfigStore(book, { engine: true }).settings());
  return settingsOnly(book)!;
}

/**
 * Sizes `sheet` for `lastRow` rows as the product's one-at-a-time appends would have left it: grown
 * by GROW_ROWS whenever full (io/sheet-table ensureRows), so a few hundred empty rows usually remain
 * and the measured action pays for growing only as often as real use does.
 */
function growAsAppends(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, Math.ceil((lastRow - max) / GROW_ROWS) * GROW_ROWS);
}

function writeBlocks(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: unknown[][], width: number): void {
  growAsAppends(sheet, rows.length + 1);
  for (let i = 0; i < rows.length; i += BLOCK) {
    const part = rows.slice(i, i + BLOCK);
    sheet.getRange(2 + i, 1, part.length, width).setValues(part);
  }
}

/** Runs product io code from Node as one execution of the engine project, as the office account. */
function asEngine<T>(e: E2E, fn: () => T): T {
  const globals = e.product.engineProject.globals;
  const g = globalThis as Record<string, unknown>;
  const saved = Object.keys(globals).map((k) => [k, g[k]] as const);
  Object.assign(g, globals);
  try {
    return e.ws.execute(e.product.engineProject, e.product.office, fn);
  } finally {
    for (const [k, v] of saved) g[k] = v;
  }
}

/**
 * Walk `n` requests (the newest just before the world's clock) and write them into its sheets;
 * the `recent` newest use the world's preset, older ones every preset in turn (seed-walk.ts).
 */
export function seedWalks(e: E2E, n: number, recent?: number): WalkStats {
  const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const settings = typeLetterhead(e);
  const users = officials(e.sheet('Pengguna'));
  // The zone the Register's dates and Riwayat's times are written in: the spreadsheet's, which
  // follows the office's from the engine's first hourly run on (io/sheet-zone.ts).
  asEngine(e, () => alignSpreadsheetZone(book, settings.timeZone));
  const own = book.getSpreadsheetTimeZone();
  const sheetZone = isOfficeZone(own) ? own : settings.timeZone;
  const office = seedOffice(settings, users, e.sheet('Sumber Daya'), sheetZone);
  const byRole = new Map(users.flatMap((u) => u.roles.map((r) => [r, u.email] as [string, string])).reverse());
  const stats = walkOffice(office, settings, n, e.ws.clock.now(), byRole, recent);
  const register = book.getSheetByName('Register')!;
  const map = headerMap(readHeader(register), REGISTER_HEADERS, 'Register');
  writeBlocks(
    register,
    office.register.rows.map((r) => requestToRow(r, map, sheetZone)),
    map.width,
  );
  const records = office.history.records;
  const riwayat = book.getSheetByName('Riwayat')!;
  const rows = historyRows(records);
  writeBlocks(riwayat, rows, rows[0]?.length ?? 1);
  const props = e.engineProps();
  if (records.length) props.setProperty('RIWAYAT_HEAD', `${records.length + 1}:${records[records.length - 1].hash}`);
  const live = (r: VcRequest) => liveNow({ ...office.deps, clock: { now: () => e.ws.clock.now() } }, r);
  asEngine(e, () => reindex(book, settings.timeZone, live, (fn) => fn()));
  const year = localDate(e.ws.clock.now(), settings.timeZone).slice(0, 4);
  const last = office.register.rows.filter((r) => r.id.startsWith(`VC-${year}-`)).at(-1);
  if (last) props.setProperty('VC_NOMOR_TERTINGGI', last.id);
  return stats;
}
