import { validAnswers } from '../fixtures/answers';
import { type E2E, e2eWorld, OFFICE, ok } from './world';
import { emptyAssignments, type VcRequest } from '../../src/core/request';
import { headerMap } from '../../src/io/sheet-table';
import { REGISTER_HEADERS, requestToRow } from '../../src/io/register-row';
import type { FakeSheet } from '../../dev/standin';

function step(e: E2E, who: string, id: string, action: string, input = {}) {
  e.as(`${who}@kominfo.go.id`);
  return ok(e.act(id, action, input));
}

/** A Tarakan request written straight into the register, as an office that switched presets would have. */
function tarakanRow(e: E2E, over: Partial<VcRequest>): void {
  const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const sheet = book.getSheetByName('Register')!;
  const map = headerMap(e.sheet('Register')[0], REGISTER_HEADERS, 'Register');
  const r: VcRequest = {
    ...emptyAssignments(),
    id: 'VC-2026-0099',
    responseRef: 'surat-99',
    receivedAt: '2026-11-20T02:00:00.000Z',
    source: 'letter',
    status: 'Jadwal Penuh',
    presetId: '001-tarakan',
    presetVersion: 1,
    stepId: 'penuh',
    stepSince: '2026-11-21T02:00:00.000Z',
    version: 3,
    warnings: [],
    problems: [],
    note: '',
    editUrl: '',
    pending: [],
    applicantName: 'Budi',
    agency: 'Bappeda',
    position: 'Sekretaris',
    email: 'budi@bappeda.go.id',
    phone: '',
    letterNumber: '1/B',
    letterDate: '2026-11-19',
    srikandiNumber: '',
    title: 'Musrenbang',
    eventDate: '2026-11-23',
    startTime: '14:00',
    endTime: '15:00',
    platform: 'zoom',
    participants: 30,
    needsRoom: false,
    needsOperator: false,
    needsRecording: false,
    notes: '',
    ...over,
  };
  sheet.getRange(sheet.getLastRow() + 1, 1, 1, map.width).setValues([requestToRow(r, map, 'Asia/Jakarta')]);
}

function world(): E2E {
  const e = e2eWorld('000-bandung');
  e.submit(validAnswers());
  e.ws.clock.advance(7 * 60 * 1000);
  for (const [who, action, input] of [
    ['kadis', 'disposisi'],
    ['kabid', 'disposisi'],
    ['subkoor', 'terima'],
    ['subkoor', 'setujui'],
    ['subkoor', 'tugaskan_operator', { operator: 'operator@kominfo.go.id' }],
    ['operator', 'buat_rapat'],
    ['operator', 'kirim_tautan'],
    ['operator', 'selesai'],
  ] as const) {
    step(e, who, 'VC-2026-0001', action, input ?? {});
  }
  e.submit(
    validAnswers({
      'Instansi/OPD': 'Dinas Kesehatan',
      Email: 'ani@dinkes.go.id',
      'Tanggal kegiatan': '2026-11-24',
      'Jam mulai': '10:00',
      'Jam selesai': '11:00',
    }),
  );
  for (const [who, action] of [
    ['kadis', 'disposisi'],
    ['kabid', 'disposisi'],
    ['subkoor', 'terima'],
  ])
    step(e, who, 'VC-2026-0002', action);
  step(e, 'subkoor', 'VC-2026-0002', 'tolak', { note: 'Akun Zoom terpakai.' });
  e.submit(
    validAnswers({
      Email: 'rudi@disdik.go.id',
      'Jam mulai': '11:00',
      'Jam selesai': '09:00',
      'Tanggal kegiatan': '2026-11-26',
    }),
  );
  e.submit(
    validAnswers({ Email: 'sari@disdik.go.id', 'Tanggal kegiatan': '2026-12-03', 'Judul kegiatan': 'Rapat Desember' }),
  );
  tarakanRow(e, {});
  e.as('admin@kominfo.go.id');
  return e;
}

const rekap = (e: E2E): FakeSheet => e.ws.spreadsheet.sheets.find((s) => s.name === 'Rekap') as FakeSheet;
const rowsAfter = (values: unknown[][], title: RegExp): unknown[][] => {
  const start = values.findIndex((r) => title.test(String(r[0])));
  const end = values.findIndex((r, i) => i > start + 1 && r.every((c) => c === ''));
  return values.slice(start + 2, end < 0 ? values.length : end);
};

