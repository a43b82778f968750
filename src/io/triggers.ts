/**
 * Installable triggers, found by handler name so Setup never installs one twice.
 */

/** The handler names the add-on installs (top-level functions in main.ts). */
export const TRIGGER_HANDLERS = {
  formSubmit: 'onFpvcSubmit',
  hourly: 'runHourly',
} as const;

function hasTrigger(handler: string): boolean {
  return ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler);
}

/** Install the form-submit and hourly triggers when missing; returns the handlers installed. */
export function ensureTriggers(formId: string): string[] {
  const installed: string[] = [];
  if (!hasTrigger(TRIGGER_HANDLERS.formSubmit)) {
    ScriptApp.newTrigger(TRIGGER_HANDLERS.formSubmit).forForm(formId).onFormSubmit().create();
    installed.push(TRIGGER_HANDLERS.formSubmit);
  }
  if (!hasTrigger(TRIGGER_HANDLERS.hourly)) {
    ScriptApp.newTrigger(TRIGGER_HANDLERS.hourly).timeBased().everyHours(1).create();
    installed.push(TRIGGER_HANDLERS.hourly);
  }
  return installed;
}
