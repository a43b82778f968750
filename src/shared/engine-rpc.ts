/**
 * The wire contract between the panel (bound to the spreadsheet, runs as the official who
 * clicks) and the engine (the office account's web app). One command per call; the official
 * is identified only by the Google-signed identity token, never by a field the panel sends.
 */
import type { Result } from './rpc';

/** Every command the engine accepts from the panel. */
export const ENGINE_COMMANDS = [
  'performAction',
  'submitLetterRequest',
  'uploadDocumentation',
  'getSettingsForm',
  'saveSettings',
  'saveZoomCredentials',
  'testZoomConnection',
  'setup',
  'setupCalendars',
  'refreshRecap',
  'exportRecap',
  'copyPreset',
  'checkHistory',
  'getPeople',
  'savePeopleRow',
  'checkInstallation',
  'archiveYear',
] as const;

export type EngineCommand = (typeof ENGINE_COMMANDS)[number];

/** The JSON body of one call from the panel to the engine's doPost. */
export interface EngineRequest {
  command: EngineCommand;
  args: unknown[];
  /** `ScriptApp.getIdentityToken()` of the official, as Google issued it. */
  idToken: string;
  /** The spreadsheet the panel is bound to (the engine serves exactly one). */
  spreadsheetId: string;
}

/** What the engine answers: a Result, as JSON. */
export type EngineResponse = Result<unknown>;

/** Lines for an alert (Setup, Rekap, history check…). */
export interface LinesDto {
  lines: string[];
}

/**
 * The only addresses an identity token may be sent to: an Apps Script web app's /exec URL
 * (consumer or Workspace form). A token must never leave for any other host.
 */
export const ENGINE_URL_PATTERN = /^https:\/\/script\.google\.com\/(?:a\/macros\/[\w.-]+|macros)\/s\/[\w-]{10,}\/exec$/;
