/// <reference lib="dom" />
/**
 * The sidebar's entry: loads the state through google.script.run, then switches
 * between "Tugas saya", a request's detail, and the letter entry form.
 */

import type {
  ActionDto,
  ActionRequestDto,
  LetterRequestDto,
  RequestDetailDto,
  SidebarStateDto,
  TaskDto,
} from '../shared/rpc';
import { call, errorText, unwrap } from './client';
import { h, replaceChildren } from './dom';
import { loading, messageBox } from './views/common';
import { DetailView, renderDetail } from './views/detail';
import { renderHeader } from './views/header';
import { renderIntakeResult, renderLetterForm } from './views/letter-form';
import { renderTasks } from './views/tasks';
import { renderSettings, showFormResult, type SettingsHandlers } from './views/settings';
import { renderPeople, type PeopleHandlers } from './views/people';
import { installCheckBlock } from './install-check';

type Tab = 'tasks' | 'letter' | 'settings';

const root = document.getElementById('app') as HTMLElement;
const headerSlot = h('div', { class: 'header-slot' });
const viewSlot = h('main', { id: 'main', class: 'view-slot' });
let tab: Tab = 'tasks';
let detail: RequestDetailDto | null = null;
let detailView: DetailView | null = null;
let isAdmin = false;

function nav(): HTMLElement {
  const item = (id: Tab, label: string, go: () => void): HTMLElement =>
    h(
      'button',
      { type: 'button', class: 'tab', 'aria-current': tab === id ? 'page' : null, 'data-tab': id, onClick: go },
      label,
    );
  return h(
    'nav',
    { class: 'tabs', 'aria-label': 'Menu' },
    item('tasks', 'Tugas saya', () => void showTasks()),
    item('letter', 'Input surat', showLetterForm),
    isAdmin ? item('settings', 'Pengaturan', () => void showSettings()) : null,
  );
}

function show(next: Tab, ...content: Array<HTMLElement>): void {
  tab = next;
  replaceChildren(viewSlot, nav(), ...content);
}

function focusTitle(): void {
  viewSlot.querySelector<HTMLElement>('.view-title')?.focus();
}

function failure(text: string, retry: () => void): HTMLElement {
  return messageBox('alert', text, h('button', { type: 'button', class: 'action', onClick: retry }, 'Coba lagi'));
}

async function showTasks(focus = true): Promise<void> {
  detail = null;
  show('tasks', loading('Memuat tugas…'));
  try {
    const state: SidebarStateDto = unwrap(await call('getSidebarState'));
    isAdmin = state.me.isAdmin;
    replaceChildren(headerSlot, renderHeader(state));
    show(
      'tasks',
      renderTasks(state.tasks, {
        open: (id) => void openRequest(id),
        refresh: () => void showTasks(),
        closeMissed: (task) => void closeMissed(task),
      }),
    );
    if (focus) focusTitle();
  } catch (error) {
    show(
      'tasks',
      failure(errorText(error), () => void showTasks()),
    );
  }
}

/** One click on a missed request: closed as tidak terlaksana, then the request's detail with the result. */
async function closeMissed(task: TaskDto): Promise<void> {
  show('tasks', loading('Menutup permohonan…'));
  try {
    const result = await call('performAction', {
      requestId: task.id,
      action: 'tidak_terlaksana',
      expectedVersion: task.version,
      input: {},
    });
    if (!result.ok) return void (await openRequest(task.id, { kind: 'alert', text: result.error }));
    renderRequest(result.value.detail);
    detailView?.showMessage('success', result.value.message);
    focusTitle();
  } catch (error) {
    show(
      'tasks',
      failure(errorText(error), () => void showTasks()),
    );
  }
}

async function openRequest(id: string, message?: { kind: 'success' | 'alert'; text: string }): Promise<void> {
  show('tasks', loading('Memuat permohonan…'));
  try {
    renderRequest(unwrap(await call('getRequestDetail', id)));
    if (message) detailView?.showMessage(message.kind, message.text);
    focusTitle();
  } catch (error) {
    show(
      'tasks',
      failure(errorText(error), () => void openRequest(id)),
    );
  }
}

function renderRequest(next: RequestDetailDto): void {
  detail = next;
  detailView = renderDetail(next, {
    back: () => void showTasks(),
    perform: (action, input) => void perform(action, input),
    reload: () => void openRequest(next.id),
  });
  show('tasks', detailView.el);
}

