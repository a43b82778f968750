/**
 * The spreadsheet's size as Google counts it (every sheet's whole grid), measured by the hourly run
 * once a day and kept in the index's meta for the settings wizard, the Rekap and the admins' mail.
 */
import type { SpacePort } from '../app/ports';
import { writeMeta, type IndexSource } from './live-index';
import { REGISTER_SHEET } from './register-store';

/** The SpacePort over `ss` and its index. */
export function sheetSpace(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, index: IndexSource): SpacePort {
  return {
    measured: () => index()?.meta.capacity ?? null,
    measure() {
      const cells = ss.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
      const register = ss.getSheetByName(REGISTER_SHEET);
      const first = register && register.getLastRow() >= 2 ? register.getRange(2, 3).getValue() : null;
      return { cells, firstReceived: first instanceof Date ? first : null };
    },
    record(c) {
      const idx = index();
      if (idx) writeMeta(idx, { ...idx.meta, capacity: c });
    },
  };
}