describe('Rekap tab on the built bundle', () => {
  const e = world();
  e.app.call('menuRefreshRecap');
  const sheet = rekap(e);
  const first = { values: sheet.values, notes: sheet.byA1('notes'), background: sheet.styleOf('background') };

  it('shows November’s schedule by date and time, with today’s meeting highlighted', () => {
    expect(String(first.values[0][0])).toMatch(/^Rekap Layanan Vicon — .* — November 2026$/);
    expect(first.notes.A1).toMatch(/Dibuat otomatis/);
    const schedule = rowsAfter(first.values, /^Jadwal Vidcon November 2026/);
    expect(schedule.map((r) => [r[0], r[1], r[2], r[4], r[9]])).toEqual([
      ['Senin, 23 November 2026', '14:00–15:00', 'VC-2026-0099', 'Bappeda', 'Jadwal Penuh'],
      ['Selasa, 24 November 2026', '10:00–11:00', 'VC-2026-0002', 'Dinas Kesehatan', 'Ditolak'],
      ['Kamis, 26 November 2026', '11:00–09:00', 'VC-2026-0003', 'Dinas Pendidikan', 'Perlu Perbaikan'],
      ['Senin, 30 November 2026', '09:00–11:30', 'VC-2026-0001', 'Dinas Pendidikan', 'Selesai'],
    ]);
    expect(schedule[3].slice(6, 9)).toEqual(['Zoom Kominfo 1', '', 'operator@kominfo.go.id']);
    const todayRow = first.values.findIndex((r) => r[2] === 'VC-2026-0099') + 1;
    expect(first.background[`A${todayRow}`]).toBe('#fff2cc');
    expect(first.background[`A${todayRow + 1}`]).toBeUndefined();
  });

  it('counts decisions across presets, and Mutu Baku of the active preset', () => {
    expect(rowsAfter(first.values, /^Keputusan/).map((r) => r.slice(0, 3))).toEqual([
      ['Total permohonan', 4, 0],
      ['Disetujui', 1, 0],
      ['Ditolak / jadwal penuh', 2, 0],
      ['Dikembalikan untuk perbaikan', 1, 0],
      ['Dibatalkan', 0, 0],
    ]);
    expect(rowsAfter(first.values, /^Menurut OPD/).map((r) => r.slice(0, 2))).toEqual([
      ['Dinas Pendidikan', 2],
      ['Bappeda', 1],
      ['Dinas Kesehatan', 1],
    ]);
    const sla = rowsAfter(first.values, /^Mutu Baku per langkah/);
    // The Kadis disposed of two requests, after 7 and 0 minutes against 5: median 3.5 (read as whole
    // minutes, '4 menit'), p90 = 2nd of 2 = 7, 1 of 2 within. Times read as words, never raw minutes.
    expect(sla[0].slice(1, 6)).toEqual([50, '5 menit', 2, '4 menit', '7 menit']);
    expect(rowsAfter(first.values, /^Pemakaian akun Zoom/)[0].slice(0, 3)).toEqual([
      'Zoom Kominfo 1',
      'Akun Zoom',
      2.5,
    ]);
    expect(rowsAfter(first.values, /^Permohonan per pekan/).map((r) => r[1])).toEqual([0, 0, 0, 0, 3, 1]);
  });

  it('draws three charts and protects the tab for the office account alone, leaving the selector open to officials', () => {
    expect(sheet.charts.map((c) => c.spec.options.title)).toEqual([
      'Permohonan per pekan',
      'Permohonan menurut OPD',
      'Sesuai Mutu Baku per langkah (%)',
    ]);
    expect(sheet.protections).toHaveLength(1);
    expect(sheet.protections[0]).toMatchObject({
      type: 'SHEET',
      warningOnly: false,
      editors: [OFFICE],
      unprotected: [{ row: 2, col: 2, numRows: 3, numCols: 1 }],
    });
    const official = 'kadis@kominfo.go.id';
    expect(() => e.ws.acl.manualEdit(official, { sheet: 'Rekap', range: 'A7' }, [['diubah']])).toThrow(
      /protected cell/,
    );
    const selector = sheet.values.slice(1, 4).map((r) => [r[1]]);
    e.ws.acl.manualEdit(official, { sheet: 'Rekap', range: 'B2:B4' }, selector);
    expect(rekap(e).values).toEqual(first.values);
  });

  it('rebuilding leaves the same tab and the same charts', () => {
    e.app.call('menuRefreshRecap');
    expect(sheet.values).toEqual(first.values);
    expect(sheet.styleOf('background')).toEqual(first.background);
    expect(sheet.charts).toHaveLength(3);
    expect(sheet.protections).toHaveLength(1);
  });

  it('the month and OPD chosen in B2–B4 drive the tab and survive the rebuild', () => {
    sheet.getRange('B2:B4').setValues([['Desember'], [2026], ['dinas pendidikan']]);
    e.app.call('menuRefreshRecap');
    const values = rekap(e).values;
    expect(values.slice(1, 4).map((r) => r[1])).toEqual(['Desember', 2026, 'dinas pendidikan']);
    expect(String(values[0][0])).toMatch(/Desember 2026$/);
    expect(rowsAfter(values, /^Jadwal Vidcon Desember 2026/).map((r) => r[2])).toEqual(['VC-2026-0004']);
    expect(rowsAfter(values, /^Keputusan/)[0].slice(0, 4)).toEqual(['Total permohonan', 1, 2, -1]);
    expect(values.length).toBeLessThan(first.values.length);
    expect(values.flat()).not.toContain('VC-2026-0001');
    expect(rekap(e).charts).toHaveLength(3);
  });

  it('the hourly trigger rebuilds once per office day', () => {
    const props = e.engineProps();
    e.ws.calls.reset();
    e.app.call('runHourly');
    expect(props.getProperty('REKAP_TERAKHIR')).toBe('2026-11-23');
    const drawn = e.ws.calls.count('Sheet.insertChart');
    expect(drawn).toBe(3);
    e.app.call('runHourly');
    expect(e.ws.calls.count('Sheet.insertChart')).toBe(drawn);
    e.ws.clock.advance(24 * 3600 * 1000);
    e.app.call('runHourly');
    expect(props.getProperty('REKAP_TERAKHIR')).toBe('2026-11-24');
    expect(e.ws.calls.count('Sheet.insertChart')).toBe(2 * drawn);
  });

  it('a change since the last rebuild makes the next hourly run rebuild the same day', () => {
    e.app.call('runHourly');
    e.ws.calls.reset();
    e.app.call('runHourly');
    expect(e.ws.calls.count('Sheet.insertChart')).toBe(0);
    e.submit(validAnswers({ 'Judul kegiatan': 'Rapat mendadak', Email: 'baru@disdik.go.id' }));
    e.app.call('runHourly');
    expect(e.ws.calls.count('Sheet.insertChart')).toBe(3);
    expect(JSON.stringify(e.sheet('Rekap'))).toContain('Rapat mendadak');
  });
});
