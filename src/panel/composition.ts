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
import { sessionIdentity, systemClock } from '../io/runtime';

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
    register: sheetRegisterStore(ss, tz, index),
    history: sheetHistoryStore(ss),
    config,
    identity: sessionIdentity,
    presets: { byId: presetById },
  };
}

const ENGINE_URL_KEY = 'vicon:engine-url';

/**
 * The engine's address, as Setup wrote it into Pengaturan ('' before the first Setup); kept ten
 * minutes in the panel's script cache so a click does not read Pengaturan.
 */
export function engineUrl(): string {
  const cache = CacheService.getScriptCache();
  const hit = cache.get(ENGINE_URL_KEY);
  if (hit) return hit;
  const url = settingsOnly(SpreadsheetApp.getActiveSpreadsheet())?.engineUrl ?? '';
  if (url) cache.put(ENGINE_URL_KEY, url, 600);
  return url;
}
