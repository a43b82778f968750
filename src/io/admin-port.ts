/** The AdminPort over the Pengaturan sheet, Script Properties and Zoom. */
import type { AdminPort } from '../app/admin';
import { settingsToRows, type Settings } from '../core/settings';
import { sheetText } from '../core/sheet-text';
import { SETTINGS_SHEET, sheetConfigStore } from './config-store';
import { requireSheet } from './sheet-table';
import { createZoomClient, ZOOM_PROPERTY_KEYS, ZoomError, type ZoomClient } from './zoom';

function writeSettingsSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): void {
  const sheet = requireSheet(ss, SETTINGS_SHEET);
  const rows = [
    ['Pengaturan', 'Nilai'],
    ...settingsToRows(settings).map(([k, v]) => [k, typeof v === 'string' ? sheetText(v) : v]),
  ];
  const last = Math.max(sheet.getLastRow(), rows.length);
  const padded = [...rows, ...Array.from({ length: last - rows.length }, () => ['', ''])];
  sheet.getRange(1, 1, padded.length, 2).setValues(padded);
}

/** Set one setting in Pengaturan (the rest kept as read); true when it changed. */
export function writeSetting<K extends keyof Settings>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  key: K,
  value: Settings[K],
): boolean {
  const current = sheetConfigStore(ss, { engine: false }).settings().settings;
  if (current[key] === value) return false;
  writeSettingsSheet(ss, { ...current, [key]: value });
  return true;
}

/** One "Tes koneksi" call to Zoom (10 s budget); a failure becomes its Indonesian message. */
function asked<T>(call: (zoom: ZoomClient) => T): T | { ok: false; message: string } {
  try {
    return call(createZoomClient({ sleep: (ms) => Utilities.sleep(ms), maxElapsedMs: 10000 }));
  } catch (error) {
    const message =
      error instanceof ZoomError
        ? error.message
        : 'Koneksi ke Zoom gagal karena kesalahan tak terduga. Coba lagi atau hubungi admin.';
    return { ok: false, message };
  }
}

/** The real AdminPort over `ss`; `setup` runs Setup and returns its lines. */
export function liveAdminPort(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, setup: () => string[]): AdminPort {
  const props = () => PropertiesService.getScriptProperties();
  return {
    writeSettings: (settings) => writeSettingsSheet(ss, settings),
    zoomConfigured: () => Object.values(ZOOM_PROPERTY_KEYS).every((k) => Boolean(props().getProperty(k))),
    saveZoomCredentials: (c) =>
      props().setProperties({
        [ZOOM_PROPERTY_KEYS.accountId]: c.accountId,
        [ZOOM_PROPERTY_KEYS.clientId]: c.clientId,
        [ZOOM_PROPERTY_KEYS.clientSecret]: c.clientSecret,
      }),
    zoomTokenScopes: () => asked((zoom) => ({ ok: true, scopes: zoom.tokenScopes() })),
    zoomUserExists: (email) => asked((zoom) => ({ ok: true, exists: zoom.userExists(email) })),
    runSetup: setup,
  };
}
