/// <reference lib="dom" />
/**
 * The settings wizard's Pengguna, Plh and Sumber Daya sections: each lists its rows with "Ubah"
 * and "Nonaktifkan" (Plh: "Hapus"), and opens one form to add or edit a row. Every save goes to
 * the server, which checks it and answers with field errors or the sections as they are now.
 */
import type { PeopleDto, PeopleFieldDto, PeopleRowDto, PeopleSaveDto, PeopleSectionDto } from '../../shared/admin-rpc';
import { h, replaceChildren } from '../dom';
import { field, messageBox, showFieldErrors } from './common';

/** What a save answered, as the view needs it. */
export type PeopleOutcome =
  { saved: true; message: string; people: PeopleDto } | { saved: false; errors: Record<string, string> };

/** What the sections ask the controller to do. */
export interface PeopleHandlers {
  save(dto: PeopleSaveDto): Promise<PeopleOutcome>;
}

function control(f: PeopleFieldDto, value: string): HTMLInputElement | HTMLSelectElement {
  if (f.kind === 'select')
    return h(
      'select',
      null,
      (f.options ?? []).map((o) => h('option', { value: o.id, selected: o.id === value ? true : null }, o.label)),
    ) as HTMLSelectElement;
  if (f.kind === 'check') return h('input', { type: 'checkbox', checked: value !== 'Tidak' }) as HTMLInputElement;
  return h('input', { type: f.kind === 'date' ? 'date' : 'text', value }) as HTMLInputElement;
}

function valuesOf(form: HTMLFormElement, fields: PeopleFieldDto[]): Record<string, string> {
  return Object.fromEntries(
    fields.map((f) => {
      const el = form.elements.namedItem(f.name) as HTMLInputElement | null;
      if (f.kind === 'check') return [f.name, el?.checked ? 'Ya' : 'Tidak'];
      return [f.name, el?.value ?? ''];
    }),
  );
}

/** The add/edit form of `section` for `row` (null: a new row). */
function rowForm(
  section: PeopleSectionDto,
  row: PeopleRowDto | null,
  submit: (form: HTMLFormElement) => void,
  cancel: () => void,
): HTMLFormElement {
  const defaults: Record<string, string> = { active: 'Ya', admin: 'Tidak' };
  const form = h(
    'form',
    { class: 'people-form', novalidate: true },
    h(
      'fieldset',
      null,
      h('legend', null, row ? `Ubah: ${row.summary}` : `Tambah ${section.title}`),
      section.fields.map((f) =>
        field({
          name: f.name,
          label: f.label,
          hint: f.hint,
          required: f.required,
          control: control(f, row?.values[f.name] ?? defaults[f.name] ?? ''),
        }),
      ),
    ),
    h('div', { class: 'form-summary', 'aria-live': 'polite' }),
    h(
      'div',
      { class: 'block buttons' },
      h('button', { type: 'submit', class: 'action' }, 'Simpan'),
      h('button', { type: 'button', class: 'secondary', onClick: cancel }, 'Batal'),
    ),
  ) as HTMLFormElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(form);
  });
  return form;
}

/** One section: its list, its add button, and a slot for the form. */
function renderSection(
  section: PeopleSectionDto,
  handlers: PeopleHandlers,
  rerender: (people: PeopleDto, section: string, message: string) => void,
): HTMLElement {
  const slot = h('div', { class: 'people-form-slot' });
  const status = h('div', { class: 'people-status', 'aria-live': 'polite' });
  const headingId = `people-${section.id}`;
  const send = async (dto: PeopleSaveDto, form: HTMLFormElement | null) => {
    const summary = (form?.querySelector('.form-summary') as HTMLElement | null) ?? status;
    replaceChildren(summary, messageBox('loading', 'Menyimpan…'));
    try {
      const out = await handlers.save(dto);
      if (out.saved) return rerender(out.people, section.id, out.message);
      const count = form ? showFieldErrors(form, out.errors) : 0;
      replaceChildren(
        summary,
        messageBox('alert', out.errors._ ?? Object.values(out.errors)[0] ?? `Periksa ${count} isian yang ditandai.`),
      );
    } catch (error) {
      replaceChildren(summary, messageBox('alert', error instanceof Error ? error.message : String(error)));
    }
  };
  const open = (row: PeopleRowDto | null) => {
    const form = rowForm(
      section,
      row,
      (f) => void send({ section: section.id, key: row?.key ?? null, values: valuesOf(f, section.fields) }, f),
      () => replaceChildren(slot),
    );
    replaceChildren(slot, form);
    form.querySelector<HTMLElement>('input, select')?.focus();
  };
  const end = (row: PeopleRowDto) =>
    void send(
      section.id === 'plh'
        ? { section: section.id, key: row.key, values: row.values, remove: true }
        : { section: section.id, key: row.key, values: { ...row.values, active: 'Tidak' } },
      null,
    );
  return h(
    'section',
    { class: 'block people', 'data-section': section.id, 'aria-labelledby': headingId },
    h('h3', { id: headingId, tabindex: '-1' }, section.title),
    rowList(section, open, end),
    h('button', { type: 'button', class: 'secondary', onClick: () => open(null) }, `Tambah ${section.title}`),
    status,
    slot,
  );
}

/** The rows of `section`, each with "Ubah" and, while active, its end button. */
function rowList(
  section: PeopleSectionDto,
  edit: (row: PeopleRowDto) => void,
  end: (row: PeopleRowDto) => void,
): HTMLElement {
  if (!section.rows.length) return h('p', { class: 'hint' }, 'Belum ada isian.');
  const button = (label: string, row: PeopleRowDto, go: (row: PeopleRowDto) => void) =>
    h(
      'button',
      { type: 'button', class: 'small secondary', 'aria-label': `${label} ${row.summary}`, onClick: () => go(row) },
      label,
    );
  return h(
    'ul',
    { class: 'people-list' },
    section.rows.map((row) =>
      h(
        'li',
        { 'data-key': row.key, class: row.active ? null : 'inactive' },
        h('p', null, row.summary),
        button('Ubah', row, edit),
        row.active ? button(section.endLabel, row, end) : null,
      ),
    ),
  );
}

/** Every section; after a save the block renders itself again with the server's answer. */
export function renderPeople(dto: PeopleDto, handlers: PeopleHandlers): HTMLElement {
  const root = h('div', { class: 'people-sections' });
  const draw = (people: PeopleDto, focus?: string, message?: string) => {
    replaceChildren(
      root,
      people.sections.map((s) => renderSection(s, handlers, draw)),
    );
    if (!focus) return;
    const section = root.querySelector<HTMLElement>(`[data-section="${focus}"]`);
    if (message)
      replaceChildren(section?.querySelector('.people-status') as HTMLElement, messageBox('success', message));
    section?.querySelector<HTMLElement>('h3')?.focus();
  };
  draw(dto);
  return root;
}
