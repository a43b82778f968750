/**
 * The PeoplePort over the Pengguna, Plh and Sumber Daya sheets: rows read by header, one row
 * written (or deleted) at a time; columns the wizard does not know (ID Kalender, extra columns
 * an office added) are kept as they are (their text stays text), and a column the product added
 * later (WhatsApp) is appended when a value for it is first saved. Typed text is written as text (sheetText); dates as
 * 'YYYY-MM-DD', which Sheets reads as a date, as when typed.
 */
import type { PeoplePort, PeopleRow } from '../app/people';
import { localDate, isOfficeZone } from '../core/dates';
import { rowKey, type PeopleSection, type RowValues } from '../core/people-fields';
import { sheetText } from '../core/sheet-text';
import type { UserRecord } from '../core/users';
import { DELEGATIONS_SHEET, USERS_SHEET, DELEGATION_HEADERS, USER_HEADERS } from './config-store';
import { syncEditors } from './editors';
import { ensureRows, requireSheet } from './sheet-table';
import { addMissingHeaders, RESOURCE_HEADERS, RESOURCES_SHEET } from './workbook';

/** Sheet, and field name → header, of each section. */
const LAYOUT: Record<PeopleSection, { sheet: string; columns: Record<string, string> }> = {
  pengguna: {
    sheet: USERS_SHEET,
    columns: Object.fromEntries(
      ['email', 'name', 'nip', 'roles', 'active', 'admin', 'whatsapp'].map((f, i) => [f, USER_HEADERS[i]]),
    ),
  },
  plh: {
    sheet: DELEGATIONS_SHEET,
    columns: Object.fromEntries(
      ['role', 'substitute', 'forName', 'from', 'to'].map((f, i) => [f, DELEGATION_HEADERS[i]]),
    ),
  },
  sumberdaya: {
    sheet: RESOURCES_SHEET,
    columns: Object.fromEntries(
      ['kind', 'name', 'account', 'licence', 'capacity', 'calendarId', 'active', 'notes'].map((f, i) => [
        f,
        RESOURCE_HEADERS[i],
      ]),
    ),
  },
};
const DATES = new Set(['from', 'to']);

/** The real PeoplePort over `ss`; `timeZone` formats date cells; `users` reads Pengguna for sharing. */
export function sheetPeoplePort(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: () => string,
  users: () => UserRecord[],
): PeoplePort {
  const cell = (v: unknown): string => {
    const tz = timeZone();
    return v instanceof Date ? localDate(v, isOfficeZone(tz) ? tz : 'Asia/Jakarta') : String(v ?? '').trim();
  };
  const table = (section: PeopleSection) => {
    const sheet = requireSheet(ss, LAYOUT[section].sheet);
    const [head, ...body] = sheet.getDataRange().getValues();
    const at = (field: string) => head.map((h) => String(h).trim()).indexOf(LAYOUT[section].columns[field]);
    const rows = body.map((r, i) => {
      const values: RowValues = {};
      for (const field of Object.keys(LAYOUT[section].columns)) values[field] = at(field) < 0 ? '' : cell(r[at(field)]);
      return { key: rowKey(section, values), values, raw: r, row: i + 2 };
    });
    return { sheet, head, at, rows: rows.filter((r) => r.raw.some((v) => String(v ?? '').trim() !== '')) };
  };
  return {
    rows: (section): PeopleRow[] => table(section).rows.map(({ key, values }) => ({ key, values })),
    write(section, key, values) {
      const columns = LAYOUT[section].columns;
      let t = table(section);
      const lacking = Object.keys(values ?? {}).filter((f) => columns[f] && values?.[f] && t.at(f) < 0);
      if (lacking.length) {
        addMissingHeaders(
          t.sheet,
          lacking.map((f) => columns[f]),
        );
        t = table(section);
      }
      const found = key === null ? undefined : t.rows.find((r) => r.key === key);
      if (values === null) {
        if (found) t.sheet.deleteRow(found.row);
        return;
      }
      const row = found?.row ?? t.sheet.getLastRow() + 1;
      if (!found) ensureRows(t.sheet, row - 1, 1);
      const kept = (v: unknown) => (typeof v === 'string' ? sheetText(v) : (v ?? ''));
      const out = t.head.map((_h, i) => kept(found?.raw[i]));
      for (const [field, value] of Object.entries(values)) {
        if (t.at(field) >= 0) out[t.at(field)] = DATES.has(field) ? value : sheetText(value);
      }
      t.sheet.getRange(row, 1, 1, out.length).setValues([out]);
    },
    syncEditors: () => syncEditors(ss, users()),
  };
}
