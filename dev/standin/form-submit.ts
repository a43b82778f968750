/** `ws.submitForm`: a respondent submits a form; the response is stored, written to the sheet, and triggers fire. */
import type { Ctx } from './context';
import type { FakeForm } from './form';
import type { FakeItem } from './form-items';
import { type FakeFormResponse, wrapResponse } from './form-response';
import { appendResponseRow } from './form-sheet';
import { formatSheetDate } from './cell-display';
import { fireMatching } from './triggers';

export interface SubmitOptions { respondentEmail?: string; fireTriggers?: boolean }

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
  if ((item.type === 'MULTIPLE_CHOICE' || item.type === 'LIST') && !item.choices.includes(v) && !(item.otherOption && item.type === 'MULTIPLE_CHOICE')) {
    throw bad(`pilihan "${v}" tidak ada`);
  }
  if (item.type === 'DATE' && !DATE_ANSWER.test(v)) throw bad('tanggal harus YYYY-MM-DD');
  if (item.type === 'TIME' && !TIME_ANSWER.test(v)) throw bad('jam harus HH:MM');
  if (item.type === 'SCALE' && !(Number.isInteger(+v) && +v >= item.bounds.lower && +v <= item.bounds.upper)) throw bad('di luar skala');
  return v;
}

function collect(form: FakeForm, answers: Record<string, string | string[]>): FakeFormResponse['answers'] {
  const questions = form.items.filter((i) => i.isQuestion);
  for (const title of Object.keys(answers)) {
    if (!questions.some((q) => q.title === title)) throw new Error(`Formulir "${form.title}" tidak punya pertanyaan "${title}".`);
  }
  const out: FakeFormResponse['answers'] = [];
  for (const item of questions) {
    const a = answers[item.title];
    const empty = a === undefined || a === '' || (Array.isArray(a) && a.length === 0);
    if (empty && item.required) throw new Error(`Pertanyaan wajib "${item.title}" belum dijawab.`);
    if (!empty) out.push({ item, response: checkAnswer(item, a) });
  }
  return out;
}

/** Records a response, appends it to the destination sheet and fires onFormSubmit triggers. */
export function submitForm(ctx: Ctx, formId: string, answers: Record<string, string | string[]>, opts: SubmitOptions = {}): FakeFormResponse {
  const form = ctx.forms.get(formId);
  if (!form) throw new Error(`Formulir ${formId} tidak ada.`);
  if (!form.acceptingResponses) throw new Error(`Formulir "${form.title}" tidak lagi menerima jawaban.`);
  const email = opts.respondentEmail ?? '';
  if (form.collectEmail && !email) throw new Error('Formulir ini mengumpulkan email: isi respondentEmail.');
  const id = `resp-${ctx.nextId('r').slice(-4)}-${formId}`;
  const response: FakeFormResponse = { id, formId, timestamp: ctx.clock.now(), respondentEmail: email,
    answers: collect(form, answers), editUrl: `${form.getPublishedUrl()}?edit2=${id}` };
  form.responses.push(response);
  const strings = new Map(response.answers.map((a) => [a.item.title, Array.isArray(a.response) ? a.response.join(', ') : a.response]));
  const written = form.responsesSheet ? appendResponseRow(form, response.timestamp, email, strings) : null;
  if (opts.fireTriggers !== false) fireFormTriggers(ctx, form, response, strings, written);
  return response;
}

function fireFormTriggers(ctx: Ctx, form: FakeForm, response: FakeFormResponse, strings: Map<string, string>, written: { row: number; header: string[] } | null): void {
  fireMatching(ctx, (r) => r.eventType === 'ON_FORM_SUBMIT' && r.source === 'FORMS' && r.sourceId === form.id,
    () => ({ response: wrapResponse(ctx, response), source: ctx.wrap(form, 'Form') }));
  if (!written || !form.responsesSheet) return;
  const sheet = form.responsesSheet;
  const stamp = formatSheetDate(response.timestamp, sheet.spreadsheet.timeZone, 'M/d/yyyy H:mm:ss');
  const values = written.header.map((title, j) => (j === 0 ? stamp : title === 'Email Address' && form.collectEmail ? response.respondentEmail : strings.get(title) ?? ''));
  const namedValues: Record<string, string[]> = {};
  written.header.forEach((title, j) => { namedValues[title] = [values[j]]; });
  fireMatching(ctx, (r) => r.eventType === 'ON_FORM_SUBMIT' && r.source === 'SPREADSHEETS' && r.sourceId === sheet.spreadsheet.id,
    () => ({ namedValues, values: [...values], range: sheet.rangeAt({ row: written.row, col: 1, numRows: 1, numCols: written.header.length }),
      source: ctx.wrap(sheet.spreadsheet, 'Spreadsheet') }));
}
