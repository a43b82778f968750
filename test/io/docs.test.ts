/**
 * Folders, templates, letters and PDFs over the advanced Drive service as the engine uses it:
 * under drive.file, where the engine sees only what it made itself.
 */
import { createWorkspace, type Workspace } from '../../dev/standin';
import { DRIVE_FILE_SCOPE } from '../../dev/standin/acl';
import { docText } from '../../dev/standin/docs';
import { MIME } from '../../dev/standin/drive';
import { extractPdfText } from '../../dev/standin/pdf';
import { PermanentFailure } from '../../src/app/failures';
import { LETTER_KINDS, formatLetterNumber, letterFields } from '../../src/core/letter';
import { emptyAssignments, type VcRequest } from '../../src/core/request';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import {
  configuredTemplate,
  ensureDefaultTemplates,
  exportPdf,
  letterDraftName,
  renderLetter,
  requestFolderId,
  rootFolderId,
  templateName,
} from '../../src/io/docs';

const OFFICE = 'layanan@kominfo.go.id';
const ENGINE = { id: 'engine', scopes: [DRIVE_FILE_SCOPE] };
let ws: Workspace;
let restore: () => void;

beforeEach(() => {
  ws = createWorkspace({ timeZone: 'Asia/Makassar', activeUser: OFFICE, effectiveUser: OFFICE });
  ws.acl.setProject(ENGINE);
  restore = ws.install();
});
afterEach(() => restore());

const request: VcRequest = {
  ...emptyAssignments(),
  id: 'VC-2026-0001',
  receivedAt: '2026-01-02T01:00:00.000Z',
  source: 'letter',
  responseRef: 'r',
  status: '',
  presetId: '001-tarakan',
  presetVersion: 1,
  stepId: 'draft',
  stepSince: '',
  version: 1,
  warnings: [],
  problems: [],
  note: '',
  editUrl: '',
  pending: [],
  applicantName: 'Siti Aminah',
  agency: 'Bappeda',
  position: 'Kepala',
  email: 's@example.go.id',
  phone: '',
  letterNumber: '005/Bappeda',
  letterDate: '2025-12-29',
  srikandiNumber: '',
  title: 'Rapat Stunting',
  eventDate: '2026-01-05',
  startTime: '09:00',
  endTime: '11:00',
  platform: 'zoom',
  participants: 20,
  needsRoom: false,
  needsOperator: true,
  needsRecording: false,
  notes: '',
  meetingId: '81234567890',
  joinUrl: 'https://us02web.zoom.us/j/81234567890?pwd=x$1',
  passcode: 'ab3Cd5Ef',
};
const settings = { ...DEFAULT_SETTINGS, timeZone: 'Asia/Makassar' as const, officeName: 'Diskominfo Kota Tarakan' };
const number = formatLetterNumber(settings.letterNumberPattern, { seq: 7, code: '555', month: 1, year: 2026 });
const fields = letterFields(request, settings, {
  letterNumber: number,
  letterDate: '2026-01-03',
  signer: { name: 'Budi', position: 'Kepala Dinas', nip: '1970' },
  office: { government: 'PEMERINTAH KOTA TARAKAN', address: 'Jl. Sudirman 1', city: 'Tarakan' },
});

/** Live (not trashed) items named `name` directly in folder `folderId`. */
function liveFiles(folderId: string, name: string) {
  return [...ws.drive.items.values()].filter((i) => i.name === name && !i.trashed && i.parents.includes(folderId));
}

/** A Doc the office account made outside Layanan Vicon (by hand in Docs: another app). */
function docMadeElsewhere(text: string): string {
  ws.acl.setProject({ id: 'docs-editor', scopes: [DRIVE_FILE_SCOPE] });
  const doc = DocumentApp.create('Templat kantor');
  doc.getBody().setText(text);
  doc.saveAndClose();
  ws.acl.setProject(ENGINE);
  return doc.getId();
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error, none was thrown');
}

describe('folders and templates', () => {
  it('finds the root and request folders again instead of duplicating them', () => {
    const a = requestFolderId('VC-2026-0001');
    expect(requestFolderId('VC-2026-0001')).toBe(a);
    const root = rootFolderId();
    const folders = [...ws.drive.items.values()].filter(
      (i) => i.mimeType === MIME.folder && !i.trashed && i.name !== 'My Drive',
    );
    expect(folders.map((f) => [f.name, f.parents.includes(root)])).toEqual([
      ['Layanan Vicon', false],
      ['VC-2026-0001', true],
    ]);
  });

  it('a folder of the same name the engine did not make is not its folder (drive.file)', () => {
    ws.acl.setProject({ id: 'drive-web', scopes: [DRIVE_FILE_SCOPE] });
    const theirs = Drive!.Files.create({ name: 'Layanan Vicon', mimeType: MIME.folder }).id;
    ws.acl.setProject(ENGINE);
    expect(rootFolderId()).not.toBe(theirs);
    expect(rootFolderId()).toBe(rootFolderId());
  });

  it('ensureDefaultTemplates creates each Doc once in the folder, and again only when one is trashed', () => {
    const root = rootFolderId();
    const ids = ensureDefaultTemplates(root);
    expect(Object.keys(ids).sort()).toEqual([...LETTER_KINDS].sort());
    expect(docText(ws.drive, ids.persetujuan)).toContain('{{nomor_surat}}');
    expect(liveFiles(root, templateName('persetujuan')).map((f) => f.id)).toEqual([ids.persetujuan]);
    expect(ensureDefaultTemplates(root)).toEqual(ids);
    Drive!.Files.update({ trashed: true }, ids.penolakan);
    const again = ensureDefaultTemplates(root);
    expect(again.penolakan).not.toBe(ids.penolakan);
    expect(again.persetujuan).toBe(ids.persetujuan);
  });

  it('a template ID from Pengaturan must be a live Doc the engine made; else a permanent failure says what to do', () => {
    const own = ensureDefaultTemplates(rootFolderId());
    expect(configuredTemplate(own.persetujuan, 'persetujuan')).toBe(own.persetujuan);
    const foreign = thrown(() => configuredTemplate(docMadeElsewhere('Yth. {{nama_pemohon}}'), 'persetujuan'));
    expect(foreign).toBeInstanceOf(PermanentFailure);
    expect(foreign.message).toMatch(
      /^Templat surat persetujuan di Pengaturan \(ID .+\) tidak dapat dipakai: Layanan Vicon hanya dapat membuka templat yang dibuatnya sendiri\. Buka "Templat Surat Persetujuan" di folder Drive "Layanan Vicon" milik akun layanan, tempel isi templat Anda ke dalamnya, lalu kosongkan ID templat ini di Pengaturan\.$/,
    );
    Drive!.Files.update({ trashed: true }, own.penolakan);
    expect(thrown(() => configuredTemplate(own.penolakan, 'penolakan')).message).toContain('ada di Sampah');
    const pdf = Drive!.Files.create({ name: 'a.pdf' }, Utilities.newBlob('%PDF', 'application/pdf', 'a.pdf')).id!;
    expect(thrown(() => configuredTemplate(pdf, 'jadwal_penuh')).message).toContain('bukan Google Dokumen');
  });
});

