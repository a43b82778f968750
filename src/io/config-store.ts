/**
 * ConfigStore: settings (Pengaturan), users (Pengguna), delegations (Plh), the office's own SOP
 * (Alur SOP) and the resources (Sumber Daya), read from their sheets. The engine caches the parsed
 * snapshot in its script cache (ten minutes; cleared by Setup and by its edit trigger) and copies
 * it into row 1 of the Indeks sheet, so the panel, which cannot see the engine's cache, reads its
 * configuration in the one read it makes of the index. Rows that cannot be read are left out and
 * named in `problems` (shown to the admin): a Plh whose dates are not dates is never in force.
 */
import { settingsFromRows, type Settings } from '../core/settings';
import type { Delegation, UserRecord } from '../core/users';
import type { ConfigStore } from '../app/ports';
import { isLocalDate } from '../core/dates';
import { isEmail } from '../core/email';
import { isWhatsAppNumber } from '../core/whatsapp';
import { requireSheet } from './sheet-table';
import { sha256Hex } from './digest';
import { writeConfig, writeMeta, type IndexSource } from './live-index';

export const SETTINGS_SHEET = 'Pengaturan';
export const USERS_SHEET = 'Pengguna';
export const DELEGATIONS_SHEET = 'Plh';
export const CUSTOM_PRESET_SHEET = 'Alur SOP';
const RESOURCES_SHEET_NAME = 'Sumber Daya';
export const USER_HEADERS = ['Email', 'Nama', 'NIP', 'Peran', 'Aktif', 'Admin', 'WhatsApp'];
export const DELEGATION_HEADERS = ['Peran', 'Email Pengganti', 'Menggantikan', 'Dari', 'Sampai'];
const CACHE_KEY = 'vicon:config:v1';
const CACHE_SECONDS = 600;

interface ConfigSnapshot {
  settings: { settings: Settings; problems: string[] };
  users: { users: UserRecord[]; delegations: Delegation[]; problems: string[] };
  customPreset: unknown[][] | null;
  /** Sumber Daya's rows (header first), or null when the sheet is missing. */
  resources: unknown[][] | null;
}

const yes = (v: unknown) =>
  ['ya', 'y', 'true', 'aktif', '1'].includes(
    String(v ?? '')
      .trim()
      .toLowerCase(),
  );
/** A date cell as the sheet shows it: its wall clock in the spreadsheet's zone (never the script's). */
const dateText = (v: unknown, sheetZone: string) =>
  v instanceof Date ? Utilities.formatDate(v, sheetZone, 'yyyy-MM-dd') : String(v ?? '').trim();
