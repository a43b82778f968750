/**
 * The Log sheet on the stand-in: an execution's errors are written once when it ends (one
 * setValues), Google's words beside what people read, secrets scrubbed and text kept as text;
 * the sheet is created protected for the office account when missing, keeps only the newest
 * LOG_MAX_ROWS entries, and a thrown error is recorded and rethrown.
 */
import { createWorkspace, type Workspace } from '../../dev/standin';
import { appendLog, executionLog, LOG_MAX_ROWS, recentLog, withErrorLog } from '../../src/io/error-log';

const OFFICE = 'layanan@kominfo.go.id';
let ws: Workspace;
let restore: () => void;
let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;

beforeEach(() => {
  ws = createWorkspace({ now: new Date('2026-11-23T02:00:00Z'), activeUser: OFFICE, effectiveUser: OFFICE });
  restore = ws.install();
  ss = SpreadsheetApp.getActiveSpreadsheet();
  PropertiesService.getScriptProperties().setProperty('VICON_SPREADSHEET_ID', ss.getId());
});
afterEach(() => restore());

const entry = (n: number) => ({
  source: 'Efek: membuat rapat',
  requestId: `VC-2026-${String(n).padStart(4, '0')}`,
  raw: `HTTP 404, kode 1001: User does not exist: host${n}@kominfo.go.id.`,
  shown: 'gagal, perlu diperbaiki: akun host tidak ada',
  at: new Date(Date.UTC(2026, 10, 23, 2, 0, n)),
});

describe('the Log sheet', () => {
  it('one execution, two errors: one write, after the execution, in a protected sheet', () => {
    const writes = () => ws.calls.count('Range.setValues');
    let during = -1;
    withErrorLog('Pemicu per jam', () => {
      executionLog.record(entry(1));
      executionLog.record({ ...entry(2), raw: '=HYPERLINK("x") Bearer abc.def-123' });
      during = ss.getSheetByName('Log')?.getLastRow() ?? 0;
    });
    const log = ss.getSheetByName('Log')!;
    expect(during).toBe(0);
    expect(log.getRange(2, 2, 2, 5).getValues()).toEqual([
      ['Efek: membuat rapat', 'VC-2026-0001', entry(1).raw, entry(1).shown, 'pengembangan'],
      ['Efek: membuat rapat', 'VC-2026-0002', '=HYPERLINK("x") Bearer [disembunyikan]', entry(2).shown, 'pengembangan'],
    ]);
    const p = log.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OFFICE]);
    const before = writes();
    withErrorLog('x', () => executionLog.record(entry(3)));
    expect(writes() - before).toBe(1);
  });

  it('a thrown error is logged under the execution’s name and rethrown', () => {
    expect(() =>
      withErrorLog('Suntingan sheet', () => {
        throw new Error('Service Spreadsheets timed out while accessing document with id x.');
      }),
    ).toThrow('Service Spreadsheets timed out');
    expect(ss.getSheetByName('Log')!.getRange(2, 2, 1, 4).getValues()[0]).toEqual([
      'Suntingan sheet',
      '',
      'Service Spreadsheets timed out while accessing document with id x.',
      'Eksekusi berhenti dengan galat; Apps Script memberi tahu akun layanan lewat email.',
    ]);
  });

  it('keeps only the newest LOG_MAX_ROWS entries', () => {
    appendLog(
      ss,
      Array.from({ length: LOG_MAX_ROWS - 1 }, (_, i) => entry(i + 1)),
    );
    appendLog(ss, [entry(LOG_MAX_ROWS), entry(LOG_MAX_ROWS + 1), entry(LOG_MAX_ROWS + 2)]);
    const log = ss.getSheetByName('Log')!;
    expect(log.getLastRow()).toBe(LOG_MAX_ROWS + 1);
    expect(log.getRange(2, 3).getValue()).toBe('VC-2026-0003');
    expect(log.getRange(LOG_MAX_ROWS + 1, 3).getValue()).toBe(`VC-2026-${LOG_MAX_ROWS + 2}`);
  });

  it('recentLog reads the entries since a time, newest rows only', () => {
    appendLog(ss, [entry(1), entry(30)]);
    expect(recentLog(ss, new Date(Date.UTC(2026, 10, 23, 2, 0, 10))).map((f) => f.raw)).toEqual([entry(30).raw]);
    expect(recentLog(ss, new Date(0))).toHaveLength(2);
  });

  it('outside an execution an error only reaches the console', () => {
    executionLog.record(entry(1));
    expect(ss.getSheetByName('Log')).toBeNull();
    expect(ws.logs.filter((l) => l.includes('User does not exist: host1@'))).toHaveLength(1);
  });
});