describe('renderLetter and exportPdf', () => {
  it('rendering twice leaves one draft; the PDF carries the number, the date and WITA', () => {
    const folderId = requestFolderId(request.id);
    const ids = ensureDefaultTemplates(rootFolderId());
    const render = () =>
      renderLetter({ templateId: ids.persetujuan, folderId, requestId: request.id, kind: 'persetujuan', fields });
    const first = render();
    const second = render();
    expect(second.problems).toEqual([]);
    expect(second.url).toBe(`https://docs.google.com/document/d/${second.docId}/edit?usp=drivesdk`);
    expect(liveFiles(folderId, letterDraftName(request.id, 'persetujuan')).map((f) => f.id)).toEqual([second.docId]);
    expect(ws.drive.items.get(first.docId)!.trashed).toBe(true);
    const text = docText(ws.drive, second.docId)!;
    expect(text).not.toMatch(/\{\{/);
    expect(text).toContain(request.joinUrl);
    const pdf = exportPdf(second.docId, folderId, `${request.id} — Surat Persetujuan`);
    const bytes = Uint8Array.from(pdf.blob.getBytes(), (b) => b & 0xff);
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(ws.drive.items.get(pdf.fileId)!.bytes!)).toEqual(Buffer.from(bytes));
    expect(pdf.url).toBe(`https://drive.google.com/file/d/${pdf.fileId}/view?usp=drivesdk`);
    const back = extractPdfText(bytes);
    expect(back).toContain('7/555/Diskominfo/I/2026');
    expect(back).toContain('Senin, 5 Januari 2026');
    expect(back).toContain('09.00–11.00 WITA');
    expect(back).toContain('Tarakan, 3 Januari 2026');
    exportPdf(second.docId, folderId, `${request.id} — Surat Persetujuan`);
    expect(liveFiles(folderId, `${request.id} — Surat Persetujuan.pdf`)).toHaveLength(1);
  });

  it('reports unknown and missing placeholders and blanks them instead of leaving {{…}}', () => {
    const folderId = requestFolderId(request.id);
    const tpl = DocumentApp.create('Templat khusus');
    tpl.getBody().setText('Nomor {{nomor_surat}}');
    tpl.getBody().appendParagraph('Yth. {{nama_pemohn}} — alasan: {{ alasan }}');
    tpl.saveAndClose();
    const out = renderLetter({
      templateId: tpl.getId(),
      folderId,
      requestId: request.id,
      kind: 'penolakan',
      fields: { ...fields, alasan: '' },
    });
    expect(out.problems).toHaveLength(2);
    expect(out.problems[0]).toMatch(/\{\{nama_pemohn\}\} yang tidak dikenal/);
    expect(out.problems[1]).toMatch(/\{\{alasan\}\} belum ada/);
    expect(docText(ws.drive, out.docId)).toBe(`Nomor ${number}\nYth. …… — alasan: ……`);
    const pdf = exportPdf(out.docId, folderId, 'draf');
    expect(extractPdfText(Uint8Array.from(pdf.blob.getBytes(), (b) => b & 0xff))).toContain('alasan: ……');
  });

  it("puts values in literally: '$1', '$&', '\\', regex specials and another placeholder's '{{…}}' stay as typed", () => {
    const folderId = requestFolderId(request.id);
    const tpl = DocumentApp.create('Templat uji');
    tpl.getBody().setText('{{nama_kegiatan}} | {{instansi}} | {{nomor_surat}}');
    tpl.saveAndClose();
    const hostile = 'Rp $1 $& $$ \\ \\1 {{nomor_surat}} {{x}} .*+?^${}()|[] \uFDD00\uFDD1';
    const out = renderLetter({
      templateId: tpl.getId(),
      folderId,
      requestId: request.id,
      kind: 'persetujuan',
      fields: { ...fields, nama_kegiatan: hostile, instansi: '{{nama_kegiatan}}' },
    });
    expect(out.problems).toEqual([]);
    const literal = hostile.replace(/[\uFDD0\uFDD1]/g, '');
    expect(docText(ws.drive, out.docId)).toBe(`${literal} | {{nama_kegiatan}} | ${number}`);
  });
});
