/**
 * Entry points Apps Script calls (menus, triggers, google.script.run).
 * Wiring only: build the dependencies, call one use case, translate the result.
 * Every function the sidebar can call authorizes the caller inside its use case.
 */
import { runSetup } from './app/setup';
import { intake } from './app/intake';
import { submitLetter } from './app/letter';
import { sweepResponses } from './app/sweep';
import { retryPending } from './app/retry';
import { buildDeps, buildSetupPort, buildSweepPort } from './composition';
import { readResponse } from './io/form';
import { CONFIG_SHEETS } from './io/config-store';
import { guard } from './io/guard';
import { addMenu, alertLines, showPanel } from './io/ui';
import { calendarSetupLines } from './io/resources-setup';
import type { ActionRequestDto, ActionResultDto, IntakeResultDto, LetterRequestDto, RequestDetailDto, Result, SidebarStateDto } from './shared/rpc';
import { sidebarState } from './app/tasks';
import { performStep, requestDetail } from './app/act';

declare const global: Record<string, unknown>;

/** Menu on open (simple trigger; also after install). */
function onOpen(): void {
  addMenu();
}

/** Editor add-on install: same as open. */
function onInstall(): void {
  onOpen();
}

/** Simple trigger: an edit of a settings sheet clears the cached settings. */
function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (CONFIG_SHEETS.includes(e.range.getSheet().getName())) buildDeps().config.invalidate();
}

/** Installable form-submit trigger on the FPVC form. A failure is caught up by runHourly. */
function onFpvcSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  intake(buildDeps(), { ...readResponse(e.response), source: 'form' });
}

/** Hourly trigger: take in missed form responses, then retry pending effects (mail held back by the quota…). */
function runHourly(): void {
  const deps = buildDeps();
  sweepResponses(deps, buildSweepPort());
  retryPending(deps);
}

/** Menu: Layanan Vicon › Siapkan. */
function menuSetup(): void {
  alertLines('Layanan Vicon — Siapkan', runSetup(buildDeps(), buildSetupPort()).lines);
}

/** Menu: Layanan Vicon › Siapkan kalender sumber daya (one calendar per resource without an ID). */
function menuSetupCalendars(): void {
  const deps = buildDeps();
  alertLines('Kalender sumber daya', deps.lock.run(calendarSetupLines));
}

/** Menu: Layanan Vicon › Buka panel. */
function showSidebar(): void {
  showPanel();
}

/** Menu: Layanan Vicon › Periksa riwayat. */
function menuCheckHistory(): void {
  const broken = buildDeps().history.verify();
  alertLines('Periksa riwayat', [broken ? `Riwayat TIDAK utuh: baris ${broken.row} — ${broken.reason}.` : 'Riwayat utuh: rantai hash cocok dari awal sampai akhir.']);
}

/** Sidebar: who am I, my office, my tasks. */
function getSidebarState(): Result<SidebarStateDto> {
  return guard(() => sidebarState(buildDeps()));
}

/** Sidebar: one request's detail. */
function getRequestDetail(requestId: string): Result<RequestDetailDto> {
  return guard(() => requestDetail(buildDeps(), requestId));
}

/** Sidebar: perform one SOP step. */
function performAction(req: ActionRequestDto): Result<ActionResultDto> {
  return guard(() => performStep(buildDeps(), req));
}

/** Sidebar: enter a paper / SRIKANDI letter. */
function submitLetterRequest(letter: LetterRequestDto): Result<IntakeResultDto> {
  return guard(() => submitLetter(buildDeps(), letter));
}

global.onOpen = onOpen;
global.onInstall = onInstall;
global.onEdit = onEdit;
global.onFpvcSubmit = onFpvcSubmit;
global.runHourly = runHourly;
global.menuSetup = menuSetup;
global.menuSetupCalendars = menuSetupCalendars;
global.showSidebar = showSidebar;
global.menuCheckHistory = menuCheckHistory;
global.submitLetterRequest = submitLetterRequest;
global.getSidebarState = getSidebarState;
global.getRequestDetail = getRequestDetail;
global.performAction = performAction;
