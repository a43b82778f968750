/**
 * PresetVersionStore on the 'Versi Alur SOP' sheet: one row per preset version a request started
 * on (key 'id@versi', when, the preset as JSON), protected for the office account and hidden. Setup
 * creates the sheet; only the engine writes it (under the script lock intake holds); the panel reads
 * it. The index's meta keeps a hash of each stored version's content, so the version a request runs
 * on is recognised as the current preset without reading the sheet (a new version is written, and
 * the sheet read, only when the preset's content changed). Rows are read at most once per execution.
 */
import type { PresetVersionStore } from '../app/ports';
import type { Preset } from '../core/sop/types';
import { sheetText } from '../core/sheet-text';
import { sha256Hex } from './digest';
import { writeMeta, type IndexSource } from './live-index';
import { protectForOfficeAccount } from './protection';

export const PRESET_VERSIONS_SHEET = 'Versi Alur SOP';
const HEADERS = ['Kunci', 'Dicatat', 'Isi Alur SOP (JSON)'];
const PROTECT =
  'Versi alur SOP yang dipakai permohonan yang sedang berjalan, dicatat oleh Layanan Vicon. Jangan diubah.';

type Row = { key: string; json: string };

/** The 'Versi Alur SOP' sheet, created (hidden, protected, with its headers) when missing. */
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

const keyOf = (id: string, version: number) => `${id}@${version}`;
const hashesOf = (rows: Row[]): Record<string, string> =>
  Object.fromEntries(rows.map((r) => [r.key, sha256Hex(r.json)]));
const contentOf = (preset: Preset, version: number) => JSON.stringify({ ...preset, version });

/**
 * A store over `ss`; `writable` false for the panel (reads only). With `index`, the hashes in its
 * meta spare the sheet's read whenever the preset is the one stored.
 */
export function sheetPresetVersions(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  writable: boolean,
  index?: IndexSource,
): PresetVersionStore {
  let rows: Row[] | null = null;
  const read = (): Row[] => {
    if (rows) return rows;
    const sheet = ss.getSheetByName(PRESET_VERSIONS_SHEET);
    const values = sheet ? sheet.getDataRange().getValues().slice(1) : [];
    return (rows = values.map((r) => ({ key: String(r[0] ?? ''), json: String(r[2] ?? '') })));
  };
  /** The hashes of every stored version, when the index's meta mirrors the sheet (else null: read it). */
  const mirror = () => index?.()?.meta.presets ?? null;
  /** Note in the index's meta that `key` holds `json` (one write, once per version; the first one mirrors every row). */
  const note = (key: string, json: string) => {
    const idx = writable ? index?.() : null;
    if (!idx || idx.meta.presets?.[key] === sha256Hex(json)) return;
    const known = idx.meta.presets ?? hashesOf(read());
    writeMeta(idx, { ...idx.meta, presets: { ...known, [key]: sha256Hex(json) } });
  };
  /** Append `preset` as `version` after the rows read (no size lookup: the rows end where the read did). */
  const store = (preset: Preset, version: number) => {
    const sheet = ensureSheet(ss);
    const row = [
      sheetText(keyOf(preset.id, version)),
      sheetText(new Date().toISOString()),
      sheetText(contentOf(preset, version)),
    ];
    sheet.getRange(read().length + 2, 1, 1, row.length).setValues([row]);
    rows = [...read(), { key: keyOf(preset.id, version), json: contentOf(preset, version) }];
  };
  const holds = (preset: Preset): boolean => {
    const hash = mirror()?.[keyOf(preset.id, preset.version)];
    return hash !== undefined && hash === sha256Hex(contentOf(preset, preset.version));
  };
  return {
    load(id, version) {
      const known = mirror();
      if (known && known[keyOf(id, version)] === undefined) return null;
      const row = read().find((r) => r.key === keyOf(id, version));
      if (!row) return null;
      try {
        return JSON.parse(row.json) as unknown;
      } catch {
        return null;
      }
    },
    holds,
    save(preset: Preset) {
      if (holds(preset)) return preset.version;
      const mine = read().filter((r) => r.key.startsWith(`${preset.id}@`));
      const at = (version: number) => mine.find((r) => r.key === keyOf(preset.id, version));
      const same =
        at(preset.version)?.json === contentOf(preset, preset.version)
          ? preset.version
          : mine.map((r) => Number(r.key.split('@')[1])).find((v) => at(v)?.json === contentOf(preset, v));
      let version = same ?? preset.version;
      while (same === undefined && at(version)) version++;
      if (!writable) return same ?? preset.version;
      if (same === undefined) store(preset, version);
      note(keyOf(preset.id, version), contentOf(preset, version));
      return version;
    },
  };
}

/**
 * Setup: the 'Versi Alur SOP' sheet exists, the index's meta mirrors the hashes of what it holds
 * (read once here), and the office's `active` preset is stored, so no form intake or action reads
 * the sheet until the preset's content changes.
 */
export function ensurePresetVersions(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  index: IndexSource,
  active: Preset | undefined,
): void {
  const sheet = ensureSheet(ss);
  const idx = index();
  if (idx && !idx.meta.presets) {
    const rows = sheet
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r): Row => ({ key: String(r[0] ?? ''), json: String(r[2] ?? '') }));
    writeMeta(idx, { ...idx.meta, presets: hashesOf(rows.filter((r) => r.key)) });
  }
  if (active) sheetPresetVersions(ss, true, index).save(active);
}