/** A settings value; a time typed as '08:00' (a Date on 30 Dec 1899) reads back '08:00', a date 'yyyy-MM-dd'. */
const cellText = (v: unknown, sheetZone: string) => {
  if (!(v instanceof Date)) return v;
  if (v.getTime() < Date.UTC(1900, 0, 2)) return Utilities.formatDate(v, sheetZone, 'HH:mm');
  const time = Utilities.formatDate(v, sheetZone, 'HH:mm');
  return Utilities.formatDate(v, sheetZone, time === '00:00' ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm');
};

/** A WhatsApp cell as text: a number the sheet parsed (0812… typed by hand loses its 0) reads back as digits. */
const phoneText = (v: unknown): string => (typeof v === 'number' ? String(Math.round(v)) : String(v ?? '').trim());

function readUsers(rows: unknown[][]): { users: UserRecord[]; problems: string[] } {
  const problems: string[] = [];
  const wa = (rows[0] ?? []).map((h) => String(h ?? '').trim()).indexOf(USER_HEADERS[6]);
  const users = rows
    .slice(1)
    .filter((r) => String(r[0] ?? '').trim() !== '')
    .map((r, i) => {
      const email = String(r[0]).trim().toLowerCase();
      if (!isEmail(email)) problems.push(`Pengguna baris ${i + 2}: email "${email}" tidak valid.`);
      const whatsapp = wa < 0 ? '' : phoneText(r[wa]);
      if (whatsapp && !isWhatsAppNumber(whatsapp))
        problems.push(
          `Pengguna baris ${i + 2}: nomor WhatsApp "${whatsapp}" bukan nomor ponsel Indonesia (08… atau +62…).`,
        );
      const roles = String(r[3] ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
      return {
        email,
        name: String(r[1] ?? '').trim() || email,
        nip: String(r[2] ?? '').trim(),
        roles,
        active: yes(r[4]),
        isAdmin: yes(r[5]),
        whatsapp,
      };
    });
  return { users, problems };
}

/** Plh rows whose dates are real dates; a row with a date typed as text is left out and named. */
function readDelegations(rows: unknown[][], sheetZone: string): { delegations: Delegation[]; problems: string[] } {
  const problems: string[] = [];
  const delegations: Delegation[] = [];
  rows.forEach((r, i) => {
    if (i === 0 || String(r[0] ?? '').trim() === '') return;
    const d = {
      role: String(r[0]).trim().toLowerCase(),
      substitute: String(r[1] ?? '')
        .trim()
        .toLowerCase(),
      forName: String(r[2] ?? '').trim(),
      from: dateText(r[3], sheetZone),
      to: dateText(r[4], sheetZone),
    };
    if (isLocalDate(d.from) && isLocalDate(d.to) && d.from <= d.to) delegations.push(d);
    else
      problems.push(
        `Plh baris ${i + 1} diabaikan: tanggal "Dari"/"Sampai" harus tanggal yang sah (TTTT-BB-HH), bukan teks, dan "Dari" tidak setelah "Sampai". Plh itu tidak berlaku sampai diperbaiki.`,
      );
  });
  return { delegations, problems };
}

function readSettings(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  sheetZone: string,
): { settings: Settings; problems: string[] } {
  return settingsFromRows(
    sheet
      .getDataRange()
      .getValues()
      .map((r) => [r[0], cellText(r[1], sheetZone)]),
  );
}

/** Pengaturan alone (one read), or null before Setup made the sheet. */
export function settingsOnly(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings | null {
  const sheet = ss.getSheetByName(SETTINGS_SHEET);
  return sheet ? readSettings(sheet, ss.getSpreadsheetTimeZone()).settings : null;
}

function readSnapshot(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ConfigSnapshot {
  const zone = ss.getSpreadsheetTimeZone();
  const settings = readSettings(requireSheet(ss, SETTINGS_SHEET), zone);
  const users = readUsers(requireSheet(ss, USERS_SHEET).getDataRange().getValues());
  const delegationSheet = ss.getSheetByName(DELEGATIONS_SHEET);
  const delegations = delegationSheet
    ? readDelegations(delegationSheet.getDataRange().getValues(), zone)
    : { delegations: [], problems: [] };
  const presetSheet = ss.getSheetByName(CUSTOM_PRESET_SHEET);
  const customPreset = presetSheet ? presetSheet.getDataRange().getDisplayValues() : null;
  const resourceSheet = ss.getSheetByName(RESOURCES_SHEET_NAME);
  const resources = resourceSheet ? resourceSheet.getDataRange().getValues() : null;
  return {
    settings,
    users: {
      users: users.users,
      delegations: delegations.delegations,
      problems: [...users.problems, ...delegations.problems],
    },
    customPreset,
    resources,
  };
}

/** Where a ConfigStore reads: `cached` (the engine's script cache) and the index whose row 1 holds the snapshot. */
export interface ConfigSource {
  /** The engine caches the snapshot in its script cache and copies it to the index; the panel does neither. */
  engine: boolean;
  index?: IndexSource;
}

/** The snapshot in the index (the panel's one read), or null when there is none or it is unreadable. */
function fromIndex(index: IndexSource | undefined): ConfigSnapshot | null {
  const text = index?.()?.config;
  if (!text) return null;
  try {
    return JSON.parse(text) as ConfigSnapshot;
  } catch {
    return null;
  }
}

/** Copy `text` (the snapshot) into the index when the index holds another one. */
function publish(index: IndexSource | undefined, text: string): void {
  const idx = index?.();
  if (!idx) return;
  const stamp = sha256Hex(text).slice(0, 16);
  if (idx.meta.configStamp === stamp && idx.config === text) return;
  writeConfig(idx, text);
  writeMeta(idx, { ...idx.meta, configStamp: stamp });
}

/**
 * A ConfigStore over `ss`. The engine's (engine: true) caches the snapshot in its script cache
 * and publishes it into the index; the panel's reads the snapshot the engine published, or the
 * sheets when there is none yet.
 */
export function sheetConfigStore(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, source: ConfigSource): ConfigStore {
  let snapshot: ConfigSnapshot | null = null;
  const load = (): ConfigSnapshot => {
    if (snapshot) return snapshot;
    if (!source.engine) return (snapshot = fromIndex(source.index) ?? readSnapshot(ss));
    const cache = CacheService.getScriptCache();
    const hit = cache.get(CACHE_KEY);
    if (hit) return (snapshot = JSON.parse(hit) as ConfigSnapshot);
    snapshot = readSnapshot(ss);
    const text = JSON.stringify(snapshot);
    if (text.length < 90000) cache.put(CACHE_KEY, text, CACHE_SECONDS);
    publish(source.index, text);
    return snapshot;
  };
  return {
    settings: () => load().settings,
    users: () => load().users,
    customPreset: () => load().customPreset,
    resourceRows: () => load().resources,
    invalidate() {
      snapshot = null;
      forgetCachedConfig();
      // The engine wrote a settings sheet itself (no edit trigger fires for that): publish at once.
      if (source.engine && ss.getSheetByName(SETTINGS_SHEET)) load();
    },
  };
}

/**
 * After a hand edit of a settings sheet (the engine's edit trigger): forget the engine's cached
 * copy and publish the sheets as they are now into the index, so the change applies at once for
 * the engine and for every panel.
 */
export function republishConfig(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, index: IndexSource): void {
  forgetCachedConfig();
  publish(index, JSON.stringify(readSnapshot(ss)));
}

/** Drop the cached settings (safe in a simple trigger: the script cache needs no authorization). */
export function forgetCachedConfig(): void {
  CacheService.getScriptCache().remove(CACHE_KEY);
}
