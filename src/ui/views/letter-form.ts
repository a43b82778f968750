/// <reference lib="dom" />
/** The paper / SRIKANDI letter entry form and the intake result it leads to. */

import { FIELD_MAX_CHARS, type IntakeResultDto, type LetterRequestDto } from '../../shared/rpc';
import { h } from '../dom';
import { LETTER_SECTIONS, LetterFieldDef, LetterFormValues, toLetterRequest, validateLetter } from '../letter';
import { field, focusHeading, messageBox, showFieldErrors, textList } from './common';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function control(def: LetterFieldDef): Control {
  switch (def.kind) {
    case 'select':
      return h(
        'select',
        null,
        h('option', { value: '' }, '— Pilih —'),
        (def.options ?? []).map((o) => h('option', { value: o }, o)),
      ) as HTMLSelectElement;
    case 'textarea':
      return h('textarea', { rows: '3', maxlength: String(FIELD_MAX_CHARS) }) as HTMLTextAreaElement;
    case 'number':
      return h('input', { type: 'number', min: '1', inputmode: 'numeric' }) as HTMLInputElement;
    default:
      return h('input', {
        type: def.kind,
        autocomplete: def.autocomplete,
        maxlength: ['date', 'time', 'checkbox'].includes(def.kind) ? null : String(FIELD_MAX_CHARS),
      }) as HTMLInputElement;
  }
}

function readValues(form: HTMLFormElement): LetterFormValues {
  const values: LetterFormValues = {};
  for (const section of LETTER_SECTIONS) {
    for (const def of section.fields) {
      const el = form.elements.namedItem(def.name) as Control | null;
      if (!el) continue;
      values[def.name] = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.value;
    }
  }
  return values;
}

/**
 * The letter form. Validates client-side (errors in place, first invalid field focused)
 * and calls `onSubmit(letter, form)` with a LetterRequestDto only when it passes.
 */
export function renderLetterForm(onSubmit: (letter: LetterRequestDto, form: HTMLFormElement) => void): HTMLElement {
  const summary = h('div', { class: 'form-summary' });
  const form = h(
    'form',
    { class: 'letter-form', novalidate: true, 'aria-labelledby': 'letter-title' },
    h('p', { class: 'hint' }, 'Tanda * wajib diisi.'),
    LETTER_SECTIONS.map((s) =>
      h(
        'fieldset',
        null,
        h('legend', null, s.title),
        s.fields.map((def) =>
          field({ name: def.name, label: def.label, control: control(def), required: def.required, hint: def.hint }),
        ),
      ),
    ),
    summary,
    h('div', { class: 'block buttons' }, h('button', { type: 'submit', class: 'create' }, 'Simpan permohonan')),
  ) as HTMLFormElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const letter = toLetterRequest(readValues(form));
    const errors = validateLetter(letter);
    summary.textContent = '';
    const count = showFieldErrors(form, errors);
    if (count) {
      summary.append(h('p', { role: 'alert', class: 'error' }, `Periksa ${count} isian yang ditandai.`));
      return;
    }
    onSubmit(letter, form);
  });
  return h(
    'section',
    { class: 'view', 'aria-labelledby': 'letter-title' },
    Object.assign(focusHeading('h2', 'Input surat masuk'), { id: 'letter-title' }),
    h('p', { class: 'gray' }, 'Untuk surat fisik atau SRIKANDI. Permohonan dari formulir tercatat otomatis.'),
    form,
  );
}

/** The answer to an intake: the number given, its status, warnings and problems. */
export function renderIntakeResult(result: IntakeResultDto, onAnother: () => void): HTMLElement {
  const text = result.problems.length
    ? `Tercatat dengan nomor ${result.id}, tetapi perlu perbaikan.`
    : `Tercatat dengan nomor ${result.id}.`;
  return h(
    'div',
    { class: 'intake-result' },
    messageBox(result.problems.length ? 'status' : 'success', text),
    h(
      'dl',
      { class: 'fields' },
      h('dt', null, 'Nomor permohonan'),
      h('dd', { class: 'request-id' }, result.id),
      h('dt', null, 'Status'),
      h('dd', null, result.status),
    ),
    textList(result.problems, 'problems', 'Masalah'),
    textList(result.warnings, 'warnings', 'Peringatan'),
    h(
      'div',
      { class: 'block buttons' },
      h('button', { type: 'button', class: 'secondary', onClick: onAnother }, 'Input surat lain'),
    ),
  );
}
