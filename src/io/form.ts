/**
 * The FPVC Google Form: create it (once; its ID is kept in Script Properties),
 * link it to the spreadsheet, and read a submitted response by item title.
 */
import { QUESTIONS, type Question } from '../core/intake/questions';
import type { RawAnswers } from '../core/intake/parse';
import type { FormResponders } from '../core/settings';

export const FORM_ID_PROPERTY = 'FPVC_FORM_ID';

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

/** Publish `form` (open to anyone with the link, signed in or not) when it is not; true when it changed. */
function ensurePublished(form: GoogleAppsScript.Forms.Form): boolean {
  if (form.supportsAdvancedResponderPermissions() && !form.isPublished()) {
    form.setPublished(true);
    return true;
  }
  return false;
}

/**
 * Create the FPVC form linked to `ss` unless it already exists (found by the ID the office
 * account stored), and make sure it is published; returns it, whether it was new and whether
 * publishing was (re)done.
 */
export function ensureForm(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  officeName: string,
): { form: GoogleAppsScript.Forms.Form; created: boolean; published: boolean } {
  const existing = findForm();
  if (existing) return { form: existing, created: false, published: ensurePublished(existing) };
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
  PropertiesService.getScriptProperties().setProperty(FORM_ID_PROPERTY, form.getId());
  ensurePublished(form);
  return { form, created: true, published: true };
}

const CONSUMER_DOMAINS = ['gmail.com', 'googlemail.com'];

function advancedDrive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive?.Permissions)
    throw new Error(
      'Layanan lanjutan "Drive API" belum aktif di proyek mesin. Aktifkan (Layanan › Drive API v3), lalu jalankan Siapkan lagi.',
    );
  return Drive;
}

/**
 * Make the form's responders (Drive permissions with view 'published', as Google's "Publish and
 * manage responders" guide manages them) match `who`: 'semua' keeps "anyone with the link";
 * 'kantor' grants the office account's domain and deletes "anyone". Returns a line for Setup when
 * anything changed (or could not be done), else null.
 * @see https://developers.google.com/workspace/forms/api/guides/publish-form
 */
export function ensureResponders(form: GoogleAppsScript.Forms.Form, who: FormResponders): string | null {
  const drive = advancedDrive();
  const id = form.getId();
  const listed = drive.Permissions.list(id, {
    includePermissionsForView: 'published',
    fields: 'permissions(id,type,role,view,domain)',
  });
  const published = (listed.permissions ?? []).filter((p) => p.view === 'published');
  const anyone = published.find((p) => p.type === 'anyone');
  if (who === 'semua') {
    if (anyone) return null;
    drive.Permissions.create({ type: 'anyone', role: 'reader', view: 'published' }, id);
    return 'Formulir FPVC dapat diisi siapa saja yang punya tautannya.';
  }
  const domain = Session.getEffectiveUser().getEmail().split('@')[1]?.toLowerCase() ?? '';
  if (!domain || CONSUMER_DOMAINS.includes(domain))
    return 'Formulir FPVC tidak dapat dibatasi ke akun kantor: akun layanan bukan akun Google Workspace. Pilih "semua" di Pengaturan.';
  const granted = published.some((p) => p.type === 'domain' && p.domain?.toLowerCase() === domain);
  if (!granted) drive.Permissions.create({ type: 'domain', domain, role: 'reader', view: 'published' }, id);
  if (anyone?.id) drive.Permissions.remove(id, anyone.id);
  return granted && !anyone ? null : `Formulir FPVC hanya dapat diisi akun Google ${domain}.`;
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
