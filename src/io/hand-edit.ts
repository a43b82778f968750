/**
 * What a hand edit touched, from the installable edit trigger's event (e.range: the edited range).
 */
import type { HandEdit } from '../app/hand-edit';
import { CUSTOM_PRESET_SHEET, DELEGATIONS_SHEET, SETTINGS_SHEET, USERS_SHEET } from './config-store';
import { REGISTER_SHEET } from './register-store';
import { RESOURCES_SHEET } from './workbook';

const CONFIG = new Set([SETTINGS_SHEET, USERS_SHEET, DELEGATIONS_SHEET, CUSTOM_PRESET_SHEET, RESOURCES_SHEET]);
/** Rows of one edit the index follows at once (a bigger paste is caught by the hourly check). */
const MAX_ROWS = 500;

/** The kind of sheet the edit hit, and the Register rows it covered; 'other' when the event has no range. */
export function handEditOf(e: { range?: GoogleAppsScript.Spreadsheet.Range } | undefined): HandEdit {
  const range = e?.range;
  if (!range) return { kind: 'config', rows: [] };
  const name = range.getSheet().getName();
  if (CONFIG.has(name)) return { kind: 'config', rows: [] };
  if (name !== REGISTER_SHEET) return { kind: 'other', rows: [] };
  const first = range.getRow();
  const count = Math.min(range.getNumRows(), MAX_ROWS);
  return { kind: 'register', rows: Array.from({ length: count }, (_, i) => first + i) };
}
