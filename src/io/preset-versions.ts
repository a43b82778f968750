/**
 * PresetVersionStore on the 'Versi Alur SOP' sheet: one row per preset version a request started
 * on (key 'id@versi', when, the preset as JSON), protected for the office account and hidden. Only
 * the engine writes it (under the script lock intake holds); the panel reads it. Rows are read once
 * per execution.
 */
import type { PresetVersionStore } from '../app/ports';
import type { Preset } from '../core/sop/types';
import { sheetText } from '../core/sheet-text';
import { protectForOfficeAccount } from './protection';

export const PRESET_VERSIONS_SHEET = 'Versi Alur SOP';
const HEADERS = ['Kunci', 'Dicatat', 'Isi Alur SOP (JSON)'];
const PROTECT =
  'Versi alur SOP yang dipakai permohonan yang sedang berjalan, dicatat oleh Layanan Vicon. Jangan diubah.';

type Row = { key: string; json: string };

function ensureSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = ss.getSheetByName(PRESET_VERSIONS_SHEET);
  if (existing) return existing;
  const sheet = ss.insertSheet(PRESET_VERSIONS_SHEET);
  sheet.getRange(1, 1, 1, HEADERS.length).setValues([HEADERS]);
  sheet.setFrozenRows(1);
  protectForOfficeAccount(sheet, PROTECT);
  sheet.hideSheet();
  return sheet;
}

/** A store over `ss`; `writable` false for the panel (reads only). */
export function sheetPresetVersions(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  writable: boolean,
): PresetVersionStore {
  let rows: Row[] | null = null;
  const read = (): Row[] => {
    if (rows) return rows;
    const sheet = ss.getSheetByName(PRESET_VERSIONS_SHEET);
    const values = sheet ? sheet.getDataRange().getValues().slice(1) : [];
    return (rows = values.map((r) => ({ key: String(r[0] ?? ''), json: String(r[2] ?? '') })));
  };
  return {
    load(id, version) {
      const row = read().find((r) => r.key === `${id}@${version}`);
      if (!row) return null;
      try {
        return JSON.parse(row.json) as unknown;
      } catch {
        return null;
      }
    },
    save(preset: Preset) {
      const mine = read().filter((r) => r.key.startsWith(`${preset.id}@`));
      const at = (version: number) => mine.find((r) => r.key === `${preset.id}@${version}`);
      const json = (version: number) => JSON.stringify({ ...preset, version });
      if (at(preset.version)?.json === json(preset.version)) return preset.version;
      const same = mine.find((r) => r.json === json(Number(r.key.split('@')[1])));
      if (same) return Number(same.key.split('@')[1]);
      let version = preset.version;
      while (at(version)) version++;
      if (!writable) return preset.version;
      const sheet = ensureSheet(ss);
      const row = [sheetText(`${preset.id}@${version}`), sheetText(new Date().toISOString()), sheetText(json(version))];
      sheet.getRange(sheet.getLastRow() + 1, 1, 1, row.length).setValues([row]);
      rows = [...read(), { key: `${preset.id}@${version}`, json: json(version) }];
      return version;
    },
  };
}
