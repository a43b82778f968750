/**
 * Google's own words for "you may not": one place for every access error the stand-in
 * throws, each with where it was learned (see dev/standin/README.md, "Who may do what").
 */
import type { Ctx } from './context';

export const DENIED = {
  /** DriveApp.getFileById / getFolderById on an item the user cannot see. */
  driveNotFound:
    'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
  /** DriveApp write (rename, trash, move, create inside, share) on an item the user may only view. */
  driveAccessDenied: 'Access denied: DriveApp.',
  /** SpreadsheetApp.openById / openByUrl / export of a spreadsheet the user cannot see. */
  sheetsNoAccess: 'You do not have permission to access the requested document.',
  /** A write to a spreadsheet the user may only view. */
  sheetsViewOnly: 'You do not have permission to perform that action.',
  /** A write to a protected range or sheet by someone not among its editors (also Sheets' UI dialog). */
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  /** FormApp.openById / openByUrl of a form the user does not edit. */
  formNoAccess: 'No item with the given ID could be found, or you do not have permission to access it.',
  /** DocumentApp.openById of a Doc the user cannot see. */
  docMissing: (id: string): string =>
    `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
  /** CalendarApp / DocumentApp edit where the user has only read access. */
  actionNotAllowed: 'Action not allowed',
  /** Calendar API v3 write on a calendar shared read-only (403 requiredAccessLevel). */
  calendarNeedsWriter: 'You need to have writer access to this calendar.',
  /** Drive API v3: an item the user (or, with drive.file, the app) cannot see (404). */
  driveApiNotFound: (id: string): string => `File not found: ${id}.`,
  /** Drive API v3: a write on an item the user may only read (403 insufficientFilePermissions). */
  driveApiReadOnly: 'The user does not have sufficient permissions for this file.',
  /** The Forms page shown to a respondent outside the owner's domain when responses are restricted to it. */
  formDomainOnly: "You need permission. This form can only be viewed by users in the owner's organization.",
} as const;

/**
 * An error shaped like an advanced service's GoogleJsonResponseException:
 * "API call to <api>.<method> failed with error: <message>", with `details.code`.
 */
export function apiError(ctx: Ctx, call: string, code: number, message: string): Error {
  const error = ctx.fail(`API call to ${call} failed with error: ${message}`);
  error.name = 'GoogleJsonResponseException';
  Object.assign(error, { details: { code, message } });
  return error;
}
