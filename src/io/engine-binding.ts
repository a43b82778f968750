/**
 * The engine's binding to the one spreadsheet and panel it serves, kept in the office
 * account's Script Properties (which no official can read or write).
 */
import type { EngineBinding } from '../app/engine-call';

const SPREADSHEET_PROPERTY = 'VICON_SPREADSHEET_ID';
const AUDIENCE_PROPERTY = 'VICON_PANEL_AUDIENCE';

/** The binding over the engine project's Script Properties (read once per call); the office account is the effective user. */
export function propertyBinding(): EngineBinding {
  const props = () => PropertiesService.getScriptProperties();
  let all: Record<string, string> | null = null;
  const read = (key: string) => (all ??= props().getProperties())[key] ?? null;
  return {
    spreadsheetId: () => read(SPREADSHEET_PROPERTY),
    audience: () => read(AUDIENCE_PROPERTY),
    bind: (spreadsheetId, audience) =>
      props().setProperties({ [SPREADSHEET_PROPERTY]: spreadsheetId, [AUDIENCE_PROPERTY]: audience }),
    officeAccount: () => Session.getEffectiveUser().getEmail(),
  };
}

/** The office spreadsheet the engine serves, or null before the first Setup. */
export function boundSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const id = PropertiesService.getScriptProperties().getProperty(SPREADSHEET_PROPERTY);
  return id ? SpreadsheetApp.openById(id) : null;
}
