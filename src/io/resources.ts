/**
 * The Sumber Daya sheet: Zoom host accounts, rooms and operators, one per row.
 * Columns (found by header): Jenis ('Akun Zoom' | 'Ruang' | 'Operator'), Nama,
 * 'Akun Zoom (email/ID)', Lisensi, Kapasitas, 'ID Kalender', Aktif, Catatan.
 * For an operator, Nama is the person's name and 'Akun Zoom (email/ID)' holds their
 * email as registered in Pengguna (an email typed in Nama is accepted too); the
 * operator is booked under that email.
 */
import type { HostAccount, Inventory, Operator, Room } from '../core/schedule';
import type { ReservationTarget } from './calendar';
import { col, headerMap, requireSheet, type HeaderMap } from './sheet-table';
import { RESOURCE_HEADERS, RESOURCES_SHEET } from './workbook';
import { HOST_CAPACITIES, RESOURCE_KINDS, ZOOM_LICENCE } from '../core/resource-rules';

export interface InventoryRead {
  inventory: Inventory;
  /** Calendar ID by booking name (host or room name, operator email), for rows that have one. */
  calendarIds: Record<string, string>;
  /** Zoom user (email or ID) by host account name. */
  zoomUsers: Record<string, string>;
  /** One Indonesian message per bad row; bad rows are left out of the inventory. */
  problems: string[];
}

export const CALENDAR_NAME_PREFIX = 'Layanan Vicon — ';
const REQUIRED = RESOURCE_HEADERS.filter((h) => h !== 'Catatan');
const YES = ['ya', 'y', 'true', 'aktif', '1', ''];
const NO = ['tidak', 't', 'false', 'nonaktif', 'tidak aktif', '0'];

type Parsed =
  | { kind: 'host'; key: string; value: HostAccount; zoomUser: string; calendarId: string }
  | { kind: 'room'; key: string; value: Room; calendarId: string }
  | { kind: 'operator'; key: string; value: Operator; calendarId: string };

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());
const isBlank = (row: unknown[]): boolean => row.every((v) => text(v) === '');

function cells(row: unknown[], map: HeaderMap): Record<string, string> {
  return Object.fromEntries(REQUIRED.map((h) => [h, text(row[col(map, h)])]));
}

function activeOf(raw: string, issues: string[]): boolean {
  const v = raw.toLowerCase();
  if (NO.includes(v)) return false;
  if (!YES.includes(v)) issues.push(`Aktif "${raw}" tidak dikenal (isi Ya atau Tidak)`);
  return true;
}

function parseHost(c: Record<string, string>, active: boolean, issues: string[]): Parsed {
  const licence = c['Lisensi'];
  if (!ZOOM_LICENCE.test(licence))
    issues.push(`lisensi "${licence}" tidak dikenal (isi Pro, Business, Education, atau Enterprise)`);
  const capacity = Number(c['Kapasitas']);
  if (!HOST_CAPACITIES.includes(capacity))
    issues.push(`kapasitas "${c['Kapasitas']}" tidak valid untuk akun Zoom (isi 100, 300, 500, atau 1000)`);
  if (c['Akun Zoom (email/ID)'] === '')
    issues.push('kolom "Akun Zoom (email/ID)" kosong (isi email atau ID pengguna Zoom)');
  const concurrency: 1 | 2 = /^pro$/i.test(licence) ? 1 : 2;
  return {
    kind: 'host',
    key: c['Nama'],
    zoomUser: c['Akun Zoom (email/ID)'],
    calendarId: c['ID Kalender'],
    value: { name: c['Nama'], concurrency, capacity, active },
  };
}

function parseRoom(c: Record<string, string>, active: boolean, issues: string[]): Parsed {
  const capacity = c['Kapasitas'] === '' ? 0 : Number(c['Kapasitas']);
  if (!Number.isInteger(capacity) || capacity < 0)
    issues.push(`kapasitas ruang "${c['Kapasitas']}" harus bilangan bulat (boleh kosong)`);
  return { kind: 'room', key: c['Nama'], calendarId: c['ID Kalender'], value: { name: c['Nama'], capacity, active } };
}

function parseOperator(c: Record<string, string>, active: boolean, users: Set<string>, issues: string[]): Parsed {
  const email = [c['Akun Zoom (email/ID)'], c['Nama']].find((s) => s.includes('@'))?.toLowerCase() ?? '';
  if (email === '')
    issues.push('email operator kosong (isi kolom "Akun Zoom (email/ID)" dengan email operator di sheet Pengguna)');
  else if (!users.has(email)) issues.push(`operator ${email} tidak terdaftar di sheet Pengguna`);
  return {
    kind: 'operator',
    key: email,
    calendarId: c['ID Kalender'],
    value: { email, name: c['Nama'] || email, active },
  };
}

function parseRow(c: Record<string, string>, users: Set<string>, issues: string[]): Parsed | null {
  const kind = RESOURCE_KINDS[c['Jenis'].toLowerCase()];
  if (!kind) {
    issues.push(`Jenis "${c['Jenis']}" tidak dikenal (isi Akun Zoom, Ruang, atau Operator)`);
    return null;
  }
  if (c['Nama'] === '') issues.push('Nama kosong');
  const active = activeOf(c['Aktif'], issues);
  if (kind === 'host') return parseHost(c, active, issues);
  return kind === 'room' ? parseRoom(c, active, issues) : parseOperator(c, active, users, issues);
}

