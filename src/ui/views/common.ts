/// <reference lib="dom" />
/**
 * Shared view pieces: message boxes, labelled form fields with in-place errors,
 * and short text lists. All text goes in as text nodes.
 */

import { Child, h, uid } from '../dom';

/** Kinds of in-place message: `status` (polite), `alert` (error, assertive), `loading`. */
export type MessageKind = 'status' | 'alert' | 'loading' | 'success';

/** A message shown in place; errors use role="alert", the rest role="status". */
export function messageBox(kind: MessageKind, text: string, ...extra: Child[]): HTMLElement {
  const role = kind === 'alert' ? 'alert' : 'status';
  return h('div', { class: `message message-${kind}`, role }, h('p', null, text), ...extra);
}

/** A "Memuat…" placeholder. */
export function loading(text = 'Memuat…'): HTMLElement {
  return messageBox('loading', text);
}

/** Options of a labelled field. */
export interface FieldOptions {
  name: string;
  label: string;
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  required?: boolean;
  hint?: string;
}

/**
 * Wraps a control with its <label for>, an optional hint and an (empty) error line;
 * the control gets an id, `name`, and aria-describedby. Checkboxes put the label after the box.
 */
export function field(opts: FieldOptions): HTMLElement {
  const { control } = opts;
  const id = uid(`f-${opts.name}`);
  control.id = id;
  control.setAttribute('name', opts.name);
  if (opts.required) control.setAttribute('aria-required', 'true');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  control.setAttribute('aria-describedby', opts.hint ? `${hintId} ${errorId}` : errorId);
  const mark = opts.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null;
  const label = h('label', { for: id }, opts.label, mark);
  const hint = opts.hint ? h('p', { class: 'hint', id: hintId }, opts.hint) : null;
  const error = h('p', { class: 'field-error', id: errorId });
  const isCheck = control instanceof HTMLInputElement && control.type === 'checkbox';
  const body = isCheck ? [h('span', { class: 'check' }, control, label)] : [label, control];
  return h(
    'div',
    { class: isCheck ? 'block form-group checkbox' : 'block form-group', 'data-field': opts.name },
    body,
    hint,
    error,
  );
}

/**
 * Shows `errors` (field name → message) next to the fields inside `root`, clears the
 * others, marks controls aria-invalid, and focuses the first invalid control.
 * Returns the number of errors shown.
 */
export function showFieldErrors(root: HTMLElement, errors: Record<string, string | undefined>): number {
  let first: HTMLElement | null = null;
  let count = 0;
  root.querySelectorAll<HTMLElement>('[data-field]').forEach((group) => {
    const message = errors[group.dataset.field ?? ''] ?? '';
    const error = group.querySelector('.field-error');
    const control = group.querySelector<HTMLElement>('input, select, textarea');
    if (error) error.textContent = message;
    if (control) {
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    if (message) count += 1;
    if (message && !first && control) first = control;
  });
  if (first) (first as HTMLElement).focus();
  return count;
}

/** A <ul> of texts with a class, or null when there are none. */
export function textList(items: string[], cls: string, label?: string): HTMLElement | null {
  if (!items.length) return null;
  return h(
    'div',
    { class: `block ${cls}` },
    label ? h('h3', null, label) : null,
    h(
      'ul',
      null,
      items.map((t) => h('li', null, t)),
    ),
  );
}

/** A heading that can take focus after navigation (tabindex -1). */
export function focusHeading(level: 'h2' | 'h3', text: string): HTMLElement {
  return h(level, { tabindex: '-1', class: 'view-title' }, text);
}
