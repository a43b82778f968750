/// <reference lib="dom" />
/**
 * "Tugas saya": the requests waiting for the caller, most urgent first as the server sends them, each
 * with its event, a clash warning and the time left; requests whose event passed unhandled in a
 * separate "Terlewat" group, each closed as tidak terlaksana with one click.
 */

import type { TaskDto } from '../../shared/rpc';
import { h } from '../dom';
import { formatTimeLeft } from '../format';
import { focusHeading } from './common';

/** What the task list does on a click. */
export interface TaskHandlers {
  open(id: string): void;
  refresh(): void;
  /** Close a missed request as tidak terlaksana. */
  closeMissed(task: TaskDto): void;
}

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
      task.clash ? h('span', { class: 'task-line clash' }, `Perhatian: ${task.clash}`) : null,
      h('span', { class: left.overdue ? 'time-left overdue' : 'time-left' }, left.text),
    ),
  );
}

/** A missed request: what it was, and the one-click closing. */
function renderMissed(task: TaskDto, handlers: TaskHandlers): HTMLElement {
  return h(
    'li',
    { class: 'task missed' },
    h(
      'button',
      { type: 'button', class: 'task-open', 'data-id': task.id, onClick: () => handlers.open(task.id) },
      h('span', { class: 'task-id' }, task.id),
      h('span', { class: 'task-title' }, task.title || '(tanpa judul)'),
      h('span', { class: 'task-line' }, task.eventLabel),
      h('span', { class: 'task-line gray' }, `Tahap terakhir: ${task.stepLabel}`),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'share small',
        'data-close': task.id,
        'aria-label': `Tutup: tidak terlaksana (${task.id})`,
        onClick: () => handlers.closeMissed(task),
      },
      'Tutup: tidak terlaksana',
    ),
  );
}

function missedGroup(missed: TaskDto[], handlers: TaskHandlers): HTMLElement | null {
  if (missed.length === 0) return null;
  return h(
    'section',
    { class: 'block', 'aria-labelledby': 'missed-title' },
    withId(h('h3', null, `Terlewat (${missed.length})`), 'missed-title'),
    h('p', { class: 'gray' }, 'Waktu kegiatannya sudah lewat sebelum permohonan selesai diproses.'),
    h(
      'ul',
      { class: 'tasks', 'aria-label': 'Permohonan terlewat' },
      missed.map((t) => renderMissed(t, handlers)),
    ),
  );
}

/** The task list with a refresh button; an empty list says so. */
export function renderTasks(tasks: TaskDto[], handlers: TaskHandlers): HTMLElement {
  const open = tasks.filter((t) => !t.missed);
  const missed = tasks.filter((t) => t.missed);
  const body = open.length
    ? h(
        'ul',
        { class: 'tasks', 'aria-label': 'Daftar tugas' },
        open.map((t) => renderTask(t, handlers.open)),
      )
    : h('p', { class: 'empty gray' }, 'Tidak ada permohonan yang menunggu Anda.');
  return h(
    'section',
    { class: 'view', 'aria-labelledby': 'tasks-title' },
    h(
      'div',
      { class: 'view-head' },
      withId(focusHeading('h2', `Tugas saya (${open.length})`), 'tasks-title'),
      h('button', { type: 'button', class: 'secondary small', onClick: handlers.refresh }, 'Muat ulang'),
    ),
    body,
    missedGroup(missed, handlers),
  );
}

function withId(el: HTMLElement, id: string): HTMLElement {
  el.id = id;
  return el;
}
