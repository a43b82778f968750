/**
 * Installable triggers, found by handler name so Setup never installs one twice.
 */

/** The handler names the add-on installs (top-level functions in main.ts). */
export const TRIGGER_HANDLERS = {
  formSubmit: 'onFpvcSubmit',
  hourly: 'runHourly',
  sheetEdit: 'onSheetEdit',
} as const;

/**
 * Script cache of trigger ids known to be this project's own (6 h, the longest it keeps an entry):
 * a trigger run checks its id with one cache read instead of listing the project's triggers.
 */
const OWN_PREFIX = 'vicon:own-trigger:';
const OWN_TTL_S = 21600;

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
  const own = ScriptApp.getProjectTriggers().map((t) => [OWN_PREFIX + t.getUniqueId(), '1'] as const);
  CacheService.getScriptCache().putAll(Object.fromEntries(own), OWN_TTL_S);
  return installed;
}

/**
 * True when `event` comes from one of this project's own installable triggers (its triggerUid is
 * one of the current user's triggers, as the script cache remembers them or the project's trigger
 * list says). Anything else — a call from a served page's google.script.run with a forged event —
 * is not a trigger run.
 */
export function isOwnTrigger(event: unknown): boolean {
  const uid = event && typeof event === 'object' ? (event as { triggerUid?: unknown }).triggerUid : undefined;
  if (uid === undefined || uid === null || uid === '') return false;
  const cache = CacheService.getScriptCache();
  const key = OWN_PREFIX + String(uid);
  if (cache.get(key) === '1') return true;
  const own = ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === String(uid));
  if (own) cache.put(key, '1', OWN_TTL_S);
  return own;
}
