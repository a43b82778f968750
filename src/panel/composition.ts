/**
 * The panel's composition root: what the sidebar reads, straight from the spreadsheet it is
 * bound to, as the official at the keyboard. The panel writes nothing: every change goes to the
 * engine (io/engine-client.ts).
 */
import type { ReadDeps } from '../app/ports';
import { presetById } from '../core/sop/presets';
import { settingsOnly, sheetConfigStore } from '../io/config-store';
import { sheetHistoryStore } from '../io/history-store';
import { sheetRegisterStore } from '../io/register-store';
import { sessionIdentity, systemClock } from '../io/runtime';

/** The read-only dependencies for this execution. */
export function buildReadDeps(): ReadDeps {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const config = sheetConfigStore(ss, false);
  return {
    clock: systemClock,
    register: sheetRegisterStore(ss, () => config.settings().settings.timeZone),
    history: sheetHistoryStore(ss),
    config,
    identity: sessionIdentity,
    presets: { byId: presetById },
  };
}

/** The engine's address, as Setup wrote it into Pengaturan ('' before the first Setup). */
export function engineUrl(): string {
  return settingsOnly(SpreadsheetApp.getActiveSpreadsheet())?.engineUrl ?? '';
}
