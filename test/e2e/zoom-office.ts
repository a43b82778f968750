/** An e2e office in a chosen zone whose Zoom is a fake with chosen account rules. */
import { createFakeZoom, type FakeZoom, type FakeZoomOptions } from '../../dev/fake-zoom/server';
import { e2eWorld, type E2E } from './world';

const HOSTS = ['zoom1@kominfo.go.id', 'zoom2@kominfo.go.id'];

/** An office in `zone` whose Zoom is a fresh fake with `opts` (registered over the world's own). */
export function officeIn(zone: string, opts: FakeZoomOptions = {}): { e: E2E; zoom: FakeZoom } {
  const e = e2eWorld('000-bandung');
  const sheet = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet()
    .getSheetByName('Pengaturan')!;
  const row = sheet
    .getDataRange()
    .getValues()
    .findIndex((r) => r[0] === 'Zona waktu');
  sheet.getRange(row + 1, 2).setValue(zone);
  e.app.call('onEdit', { range: sheet.getRange(1, 1) });
  const zoom = createFakeZoom({ now: () => e.ws.clock.now(), users: HOSTS, ...opts });
  e.ws.http.register('https://zoom.us/oauth/', zoom.handler);
  e.ws.http.register('https://api.zoom.us/v2/', zoom.handler);
  return { e, zoom };
}
