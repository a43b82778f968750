/**
 * A tiny synchronous PDF writer (and matching text extractor) for the stand-in's
 * "export as PDF": A4 pages of Helvetica text, WinAnsi-encoded, uncompressed, with a
 * correct xref table, so any PDF reader (and pdf-lib) opens it. pdf-lib itself is
 * async and cannot back a synchronous `getAs('application/pdf')`.
 */

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 56;
const FONT_SIZE = 11;
const LEADING = 14;
const LINES_PER_PAGE = Math.floor((PAGE_H - 2 * MARGIN) / LEADING);
/** Helvetica averages about half an em per character; a conservative line length. */
const CHARS_PER_LINE = Math.floor((PAGE_W - 2 * MARGIN) / (FONT_SIZE * 0.55));

const WIN_ANSI_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};
const WIN_ANSI_BACK = new Map(Object.entries(WIN_ANSI_HIGH).map(([u, b]) => [b, Number(u)]));

/** The WinAnsi byte of one character; '?' (0x3f) for anything Helvetica cannot show. */
function winAnsiByte(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0x3f;
  if ((cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp <= 0xff)) return cp;
  return WIN_ANSI_HIGH[cp] ?? 0x3f;
}

function pdfString(line: string): string {
  let out = '';
  for (const ch of line) {
    const b = winAnsiByte(ch);
    if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x80) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(b);
  }
  return `(${out})`;
}

/** Splits one paragraph into lines of at most `width` characters, breaking at spaces where possible. */
export function wrapLine(text: string, width = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const space = rest.lastIndexOf(' ', width);
    const cut = space > 0 ? space : width;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(space > 0 ? cut + 1 : cut);
  }
  lines.push(rest);
  return lines;
}

function pageStream(lines: string[]): string {
  const body = lines.map((l, i) => `${i === 0 ? '' : 'T* '}${pdfString(l)} Tj`).join('\n');
  return `BT\n/F1 ${FONT_SIZE} Tf\n${LEADING} TL\n${MARGIN} ${PAGE_H - MARGIN - FONT_SIZE} Td\n${body}\nET`;
}

/** A valid PDF (bytes) showing `text`: one paragraph per '\n', tabs as spaces, wrapped onto as many A4 pages as needed. */
export function pdfFromText(text: string, title = ''): Uint8Array {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((p) => wrapLine(p.replace(/\t/g, '    ')));
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  if (pages.length === 0) pages.push(['']);
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 5 + 2 * i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = `<< /Producer (Layanan Vicon stand-in) /Title ${pdfString(title)} >>`;
  pages.forEach((pageLines, i) => {
    const stream = pageStream(pageLines);
    objects[pageIds[i]] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
    objects[pageIds[i] + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  return assemble(objects);
}

function assemble(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(Buffer.from(out, 'latin1'));
}

function unescapePdfString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') {
      out += s[i];
      continue;
    }
    const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1));
    if (oct) {
      out += String.fromCharCode(parseInt(oct[0], 8));
      i += oct[0].length;
    } else {
      out += s[i + 1] ?? '';
      i++;
    }
  }
  return [...out].map((c) => String.fromCodePoint(WIN_ANSI_BACK.get(c.charCodeAt(0)) ?? c.charCodeAt(0))).join('');
}

/** The text lines of a PDF written by `pdfFromText` (uncompressed `(…) Tj` strings), joined by '\n'. */
export function extractPdfText(bytes: Uint8Array): string {
  const src = Buffer.from(bytes).toString('latin1');
  const lines: string[] = [];
  for (const stream of src.split('\nstream\n').slice(1)) {
    const content = stream.slice(0, stream.indexOf('\nendstream'));
    for (const m of content.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) lines.push(unescapePdfString(m[1]));
  }
  return lines.join('\n');
}
