/**
 * Reply letters in Google Docs and Drive: a 'Layanan Vicon' folder with one folder per
 * request, the letter templates, drafts made from a template (re-running replaces the
 * request's own draft), and the PDF export. Drive through the advanced service under
 * drive.file (drive-files.ts): every folder, template and letter is one the engine made.
 */
import {
  BLANK,
  DEFAULT_LETTER_TEMPLATES,
  LETTER_KINDS,
  LETTER_KIND_LABELS,
  checkPlaceholders,
  placeholderProblems,
  placeholderRegexSource,
  scanPlaceholders,
  type LetterKind,
} from '../core/letter';
import { PermanentFailure } from '../app/failures';
import { copyFile, DOC_MIME, ensureFolder, fileInfo, findLive, moveInto, replaceFile, trashNamed } from './drive-files';

type Section =
  GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

/** Name of the service's top-level Drive folder. */
export const ROOT_FOLDER_NAME = 'Layanan Vicon';
const PDF = 'application/pdf';

/** The id of the top-level folder 'Layanan Vicon' the engine made (made once, in its My Drive). */
export function rootFolderId(): string {
  return ensureFolder(ROOT_FOLDER_NAME, null);
}

/** The id of the request's folder `requestId` inside the top-level folder; neither is ever duplicated. */
export function requestFolderId(requestId: string): string {
  return ensureFolder(requestId, rootFolderId());
}

/** Name of the template Doc of a kind: 'Templat Surat Persetujuan'. */
export function templateName(kind: LetterKind): string {
  return `Templat Surat ${LETTER_KIND_LABELS[kind]}`;
}

/** Create a Doc named `name` in folder `folderId` holding `text` (one paragraph a line); returns its id. */
function createDocFromText(folderId: string, name: string, text: string): string {
  const doc = DocumentApp.create(name);
  const body = doc.getBody();
  const [first, ...rest] = text.split('\n');
  body.setText(first);
  for (const line of rest) body.appendParagraph(line);
  doc.saveAndClose();
  moveInto(doc.getId(), folderId);
  return doc.getId();
}

/** The id of the template Doc `name` in folder `folderId`, created from `defaultText` when missing (the office may edit it). */
export function ensureTemplate(folderId: string, name: string, defaultText: string): string {
  return findLive(name, folderId, DOC_MIME)[0]?.id ?? createDocFromText(folderId, name, defaultText);
}

/** The template Doc id of every letter kind in folder `folderId` (templateName(kind)), each created once with the default text. */
export function ensureDefaultTemplates(folderId: string): Record<LetterKind, string> {
  const ids = {} as Record<LetterKind, string>;
  for (const kind of LETTER_KINDS)
    ids[kind] = ensureTemplate(folderId, templateName(kind), DEFAULT_LETTER_TEMPLATES[kind]);
  return ids;
}

/**
 * `id` when it is a live Google Doc the engine may use as the `kind` template; else a
 * PermanentFailure saying what to do. Under drive.file the engine sees only the Docs it made:
 * a template someone made elsewhere (or in another account) cannot be copied.
 */
export function configuredTemplate(id: string, kind: LetterKind): string {
  const info = fileInfo(id);
  if (info && !info.trashed && info.mimeType === DOC_MIME) return id;
  const why = !info
    ? 'Layanan Vicon hanya dapat membuka templat yang dibuatnya sendiri'
    : info.trashed
      ? 'dokumen itu ada di Sampah'
      : 'berkas itu bukan Google Dokumen';
  throw new PermanentFailure(
    `Templat surat ${LETTER_KIND_LABELS[kind].toLowerCase()} di Pengaturan (ID ${id}) tidak dapat dipakai: ${why}. ` +
      `Buka "${templateName(kind)}" di folder Drive "${ROOT_FOLDER_NAME}" milik akun layanan, tempel isi templat Anda ke dalamnya, ` +
      'lalu kosongkan ID templat ini di Pengaturan.',
  );
}

