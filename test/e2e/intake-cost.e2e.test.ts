/**
 * What a form intake and a click cost on Google's side (issue #17), on the built bundles: the calls
 * the stand-in records. The preset version is stored at Setup and again only when its content
 * changes, never per submission; intake finds where the new row goes from its read of this year's
 * numbers (no size lookup), and its reads do not grow with the years in the Register; Script Properties are written once per hold of the lock; the mail
 * ledger is written only for effects whose outcome could not be recorded.
 */
import type { TraceEntry } from '../../dev/standin';
import { validAnswers } from '../fixtures/answers';
import { e2eWorld, ok, type E2E } from './world';

const KADIS = 'kadis@kominfo.go.id';

/** The calls `fn` made in the engine project. */
function engineCalls(e: E2E, fn: () => void): TraceEntry[] {
  e.ws.trace.start();
  fn();
  return e.ws.trace.stop().filter((c) => c.projectId === e.product.engineProject.id);
}

const count = (calls: TraceEntry[], re: RegExp) => calls.filter((c) => re.test(c.key)).length;

function submit(e: E2E, day: number): void {
  e.submit(validAnswers({ 'Tanggal kegiatan': `2026-12-${10 + day}`, 'Judul kegiatan': `Rapat ${day}` }));
}

describe('form intake', () => {
  it('touches no preset-version sheet, no sheet structure and no size lookup; the version row stays one', () => {
    const e = e2eWorld('000-bandung');
    const versions = () => e.sheet('Versi Alur SOP').slice(1);
    expect(versions().map((r) => String(r[0]))).toEqual([expect.stringMatching(/^000-bandung@\d+$/)]);
    for (const day of [1, 2, 3]) {
      const calls = engineCalls(e, () => submit(e, day));
      expect(calls.filter((c) => c.sheet === 'Versi Alur SOP')).toEqual([]);
      expect(count(calls, /^Sheet\.(getLastRow|getMaxRows)$|^Spreadsheet\.insertSheet$|^Protection\./)).toBe(0);
      expect(count(calls, /^Properties\.setPropert(y|ies)$/)).toBe(1);
    }
    expect(versions()).toHaveLength(1);
    expect(e.column('Nomor').filter((v) => String(v).startsWith('VC-'))).toEqual([
      'VC-2026-0001',
      'VC-2026-0002',
      'VC-2026-0003',
    ]);
    expect(e.engineProps().getProperty('VC_NOMOR_TERTINGGI')).toBe('VC-2026-0003');
  });
});

/**
 * `n` finished requests of earlier years typed into the Register below its header (Nomor and Ref
 * Respons only), the sheet sized to them plus 100 free rows, as years of use leave it.
 */
function olderYears(e: E2E, n: number): void {
  const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const sheet = book.getSheetByName('Register')!;
  const head = e.sheet('Register')[0].map(String);
  const rows = Array.from({ length: n }, (_, i) =>
    head.map((h) =>
      h === 'Nomor'
        ? `VC-${2021 + Math.floor((5 * i) / n)}-${String(i + 1).padStart(4, '0')}`
        : h === 'Ref Respons'
          ? `lama-${i}`
          : '',
    ),
  );
  const want = n + 101;
  if (sheet.getMaxRows() < want) sheet.insertRowsAfter(sheet.getMaxRows(), want - sheet.getMaxRows());
  else if (sheet.getMaxRows() > want) sheet.deleteRows(want + 1, sheet.getMaxRows() - want);
  sheet.getRange(2, 1, n, head.length).setValues(rows);
}

/** Cells the engine read and searched for the second and third form response of the year. */
function intakeCells(n: number): { read: number; searched: number } {
  const e = e2eWorld('000-bandung');
  olderYears(e, n);
  submit(e, 1); // the year's first request reads the whole number column once, and marks where the year starts
  const calls = [2, 3].flatMap((day) => engineCalls(e, () => submit(e, day)));
  expect(e.column('Nomor').slice(-3)).toEqual(['VC-2026-0001', 'VC-2026-0002', 'VC-2026-0003']);
  return {
    read: calls.reduce((a, c) => a + c.read, 0),
    searched: calls.reduce((a, c) => a + (c.searched ?? 0), 0),
  };
}

describe('form intake over years of requests', () => {
  it("reads the same cells over 10× the Register: the response is searched on Google's side, only this year's numbers are read", () => {
    const small = intakeCells(200);
    const large = intakeCells(2000);
    expect(large.read).toBe(small.read);
    expect(small.read).toBeLessThan(2000);
    expect(large.searched).toBeGreaterThan(small.searched * 5);
  });
});

describe('one click', () => {
  it('writes Script Properties once and no mail ledger entry when its outcome is recorded', () => {
    const e = e2eWorld('000-bandung');
    submit(e, 1);
    submit(e, 2);
    e.as(KADIS);
    const click = (id: string) =>
      expect(
        e.panel.callFromClientAs(KADIS, 'performAction', {
          requestId: id,
          action: 'disposisi',
          expectedVersion: ok(e.detail(id)).version,
          input: {},
        }),
      ).toMatchObject({ ok: true });
    click('VC-2026-0001'); // the first click also caches the official's token check
    const calls = engineCalls(e, () => click('VC-2026-0002'));
    expect(count(calls, /^MailApp\.sendEmail$/)).toBe(1);
    expect(count(calls, /^Cache\.(put|putAll)$/)).toBe(0);
    expect(count(calls, /^Properties\.setPropert(y|ies)$/)).toBe(1);
    const riwayat = e.sheet('Riwayat');
    expect(e.engineProps().getProperty('RIWAYAT_HEAD')).toBe(`${riwayat.length}:${riwayat.at(-1)?.at(-1)}`);
  });
});
