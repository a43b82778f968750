/** Short names for the @types/google-apps-script interfaces the fakes implement. */
export type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GRange = GoogleAppsScript.Spreadsheet.Range;
export type GProtection = GoogleAppsScript.Spreadsheet.Protection;
export type GUser = GoogleAppsScript.Base.User;

/** Hands a fake out typed as the real interface it stands in for (the Proxy does the rest). */
export function asGas<T>(fake: object): T {
  return fake as unknown as T;
}
