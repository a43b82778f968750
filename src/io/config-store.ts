/**
 * ConfigStore: settings (Pengaturan), users (Pengguna), delegations (Plh) and
 * the office's own SOP (Alur SOP), read from their sheets. Parsed values are
 * cached in the script cache for ten minutes so an action reads no settings
 * sheet; Setup and an edit of those sheets (onEdit) clear the cache.
 */
import { settingsFromRows, type Settings } from '../core/settings';
import type { Delegation, UserRecord } from '../core/users';
import type { ConfigStore } from '../app/ports';
import { localDate, isOfficeZone } from '../core/dates';
import { isEmail } from '../core/email';
import { requireSheet } from './sheet-table';

export const SETTINGS_SHEET = 'Pengaturan';
export const USERS_SHEET = 'Pengguna';
export const DELEGATIONS_SHEET = 'Plh';
export const CUSTOM_PRESET_SHEET = 'Alur SOP';
const RESOURCES_SHEET_NAME = 'Sumber Daya';
export const USER_HEADERS = ['Email', 'Nama', 'NIP', 'Peran', 'Aktif', 'Admin'];
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
const dateText = (v: unknown, tz: Settings['timeZone']) =>
  v instanceof Date ? localDate(v, tz) : String(v ?? '').trim();
const cellText = (v: unknown) =>
  v instanceof Date ? `${String(v.getHours()).padStart(2, '0')}:${String(v.getMinutes()).padStart(2, '0')}` : v;

function readUsers(rows: unknown[][]): { users: UserRecord[]; problems: string[] } {
  const problems: string[] = [];
  const users = rows
    .slice(1)
    .filter((r) => String(r[0] ?? '').trim() !== '')
    .map((r, i) => {
      const email = String(r[0]).trim().toLowerCase();
      if (!isEmail(email)) problems.push(`Pengguna baris ${i + 2}: email "${email}" tidak valid.`);
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
      };
    });
  return { users, problems };
}

function readDelegations(
  rows: unknown[][],
  tz: Settings['timeZone'],
): { delegations: Delegation[]; problems: string[] } {
  const problems: string[] = [];
  const delegations = rows
    .slice(1)
    .filter((r) => String(r[0] ?? '').trim() !== '')
    .map((r, i) => {
      const d = {
        role: String(r[0]).trim().toLowerCase(),
        substitute: String(r[1] ?? '')
          .trim()
          .toLowerCase(),
        forName: String(r[2] ?? '').trim(),
        from: dateText(r[3], tz),
        to: dateText(r[4], tz),
      };
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d.from) || !/^\d{4}-\d{2}-\d{2}$/.test(d.to))
        problems.push(`Plh baris ${i + 2}: tanggal "Dari"/"Sampai" harus diisi (TTTT-BB-HH).`);
      return d;
    });
  return { delegations, problems };
}

function readSettings(sheet: GoogleAppsScript.Spreadsheet.Sheet): { settings: Settings; problems: string[] } {
  return settingsFromRows(
    sheet
      .getDataRange()
      .getValues()
      .map((r) => [r[0], cellText(r[1])]),
  );
}

/** Pengaturan alone (one read), or null before Setup made the sheet. */
export function settingsOnly(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings | null {
  const sheet = ss.getSheetByName(SETTINGS_SHEET);
  return sheet ? readSettings(sheet).settings : null;
}

function readSnapshot(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ConfigSnapshot {
  const settings = readSettings(requireSheet(ss, SETTINGS_SHEET));
  const tz = isOfficeZone(settings.settings.timeZone) ? settings.settings.timeZone : 'Asia/Jakarta';
  const users = readUsers(requireSheet(ss, USERS_SHEET).getDataRange().getValues());
  const delegationSheet = ss.getSheetByName(DELEGATIONS_SHEET);
  const delegations = delegationSheet
    ? readDelegations(delegationSheet.getDataRange().getValues(), tz)
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

/**
 * A ConfigStore over `ss`. The engine caches it in its script cache (cleared by its own writes
 * and its edit trigger); the panel (`cached` false) reads the sheets each time, since it cannot
 * see when the engine or the office account changed them.
 */
export function sheetConfigStore(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, cached = true): ConfigStore {
  let snapshot: ConfigSnapshot | null = null;
  const load = (): ConfigSnapshot => {
    if (snapshot) return snapshot;
    if (!cached) return (snapshot = readSnapshot(ss));
    const cache = CacheService.getScriptCache();
    const hit = cache.get(CACHE_KEY);
    if (hit) return (snapshot = JSON.parse(hit) as ConfigSnapshot);
    snapshot = readSnapshot(ss);
    const text = JSON.stringify(snapshot);
    if (text.length < 90000) cache.put(CACHE_KEY, text, CACHE_SECONDS);
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
    },
  };
}

/** Drop the cached settings (safe in a simple trigger: the script cache needs no authorization). */
export function forgetCachedConfig(): void {
  CacheService.getScriptCache().remove(CACHE_KEY);
}
