/** Small typed accessors for stand-in globals in tests. */
import { type Workspace, type WorkspaceOptions, createWorkspace } from '../../dev/standin';
import type { AdvancedCalendarStandIn } from '../../dev/standin/calendar-advanced';
import type { AdvancedDriveStandIn } from '../../dev/standin/drive-advanced';

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
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  CalendarApp: GoogleAppsScript.Calendar.CalendarApp;
  Calendar: AdvancedCalendarStandIn;
  Drive: AdvancedDriveStandIn;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
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
    DriveApp: g.DriveApp,
    DocumentApp: g.DocumentApp,
    CalendarApp: g.CalendarApp,
    Calendar: g.Calendar,
    Drive: g.Drive,
    UrlFetchApp: g.UrlFetchApp,
    sheet: () => g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1'),
  };
}

/** Runs `fn` as an execution of `email` (active and effective user), then restores the workspace's users. */
export function as<T>(ws: Workspace, email: string, fn: () => T): T {
  const saved = { ...ws.ctx.user };
  ws.ctx.user.active = email;
  ws.ctx.user.effective = email;
  try {
    return fn();
  } finally {
    Object.assign(ws.ctx.user, saved);
  }
}

/** The error `fn` throws (the test fails when it throws nothing). */
export function thrown(fn: () => unknown): Error & { details?: { code: number; message: string } } {
  try {
    fn();
  } catch (e) {
    return e as Error & { details?: { code: number; message: string } };
  }
  throw new Error('expected an error, none was thrown');
}
