/// <reference lib="dom" />
/** The inline form an action shows before it runs (note, operator, alternative time, link, documentation). */

import {
  FIELD_MAX_CHARS,
  MEETING_LINK_MAX_CHARS,
  NOTE_MAX_CHARS,
  type ActionDto,
  type ActionRequestDto,
  type RequestDetailDto,
} from '../../shared/rpc';
import {
  ActionFormValues,
  buildActionInput,
  DOCUMENTATION_FIELDS,
  documentationFields,
  noteRequired,
} from '../action-input';
import { h } from '../dom';
import { field, showFieldErrors } from './common';
import { uploadControl } from './upload';

const UPLOADABLE = new Set(['notulen', 'foto', 'laporan', 'video', 'disposisi']);

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function input(type: string): HTMLInputElement {
  return h('input', { type }) as HTMLInputElement;
}

function select(options: Array<{ value: string; label: string }>, placeholder: string): HTMLSelectElement {
  return h(
    'select',
    null,
    h('option', { value: '' }, placeholder),
    options.map((o) => h('option', { value: o.value }, o.label)),
  ) as HTMLSelectElement;
}

function controlsFor(action: ActionDto, detail: RequestDetailDto): HTMLElement[] {
  const req = new Set(action.requires);
  const out: HTMLElement[] = [];
  if (req.has('operator')) {
    const ops = detail.operators.map((o) => ({ value: o.email, label: o.name ? `${o.name} (${o.email})` : o.email }));
    out.push(
      field({ name: 'operator', label: 'Operator', control: select(ops, '— Pilih operator —'), required: true }),
    );
  }
  if (req.has('host')) {
    const hosts = detail.hosts.map((name) => ({ value: name, label: name }));
    out.push(
      field({ name: 'host', label: 'Akun host', control: select(hosts, '— Pilih akun host —'), required: true }),
    );
  }
  if (req.has('alternative')) {
    out.push(field({ name: 'altDate', label: 'Tanggal alternatif', control: input('date'), required: true }));
    out.push(field({ name: 'altStart', label: 'Jam mulai alternatif', control: input('time'), required: true }));
    out.push(field({ name: 'altEnd', label: 'Jam selesai alternatif', control: input('time'), required: true }));
  }
  if (req.has('link')) {
    const link = input('url');
    link.maxLength = MEETING_LINK_MAX_CHARS;
    out.push(
      field({
        name: 'link',
        label: 'Tautan rapat',
        control: link,
        required: true,
        hint: 'Diawali https://, ke Zoom, Google Meet, Microsoft Teams, Webex atau Jitsi (tautan peserta).',
      }),
    );
  }
  if (req.has('srikandi_number')) {
    out.push(
      field({ name: 'srikandiNumber', label: 'Nomor surat di SRIKANDI', control: input('text'), required: true }),
    );
  }
  if (req.has('email')) {
    const email = input('email');
    email.maxLength = 254;
    out.push(field({ name: 'email', label: 'Email pemohon', control: email, required: true }));
  }
  if (req.has('test_time')) {
    out.push(field({ name: 'testDate', label: 'Tanggal uji koneksi', control: input('date'), required: true }));
    out.push(field({ name: 'testTime', label: 'Jam uji koneksi', control: input('time'), required: true }));
  }
  if (req.has('documentation')) {
    for (const d of documentationFields(action)) {
      const control = d.multiline
        ? (h('textarea', { rows: '3', maxlength: String(FIELD_MAX_CHARS) }) as HTMLTextAreaElement)
        : input(d.key === 'jumlahPeserta' ? 'number' : 'text');
      if (control instanceof HTMLInputElement && control.type === 'text') control.maxLength = FIELD_MAX_CHARS;
      out.push(field({ name: d.key, label: d.label, control, required: (action.documents ?? []).includes(d.key) }));
      if (UPLOADABLE.has(d.key)) out.push(uploadControl(detail.id, d.key, control));
    }
  }
  out.push(noteField(noteRequired(action)));
  return out;
}

/** The note with its limit: the browser stops at NOTE_MAX_CHARS and the hint counts what is left. */
function noteField(required: boolean): HTMLElement {
  const note = h('textarea', { rows: '3', maxlength: String(NOTE_MAX_CHARS) }) as HTMLTextAreaElement;
  const left = (): string => `Sisa ${NOTE_MAX_CHARS - note.value.length} dari ${NOTE_MAX_CHARS} karakter.`;
  const group = field({
    name: 'note',
    label: required ? 'Catatan (alasan)' : 'Catatan (opsional)',
    control: note,
    required,
    hint: left(),
  });
  const hint = group.querySelector('.hint');
  note.addEventListener('input', () => {
    if (hint) hint.textContent = left();
  });
  return group;
}

function readValues(form: HTMLFormElement): ActionFormValues {
  const value = (name: string): string => (form.elements.namedItem(name) as Control | null)?.value ?? '';
  const documentation: Record<string, string> = {};
  for (const d of DOCUMENTATION_FIELDS) documentation[d.key] = value(d.key);
  return {
    note: value('note'),
    operator: value('operator'),
    host: value('host'),
    altDate: value('altDate'),
    altStart: value('altStart'),
    altEnd: value('altEnd'),
    link: value('link'),
    documentation,
    srikandiNumber: value('srikandiNumber'),
    testDate: value('testDate'),
    testTime: value('testTime'),
    email: value('email'),
  };
}

/**
 * The inline form for `action`: validates client-side (errors shown in place, first
 * invalid control focused) and calls `onSubmit(input)` only with a valid input.
 */
export function renderActionForm(
  action: ActionDto,
  detail: RequestDetailDto,
  onSubmit: (input: ActionRequestDto['input']) => void,
  onCancel: () => void,
): HTMLFormElement {
  const form = h('form', {
    class: 'action-form',
    novalidate: true,
    'aria-label': `Formulir ${action.label}`,
  }) as HTMLFormElement;
  const summary = h('div', { class: 'form-summary' });
  form.append(
    h('h3', null, action.label),
    ...(action.confirm ? [h('p', { class: 'confirm-question' }, action.confirm)] : []),
    ...controlsFor(action, detail),
    summary,
    h(
      'div',
      { class: 'block buttons' },
      h('button', { type: 'submit', class: action.negative ? 'share' : 'action' }, action.label),
      h('button', { type: 'button', class: 'secondary', onClick: onCancel }, 'Batal'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const built = buildActionInput(action, readValues(form));
    summary.textContent = '';
    if (!built.ok) {
      const count = showFieldErrors(form, built.errors);
      summary.append(h('p', { role: 'alert', class: 'error' }, `Periksa ${count} isian yang ditandai.`));
      return;
    }
    showFieldErrors(form, {});
    onSubmit(built.input);
  });
  return form;
}
