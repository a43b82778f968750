/**
 * Reply letters in the workbook and Drive: the 'Surat' sheet lists every letter number
 * ever issued (voided ones stay, marked 'Batal', so none is reused), and the
 * LetterDocsPort over io/docs.ts (templates from Pengaturan or the defaults Setup made,
 * one Drive folder per request).
 */
import type { LetterDocsPort, LetterNumberStore } from '../app/ports';
import { DEFAULT_LETTER_TEMPLATES, LETTER_KINDS, type LetterKind } from '../core/letter';
import type { Settings } from '../core/settings';
import { sheetText } from '../core/sheet-text';
import {
  configuredTemplate,
  ensureDefaultTemplates,
  ensureTemplate,
  exportPdf,
  letterDraftName,
  renderLetter,
  requestFolderId,
  rootFolderId,
  templateName,
} from './docs';
import { findLive } from './drive-files';
import { col, ensureRows, headerMap } from './sheet-table';

export const LETTERS_SHEET = 'Surat';
export const LETTER_HEADERS = [
  'Nomor Surat',
  'Tahun',
  'Urut',
  'Nomor Permohonan',
  'Jenis',
  'Status',
  'Waktu',
  'Keterangan',
];
const ACTIVE = 'Terpakai';
const VOID = 'Batal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function lettersSheet(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const found = ss.getSheetByName(LETTERS_SHEET);
  if (found) return found;
  const sheet = ss.insertSheet(LETTERS_SHEET);
  sheet.getRange(1, 1, 1, LETTER_HEADERS.length).setValues([LETTER_HEADERS]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}

function readTable(ss: Spreadsheet): {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  values: unknown[][];
  at: (h: string) => number;
} {
  const sheet = lettersSheet(ss);
  const values = sheet.getDataRange().getValues();
  const map = headerMap(values[0] ?? [], LETTER_HEADERS, LETTERS_SHEET);
  return { sheet, values, at: (h) => col(map, h) };
}

/** The LetterNumberStore on the 'Surat' sheet (created when missing). Call under the script lock. */
export function sheetLetterStore(ss: Spreadsheet): LetterNumberStore {
  return {
    issued: () => {
      const { values, at } = readTable(ss);
      return values
        .slice(1)
        .filter((r) => String(r[at('Nomor Surat')] ?? '') !== '')
        .map((r) => ({
          number: String(r[at('Nomor Surat')]),
          year: Number(r[at('Tahun')]),
          seq: Number(r[at('Urut')]),
          void: String(r[at('Status')]) === VOID,
          requestId: String(r[at('Nomor Permohonan')] ?? ''),
        }));
    },
    record: (l) => {
      const { sheet, values, at } = readTable(ss);
      const row = new Array(values[0].length).fill('');
      row[at('Nomor Surat')] = sheetText(l.number);
      row[at('Tahun')] = l.year;
      row[at('Urut')] = l.seq;
      row[at('Nomor Permohonan')] = sheetText(l.requestId);
      row[at('Jenis')] = l.kind;
      row[at('Status')] = l.void ? VOID : ACTIVE;
      row[at('Waktu')] = new Date(l.at);
      ensureRows(sheet, values.length, 1);
      sheet.getRange(values.length + 1, 1, 1, row.length).setValues([row]);
    },
    markVoid: (number, note) => {
      const { sheet, values, at } = readTable(ss);
      const i = values.findIndex((r, n) => n > 0 && String(r[at('Nomor Surat')]) === number);
      if (i < 0) return;
      const row = values[i].map((v) => (typeof v === 'string' ? sheetText(v) : v));
      row[at('Status')] = VOID;
      row[at('Keterangan')] = sheetText(note);
      sheet.getRange(i + 1, 1, 1, row.length).setValues([row]);
    },
  };
}

function configuredTemplates(s: Settings): Partial<Record<LetterKind, string>> {
  return { persetujuan: s.templateApproval, penolakan: s.templateRejection, jadwal_penuh: s.templateFull };
}

function pdfName(requestId: string, kind: LetterKind): string {
  return `${letterDraftName(requestId, kind)}.pdf`;
}

/**
 * Setup: the default letter templates in the 'Layanan Vicon' folder (always there, so an office
 * with its own wording pastes it into one of them); returns the names created (none on a second run).
 */
export function ensureLetterTemplates(): string[] {
  const folderId = rootFolderId();
  const missing = LETTER_KINDS.filter((k) => findLive(templateName(k), folderId).length === 0);
  ensureDefaultTemplates(folderId);
  return missing.map(templateName);
}

/**
 * The LetterDocsPort over Docs and Drive; `settings` is read on each call. A template ID set in
 * Pengaturan must be a Doc the engine made (else a PermanentFailure says what to do); without
 * one, the default template in the 'Layanan Vicon' folder is used (made when missing).
 */
export function driveLetterDocs(settings: () => Settings): LetterDocsPort {
  const templateId = (kind: LetterKind): string => {
    const configured = configuredTemplates(settings())[kind]?.trim();
    if (configured) return configuredTemplate(configured, kind);
    return ensureTemplate(rootFolderId(), templateName(kind), DEFAULT_LETTER_TEMPLATES[kind]);
  };
  return {
    templateText: (kind) => {
      const doc = DocumentApp.openById(templateId(kind));
      return [doc.getHeader(), doc.getBody(), doc.getFooter()].map((s) => (s ? s.getText() : '')).join('\n');
    },
    render: (requestId, kind, fields) =>
      renderLetter({ templateId: templateId(kind), folderId: requestFolderId(requestId), requestId, kind, fields }),
    exportPdf: (requestId, kind, docId) => {
      const name = pdfName(requestId, kind);
      const out = exportPdf(docId, requestFolderId(requestId), name);
      return { fileId: out.fileId, url: out.url, name };
    },
    findPdf: (requestId, kind) => {
      const name = pdfName(requestId, kind);
      const found = findLive(name, requestFolderId(requestId))[0];
      return found ? { fileId: found.id, url: found.url, name } : null;
    },
  };
}
