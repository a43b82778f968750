/**
 * Google's Sheets export endpoint (https://docs.google.com/spreadsheets/d/ID/export?format=…&gid=…),
 * as the stand-in answers it behind UrlFetchApp: a real .xlsx (one worksheet, inline strings)
 * or a real PDF of the sheet's displayed values. Needs a Bearer token, like Google.
 */
import type { Ctx } from './context';
import type { FakeHttpHandler, FakeHttpRequest } from './http-types';
import { pdfFromText } from './pdf';
import { zipStored } from './zip';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const colName = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : colName(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));

function xlsx(rows: string[][], sheetName: string): Buffer {
  const cells = rows
    .map(
      (r, ri) =>
        `<row r="${ri + 1}">${r.map((v, ci) => `<c r="${colName(ci)}${ri + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('')}</row>`,
    )
    .join('');
  const ns = 'http://schemas.openxmlformats.org';
  return zipStored([
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="${esc(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ],
    [
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`,
    ],
  ]);
}

function notFound(): ReturnType<FakeHttpHandler> {
  return { status: 404, headers: { 'Content-Type': 'text/html' }, body: '<html><body>Not Found</body></html>' };
}

/** The fake export endpoint over the workspace's spreadsheets. */
export function sheetsExportHandler(ctx: Ctx): FakeHttpHandler {
  return (req: FakeHttpRequest) => {
    if (!/^Bearer \S+/.test(req.headers.Authorization ?? req.headers.authorization ?? ''))
      return { status: 401, headers: {}, body: 'Unauthorized' };
    const m = /spreadsheets\/d\/([^/]+)\/export\?(.*)$/.exec(req.url);
    const book = m ? ctx.spreadsheets.get(m[1]) : undefined;
    if (!m || !book) return notFound();
    const query = new Map(m[2].split('&').map((kv) => kv.split('=') as [string, string]));
    const sheet = book.sheets.find((s) => String(s.sheetId) === (query.get('gid') ?? String(book.sheets[0]?.sheetId)));
    if (!sheet) return notFound();
    const rows = sheet.getDataRange().getDisplayValues();
    if (query.get('format') === 'xlsx') {
      return {
        status: 200,
        headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        body: '',
        bytes: xlsx(rows, sheet.name),
      };
    }
    if (query.get('format') === 'pdf') {
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
