import { gas } from './helpers';

/** Writes and reads back a big block; speed is reported by `npm run bench`, not asserted here. */
function roundTrip(rows: number, cols: number): void {
  const { SpreadsheetApp } = gas();
  const sheet = SpreadsheetApp.getActive().insertSheet('Big');
  sheet.insertRowsAfter(1000, rows - 1000);
  sheet.insertColumnsAfter(26, Math.max(0, cols - 26));
  const data = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_2, j) => (j % 3 === 0 ? `t${i}` : i * j)),
  );
  sheet.getRange(1, 1, rows, cols).setValues(data);
  const back = sheet.getDataRange().getValues();
  expect(back.length).toBe(rows);
  expect(back[rows - 1][cols - 1]).toBe(data[rows - 1][cols - 1]);
  expect(back[rows - 1][0]).toBe(`t${rows - 1}`);
}

describe('backing store holds register-sized sheets', () => {
  it('writes and reads back 20,000 × 40', () => {
    roundTrip(20_000, 40);
  });

  it('writes and reads back 100,000 × 10', () => {
    roundTrip(100_000, 10);
  });

  it('refuses to grow past the 10,000,000-cell limit', () => {
    const sheet = gas().sheet();
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(/above the limit of 10000000 cells/);
  });
});
