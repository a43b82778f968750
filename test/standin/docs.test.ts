import { PDFDocument } from 'pdf-lib';
import { createCtx, type Ctx } from '../../dev/standin/context';
import { createDocumentApp, docText } from '../../dev/standin/docs';
import { createDriveApp, createDriveState, type DriveState } from '../../dev/standin/drive';
import { extractPdfText, pdfFromText } from '../../dev/standin/pdf';

let ctx: Ctx;
let state: DriveState;
let Docs: GoogleAppsScript.Document.DocumentApp;
let Drive: GoogleAppsScript.Drive.DriveApp;

beforeEach(() => {
  ctx = createCtx({
    timeZone: 'Asia/Makassar',
    activeUser: 'op@example.go.id',
    effectiveUser: 'admin@example.go.id',
    htmlDir: 'dist',
    isAddon: false,
  });
  state = createDriveState();
  Docs = createDocumentApp(ctx, state);
  Drive = createDriveApp(ctx, state);
});

function pdfBytes(blob: GoogleAppsScript.Base.Blob): Uint8Array {
  return Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
}

describe('DocumentApp stand-in', () => {
  it('edits paragraphs; replaceText is a per-paragraph regex', () => {
    const doc = Docs.create('Surat');
    const body = doc.getBody();
    body.setText('Nomor: {{nomor}}');
    body.appendParagraph('Harga {{x}} {{ x }}');
    body.replaceText('\\{\\{\\s*x\\s*\\}\\}', 'Rp 5');
    body.replaceText('\\{\\{nomor\\}\\}', '1/555');
    expect(body.getText()).toBe('Nomor: 1/555\nHarga Rp 5 Rp 5');
    body.replaceText('555\\nHarga', 'X');
    expect(body.getParagraphs()).toHaveLength(2);
    expect(body.getText()).toContain('1/555\nHarga');
  });

  it("reads the replacement as Java's Matcher does: $n and ${name} insert groups, \\ escapes, the rest fails", () => {
    const body = Docs.create('Surat').getBody();
    body.setText('nama: {{a}} {{b}}');
    body.replaceText('\\{\\{(a)\\}\\}', '[$1$0\\$\\\\]');
    expect(body.getText()).toBe('nama: [a{{a}}$\\] {{b}}');
    body.replaceText('\\{\\{(?<n>b)\\}\\}', '<${n}$10>');
    expect(body.getText()).toBe('nama: [a{{a}}$\\] <bb0>');
    body.setText('x');
    for (const [replacement, error] of [
      ['$1', 'No group 1'],
      ['Rp $', 'Illegal group reference: group index is missing'],
      ['$x', 'Illegal group reference'],
      ['C:\\', 'character to be escaped is missing'],
      ['${y}', 'No group with name {y}'],
    ]) {
      expect(() => body.replaceText('x', replacement)).toThrow(error);
      expect(body.getText()).toBe('x');
    }
    body.replaceText('(x)|(z)', '[$2]');
    expect(body.getText()).toBe('[]');
  });

  it('exports and copies the saved text only; a closed handle refuses edits', () => {
    const doc = Docs.create('Draf');
    doc.getBody().setText('belum disimpan');
    const file = Drive.getFileById(doc.getId());
    expect(extractPdfText(pdfBytes(file.getAs('application/pdf')))).toBe('');
    doc.saveAndClose();
    expect(() => doc.getBody().setText('lagi')).toThrow('Document is closed');
    expect(extractPdfText(pdfBytes(file.getAs('application/pdf')))).toBe('belum disimpan');
    const copy = file.makeCopy('Salinan');
    expect(docText(state, copy.getId())).toBe('belum disimpan');
    expect(Docs.openById(copy.getId()).getName()).toBe('Salinan');
    expect(() => Docs.openById('nope')).toThrow(/missing/);
  });
});

describe('DriveApp stand-in', () => {
  it('finds folders and files by name, trashed ones included, and iterators end like the real ones', () => {
    const root = Drive.createFolder('Layanan Vicon');
    const sub = root.createFolder('VC-2026-0001');
    sub.setTrashed(true);
    const it = root.getFoldersByName('VC-2026-0001');
    expect(it.hasNext()).toBe(true);
    expect(it.next().isTrashed()).toBe(true);
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow(/reached the end/);
    expect(Drive.getFoldersByName('Layanan Vicon').next().getId()).toBe(root.getId());
    expect(Drive.getFolderById(root.getId()).getName()).toBe('Layanan Vicon');
  });

  it('moves a Doc into a folder and stores a PDF blob as a file', () => {
    const folder = Drive.createFolder('F');
    const doc = Docs.create('Templat');
    doc.getBody().setText('Isi');
    doc.saveAndClose();
    const file = Drive.getFileById(doc.getId()).moveTo(folder);
    expect(folder.getFilesByName('Templat').hasNext()).toBe(true);
    expect(file.getMimeType()).toBe('application/vnd.google-apps.document');
    const pdf = folder.createFile(file.getAs('application/pdf'));
    expect(pdf.getName()).toBe('Templat.pdf');
    expect(pdf.getMimeType()).toBe('application/pdf');
    expect(Buffer.from(pdfBytes(pdf.getBlob())).toString('latin1').startsWith('%PDF-')).toBe(true);
    expect(() => Drive.getFileById(folder.getId())).toThrow(/No item/);
  });
});

describe('PDF writer', () => {
  it('writes a valid PDF that pdf-lib opens, across pages, and the text reads back', async () => {
    const lines = Array.from({ length: 120 }, (_, i) => `Baris ${i + 1} (kurung) \\ garis miring`);
    const text = ['Pukul 09.00–11.00 WITA — “kutip” café', ...lines, 'Aksara 日本'].join('\n');
    const bytes = pdfFromText(text, 'Uji');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(3);
    const back = extractPdfText(bytes);
    expect(back).toContain('Pukul 09.00–11.00 WITA — “kutip” café');
    expect(back).toContain('Baris 120 (kurung) \\ garis miring');
    expect(back).toContain('Aksara ??');
  });

  it('has a cross-reference table whose offsets point at their objects', () => {
    const src = Buffer.from(pdfFromText('a\nb')).toString('latin1');
    const xref = Number(/startxref\n(\d+)/.exec(src)![1]);
    expect(src.slice(xref, xref + 4)).toBe('xref');
    const entries = src
      .slice(xref)
      .split('\n')
      .slice(3)
      .filter((l) => / n $/.test(l));
    expect(entries.length).toBeGreaterThanOrEqual(6);
    entries.forEach((line, i) =>
      expect(src.slice(Number(line.slice(0, 10)), Number(line.slice(0, 10)) + 8)).toBe(`${i + 1} 0 obj\n`),
    );
    const stream = /<< \/Length (\d+) >>\nstream\n/.exec(src)!;
    expect(
      src.slice(
        stream.index + stream[0].length + Number(stream[1]),
        stream.index + stream[0].length + Number(stream[1]) + 10,
      ),
    ).toBe('\nendstream');
  });

  it('wraps long paragraphs at spaces', () => {
    const long = Array.from({ length: 60 }, (_, i) => `kata${i}`).join(' ');
    const back = extractPdfText(pdfFromText(long)).split('\n');
    expect(back.length).toBeGreaterThan(1);
    expect(back.join(' ')).toBe(long);
  });
});
