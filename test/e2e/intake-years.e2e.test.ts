/**
 * Intake across years (issue #17): a response is found by its reference in any year's row (one
 * search on Google's side), and the next number is read from the year's first Register row down
 * (the index says where), or from the whole column when the index or the year's entry is missing.
 */
import type { TraceEntry } from '../../dev/standin';
import { validAnswers } from '../fixtures/answers';
import { e2eWorld, OFFICE, type E2E } from './world';

const JAN_2027 = new Date('2027-01-04T02:00:00Z');
const in2027 = (over: Record<string, string> = {}) =>
  validAnswers({ 'Tanggal surat permohonan': '2027-01-04', 'Tanggal kegiatan': '2027-01-20', ...over });

const numbers = (e: E2E) => e.column('Nomor').map(String);
const APPLICANT = 'siti@disdik.go.id';

function respond(e: E2E, answers: Record<string, string>): string {
  const { Email, ...rest } = answers;
  return e.ws.submitForm(e.formId(), rest, { respondentEmail: Email }).getId();
}

/** The engine's reads of the Register's Nomor column while `fn` runs (cells per read). */
function nomorReads(e: E2E, fn: () => void): number[] {
  e.ws.trace.start();
  fn();
  const calls: TraceEntry[] = e.ws.trace.stop().filter((c) => c.projectId === e.product.engineProject.id);
  const width = e.sheet('Register')[0].length;
  return calls
    .filter((c) => c.key === 'Range.getValues' && c.sheet === 'Register' && c.read !== width)
    .map((c) => c.read);
}

function registerRows(e: E2E): number {
  const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  return book.getSheetByName('Register')!.getMaxRows();
}

/** Two requests of 2026 (the first returned for correction), then the first of 2027. */
/** The applicant corrects the response waiting for correction (through the form's edit link), a minute later. */
function correct(e: E2E, waiting: string): void {
  e.ws.clock.advance(60_000);
  e.ws.forms.editResponse(waiting, {
    'Tanggal surat permohonan': '2027-01-04',
    'Tanggal kegiatan': '2027-01-20',
    'Jam selesai': '11:30',
  });
}

function acrossTheYear(): { e: E2E; waiting: string; done: string } {
  const e = e2eWorld('000-bandung');
  const waiting = respond(e, validAnswers({ 'Jam selesai': '08:00' }));
  const done = respond(e, validAnswers({ 'Judul kegiatan': 'Rapat Kedua' }));
  e.ws.clock.set(JAN_2027);
  e.submit(in2027({ 'Judul kegiatan': 'Rapat Tahun Baru' }));
  expect(numbers(e)).toEqual(['VC-2026-0001', 'VC-2026-0002', 'VC-2027-0001']);
  return { e, waiting, done };
}

describe('intake across years', () => {
  it("a response already in an earlier year's row is not taken twice; an edited one waiting for correction is revised", () => {
    const { e, waiting, done } = acrossTheYear();
    e.ws.forms.editResponse(done, { Keterangan: 'mohon dicek' });
    expect(numbers(e)).toEqual(['VC-2026-0001', 'VC-2026-0002', 'VC-2027-0001']);

    expect(e.column('Langkah')[0]).toBe('perbaikan');
    correct(e, waiting);
    expect(numbers(e)).toEqual(['VC-2026-0001', 'VC-2026-0002', 'VC-2027-0001']);
    expect(e.column('Langkah')[0]).not.toBe('perbaikan');
    const mails = e.ws.mail.outbox.filter((m) => m.to.includes(APPLICANT)).map((m) => m.subject);
    expect(mails.at(-1)).toBe('[VC-2026-0001] Perbaikan diterima — Rapat Koordinasi PPDB');
  });

  it('a reference copied by hand into a later row: the first row holding it is the request (as before)', () => {
    const { e, waiting } = acrossTheYear();
    const at = e.sheet('Register')[0].map(String).indexOf('Ref Respons');
    const letter = String.fromCharCode(65 + at);
    const ref = String(e.sheet('Register')[1][at]);
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Register', range: `${letter}4` }, [[ref]]);
    correct(e, waiting);
    expect(numbers(e)).toEqual(['VC-2026-0001', 'VC-2026-0002', 'VC-2027-0001']);
    expect(e.column('Langkah')[0]).not.toBe('perbaikan');
  });

  it("numbers the year's next request from the year's first row down, not from the whole column", () => {
    const { e } = acrossTheYear();
    const reads = nomorReads(e, () => e.submit(in2027({ 'Judul kegiatan': 'Kedua 2027' })));
    expect(numbers(e).at(-1)).toBe('VC-2027-0002');
    expect(reads).toContain(registerRows(e) - 3); // rows 4 … the sheet's edge
    expect(reads).not.toContain(registerRows(e) - 1); // never rows 2 … the edge
  });

  it('the first request of a year, and any request without the index, reads the whole column', () => {
    const { e } = acrossTheYear();
    const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    e.ws.execute(e.product.engineProject, OFFICE, () => book.deleteSheet(book.getSheetByName('Indeks')!));
    const reads = nomorReads(e, () => e.submit(in2027({ 'Judul kegiatan': 'Tanpa indeks' })));
    expect(numbers(e).at(-1)).toBe('VC-2027-0002');
    expect(reads).toContain(registerRows(e) - 1);
  });

  it('a number typed by hand into the year after its first row still counts (within the jump allowed)', () => {
    const { e } = acrossTheYear();
    e.submit(in2027({ 'Judul kegiatan': 'Kedua 2027' }));
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Register', range: 'A6' }, [['VC-2027-0007']]);
    e.submit(in2027({ 'Judul kegiatan': 'Sesudah surat' }));
    expect(numbers(e)).toEqual([
      'VC-2026-0001',
      'VC-2026-0002',
      'VC-2027-0001',
      'VC-2027-0002',
      'VC-2027-0007',
      'VC-2027-0008',
    ]);
  });
});
