/**
 * The panel's composition root: what the sidebar reads, straight from the spreadsheet it is
 * bound to, as the official at the keyboard. The panel writes nothing: every change goes to the
 * engine (io/engine-client.ts).
 */
import type { ReadDeps } from '../app/ports';
import { presetById } from '../core/sop/presets';
import { settingsOnly, sheetConfigStore } from '../io/config-store';
import { sheetHistoryStore } from '../io/history-store';
import { indexSource } from '../io/live-index';
import { sheetRegisterStore } from '../io/register-store';
import { registerZone } from '../io/sheet-zone';
import { sessionIdentity, systemClock } from '../io/runtime';
import { sheetPresetVersions } from '../io/preset-versions';

/**
 * The read-only dependencies for this execution: the index (one read: the live requests and the
 * configuration the engine published), one Register row and one request's Riwayat rows when a
 * request is opened.
 */
export function buildReadDeps(): ReadDeps {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const tz = () => config.settings().settings.timeZone;
  const index = indexSource(ss, tz);
  const config = sheetConfigStore(ss, { engine: false, index });
  return {
    clock: systemClock,
    register: sheetRegisterStore(ss, registerZone(ss, config), index),
    history: sheetHistoryStore(ss),
    config,
    identity: sessionIdentity,
    presets: { byId: presetById },
    presetVersions: sheetPresetVersions(ss, false, index),
  };
}

const URL_KEY = 'vicon:engine-url';
/** How long this official's cache keeps the engine's address (seconds). */
const URL_TTL_S = 600;

/**
 * The engine's address, as Setup wrote it into Pengaturan ('' before the first Setup). Kept ten
 * minutes in this official's cache, so a click reads no sheet; `fresh` reads Pengaturan again
 * (the caller does when a call to the kept address failed, so a changed address applies at once).
 */
export function engineUrl(fresh = false): string {
  const cache = CacheService.getUserCache();
  const kept = fresh ? null : cache.get(URL_KEY);
  if (kept) return kept;
  const url = settingsOnly(SpreadsheetApp.getActiveSpreadsheet())?.engineUrl ?? '';
  if (url) cache.put(URL_KEY, url, URL_TTL_S);
  return url;
}
