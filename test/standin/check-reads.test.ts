/**
 * What "Periksa pemasangan" reads from Google, on the stand-in: which file a trigger watches
 * (the form's or spreadsheet's id; null for a time trigger, as the reference says), where a
 * form sends its answers (Google's error when nowhere), and the active user's locale.
 */
import { createWorkspace } from '../../dev/standin';
import { loadBundle } from '../../dev/standin/loader';
import { OFFICE, bundleFile } from './projects-kit';

const CODE = `
function install(formId) {
  ScriptApp.newTrigger('onSubmit').forForm(formId).onFormSubmit().create();
  ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
  ScriptApp.newTrigger('edited').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create();
  return ScriptApp.getProjectTriggers().map((t) => [t.getHandlerFunction(), t.getTriggerSourceId()]);
}
function makeForm(linked) {
  const form = FormApp.create('FPVC');
  if (linked) form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActiveSpreadsheet().getId());
  return form.getId();
}
function destination(id) { return FormApp.openById(id).getDestinationId(); }
function locale() { return Session.getActiveUserLocale(); }
`;

function office() {
  const ws = createWorkspace({ activeUser: OFFICE, effectiveUser: OFFICE });
  const p = ws.createProject({ name: 'mesin', owner: OFFICE, containerId: ws.spreadsheet.getId() });
  return { ws, app: loadBundle(ws, bundleFile(CODE), { project: p }) };
}

describe('facts the installation check reads', () => {
  it('Trigger.getTriggerSourceId: the form, null for a time trigger, the spreadsheet', () => {
    const { ws, app } = office();
    const formId = app.callAs<string>(OFFICE, 'makeForm', true);
    expect(app.callAs(OFFICE, 'install', formId)).toEqual([
      ['onSubmit', formId],
      ['hourly', null],
      ['edited', ws.spreadsheet.getId()],
    ]);
  });

  it('Form.getDestinationId: the linked spreadsheet, or Google’s error when answers go nowhere', () => {
    const { ws, app } = office();
    expect(app.callAs(OFFICE, 'destination', app.callAs(OFFICE, 'makeForm', true))).toBe(ws.spreadsheet.getId());
    expect(() => app.callAs(OFFICE, 'destination', app.callAs(OFFICE, 'makeForm', false))).toThrow(
      'This form does not currently have a response destination.',
    );
  });

  it('Session.getActiveUserLocale answers the language code of the person at the keyboard', () => {
    expect(office().app.callAs(OFFICE, 'locale')).toBe('id');
  });
});
