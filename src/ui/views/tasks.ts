/// <reference lib="dom" />
/** "Tugas saya": the requests waiting for the caller, oldest first as the server sends them. */

import type { TaskDto } from '../../shared/rpc';
import { h } from '../dom';
import { formatTimeLeft } from '../format';
import { focusHeading } from './common';

/** One task as a button that opens its detail. */
function renderTask(task: TaskDto, onOpen: (id: string) => void): HTMLElement {
  const left = formatTimeLeft(task.minutesLeft, task.overdue);
  return h(
    'li',
    { class: 'task' },
    h(
      'button',
      { type: 'button', class: 'task-open', 'data-id': task.id, onClick: () => onOpen(task.id) },
      h('span', { class: 'task-id' }, task.id),
      h('span', { class: 'task-title' }, task.title || '(tanpa judul)'),
      h('span', { class: 'task-line gray' }, task.agency),
      h('span', { class: 'task-line' }, task.eventLabel),
      h('span', { class: 'task-line gray' }, `Tahap: ${task.stepLabel}`),
      h('span', { class: left.overdue ? 'time-left overdue' : 'time-left' }, left.text),
    ),
  );
}

/** The task list with a refresh button; an empty list says so. */
export function renderTasks(tasks: TaskDto[], onOpen: (id: string) => void, onRefresh: () => void): HTMLElement {
  const body = tasks.length
    ? h(
        'ul',
        { class: 'tasks', 'aria-label': 'Daftar tugas' },
        tasks.map((t) => renderTask(t, onOpen)),
      )
    : h('p', { class: 'empty gray' }, 'Tidak ada permohonan yang menunggu Anda.');
  return h(
    'section',
    { class: 'view', 'aria-labelledby': 'tasks-title' },
    h(
      'div',
      { class: 'view-head' },
      withId(focusHeading('h2', `Tugas saya (${tasks.length})`), 'tasks-title'),
      h('button', { type: 'button', class: 'secondary small', onClick: onRefresh }, 'Muat ulang'),
    ),
    body,
  );
}

function withId(el: HTMLElement, id: string): HTMLElement {
  el.id = id;
  return el;
}
