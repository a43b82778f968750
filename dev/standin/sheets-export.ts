/**
 * Google's Sheets export endpoint (https://docs.google.com/spreadsheets/d/ID/export?format=…&gid=…),
 * as the stand-in answers it behind UrlFetchApp. Like Google: format=xlsx exports the
 * WHOLE workbook — every sheet, whatever `gid` says — while pdf and csv export the sheet
 * `gid` names (the first sheet without one). It needs a Bearer token this workspace
 * issued (ScriptApp.getOAuthToken; else 401) whose user can open the spreadsheet (else
 * 404, the page Google serves for a file you cannot see).
 * @see https://snapsheets.readthedocs.io/en/latest/notes/format.html
 */
import { roleIn, tokenInfo } from './acl';
import type { Ctx } from './context';
import type { FakeHttpHandler, FakeHttpRequest } from './http-types';
import { pdfFromText } from './pdf';
import type { FakeSheet } from './sheet';
import { zipStored } from './zip';

const NS = 'http://schemas.openxmlformats.org';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const colName = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : colName(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));
const xml = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>${body}`;

function worksheet(rows: string[][]): string {
  const cells = rows
    .map(
      (r, ri) =>
        `<row r="${ri + 1}">${r.map((v, ci) => `<c r="${colName(ci)}${ri + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('')}</row>`,
    )
    .join('');
  return xml(`<worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`);
}

/** A real .xlsx (inline strings) with one worksheet per sheet, in tab order. */
function xlsx(sheets: FakeSheet[]): Buffer {
  const n = sheets.map((_, i) => i + 1);
  const overrides = n
    .map(
      (i) =>
        `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const sheetList = sheets
    .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const rels = n
    .map(
      (i) =>
        `<Relationship Id="rId${i}" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`,
    )
    .join('');
  return zipStored([
    [
      '[Content_Types].xml',
      xml(
        `<Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
      ),
    ],
    [
      '_rels/.rels',
      xml(
        `<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    ],
    [
      'xl/workbook.xml',
      xml(
        `<workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets>${sheetList}</sheets></workbook>`,
      ),
    ],
    [
      'xl/_rels/workbook.xml.rels',
      xml(`<Relationships xmlns="${NS}/package/2006/relationships">${rels}</Relationships>`),
    ],
    ...sheets.map((s, i): [string, string] => [
      `xl/worksheets/sheet${i + 1}.xml`,
      worksheet(s.getDataRange().getDisplayValues()),
    ]),
  ]);
}

function csv(rows: string[][]): string {
  return rows.map((r) => r.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\n');
}

function notFound(): ReturnType<FakeHttpHandler> {
  return { status: 404, headers: { 'Content-Type': 'text/html' }, body: '<html><body>Not Found</body></html>' };
}

/** The fake export endpoint over the workspace's spreadsheets. */
export function sheetsExportHandler(ctx: Ctx): FakeHttpHandler {
  return (req: FakeHttpRequest) => {
    const who = tokenInfo(ctx, req.headers.Authorization ?? req.headers.authorization);
    if (!who) return { status: 401, headers: {}, body: 'Unauthorized' };
    const m = /spreadsheets\/d\/([^/]+)\/export\?(.*)$/.exec(req.url);
    const book = m ? ctx.spreadsheets.get(m[1]) : undefined;
    if (!m || !book || !roleIn(book.acl, who.user)) return notFound();
    const query = new Map(m[2].split('&').map((kv) => kv.split('=') as [string, string]));
    const format = query.get('format');
    if (format === 'xlsx')
      return { status: 200, headers: { 'Content-Type': XLSX_TYPE }, body: '', bytes: xlsx(book.sheets) };
    const sheet = book.sheets.find((s) => String(s.sheetId) === (query.get('gid') ?? String(book.sheets[0]?.sheetId)));
    if (!sheet) return notFound();
    const rows = sheet.getDataRange().getDisplayValues();
    if (format === 'csv') return { status: 200, headers: { 'Content-Type': 'text/csv' }, body: csv(rows) };
    if (format === 'pdf') {
      const text = rows
        .map((r) => r.filter((v) => v !== '').join('  |  '))
        .filter(Boolean)
        .join('\n');
      return {
        status: 200,
        headers: { 'Content-Type': 'application/pdf' },
        body: '',
        bytes: Buffer.from(pdfFromText(text, sheet.name)),
      };
    }
    return { status: 400, headers: {}, body: 'Bad Request' };
  };
}
