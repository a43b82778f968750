/// <reference lib="dom" />
/**
 * The request detail: status, step, problems, warnings, the actions the server
 * offered (and nothing else), pending effects, WhatsApp links, fields and timeline.
 */

import type { ActionDto, ActionRequestDto, RequestDetailDto, TimelineEntryDto } from '../../shared/rpc';
import { needsForm } from '../action-input';
import { h, replaceChildren } from '../dom';
import { formatSla } from '../format';
import { renderActionForm } from './action-form';
import { focusHeading, messageBox, MessageKind, textList } from './common';

/** What the detail view asks its controller to do. */
export interface DetailHandlers {
  back(): void;
  perform(action: ActionDto, input: ActionRequestDto['input']): void;
  reload(): void;
}

/** The rendered detail with a message region the controller writes into. */
export interface DetailView {
  el: HTMLElement;
  /** Shows a message in place; `offerReload` adds a "Muat ulang" button. */
  showMessage(kind: MessageKind, text: string, offerReload?: boolean): void;
  /** Disables (or re-enables) every action button and form while a call runs. */
  setBusy(busy: boolean): void;
}

function timelineEntry(e: TimelineEntryDto): HTMLElement {
  const sla = formatSla(e.minutesTaken, e.standardMinutes, e.withinStandard);
  const slaClass = e.withinStandard === false ? 'sla late' : e.withinStandard ? 'sla ok' : 'sla gray';
  return h(
    'li',
    null,
    h('span', { class: 'tl-action' }, e.sentence),
    h('span', { class: 'tl-when gray' }, e.atLabel),
    e.movedTo ? h('span', { class: 'tl-steps gray' }, `Status menjadi: ${e.movedTo}`) : null,
    sla ? h('span', { class: slaClass }, `Waktu tahap: ${sla}`) : null,
    e.note ? h('span', { class: 'tl-note' }, `Catatan: ${e.note}`) : null,
  );
}

/** What is already booked on the request's day, where the caller's step checks the schedule. */
function dayScheduleBlock(detail: RequestDetailDto): HTMLElement | null {
  if (!detail.daySchedule) return null;
  return h(
    'div',
    { class: 'block day-schedule' },
    h('h3', null, 'Jadwal pada hari itu'),
    detail.daySchedule.length
      ? h(
          'ul',
          null,
          detail.daySchedule.map((line) => h('li', null, line)),
        )
      : h('p', { class: 'gray' }, 'Belum ada akun, ruang, atau operator yang dipesan pada hari itu.'),
  );
}

function fieldList(detail: RequestDetailDto): HTMLElement {
  return h(
    'dl',
    { class: 'fields' },
    detail.fields.map((f) => [h('dt', null, f.label), h('dd', null, f.value || '—')]),
  );
}

function actionButtons(detail: RequestDetailDto, formSlot: HTMLElement, handlers: DetailHandlers): HTMLElement {
  if (!detail.actions.length) return h('p', { class: 'gray' }, 'Tidak ada tindakan untuk Anda pada tahap ini.');
  const closeForm = (): void => replaceChildren(formSlot);
  const open = (action: ActionDto): void => {
    if (!needsForm(action)) return handlers.perform(action, {});
    const form = renderActionForm(action, detail, (input) => handlers.perform(action, input), closeForm);
    replaceChildren(formSlot, form);
    form.querySelector<HTMLElement>('input, select, textarea')?.focus();
  };
  return h(
    'div',
    { class: 'buttons actions', role: 'group', 'aria-label': 'Tindakan' },
    detail.actions.map((a) =>
      h(
        'button',
        { type: 'button', class: a.negative ? 'share' : 'action', 'data-action': a.id, onClick: () => open(a) },
        a.label,
      ),
    ),
  );
}

function whatsappLinks(detail: RequestDetailDto): HTMLElement | null {
  if (!detail.whatsapp.length) return null;
  return h(
    'div',
    { class: 'block' },
    h('h3', null, 'WhatsApp'),
    h(
      'ul',
      { class: 'links' },
      detail.whatsapp.map((w) =>
        h('li', null, h('a', { href: w.url, target: '_blank', rel: 'noopener noreferrer' }, w.label)),
      ),
    ),
  );
}

/** Renders `detail`; the caller keeps the returned handle to show messages and busy state. */
export function renderDetail(detail: RequestDetailDto, handlers: DetailHandlers): DetailView {
  const messages = h('div', { class: 'messages' });
  const formSlot = h('div', { class: 'form-slot' });
  const el = h(
    'section',
    { class: 'view detail', 'aria-labelledby': 'detail-title' },
    h('button', { type: 'button', class: 'link back', onClick: handlers.back }, '← Kembali ke Tugas saya'),
    Object.assign(focusHeading('h2', detail.title || '(tanpa judul)'), { id: 'detail-title' }),
    h(
      'dl',
      { class: 'fields status' },
      h('dt', null, 'Nomor'),
      h('dd', null, detail.id),
      h('dt', null, 'Status'),
      h('dd', null, detail.status),
      h('dt', null, 'Tahap'),
      h('dd', null, detail.stepLabel),
    ),
    textList(detail.problems, 'problems', 'Masalah'),
    textList(detail.warnings, 'warnings', 'Peringatan'),
    dayScheduleBlock(detail),
    h(
      'div',
      { class: 'block' },
      h('h3', null, 'Tindakan'),
      actionButtons(detail, formSlot, handlers),
      formSlot,
      messages,
    ),
    textList(detail.pending, 'pending', 'Menunggu diproses'),
    whatsappLinks(detail),
    h('div', { class: 'block' }, h('h3', null, 'Rincian'), fieldList(detail)),
    h(
      'div',
      { class: 'block' },
      h('h3', null, 'Riwayat'),
      detail.timeline.length
        ? h('ol', { class: 'timeline' }, detail.timeline.map(timelineEntry))
        : h('p', { class: 'gray' }, 'Belum ada riwayat.'),
    ),
  );
  return {
    el,
    showMessage(kind, text, offerReload) {
      const reload = offerReload
        ? h('button', { type: 'button', class: 'action', onClick: handlers.reload }, 'Muat ulang')
        : null;
      replaceChildren(messages, messageBox(kind, text, reload));
      if (typeof messages.scrollIntoView === 'function') messages.scrollIntoView({ block: 'nearest' });
    },
    setBusy(busy) {
      el.querySelectorAll<HTMLButtonElement>('.actions button, .form-slot button').forEach((b) => {
        b.disabled = busy;
      });
      el.setAttribute('aria-busy', String(busy));
    },
  };
}
