import { createCtx, type Ctx } from '../../dev/standin/context';
import { createDocumentApp, docText } from '../../dev/standin/docs';
import { createDriveApp, createDriveState, type DriveState } from '../../dev/standin/drive';
import { extractPdfText } from '../../dev/standin/pdf';
import { LETTER_KINDS, formatLetterNumber, letterFields } from '../../src/core/letter';
import { emptyAssignments, type VcRequest } from '../../src/core/request';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import {
  ensureDefaultTemplates,
  ensureFolder,
  ensureRootFolder,
  exportPdf,
  letterDraftName,
  renderLetter,
  templateName,
} from '../../src/io/docs';

let ctx: Ctx;
let state: DriveState;

beforeEach(() => {
  ctx = createCtx({
    timeZone: 'Asia/Makassar',
    activeUser: 'op@example.go.id',
    effectiveUser: 'admin@example.go.id',
    htmlDir: 'dist',
    isAddon: false,
  });
  state = createDriveState();
  Object.assign(globalThis, { DocumentApp: createDocumentApp(ctx, state), DriveApp: createDriveApp(ctx, state) });
});
afterEach(() => {
  delete (globalThis as any).DocumentApp;
  delete (globalThis as any).DriveApp;
});

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

function liveFiles(folder: GoogleAppsScript.Drive.Folder, name: string): GoogleAppsScript.Drive.File[] {
  const out: GoogleAppsScript.Drive.File[] = [];
  const it = folder.getFilesByName(name);
  while (it.hasNext()) {
    const f = it.next();
    if (!f.isTrashed()) out.push(f);
  }
  return out;
}

describe('folders and templates', () => {
  it('ensureFolder finds the folders by name instead of duplicating them', () => {
    const a = ensureFolder('Layanan Vicon', 'VC-2026-0001');
    const b = ensureFolder('Layanan Vicon', 'VC-2026-0001');
    expect(b.getId()).toBe(a.getId());
    const root = ensureRootFolder();
    const children = root.getFolders();
    let n = 0;
    while (children.hasNext()) {
      children.next();
      n++;
    }
    expect(n).toBe(1);
    expect(DriveApp.getFoldersByName('Layanan Vicon').next().getId()).toBe(root.getId());
  });

  it('ensureDefaultTemplates creates each Doc once, then reuses known ids or finds them by name', () => {
    const root = ensureRootFolder();
    const ids = ensureDefaultTemplates(root);
    expect(Object.keys(ids).sort()).toEqual([...LETTER_KINDS].sort());
    expect(docText(state, ids.persetujuan)).toContain('{{nomor_surat}}');
    expect(liveFiles(root, templateName('persetujuan'))).toHaveLength(1);
    expect(ensureDefaultTemplates(root, ids)).toEqual(ids);
    expect(ensureDefaultTemplates(root, { penolakan: 'hilang' })).toEqual(ids);
    DriveApp.getFileById(ids.penolakan).setTrashed(true);
    const again = ensureDefaultTemplates(root, ids);
    expect(again.penolakan).not.toBe(ids.penolakan);
    expect(again.persetujuan).toBe(ids.persetujuan);
  });
});

describe('renderLetter and exportPdf', () => {
  it('rendering twice leaves one draft; the PDF carries the number, the date and WITA', () => {
    const folder = ensureFolder('Layanan Vicon', request.id);
    const ids = ensureDefaultTemplates(ensureRootFolder());
    const first = renderLetter({
      templateId: ids.persetujuan,
      folder,
      requestId: request.id,
      kind: 'persetujuan',
      fields,
    });
    const second = renderLetter({
      templateId: ids.persetujuan,
      folder,
      requestId: request.id,
      kind: 'persetujuan',
      fields,
    });
    expect(second.problems).toEqual([]);
    expect(liveFiles(folder, letterDraftName(request.id, 'persetujuan')).map((f) => f.getId())).toEqual([second.docId]);
    expect(DriveApp.getFileById(first.docId).isTrashed()).toBe(true);
    const text = docText(state, second.docId)!;
    expect(text).not.toMatch(/\{\{/);
    expect(text).toContain(request.joinUrl);
    const pdf = exportPdf(second.docId, folder, `${request.id} — Surat Persetujuan`);
    const bytes = Uint8Array.from(pdf.blob.getBytes(), (b) => b & 0xff);
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    const back = extractPdfText(bytes);
    expect(back).toContain('7/555/Diskominfo/I/2026');
    expect(back).toContain('Senin, 5 Januari 2026');
    expect(back).toContain('09.00–11.00 WITA');
    expect(back).toContain('Tarakan, 3 Januari 2026');
    exportPdf(second.docId, folder, `${request.id} — Surat Persetujuan`);
    expect(liveFiles(folder, `${request.id} — Surat Persetujuan.pdf`)).toHaveLength(1);
  });

  it('reports unknown and missing placeholders and blanks them instead of leaving {{…}}', () => {
    const folder = ensureFolder('Layanan Vicon', request.id);
    const tpl = DocumentApp.create('Templat khusus');
    tpl.getBody().setText('Nomor {{nomor_surat}}');
    tpl.getBody().appendParagraph('Yth. {{nama_pemohn}} — alasan: {{ alasan }}');
    tpl.saveAndClose();
    const out = renderLetter({
      templateId: tpl.getId(),
      folder,
      requestId: request.id,
      kind: 'penolakan',
      fields: { ...fields, alasan: '' },
    });
    expect(out.problems).toHaveLength(2);
    expect(out.problems[0]).toMatch(/\{\{nama_pemohn\}\} yang tidak dikenal/);
    expect(out.problems[1]).toMatch(/\{\{alasan\}\} belum ada/);
    expect(docText(state, out.docId)).toBe(`Nomor ${number}\nYth. …… — alasan: ……`);
    expect(
      extractPdfText(
        Uint8Array.from(DriveApp.getFileById(out.docId).getAs('application/pdf').getBytes(), (b) => b & 0xff),
      ),
    ).toContain('alasan: ……');
  });

  it("puts values in literally: '$1', '$&', '\\', regex specials and another placeholder's '{{…}}' stay as typed", () => {
    const folder = ensureFolder('Layanan Vicon', request.id);
    const tpl = DocumentApp.create('Templat uji');
    tpl.getBody().setText('{{nama_kegiatan}} | {{instansi}} | {{nomor_surat}}');
    tpl.saveAndClose();
    const hostile = 'Rp $1 $& $$ \\ \\1 {{nomor_surat}} {{x}} .*+?^${}()|[] \uFDD00\uFDD1';
    const out = renderLetter({
      templateId: tpl.getId(),
      folder,
      requestId: request.id,
      kind: 'persetujuan',
      fields: { ...fields, nama_kegiatan: hostile, instansi: '{{nama_kegiatan}}' },
    });
    expect(out.problems).toEqual([]);
    const literal = hostile.replace(/[\uFDD0\uFDD1]/g, '');
    expect(docText(state, out.docId)).toBe(`${literal} | {{nama_kegiatan}} | ${number}`);
  });
});
