/**
 * The Sheets export endpoint behind UrlFetchApp: xlsx is always the whole workbook
 * (gid ignored), pdf and csv are one sheet, and the token must belong to someone who
 * can open the spreadsheet.
 */
import { extractPdfText } from '../../dev/standin/pdf';
import { as, gas } from './helpers';

const OFFICE = 'layanan@diskominfo.example.go.id';
const BUDI = 'budi@diskominfo.example.go.id';

function world() {
  const g = gas({ activeUser: OFFICE, effectiveUser: OFFICE });
  const book = g.SpreadsheetApp.getActiveSpreadsheet();
  book
    .insertSheet('Rekap')
    .getRange('A1:B1')
    .setValues([['Bulan', 'November 2026']]);
  book.insertSheet('Pengguna').getRange('A1').setValue('rahasia@diskominfo.example.go.id');
  const gid = book.getSheetByName('Rekap')!.getSheetId();
  const fetch = (format: string, token = g.ScriptApp.getOAuthToken()) =>
    g.UrlFetchApp.fetch(`https://docs.google.com/spreadsheets/d/${book.getId()}/export?format=${format}&gid=${gid}`, {
      headers: { Authorization: `Bearer ${token}` },
      muteHttpExceptions: true,
    });
  return { g, book, fetch };
}

describe('the Sheets export endpoint', () => {
  it('format=xlsx ignores gid and exports every sheet of the workbook', () => {
    const res = world().fetch('xlsx');
    expect(res.getResponseCode()).toBe(200);
    const text = Buffer.from(res.getContent()).toString('utf8');
    expect(text).toContain('<sheet name="Rekap"');
    expect(text).toContain('<sheet name="Pengguna"');
    expect(text).toContain('<t>rahasia@diskominfo.example.go.id</t>');
  });

  it('format=pdf and format=csv export only the sheet gid names', () => {
    const { fetch } = world();
    const pdf = extractPdfText(Uint8Array.from(fetch('pdf').getContent(), (b) => b & 0xff));
    expect(pdf).toContain('November 2026');
    expect(pdf).not.toContain('rahasia');
    expect(fetch('csv').getContentText()).toBe('Bulan,November 2026');
  });

  it('refuses a request without a token it issued (401) and a user who cannot open the file (404)', () => {
    const { g, book, fetch } = world();
    expect(fetch('xlsx', 'ya29.dibuat-sendiri').getResponseCode()).toBe(401);
    const budiToken = as(g.ws, BUDI, () => g.ScriptApp.getOAuthToken());
    expect(fetch('xlsx', budiToken).getResponseCode()).toBe(404);
    book.addViewer(BUDI);
    expect(fetch('pdf', budiToken).getResponseCode()).toBe(200);
  });
});
