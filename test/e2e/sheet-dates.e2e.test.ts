/**
 * Dates and times as Sheets keeps them, on the built bundle (issue 16 §1, item 11): the spreadsheet
 * follows the office's zone, date cells keep their date when it changes, a time typed into
 * Pengaturan reads back as typed, and the history chain survives a zone change.
 */
import { writeSettingByHand } from '../../dev/product';
import { ADMIN, checkHistory, e2eWorld, ok, type E2E } from './world';
import { cell, click, mainPath, submitFor } from './sop-kit';
import type { SaveResultDto, SettingsFormDto } from '../../src/shared/admin-rpc';
import type { Result } from '../../src/shared/rpc';

const EVENT = '2026-11-30';

/** What Sheets shows in the Register cell of `id` under `header`. */
function shown(e: E2E, id: string, header: string): string {
  const sheet = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet()
    .getSheetByName('Register')!;
  const values = sheet.getDataRange().getDisplayValues();
  const row = values.find((r) => r[values[0].indexOf('Nomor')] === id)!;
  return row[values[0].indexOf(header)];
}

function eventDateSeen(e: E2E, id: string): string {
  e.as(ADMIN);
  return ok(e.detail(id)).fields.find((f) => f.label === 'Waktu')!.value;
}

describe('a WITA office (Tarakan) and its spreadsheet', () => {
  it('event dates stay on their day before and after the spreadsheet follows the zone; instants keep their moment', () => {
    const e = e2eWorld('001-tarakan', new Date('2026-11-23T09:00:00+08:00'));
    expect(e.ws.spreadsheet.timeZone).toBe('Asia/Jakarta');
    const id = submitFor(e, EVENT);
    click(e, id, mainPath('001-tarakan', EVENT).slice(0, 2));
    expect(shown(e, id, 'Tanggal Kegiatan')).toBe('30/11/2026');
    expect(eventDateSeen(e, id)).toBe('Senin, 30 November 2026 · 09.00–11.30 WITA');
    const since = (cell(e, id, 'Sejak Langkah') as Date).toISOString();
    e.app.call('runHourly');
    expect(e.ws.spreadsheet.timeZone).toBe('Asia/Makassar');
    expect(shown(e, id, 'Tanggal Kegiatan')).toBe('30/11/2026');
    expect(eventDateSeen(e, id)).toBe('Senin, 30 November 2026 · 09.00–11.30 WITA');
    expect((cell(e, id, 'Sejak Langkah') as Date).toISOString()).toBe(since);
    expect(checkHistory(e)).toMatch(/Riwayat utuh/);
  });

  it('a time typed into Pengaturan ("08:00") reads back as 08:00, though the engine runs on WIB', () => {
    const e = e2eWorld('001-tarakan', new Date('2026-11-23T09:00:00+08:00'));
    e.app.call('runHourly');
    writeSettingByHand(e.product, 'Jam layanan mulai', '08:00');
    e.as(ADMIN);
    const form = ok(e.app.callFromClient<Result<SettingsFormDto>>('getSettingsForm'));
    expect(form.fields.officeHoursStart).toBe('08:00');
  });
});

describe('the history is hashed over the text it wrote', () => {
  it('Riwayat times are written as text with the office offset; saving a new zone keeps the chain and the dates', () => {
    const e = e2eWorld('000-bandung', new Date('2026-11-23T09:00:00.789+07:00'));
    const id = submitFor(e, EVENT);
    click(e, id, mainPath('000-bandung', EVENT).slice(0, 3));
    const times = e
      .sheet('Riwayat')
      .slice(1)
      .map((r) => r[0]);
    expect(times.every((t) => typeof t === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/.test(t))).toBe(
      true,
    );
    e.as(ADMIN);
    const form = ok(e.app.callFromClient<Result<SettingsFormDto>>('getSettingsForm'));
    const saved = ok(
      e.app.callFromClient<Result<SaveResultDto>>('saveSettings', { ...form.fields, timeZone: 'Asia/Jayapura' }),
    );
    expect(saved.saved).toBe(true);
    expect(e.ws.spreadsheet.timeZone).toBe('Asia/Jayapura');
    expect(shown(e, id, 'Tanggal Kegiatan')).toBe('30/11/2026');
    expect(eventDateSeen(e, id)).toBe('Senin, 30 November 2026 · 09.00–11.30 WIT');
    expect(checkHistory(e)).toMatch(/Riwayat utuh/);
    click(e, id, mainPath('000-bandung', EVENT).slice(3, 4));
    expect(e.sheet('Riwayat').at(-1)![0]).toMatch(/\+09:00$/);
    expect(checkHistory(e)).toMatch(/Riwayat utuh/);
  });
});
