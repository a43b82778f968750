import { gas } from './helpers';

function roundTrip(rows: number, cols: number): number {
  const { SpreadsheetApp } = gas();
  const sheet = SpreadsheetApp.getActive().insertSheet('Big');
  sheet.insertRowsAfter(1000, rows - 1000);
  sheet.insertColumnsAfter(26, Math.max(0, cols - 26));
  const data = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_2, j) => (j % 3 === 0 ? `t${i}` : i * j)));
  const t0 = Date.now();
  sheet.getRange(1, 1, rows, cols).setValues(data);
  const back = sheet.getDataRange().getValues();
  const ms = Date.now() - t0;
  expect(back.length).toBe(rows);
  expect(back[rows - 1][cols - 1]).toBe(data[rows - 1][cols - 1]);
  return ms;
}

describe('backing store size', () => {
  it('writes and reads 20,000 × 40 cheaply', () => {
    expect(roundTrip(20_000, 40)).toBeLessThan(5000);
  });

  it('writes and reads 100,000 × 10 cheaply', () => {
    expect(roundTrip(100_000, 10)).toBeLessThan(5000);
  });

  it('refuses to grow past the 10,000,000-cell limit', () => {
    const sheet = gas().sheet();
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(/above the limit of 10000000 cells/);
  });
});