async function perform(action: ActionDto, input: ActionRequestDto['input']): Promise<void> {
  if (!detail || !detailView) return;
  const view = detailView;
  view.setBusy(true);
  view.showMessage('loading', 'Memproses…');
  try {
    const result = await call('performAction', {
      requestId: detail.id,
      action: action.id,
      expectedVersion: detail.version,
      input,
    });
    if (!result.ok) {
      view.setBusy(false);
      view.showMessage('alert', result.error, true);
      return;
    }
    renderRequest(result.value.detail);
    detailView?.showMessage('success', result.value.message);
    focusTitle();
  } catch (error) {
    view.setBusy(false);
    view.showMessage('alert', errorText(error), true);
  }
}

function showLetterForm(): void {
  detail = null;
  show(
    'letter',
    renderLetterForm((letter, form) => void submitLetter(letter, form)),
  );
  focusTitle();
}

async function submitLetter(letter: LetterRequestDto, form: HTMLFormElement): Promise<void> {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const summary = form.querySelector('.form-summary') as HTMLElement;
  if (button) button.disabled = true;
  replaceChildren(summary, loading('Menyimpan…'));
  try {
    const result = unwrap(await call('submitLetterRequest', letter));
    replaceChildren(form, renderIntakeResult(result, showLetterForm));
    form.querySelector<HTMLElement>('.request-id')?.setAttribute('tabindex', '-1');
    form.querySelector<HTMLElement>('.request-id')?.focus();
  } catch (error) {
    replaceChildren(summary, messageBox('alert', errorText(error)));
    if (button) button.disabled = false;
  }
}

async function showSettings(): Promise<void> {
  detail = null;
  show('settings', loading('Memuat pengaturan…'));
  try {
    const form = unwrap(await call('getSettingsForm'));
    const people = unwrap(await call('getPeople'));
    show('settings', renderSettings(form, settingsHandlers), renderPeople(people, peopleHandlers));
    focusTitle();
  } catch (error) {
    show(
      'settings',
      failure(errorText(error), () => void showSettings()),
    );
  }
}

async function into(target: HTMLElement, work: () => Promise<string>): Promise<void> {
  replaceChildren(target, loading('Memproses…'));
  try {
    replaceChildren(target, messageBox('success', await work()));
  } catch (error) {
    replaceChildren(target, messageBox('alert', errorText(error)));
  }
}

const settingsHandlers: SettingsHandlers = {
  save: (fields, form) =>
    void into(form.querySelector('.form-summary') as HTMLElement, async () => {
      const result = unwrap(await call('saveSettings', fields));
      showFormResult(form, result);
      return result.saved ? result.message : 'Periksa isian yang ditandai.';
    }),
  saveZoom: (creds, form) =>
    void into(form.querySelector('.form-summary') as HTMLElement, async () => {
      const result = unwrap(await call('saveZoomCredentials', creds));
      showFormResult(form, result);
      if (result.saved) form.reset();
      return result.saved ? result.message : 'Periksa isian yang ditandai.';
    }),
  testZoom: (target) =>
    void into(target, async () => {
      const r = unwrap(await call('testZoomConnection'));
      if (!r.ok) throw new Error(r.message);
      return r.message;
    }),
  setup: (target) => void into(target, async () => unwrap(await call('runSetupFromPanel')).lines.join(' ')),
  archive: (year, target) => void into(target, async () => unwrap(await call('archiveYear', year)).lines.join(' ')),
};

const peopleHandlers: PeopleHandlers = {
  save: async (dto) => unwrap(await call('savePeopleRow', dto)),
};

function start(): void {
  replaceChildren(root, headerSlot, viewSlot);
  replaceChildren(headerSlot, h('header', { class: 'header' }, h('h1', null, 'Layanan Vicon')));
  const view = (window as unknown as { __VICON_VIEW?: string }).__VICON_VIEW;
  void showTasks(false).then(() => {
    if (view === 'pengaturan' && isAdmin) void showSettings();
    if (view === 'periksa')
      show(
        'settings',
        isAdmin
          ? installCheckBlock(true)
          : messageBox('alert', 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat memeriksa pemasangan.'),
      );
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
