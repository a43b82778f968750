import { gas } from './helpers';

describe('ScriptApp triggers', () => {
  it('creates, lists and deletes triggers', () => {
    const { ScriptApp, SpreadsheetApp, ws } = gas();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const t1 = ScriptApp.newTrigger('runHourly').timeBased().everyHours(1).create();
    const t2 = ScriptApp.newTrigger('onFpvcSubmit').forSpreadsheet(ss).onFormSubmit().create();
    expect(ws.triggers()).toEqual([
      { id: t1.getUniqueId(), handler: 'runHourly', eventType: 'CLOCK', source: 'CLOCK', sourceId: '' },
      {
        id: t2.getUniqueId(),
        handler: 'onFpvcSubmit',
        eventType: 'ON_FORM_SUBMIT',
        source: 'SPREADSHEETS',
        sourceId: ss.getId(),
      },
    ]);
    expect(t2.getEventType()).toBe(ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(ScriptApp.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual(['onFpvcSubmit']);
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);
    expect(ws.triggers().map((t) => t.handler)).toEqual(['onFpvcSubmit']);
  });

  it('refuses the 21st trigger with the real message, and invalid schedules', () => {
    const { ScriptApp } = gas();
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyDays(1).create();
    expect(() => ScriptApp.newTrigger('f20').timeBased().everyDays(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(() => ScriptApp.newTrigger('x').timeBased().everyMinutes(7)).toThrow(/everyMinutes/);
  });

  it('an add-on cannot run time triggers more than hourly', () => {
    const { ScriptApp } = gas({ isAddon: true });
    expect(() => ScriptApp.newTrigger('x').timeBased().everyMinutes(5)).toThrow(/once per hour/);
  });

  it('fireTimeTriggers calls each clock handler once, without a UI and with a trigger event', () => {
    const { ScriptApp, SpreadsheetApp, ws } = gas();
    ScriptApp.newTrigger('runHourly').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('onOpenX').forSpreadsheet(SpreadsheetApp.getActive()).onOpen().create();
    const seen: Array<[string, any, boolean]> = [];
    ws.runner.setHandlerInvoker((name, e) => {
      let ui = true;
      try {
        SpreadsheetApp.getUi();
      } catch {
        ui = false;
      }
      seen.push([name, e, ui]);
    });
    expect(ws.fireTimeTriggers()).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0][0]).toBe('runHourly');
    expect(seen[0][1]).toMatchObject({ authMode: 'FULL', timezone: 'UTC', hour: 2, year: 2025 });
    expect(seen[0][2]).toBe(false);
    expect(() => SpreadsheetApp.getUi()).not.toThrow();
  });
});
