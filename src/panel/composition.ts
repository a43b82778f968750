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

/**
 * The engine's address, as Setup wrote it into Pengaturan ('' before the first Setup). Read on
 * every call (one small read), so an address changed by hand applies at once.
 */
export function engineUrl(): string {
  return settingsOnly(SpreadsheetApp.getActiveSpreadsheet())?.engineUrl ?? '';
}
