/**
 * RegisterStore on the Register sheet. Each method does a fixed number of
 * Sheet reads/writes, whatever the number of rows: the header once per
 * execution, then whole columns or whole rows as blocks.
 */
import type { OfficeZone } from '../core/dates';
import type { VcRequest } from '../core/request';
import type { RegisterStore, StoredRequest } from '../app/ports';
import { REQUIRED_REGISTER_HEADERS, requestToRow, rowToRequest } from './register-row';
import { col, ensureRows, headerMap, readHeader, requireSheet, type HeaderMap } from './sheet-table';

export const REGISTER_SHEET = 'Register';

/** A RegisterStore over the active spreadsheet's Register sheet, dates in `tz`. */
export function sheetRegisterStore(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tz: () => OfficeZone): RegisterStore {
  let cached: { sheet: GoogleAppsScript.Spreadsheet.Sheet; map: HeaderMap } | null = null;
  const rawRows = new Map<number, unknown[]>();
  const open = () => {
    if (!cached) {
      const sheet = requireSheet(ss, REGISTER_SHEET);
      cached = { sheet, map: headerMap(readHeader(sheet), REQUIRED_REGISTER_HEADERS, REGISTER_SHEET) };
    }
    return cached;
  };
  const readColumns = (headers: string[]): unknown[][] => {
    const { sheet, map } = open();
    const last = sheet.getLastRow();
    if (last < 2) return [];
    const cols = headers.map((h) => col(map, h));
    const first = Math.min(...cols);
    const block = sheet.getRange(2, first + 1, last - 1, Math.max(...cols) - first + 1).getValues();
    return block.map((row) => cols.map((c) => row[c - first]));
  };
  return {
    readKeys() {
      const rows = readColumns(['Nomor', 'Ref Respons']);
      return { ids: rows.map((r) => String(r[0] ?? '')), refs: rows.map((r) => String(r[1] ?? '')) };
    },
    append(request: VcRequest) {
      const { sheet, map } = open();
      const row = requestToRow(request, map, tz());
      const last = sheet.getLastRow();
      ensureRows(sheet, last, 1);
      sheet.getRange(last + 1, 1, 1, map.width).setValues([row]);
    },
    find(id: string): StoredRequest | null {
      const ids = readColumns(['Nomor']);
      const index = ids.findIndex((r) => String(r[0]).trim() === id);
      if (index < 0) return null;
      const { sheet, map } = open();
      const rowNumber = index + 2;
      const row = sheet.getRange(rowNumber, 1, 1, map.width).getValues()[0];
      rawRows.set(rowNumber, row);
      return { row: rowNumber, request: rowToRequest(row, map, tz()) };
    },
    write(stored: StoredRequest) {
      const { sheet, map } = open();
      const range = sheet.getRange(stored.row, 1, 1, map.width);
      const base = rawRows.get(stored.row) ?? range.getValues()[0];
      range.setValues([requestToRow(stored.request, map, tz(), base)]);
    },
    discard(id: string) {
      const found = this.find(id);
      if (found) open().sheet.getRange(found.row, 1, 1, open().map.width).clearContent();
    },
    readAll(): VcRequest[] {
      const { sheet, map } = open();
      const values = sheet.getDataRange().getValues();
      return values
        .slice(1)
        .filter((r) => String(r[col(map, 'Nomor')] ?? '') !== '')
        .map((r) => rowToRequest(r, map, tz()));
    },
  };
}
