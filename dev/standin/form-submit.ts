/** `ws.submitForm` / `ws.forms.editResponse`: a respondent submits or edits; the sheet row is written and triggers fire. */
import type { Ctx } from './context';
import type { FakeForm } from './form';
import type { FakeItem } from './form-items';
import { type Answer, FakeFormResponse, wrapResponse } from './form-response';
import { writeResponseRow } from './form-sheet';
import { formatSheetDate } from './cell-display';
import { fireMatching } from './triggers';

export interface SubmitOptions {
  respondentEmail?: string;
  fireTriggers?: boolean;
}
/** Answers by question title; undefined, '' or [] means unanswered. Checkbox answers are arrays. */
export type Answers = Record<string, string | string[] | undefined>;

const DATE_ANSWER = /^\d{4}-\d{2}-\d{2}$/;
const TIME_ANSWER = /^\d{2}:\d{2}$/;

function checkAnswer(item: FakeItem, answer: string | string[]): string | string[] {
  const bad = (why: string): Error => new Error(`Jawaban untuk "${item.title}" tidak sah: ${why}.`);
  const list = Array.isArray(answer) ? answer.map(String) : [String(answer)];
  if (item.type === 'CHECKBOX') {
    const unknown = list.filter((v) => !item.choices.includes(v) && !item.otherOption);
    if (unknown.length) throw bad(`pilihan ${JSON.stringify(unknown)} tidak ada`);
    return list;
  }
  if (list.length !== 1) throw bad('hanya satu jawaban yang boleh');
  const v = list[0];
  const choice = item.type === 'MULTIPLE_CHOICE' || item.type === 'LIST';
  if (choice && !item.choices.includes(v) && !(item.otherOption && item.type === 'MULTIPLE_CHOICE'))
    throw bad(`pilihan "${v}" tidak ada`);
  if (item.type === 'DATE' && !DATE_ANSWER.test(v)) throw bad('tanggal harus YYYY-MM-DD');
  if (item.type === 'TIME' && !TIME_ANSWER.test(v)) throw bad('jam harus HH:MM');
  if (item.type === 'SCALE' && !(Number.isInteger(+v) && +v >= item.bounds.lower && +v <= item.bounds.upper))
    throw bad('di luar skala');
  return v;
}

function collect(form: FakeForm, answers: Answers): Answer[] {
  const questions = form.items.filter((i) => i.isQuestion);
  for (const title of Object.keys(answers)) {
    if (!questions.some((q) => q.title === title))
      throw new Error(`Formulir "${form.title}" tidak punya pertanyaan "${title}".`);
  }
  const out: Answer[] = [];
  for (const item of questions) {
    const a = answers[item.title];
    if (a === undefined || a === '' || (Array.isArray(a) && a.length === 0)) {
      if (item.required) throw new Error(`Pertanyaan wajib "${item.title}" belum dijawab.`);
      continue;
    }
    out.push({ item, response: checkAnswer(item, a) });
  }
  return out;
}

function formOf(ctx: Ctx, formId: string, respondent: string): FakeForm {
  const form = ctx.forms.get(formId);
  if (!form) throw new Error(`Formulir ${formId} tidak ada.`);
  form.checkRespondent(respondent);
  return form;
}

/**
 * Records a new response, appends it to the destination sheet and fires onFormSubmit
 * triggers. Refused, with nothing recorded, when the form is unpublished, closed, or
 * restricted to the owner's domain and `respondentEmail` is outside it (or empty).
 */
export function submitForm(ctx: Ctx, formId: string, answers: Answers, opts: SubmitOptions = {}): FakeFormResponse {
  const email = opts.respondentEmail ?? '';
  const form = formOf(ctx, formId, email);
  if (form.collectEmail && !email) throw new Error('Formulir ini mengumpulkan email: isi respondentEmail.');
  const id = `resp-${ctx.nextId('r').slice(-4)}-${formId}`;
  const response = new FakeFormResponse(
    ctx,
    id,
    formId,
    ctx.clock.now(),
    email,
    collect(form, answers),
    `${form.getPublishedUrl()}?edit2=${id}`,
  );
  form.responses.push(response);
  record(ctx, form, response, opts.fireTriggers !== false);
  return response;
}

/** The respondent edits a response: changed answers replace old ones, the same sheet row is rewritten, triggers fire again. */
export function editResponse(
  ctx: Ctx,
  responseId: string,
  changes: Answers,
  opts: { fireTriggers?: boolean } = {},
): FakeFormResponse {
  const response = [...ctx.forms.values()].flatMap((f) => f.responses).find((r) => r.id === responseId);
  if (!response) throw new Error(`Jawaban ${responseId} tidak ada.`);
  const form = formOf(ctx, response.formId, response.respondentEmail);
  if (!form.allowResponseEdits) throw new Error(`Formulir "${form.title}" tidak mengizinkan jawaban diubah.`);
  const merged: Answers = Object.fromEntries(response.answers.map((a) => [a.item.title, a.response]));
  response.answers = collect(form, { ...merged, ...changes });
  response.timestamp = ctx.clock.now();
  record(ctx, form, response, opts.fireTriggers !== false);
  return response;
}

function record(ctx: Ctx, form: FakeForm, response: FakeFormResponse, fire: boolean): void {
  const strings = new Map(
    response.answers.map((a) => [a.item.title, Array.isArray(a.response) ? a.response.join(', ') : a.response]),
  );
  const written = form.responsesSheet
    ? writeResponseRow(form, response.sheetRow, response.timestamp, response.respondentEmail, strings)
    : null;
  if (written) response.sheetRow = written.row;
  if (fire) fireFormTriggers(ctx, form, response, strings, written);
}

function fireFormTriggers(
  ctx: Ctx,
  form: FakeForm,
  response: FakeFormResponse,
  strings: Map<string, string>,
  written: { row: number; header: string[] } | null,
): void {
  fireMatching(
    ctx,
    (r) => r.eventType === 'ON_FORM_SUBMIT' && r.source === 'FORMS' && r.sourceId === form.id,
    () => ({ response: wrapResponse(ctx, response), source: ctx.wrap(form, 'Form') }),
  );
  const sheet = form.responsesSheet;
  if (!written || !sheet) return;
  const stamp = formatSheetDate(response.timestamp, sheet.spreadsheet.timeZone, 'M/d/yyyy H:mm:ss');
  const values = written.header.map((title, j) =>
    j === 0
      ? stamp
      : title === 'Email Address' && form.collectEmail
        ? response.respondentEmail
        : (strings.get(title) ?? ''),
  );
  const namedValues: Record<string, string[]> = {};
  written.header.forEach((title, j) => {
    namedValues[title] = [values[j]];
  });
  fireMatching(
    ctx,
    (r) => r.eventType === 'ON_FORM_SUBMIT' && r.source === 'SPREADSHEETS' && r.sourceId === sheet.spreadsheet.id,
    () => ({
      namedValues,
      values: [...values],
      source: ctx.wrap(sheet.spreadsheet, 'Spreadsheet'),
      range: sheet.rangeAt({ row: written.row, col: 1, numRows: 1, numCols: written.header.length }),
    }),
  );
}