function addParsed(out: InventoryRead, p: Parsed): void {
  if (p.calendarId !== '') out.calendarIds[p.key] = p.calendarId;
  if (p.kind === 'host') {
    out.inventory.hosts.push(p.value);
    out.zoomUsers[p.key] = p.zoomUser;
  } else if (p.kind === 'room') out.inventory.rooms.push(p.value);
  else out.inventory.operators.push(p.value);
}

/**
 * Reads Sumber Daya with one getDataRange().getValues(). `userEmails` are the emails in
 * Pengguna (any case). Blank rows are skipped; each bad row gives one Indonesian problem
 * naming its row number and is left out. Names (and operator emails) must be unique,
 * case-insensitively: a later duplicate is a problem. Throws when a column is missing.
 */
export function readInventory(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, userEmails: string[]): InventoryRead {
  return inventoryFromRows(requireSheet(ss, RESOURCES_SHEET).getDataRange().getValues(), userEmails);
}

/** The inventory held in Sumber Daya's rows (header first), as readInventory describes. */
export function inventoryFromRows(rows: unknown[][], userEmails: string[]): InventoryRead {
  const map = headerMap(rows[0] ?? [], REQUIRED, RESOURCES_SHEET);
  const users = new Set(userEmails.map((e) => e.trim().toLowerCase()));
  const out: InventoryRead = {
    inventory: { hosts: [], rooms: [], operators: [] },
    calendarIds: {},
    zoomUsers: {},
    problems: [],
  };
  const seen = new Map<string, number>();
  rows.slice(1).forEach((row, i) => {
    if (isBlank(row)) return;
    const rowNumber = i + 2;
    const c = cells(row, map);
    const issues: string[] = [];
    const parsed = parseRow(c, users, issues);
    const key = parsed?.key.toLowerCase() ?? '';
    if (parsed && key !== '' && seen.has(key)) issues.push(`"${parsed.key}" sudah dipakai di baris ${seen.get(key)}`);
    if (issues.length > 0) {
      out.problems.push(`Sumber Daya baris ${rowNumber}${c['Nama'] ? ` (${c['Nama']})` : ''}: ${issues.join('; ')}.`);
      return;
    }
    seen.set(key, rowNumber);
    addParsed(out, parsed!);
  });
  return out;
}

/** The reservation targets of `names` (booking names); throws an Indonesian error for one without a calendar. */
export function reservationTargets(read: InventoryRead, names: string[]): ReservationTarget[] {
  return names.map((name) => {
    const key = Object.keys(read.calendarIds).find((k) => k.toLowerCase() === name.trim().toLowerCase());
    if (!key)
      throw new Error(
        `"${name}" belum punya kalender. Jalankan Layanan Vicon › Siapkan kalender, atau isi kolom "ID Kalender" di sheet Sumber Daya.`,
      );
    return { resource: key, calendarId: read.calendarIds[key] };
  });
}

export interface CalendarSetup {
  /** Names given a new calendar now. */
  created: string[];
  /** Names still without a calendar (all that need one when `createMissing` is false). */
  missing: string[];
}

function needsCalendar(row: unknown[], map: HeaderMap): boolean {
  const c = cells(row, map);
  return (
    RESOURCE_KINDS[c['Jenis'].toLowerCase()] !== undefined &&
    c['Nama'] !== '' &&
    c['ID Kalender'] === '' &&
    !NO.includes(c['Aktif'].toLowerCase())
  );
}

/**
 * Gives every active named resource without an 'ID Kalender' its own calendar, named
 * 'Layanan Vicon — <Nama>' in the spreadsheet's time zone, and writes the new IDs back
 * with one setValues of the ID column (also when a later creation fails, so a retry never
 * makes a second calendar). With `createMissing` false it only reports what is missing.
 * Run it under the script lock.
 */
export function ensureResourceCalendars(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  createMissing: boolean,
): CalendarSetup {
  const sheet = requireSheet(ss, RESOURCES_SHEET);
  const rows = sheet.getDataRange().getValues();
  const map = headerMap(rows[0] ?? [], REQUIRED, RESOURCES_SHEET);
  const idCol = col(map, 'ID Kalender');
  const todo = rows.map((row, i) => ({ row, i })).filter(({ row, i }) => i > 0 && needsCalendar(row, map));
  const names = todo.map(({ row }) => text(row[col(map, 'Nama')]));
  if (!createMissing || todo.length === 0) return { created: [], missing: names };
  const ids = rows.slice(1).map((row) => [row[idCol]]);
  const created: string[] = [];
  try {
    const timeZone = ss.getSpreadsheetTimeZone();
    for (const { row, i } of todo) {
      const name = text(row[col(map, 'Nama')]);
      ids[i - 1][0] = CalendarApp.createCalendar(`${CALENDAR_NAME_PREFIX}${name}`, { timeZone }).getId();
      created.push(name);
    }
  } finally {
    if (created.length > 0) sheet.getRange(2, idCol + 1, ids.length, 1).setValues(ids);
  }
  return { created, missing: names.slice(created.length) };
}
