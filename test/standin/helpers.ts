/** Small typed accessors for stand-in globals in tests. */
import { type Workspace, type WorkspaceOptions, createWorkspace } from '../../dev/standin';

/** Form methods of Google's 2025 publishing model that @types/google-apps-script 2.0 lacks. */
export type PublishableForm = GoogleAppsScript.Forms.Form & {
  setPublished(enabled: boolean): GoogleAppsScript.Forms.Form;
  isPublished(): boolean;
  supportsAdvancedResponderPermissions(): boolean;
  addPublishedReader(email: string): GoogleAppsScript.Forms.Form;
  getPublishedReaders(): GoogleAppsScript.Base.User[];
};

export interface Gas {
  ws: Workspace;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Session: GoogleAppsScript.Base.Session;
  sheet(): GoogleAppsScript.Spreadsheet.Sheet;
}

/** A fresh workspace and its globals, typed. */
export function gas(opts?: WorkspaceOptions): Gas {
  const ws = createWorkspace(opts);
  const g = ws.globals as Record<string, any>;
  return {
    ws,
    SpreadsheetApp: g.SpreadsheetApp,
    FormApp: g.FormApp,
    PropertiesService: g.PropertiesService,
    CacheService: g.CacheService,
    LockService: g.LockService,
    ScriptApp: g.ScriptApp,
    Utilities: g.Utilities,
    HtmlService: g.HtmlService,
    Session: g.Session,
    sheet: () => g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1'),
  };
}
