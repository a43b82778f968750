/**
 * Reply letters in Google Docs and Drive: a 'Layanan Vicon' folder with one folder per
 * request, the letter templates, drafts made from a template (re-running replaces the
 * request's own draft), and the PDF export.
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

type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;
type Section =
  GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

/** Name of the service's top-level Drive folder. */
export const ROOT_FOLDER_NAME = 'Layanan Vicon';
const PDF = 'application/pdf';

function firstLive<T extends { isTrashed(): boolean }>(it: { hasNext(): boolean; next(): T }): T | null {
  while (it.hasNext()) {
    const item = it.next();
    if (!item.isTrashed()) return item;
  }
  return null;
}

function trashAll(it: GoogleAppsScript.Drive.FileIterator): void {
  while (it.hasNext()) {
    const f = it.next();
    if (!f.isTrashed()) f.setTrashed(true);
  }
}

/** The top-level folder named `name` (found by name, created once). */
export function ensureRootFolder(name = ROOT_FOLDER_NAME): Folder {
  return firstLive(DriveApp.getFoldersByName(name)) ?? DriveApp.createFolder(name);
}

/** The request's folder `requestId` inside the top-level folder `parentName`; neither is ever duplicated. */
export function ensureFolder(parentName: string, requestId: string): Folder {
  const parent = ensureRootFolder(parentName);
  return firstLive(parent.getFoldersByName(requestId)) ?? parent.createFolder(requestId);
}

/** Name of the template Doc of a kind: 'Templat Surat Persetujuan'. */
export function templateName(kind: LetterKind): string {
  return `Templat Surat ${LETTER_KIND_LABELS[kind]}`;
}

function usableDoc(id: string | undefined): boolean {
  if (!id) return false;
  try {
    return !DriveApp.getFileById(id).isTrashed();
  } catch {
    return false;
  }
}

function createTemplate(folder: Folder, kind: LetterKind): string {
  return createDocFromText(folder, templateName(kind), DEFAULT_LETTER_TEMPLATES[kind]);
}

/** Create a Doc named `name` in `folder` holding `text` (one paragraph a line); returns its id. */
function createDocFromText(folder: Folder, name: string, text: string): string {
  const doc = DocumentApp.create(name);
  const body = doc.getBody();
  const [first, ...rest] = text.split('\n');
  body.setText(first);
  for (const line of rest) body.appendParagraph(line);
  doc.saveAndClose();
  DriveApp.getFileById(doc.getId()).moveTo(folder);
  return doc.getId();
}

/** The id of the template Doc `name` in `folder`, created from `defaultText` when missing (the office may edit it). */
export function ensureTemplate(folder: Folder, name: string, defaultText: string): string {
  return firstLive(folder.getFilesByName(name))?.getId() ?? createDocFromText(folder, name, defaultText);
}

/**
 * The template Doc id of every letter kind: `known` ids that still exist are kept, else a Doc named
 * templateName(kind) in `folder` is used, else one is created there with the default Indonesian text.
 */
export function ensureDefaultTemplates(
  folder: Folder,
  known: Partial<Record<LetterKind, string>> = {},
): Record<LetterKind, string> {
  const ids = {} as Record<LetterKind, string>;
  for (const kind of LETTER_KINDS) {
    const id = known[kind];
    ids[kind] =
      id && usableDoc(id)
        ? id
        : (firstLive(folder.getFilesByName(templateName(kind)))?.getId() ?? createTemplate(folder, kind));
  }
  return ids;
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
 * Makes the request's letter of `kind` from the template: copies it into `folder` as
 * letterDraftName (trashing a previous draft of that name), fills every {{placeholder}},
 * blanks the unknown or missing ones and reports them (Indonesian) in `problems`, with any
 * placeholder still left after filling.
 */
export function renderLetter(o: {
  templateId: string;
  folder: Folder;
  requestId: string;
  kind: LetterKind;
  fields: Readonly<Record<string, string>>;
}): { docId: string; url: string; problems: string[] } {
  return renderDoc({ ...o, name: letterDraftName(o.requestId, o.kind) });
}

/**
 * Copy the template into `folder` as `name` (replacing an earlier copy of that name), fill every
 * {{placeholder}}, and report unknown, missing or leftover placeholders.
 */
export function renderDoc(o: {
  templateId: string;
  folder: Folder;
  name: string;
  fields: Readonly<Record<string, string>>;
}): { docId: string; url: string; problems: string[] } {
  const name = o.name;
  trashAll(o.folder.getFilesByName(name));
  const copy: File = DriveApp.getFileById(o.templateId).makeCopy(name, o.folder);
  const doc = DocumentApp.openById(copy.getId());
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
  return { docId: copy.getId(), url: copy.getUrl(), problems };
}

/** Saves the Doc `docId` as '<name>.pdf' in `folder` (replacing an earlier PDF of that name). */
export function exportPdf(
  docId: string,
  folder: Folder,
  name: string,
): { fileId: string; url: string; blob: GoogleAppsScript.Base.Blob } {
  const fileName = name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
  const blob = DriveApp.getFileById(docId).getAs(PDF).setName(fileName);
  trashAll(folder.getFilesByName(fileName));
  const file = folder.createFile(blob);
  return { fileId: file.getId(), url: file.getUrl(), blob };
}
