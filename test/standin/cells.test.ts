import { gas } from './helpers';

describe('cells read and written per call (what a latency model needs)', () => {
  it('a Range read counts every cell of its range, a write every cell it sets', () => {
    const { SpreadsheetApp, ws } = gas();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sheet.getRange('A1:C4').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
      [10, 11, 12],
    ]);
    sheet.getRange('B2:C3').getValues();
    sheet.getRange('A1').getValue();
    sheet.appendRow(['x', 'y']);
    sheet.getRange('A1:B2').setBackgrounds([
      ['#fff', '#fff'],
      ['#fff', '#fff'],
    ]);
    sheet.getLastRow();
    expect(ws.calls.cellsByMethod()).toEqual({
      'Range.setValues': { read: 0, written: 12 },
      'Range.getValues': { read: 4, written: 0 },
      'Range.getValue': { read: 1, written: 0 },
      'Sheet.appendRow': { read: 0, written: 2 },
      'Range.setBackgrounds': { read: 0, written: 4 },
    });
    expect(ws.calls.cells()).toEqual({ read: 5, written: 18 });
    ws.calls.reset();
    expect(ws.calls.cells()).toEqual({ read: 0, written: 0 });
  });

  it('getDataRange().getValues() reads the whole used rectangle', () => {
    const { SpreadsheetApp, ws } = gas();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sheet.getRange(1, 1, 300, 7).setValues(Array.from({ length: 300 }, () => new Array(7).fill('v')));
    ws.calls.reset();
    sheet.getDataRange().getValues();
    expect(ws.calls.cells()).toEqual({ read: 2100, written: 0 });
  });

  it('the trace records each call in order with its sheet, cells, URL and the fake clock, only while started', () => {
    const { SpreadsheetApp, UrlFetchApp, ws } = gas();
    ws.http.register('https://example.test/', () => ({ status: 200, headers: {}, body: 'ok' }));
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sheet.getRange('A1').setValue(1);
    ws.trace.start();
    sheet.getRange('A1:A3').getValues();
    ws.clock.advance(5000);
    UrlFetchApp.fetch('https://example.test/x');
    const entries = ws.trace.stop();
    sheet.getRange('A1').getValue();
    expect(entries.map((e) => [e.key, e.read, e.written, e.sheet ?? e.url ?? ''])).toEqual([
      ['Sheet.getRange', 0, 0, 'Sheet1'],
      ['Range.getValues', 3, 0, 'Sheet1'],
      ['UrlFetchApp.fetch', 0, 0, 'https://example.test/x'],
    ]);
    expect(entries[2].clockMs - entries[1].clockMs).toBe(5000);
    expect(entries[2].cpuUs).toBeGreaterThanOrEqual(entries[0].cpuUs);
    expect(ws.trace.recording).toBe(false);
  });

  it("the trace tells the stand-in's own CPU (answering calls) from the product's, also inside an execution a call starts", () => {
    const { UrlFetchApp, ws } = gas();
    const cpu = () => {
      const c = process.cpuUsage();
      return c.user + c.system;
    };
    const burn = (ms: number) => {
      const from = cpu();
      while (cpu() - from < ms * 1000);
    };
    ws.http.register('https://example.test/', () => {
      burn(30); // Google answering
      ws.trace.enterExecution();
      burn(150); // a web app's code, run behind the fetch
      ws.trace.exitExecution();
      return { status: 200, headers: {}, body: 'ok' };
    });
    ws.trace.start();
    const from = cpu();
    burn(20); // the product before the call
    UrlFetchApp.fetch('https://example.test/x');
    const total = cpu() - from;
    const standin = ws.trace.standinUs();
    const entries = ws.trace.stop();
    // CPU time only grows on a busy machine, so only lower bounds: the stand-in's 30 ms are its own,
    // and the product's 20 + 150 ms (the code run inside the execution included) are not the stand-in's.
    expect(standin).toBeGreaterThanOrEqual(30_000);
    expect(total - standin).toBeGreaterThanOrEqual(170_000);
    expect(entries[0].standinUs).toBeLessThan(10_000);
  });
});
