import { validAnswers } from '../fixtures/answers';
import { ADMIN, e2eWorld } from './world';

describe("an office's own SOP (Alur SOP sheet)", () => {
  const setPreset = (e: ReturnType<typeof e2eWorld>, value: string) => {
    const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const sheet = book.getSheetByName('Pengaturan')!;
    const row = sheet
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'Alur SOP');
    sheet.getRange(row + 1, 2).setValue(value);
    e.app.call('onEdit', { range: sheet.getRange(row + 1, 2) });
    return book;
  };

  it('is copied from the active seed, edited, and runs; requests in flight keep their own preset', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.as(ADMIN);
    e.app.call('menuCopyPreset');
    expect(e.ws.ui.shown.at(-1)).toMatch(/disalin ke sheet "Alur SOP"/);
    const book = setPreset(e, 'kustom');
    const sop = book.getSheetByName('Alur SOP')!;
    const values = sop.getDataRange().getValues();
    const header = values.findIndex((r) => r.includes('ID Langkah'));
    const minutesCol = values[header].indexOf('Mutu Baku (menit)');
    const kadisRow = values.findIndex((r, i) => i > header && r[0] === 'disposisi_kadis');
    sop.getRange(kadisRow + 1, minutesCol + 1).setValue("'15");
    e.app.call('onEdit', { range: sop.getRange(1, 1) });
    e.submit(validAnswers({ 'Judul kegiatan': 'Rapat alur kantor' }));
    // Bandung 3: the SOP as written (2), then the Subkoor's alternative offer (3).
    expect(e.column('Alur SOP')).toEqual(['000-bandung@3', expect.stringMatching(/^kustom@/)]);
    e.as('kadis@kominfo.go.id');
    const tasks = e.state();
    expect(tasks.ok && tasks.value.tasks.map((t) => [t.id, t.minutesLeft])).toEqual([
      ['VC-2026-0001', 5],
      ['VC-2026-0002', 15],
    ]);
    expect(e.act('VC-2026-0001', 'disposisi')).toMatchObject({ ok: true });
    expect(e.act('VC-2026-0002', 'disposisi')).toMatchObject({ ok: true });
  });

  it('a broken copy never half-runs: the panel says what to fix', () => {
    const e = e2eWorld('000-bandung');
    e.as(ADMIN);
    e.app.call('menuCopyPreset');
    const book = setPreset(e, 'kustom');
    const sop = book.getSheetByName('Alur SOP')!;
    const values = sop.getDataRange().getValues();
    const header = values.findIndex((r) => r.includes('ID Langkah'));
    const toCol = values[header].indexOf('Ke Langkah');
    sop.getRange(header + 2, toCol + 1).setValue('langkah_hilang');
    e.app.call('onEdit', { range: sop.getRange(1, 1) });
    e.as('kadis@kominfo.go.id');
    const state = e.state();
    expect(state.ok && state.value.problem).toMatch(/Sheet "Alur SOP" belum benar:.*langkah_hilang/);
  });
});
