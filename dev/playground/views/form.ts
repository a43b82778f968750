/**
 * The FPVC form (fields from QUESTIONS, so it is the Google Form's own list) to submit
 * as an applicant, and "Ubah jawaban": the applicant edits a stored response, as the
 * Google Form's edit link allows, e.g. after a return for revision.
 */
import { QUESTIONS, type Question } from '../../../src/core/intake/questions';
import type { PlaygroundWorld } from '../world';
import { DEMO_APPLICANTS, plusDays, weekdayOnOrAfter, wibDay } from '../seed-data';
import { attr, esc, options } from '../html';

/** Suggested answers, so the demo form can be sent at once: the actor's office (if an applicant), an event three days ahead. */
export function suggestedAnswers(world: PlaygroundWorld, actor: string): Record<string, string> {
  const who = DEMO_APPLICANTS.find((a) => a.email === actor) ?? DEMO_APPLICANTS[0];
  const today = wibDay(world.e.ws.clock.now());
  return {
    applicantName: who.name,
    agency: who.agency,
    position: who.position,
    email: actor.endsWith('@kominfo.go.id') ? who.email : actor,
    phone: who.phone,
    letterNumber: `900/001/${who.letterCode}`,
    letterDate: today,
    title: 'Rapat Koordinasi Layanan Publik',
    eventDate: weekdayOnOrAfter(plusDays(today, 3)),
    startTime: '09:00',
    endTime: '11:00',
    platform: 'Zoom',
    participants: '50',
    needsRoom: 'Tidak',
    needsOperator: 'Ya',
    needsRecording: 'Tidak',
    notes: '',
  };
}

function control(q: Question, value: string): string {
  const common = `${attr('id', `q-${q.field}`)}${attr('name', q.field)}${attr('required', q.required)}`;
  switch (q.kind) {
    case 'choice':
      return `<select${common}>${options(
        (q.choices ?? []).map((c) => ({ value: c, label: c })),
        value,
      )}</select>`;
    case 'paragraph':
      return `<textarea${common} rows="2">${esc(value)}</textarea>`;
    case 'date':
    case 'time':
    case 'email':
      return `<input type="${q.kind}"${common}${attr('value', value)}>`;
    default:
      return `<input type="text"${common}${attr('value', value)}>`;
  }
}

/** The FPVC form posting to /formulir (one field per question, named by its field key). */
export function renderFpvcForm(world: PlaygroundWorld, actor: string): string {
  const values = suggestedAnswers(world, actor);
  const fields = QUESTIONS.map(
    (q) => `<div class="field"><label${attr('for', `q-${q.field}`)}>${esc(q.title)}${q.required ? ' *' : ''}</label>
${control(q, values[q.field] ?? '')}${q.help ? `<small>${esc(q.help)}</small>` : ''}</div>`,
  ).join('\n');
  return `<section id="formulir"><h2>Formulir FPVC (sebagai pemohon)</h2>
<form method="post" action="/formulir" class="fpvc" aria-label="Formulir FPVC">${fields}
<button type="submit">Kirim formulir</button></form></section>`;
}

/** The answers of a posted FPVC form, keyed by question title (Email left out: the form collects it). */
export function answersFromForm(params: URLSearchParams): { email: string; answers: Record<string, string> } {
  const answers: Record<string, string> = {};
  for (const q of QUESTIONS) if (!q.collectedByForm) answers[q.title] = params.get(q.field) ?? '';
  return { email: (params.get('email') ?? '').trim(), answers };
}

function responseChoices(world: PlaygroundWorld): Array<{ value: string; label: string }> {
  const form = world.e.ws.forms.byId(world.e.formId());
  const register = world.e.sheet('Register');
  const header = register[0] ?? [];
  const col = (name: string) => header.indexOf(name);
  const byRef = new Map(register.slice(1).map((r) => [String(r[col('Ref Respons')]), r]));
  return (form?.responses ?? [])
    .map((resp) => {
      const row = byRef.get(resp.id);
      const label = row ? `${row[col('Nomor')]} — ${row[col('Status')]} — ${row[col('Judul Kegiatan')]}` : resp.id;
      return {
        value: resp.id,
        label: `${label} (${resp.respondentEmail})`,
        revise: row?.[col('Status')] === 'Perlu Perbaikan',
      };
    })
    .sort((a, b) => Number(b.revise) - Number(a.revise));
}

/** "Ubah jawaban": pick a response, a question and the new answer; posts to /ubah. */
export function renderEditForm(world: PlaygroundWorld): string {
  const questions = QUESTIONS.filter((q) => !q.collectedByForm).map((q) => ({ value: q.title, label: q.title }));
  return `<section id="ubah-jawaban"><h2>Ubah jawaban (pemohon memperbaiki)</h2>
<form method="post" action="/ubah" aria-label="Ubah jawaban">
<div class="field"><label for="ubah-respons">Jawaban</label><select id="ubah-respons" name="responseId">${options(responseChoices(world), '')}</select></div>
<div class="field"><label for="ubah-pertanyaan">Pertanyaan</label><select id="ubah-pertanyaan" name="question">${options(questions, '')}</select></div>
<div class="field"><label for="ubah-nilai">Jawaban baru</label><input id="ubah-nilai" name="value" type="text" required></div>
<button type="submit">Ubah jawaban dan kirim ulang</button></form></section>`;
}
