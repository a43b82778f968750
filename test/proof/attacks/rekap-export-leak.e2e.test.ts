/**
 * Issue 15, finding 6: "The Rekap export leaks the workbook". Google's export URL ignores `gid`
 * for format=xlsx and exports every sheet (the stand-in does the same), so exporting the office
 * spreadsheet handed out applicants' emails, phones and passcodes, Pengguna and Riwayat. The
 * export must come from a temporary spreadsheet holding only the Rekap, which is gone
 * afterwards, also when the export fails midway. On the built bundles, as the admin clicks it.
 */
import { sheetsExportHandler } from '../../../dev/standin/sheets-export';
import { readZip } from '../../../dev/standin/zip';
import { validAnswers } from '../../fixtures/answers';
import { ADMIN, BANDUNG_TO_MEETING, e2eWorld, walkSteps, type E2E } from '../../e2e/world';
import { failNth } from '../kit';

const APPLICANT = { Email: 'rahasia.pemohon@disdik.go.id', 'Nomor WhatsApp': '0813-9999-1234' };
/** Applicant text that Sheets would turn into a live formula if it were written back as typed. */
const FORMULA_TITLE = '=HYPERLINK("https://jahat.example/","Klik")';
const LABEL = 'Rekap November 2026';

const book = (e: E2E) =>
  (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();

function world(): E2E {
  const e = e2eWorld('000-bandung');
  e.submit(validAnswers(APPLICANT));
  e.submit(validAnswers({ 'Judul kegiatan': FORMULA_TITLE, 'Tanggal kegiatan': '2026-11-27' }));
  walkSteps(e, 'VC-2026-0001', BANDUNG_TO_MEETING);
  return e;
}

function exportAsAdmin(e: E2E): string {
  e.as(ADMIN);
  e.app.call('menuExportRecap');
  return String(e.ws.ui.shown.at(-1));
}

/** Live files in 'Layanan Vicon/Laporan' by name. */
function reports(e: E2E): Map<string, Uint8Array> {
  const live = [...e.ws.drive.items.values()].filter((i) => !i.trashed);
  const folder = live.find((i) => i.name === 'Laporan')!;
  return new Map(live.filter((i) => i.parents.includes(folder.id)).map((i) => [i.name, i.bytes!]));
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Cell reference → text of one worksheet (inline strings, as the export writes them). */
function cells(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(.*?)<\/c>/g)) {
    const text = [...m[2].matchAll(/<t[^>]*>(.*?)<\/t>/g)].map((t) => unescape(t[1])).join('');
    if (text !== '') out.set(m[1], text);
  }
  return out;
}

/** The Rekap tab as shown in Sheets, cell reference → text, blanks left out. */
function rekapCells(e: E2E): Map<string, string> {
  const out = new Map<string, string>();
  const col = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : col(Math.floor(i / 26) - 1) + col(i % 26));
  book(e)
    .getSheetByName('Rekap')!
    .getDataRange()
    .getDisplayValues()
    .forEach((row, r) => row.forEach((v, c) => v !== '' && out.set(`${col(c)}${r + 1}`, v)));
  return out;
}

/**
 * What must never leave the office in a report: the applicant's contacts, passcode and link; the
 * officials' names and the admins' addresses from Pengguna (the Rekap names an operator only);
 * Riwayat's hashes and effect keys.
 */
function secrets(e: E2E): string[] {
  const register = e.sheet('Register');
  const at = (h: string) => register[0].indexOf(h);
  const applicant = ['Email', 'WhatsApp', 'Kode Sandi', 'Tautan Rapat'].map((h) => String(register[1][at(h)]));
  expect(applicant.every((v) => v.length >= 6)).toBe(true);
  const users = e.sheet('Pengguna').slice(1);
  const admins = users.filter((u) => u[5] === 'Ya').map((u) => String(u[0]));
  const history = e.sheet('Riwayat').slice(1);
  const keys = history.map((h) => String(h[11])).filter((k) => k !== '');
  return [...applicant, ...users.map((u) => String(u[1])), ...admins, ...history.map((h) => String(h[13])), ...keys];
}

const spreadsheetIds = (e: E2E) => [...e.ws.ctx.spreadsheets.keys()].sort();

describe('finding 6: the Rekap export leaks the workbook', () => {
  it('the .xlsx holds one sheet, the Rekap, cell for cell, and nothing from Register, Pengguna or Riwayat', () => {
    const e = world();
    const before = spreadsheetIds(e);
    expect(exportAsAdmin(e)).toMatch(/Rekap November 2026 disimpan[\s\S]*XLSX: https:\/\/[\s\S]*PDF: https:\/\//);
    const zip = readZip(reports(e).get(`${LABEL}.xlsx`)!);
    const workbook = zip.get('xl/workbook.xml')!.toString('utf8');
    expect([...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1])).toEqual(['Rekap']);
    expect([...zip.keys()].filter((k) => k.startsWith('xl/worksheets/'))).toEqual(['xl/worksheets/sheet1.xml']);
    const exported = cells(zip.get('xl/worksheets/sheet1.xml')!.toString('utf8'));
    expect(exported).toEqual(rekapCells(e));
    expect([...exported.values()]).toContain(FORMULA_TITLE);
    expect([...exported.values()]).toContain('VC-2026-0002');
    const everything = [...zip.values()].map((b) => b.toString('utf8')).join('\n');
    for (const secret of secrets(e))
      expect({ secret, leaked: everything.includes(secret) }).toEqual({ secret, leaked: false });
    expect(e.ws.calls.count('SpreadsheetApp.create')).toBe(1);
    expect(spreadsheetIds(e)).toEqual(before);
  });

  it('the temporary spreadsheet is gone when the PDF export fails midway; the month’s earlier PDF stays', () => {
    const e = world();
    exportAsAdmin(e);
    const earlierPdf = reports(e).get(`${LABEL}.pdf`);
    const before = spreadsheetIds(e);
    const google = sheetsExportHandler(e.ws.ctx);
    e.ws.http.register('https://docs.google.com/spreadsheets/d/ss-', (req) =>
      /format=pdf/.test(req.url) ? { status: 500, headers: {}, body: 'Internal Server Error' } : google(req),
    );
    expect(exportAsAdmin(e)).toMatch(/Ekspor PDF gagal \(kode 500\)\. Coba lagi beberapa saat lagi\./);
    expect(e.ws.calls.count('SpreadsheetApp.create')).toBe(2);
    expect(spreadsheetIds(e)).toEqual(before);
    expect(reports(e).get(`${LABEL}.pdf`)).toBe(earlierPdf);
  });

  it('the temporary spreadsheet is gone when saving the file into Drive throws', () => {
    const e = world();
    const before = spreadsheetIds(e);
    exportAsAdmin(e);
    failNth(e, 'Drive.Files.create', 1, { kind: 'throw' });
    expect(exportAsAdmin(e)).toMatch(/server error occurred|coba lagi/i);
    expect(spreadsheetIds(e)).toEqual(before);
    expect(e.ws.calls.count('SpreadsheetApp.create')).toBe(2);
  });
});
