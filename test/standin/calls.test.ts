import { DATA_METHODS } from '../../dev/standin';
import { gas } from './helpers';

describe('call counting and fault injection', () => {
  it('counts every call as Class.method and sums data calls', () => {
    const { SpreadsheetApp, ws } = gas();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getDataRange().getValues();
    sheet.appendRow([5, 6]);
    expect(ws.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
      'Sheet.appendRow': 1,
    });
    expect(ws.calls.dataCalls()).toBe(3);
    expect(DATA_METHODS).not.toContain('Sheet.getDataRange');
    const before = ws.calls.snapshot();
    ws.calls.reset();
    expect(ws.calls.count()).toBe(0);
    expect(before['Range.getValues']).toBe(1);
  });

  it('chained calls return the wrapped object, so they are counted too', () => {
    const { SpreadsheetApp, ws } = gas();
    SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setNumberFormat('@').setValue('0812');
    expect(ws.calls.count('Range.setValue')).toBe(1);
    expect(ws.spreadsheet.sheetByName('Sheet1')!.values).toEqual([['0812']]);
  });

  it('injected faults throw the real-looking errors for the given number of calls', () => {
    const { SpreadsheetApp, ws } = gas();
    const range = SpreadsheetApp.getActive().getSheets()[0].getRange('A1');
    ws.faults.inject('Range.setValues', { kind: 'throw', times: 1 });
    ws.faults.inject('Range.getValues', { kind: 'quota' });
    ws.faults.inject('Range.getValue', { kind: 'timeout', times: 2 });
    expect(() => range.setValues([[1]])).toThrow(/server error occurred/);
    expect(() => range.setValues([[1]])).not.toThrow();
    expect(() => range.getValues()).toThrow('Service invoked too many times for one day: Range.getValues.');
    expect(() => range.getValues()).toThrow(/too many times/);
    expect(() => range.getValue()).toThrow(/^Timed out/);
    ws.faults.clear();
    expect(range.getValue()).toBe(1);
    ws.faults.inject('Sheet.appendRow', { kind: 'throw', message: 'boom' });
    expect(() => range.getSheet().appendRow([1])).toThrow('boom');
  });

  it('install() puts the globals on a target and uninstall restores it', () => {
    const { ws } = gas();
    const target: Record<string, unknown> = { Logger: 'mine' };
    const uninstall = ws.install(target);
    expect(target.SpreadsheetApp).toBe(ws.globals.SpreadsheetApp);
    (target.console as Console).warn('rahasia %s', 'x');
    expect(ws.logs).toEqual(['warn: rahasia x']);
    uninstall();
    expect(target).toEqual({ Logger: 'mine' });
  });
});

describe('UrlFetchApp wiring', () => {
  it('routes to fake servers registered with ws.http, counted and faultable like every service', () => {
    const { ws } = gas();
    ws.http.register('https://api.zoom.us/', (req) => ({ status: 200, headers: {}, body: `${req.method} ${req.url}` }));
    const UrlFetchApp = ws.globals.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp;
    expect(UrlFetchApp.fetch('https://api.zoom.us/v2/users/me').getContentText()).toBe(
      'get https://api.zoom.us/v2/users/me',
    );
    ws.faults.inject('UrlFetchApp.fetch', { kind: 'timeout', times: 1 });
    expect(() => UrlFetchApp.fetch('https://api.zoom.us/v2/x')).toThrow(/Timed out/);
    expect(ws.calls.count('UrlFetchApp.fetch')).toBe(2);
  });

  it('the longest prefix wins, and registering a prefix again replaces its server (a broken Google endpoint)', () => {
    const { ws } = gas();
    const UrlFetchApp = ws.globals.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp;
    const token = 'https://oauth2.googleapis.com/tokeninfo?id_token=abc';
    expect(UrlFetchApp.fetch(token, { muteHttpExceptions: true }).getResponseCode()).toBe(400);
    ws.http.register('https://oauth2.googleapis.com/tokeninfo', () => ({
      status: 200,
      headers: {},
      body: 'alles gut',
    }));
    expect(UrlFetchApp.fetch(token).getContentText()).toBe('alles gut');
    ws.http.register('https://oauth2.googleapis.com/', () => ({ status: 500, headers: {}, body: 'shorter' }));
    expect(UrlFetchApp.fetch(token).getContentText()).toBe('alles gut');
  });
});