/** The draft's file name: 'VC-2026-0001 — Surat Persetujuan'. */
export function letterDraftName(requestId: string, kind: LetterKind): string {
  return `${requestId} — Surat ${LETTER_KIND_LABELS[kind]}`;
}

function sectionsOf(doc: GoogleAppsScript.Document.Document): Section[] {
  return [doc.getBody(), doc.getHeader(), doc.getFooter()].filter(
    (s): s is NonNullable<typeof s> => s !== null && s !== undefined,
  );
}

/**
 * Placeholders become private marks first, then each mark its value, so a value is never searched
 * again: an applicant's '{{nomor_surat}}' stays text. Noncharacters U+FDD0/U+FDD1 (for internal use
 * only) delimit the marks and are dropped from values.
 */
const MARK_OPEN = '\uFDD0';
const MARK_CLOSE = '\uFDD1';
const mark = (i: number): string => `${MARK_OPEN}${i}${MARK_CLOSE}`;

/** `value` as Docs' replaceText inserts it literally: the replacement is Java's, where '\' and '$' are special. */
function literalReplacement(value: string): string {
  return value.split(MARK_OPEN).join('').split(MARK_CLOSE).join('').replace(/[\\$]/g, '\\$&');
}

function markPlaceholders(sections: Section[], names: string[]): void {
  for (const section of sections)
    names.forEach((name, i) => section.replaceText(placeholderRegexSource(name), mark(i)));
}

function fillMarks(sections: Section[], values: string[]): void {
  for (const section of sections) values.forEach((value, i) => section.replaceText(mark(i), literalReplacement(value)));
}

/**
 * Makes the request's letter of `kind` from the template: copies it into folder `folderId` as
 * letterDraftName (trashing a previous draft of that name), fills every {{placeholder}},
 * blanks the unknown or missing ones and reports them (Indonesian) in `problems`, with any
 * placeholder still left after filling.
 */
export function renderLetter(o: {
  templateId: string;
  folderId: string;
  requestId: string;
  kind: LetterKind;
  fields: Readonly<Record<string, string>>;
}): { docId: string; url: string; problems: string[] } {
  return renderDoc({ ...o, name: letterDraftName(o.requestId, o.kind) });
}

/**
 * Copy the template into folder `folderId` as `name` (trashing an earlier copy of that name), fill
 * every {{placeholder}}, and report unknown, missing or leftover placeholders.
 */
export function renderDoc(o: {
  templateId: string;
  folderId: string;
  name: string;
  fields: Readonly<Record<string, string>>;
}): { docId: string; url: string; problems: string[] } {
  trashNamed(o.name, o.folderId);
  const copy = copyFile(o.templateId, o.folderId, o.name);
  const doc = DocumentApp.openById(copy.id);
  const sections = sectionsOf(doc);
  const textNow = (): string => sections.map((sec) => sec.getText()).join('\n');
  const names = scanPlaceholders(textNow());
  const check = checkPlaceholders(textNow(), o.fields);
  markPlaceholders(sections, names);
  const leftovers = scanPlaceholders(textNow());
  const filled = (n: string): boolean => Object.prototype.hasOwnProperty.call(o.fields, n) && o.fields[n].trim() !== '';
  fillMarks(
    sections,
    names.map((n) => (filled(n) ? o.fields[n] : BLANK)),
  );
  doc.saveAndClose();
  const problems = [
    ...placeholderProblems(check),
    ...leftovers.map((n) => `Surat masih memuat {{${n}}}; periksa isi data dan templat.`),
  ];
  return { docId: copy.id, url: copy.url, problems };
}

/** Saves the Doc `docId` as '<name>.pdf' in folder `folderId` (replacing an earlier PDF of that name). */
export function exportPdf(
  docId: string,
  folderId: string,
  name: string,
): { fileId: string; url: string; blob: GoogleAppsScript.Base.Blob } {
  const fileName = name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
  const blob = DocumentApp.openById(docId).getAs(PDF).setName(fileName);
  const file = replaceFile(folderId, fileName, blob);
  return { fileId: file.id, url: file.url, blob };
}
