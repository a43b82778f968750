/**
 * The FPVC Google Form: create it (once; its ID is kept in Script Properties),
 * link it to the spreadsheet, and read a submitted response by item title.
 */
import { QUESTIONS, type Question } from '../core/intake/questions';
import type { RawAnswers } from '../core/intake/parse';

export const FORM_ID_PROPERTY = 'FPVC_FORM_ID';

/** Google's 2025 publishing methods, which @types/google-apps-script 2.0 does not declare yet. */
type PublishableForm = GoogleAppsScript.Forms.Form & {
  setPublished(enabled: boolean): GoogleAppsScript.Forms.Form;
  isPublished(): boolean;
};

/** Forms a script creates after 2026-06-30 start unpublished and accept no answers until published. */
function publish(form: GoogleAppsScript.Forms.Form): void {
  const f = form as PublishableForm;
  if (!f.isPublished()) f.setPublished(true);
}

/** One submitted response in the shape intake needs. */
export interface FormSubmission {
  answers: RawAnswers;
  responseRef: string;
  receivedAt: Date;
  editUrl: string;
  respondentEmail: string;
}

function addQuestion(form: GoogleAppsScript.Forms.Form, q: Question): void {
  let item:
    | GoogleAppsScript.Forms.TextItem
    | GoogleAppsScript.Forms.ParagraphTextItem
    | GoogleAppsScript.Forms.DateItem
    | GoogleAppsScript.Forms.TimeItem
    | GoogleAppsScript.Forms.MultipleChoiceItem;
  if (q.kind === 'paragraph') item = form.addParagraphTextItem();
  else if (q.kind === 'date') item = form.addDateItem();
  else if (q.kind === 'time') item = form.addTimeItem();
  else if (q.kind === 'choice') item = form.addMultipleChoiceItem().setChoiceValues(q.choices ?? []);
  else item = form.addTextItem();
  item.setTitle(q.title).setRequired(q.required);
  if (q.help) item.setHelpText(q.help);
}

/** The form if it exists (by stored ID), else null. */
export function findForm(): GoogleAppsScript.Forms.Form | null {
  const id = PropertiesService.getScriptProperties().getProperty(FORM_ID_PROPERTY);
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch {
    return null;
  }
}

/** Create the FPVC form linked to `ss` unless it already exists; returns it and whether it was new. */
export function ensureForm(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  officeName: string,
): { form: GoogleAppsScript.Forms.Form; created: boolean } {
  const existing = findForm();
  if (existing) {
    publish(existing);
    return { form: existing, created: false };
  }
  const form = FormApp.create('Formulir Permintaan Layanan Video Conference (FPVC)');
  form
    .setDescription(
      `Permohonan fasilitasi video conference (Zoom / Google Meet) kepada ${officeName}. Isi dengan lengkap; nomor permohonan dikirim ke email Anda.`,
    )
    .setCollectEmail(true)
    .setAllowResponseEdits(true)
    .setConfirmationMessage('Terima kasih. Permohonan Anda sudah kami terima; nomor permohonan dikirim ke email Anda.');
  QUESTIONS.filter((q) => !q.collectedByForm).forEach((q) => addQuestion(form, q));
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  publish(form);
  PropertiesService.getScriptProperties().setProperty(FORM_ID_PROPERTY, form.getId());
  return { form, created: true };
}

/** Read a response by item title (never by position). */
export function readResponse(response: GoogleAppsScript.Forms.FormResponse): FormSubmission {
  const answers: RawAnswers = {};
  for (const ir of response.getItemResponses()) {
    const value = ir.getResponse();
    answers[ir.getItem().getTitle()] = Array.isArray(value) ? value.map(String) : String(value ?? '');
  }
  const respondentEmail = response.getRespondentEmail() ?? '';
  for (const q of QUESTIONS)
    if (q.collectedByForm && answers[q.title] === undefined) answers[q.title] = respondentEmail;
  let editUrl = '';
  try {
    editUrl = response.getEditResponseUrl() ?? '';
  } catch {
    editUrl = '';
  }
  return {
    answers,
    responseRef: response.getId(),
    receivedAt: new Date(response.getTimestamp().getTime()),
    editUrl,
    respondentEmail,
  };
}

/** Responses submitted at or after `since` (for the catch-up sweep). */
export function responsesSince(form: GoogleAppsScript.Forms.Form, since: Date): FormSubmission[] {
  return form.getResponses(since).map(readResponse);
}
