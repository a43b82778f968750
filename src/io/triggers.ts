/**
 * Installable triggers, found by handler name so Setup never installs one twice.
 */

/** The handler names the add-on installs (top-level functions in main.ts). */
export const TRIGGER_HANDLERS = {
  formSubmit: 'onFpvcSubmit',
  hourly: 'runHourly',
  sheetEdit: 'onSheetEdit',
} as const;

function hasTrigger(handler: string): boolean {
  return ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler);
}

/** Install the form-submit, hourly and sheet-edit triggers when missing; returns the handlers installed. */
export function ensureTriggers(formId: string, spreadsheetId: string): string[] {
  const installed: string[] = [];
  if (!hasTrigger(TRIGGER_HANDLERS.formSubmit)) {
    ScriptApp.newTrigger(TRIGGER_HANDLERS.formSubmit).forForm(formId).onFormSubmit().create();
    installed.push(TRIGGER_HANDLERS.formSubmit);
  }
  if (!hasTrigger(TRIGGER_HANDLERS.hourly)) {
    ScriptApp.newTrigger(TRIGGER_HANDLERS.hourly).timeBased().everyHours(1).create();
    installed.push(TRIGGER_HANDLERS.hourly);
  }
  if (!hasTrigger(TRIGGER_HANDLERS.sheetEdit)) {
    ScriptApp.newTrigger(TRIGGER_HANDLERS.sheetEdit).forSpreadsheet(spreadsheetId).onEdit().create();
    installed.push(TRIGGER_HANDLERS.sheetEdit);
  }
  return installed;
}

/**
 * True when `event` comes from one of this project's own installable triggers (its triggerUid is
 * one of the current user's triggers). Anything else — a call from a served page's
 * google.script.run with a forged event — is not a trigger run.
 */
export function isOwnTrigger(event: unknown): boolean {
  const uid = event && typeof event === 'object' ? (event as { triggerUid?: unknown }).triggerUid : undefined;
  if (uid === undefined || uid === null || uid === '') return false;
  return ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === String(uid));
}
