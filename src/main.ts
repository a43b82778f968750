/**
 * Entry points Apps Script calls (menus, triggers, google.script.run).
 * Wiring only: build the dependencies, call one use case, translate the result.
 * Every function the sidebar can call authorizes the caller inside its use case.
 */
import { runSetup } from './app/setup';
import { intake } from './app/intake';
import { submitLetter } from './app/incoming-letter';
import { sweepResponses } from './app/sweep';
import { retryPending } from './app/retry';
import { runJobs } from './app/hourly';
import { collectRecordings } from './app/recordings';
import { liveMeetingPort } from './io/scheduling-ports';
import { runReminders } from './app/reminders';
import {
  buildAdminPort,
  buildDeps,
  buildDocumentationStore,
  buildNightlyMark,
  buildPresetSheetWriter,
  buildRecapTab,
  buildSetupPort,
  buildSweepPort,
} from './composition';
import { copyActivePreset } from './app/custom-preset';
import { readResponse } from './io/form';
import { CONFIG_SHEETS, forgetCachedConfig } from './io/config-store';
import { guard } from './io/guard';
import { addMenu, alertLines, showPanel, showSettingsDialog } from './io/ui';
import {
  saveSettings as saveSettingsUseCase,
  saveZoomCredentials as saveZoomUseCase,
  settingsForm,
  setupFromPanel,
  testZoomConnection as testZoomUseCase,
} from './app/admin';
import type { SaveResultDto, SettingsFieldsDto, SettingsFormDto, ZoomCredentialsDto } from './shared/admin-rpc';
import { calendarSetupLines } from './io/resources-setup';
import { exportSheet } from './io/rekap-export';
import { RECAP_SHEET } from './io/rekap-sheet';
import type {
  ActionRequestDto,
  ActionResultDto,
  IntakeResultDto,
  LetterRequestDto,
  RequestDetailDto,
  Result,
  SidebarStateDto,
  UploadFileDto,
  UploadResultDto,
} from './shared/rpc';
import { sidebarState } from './app/tasks';
import { performStep, requestDetail } from './app/act';
import { refreshRecap, refreshRecapDaily } from './app/recap';
import { uploadDocumentation as uploadFile } from './app/documentation';

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
  if (CONFIG_SHEETS.includes(e.range.getSheet().getName())) forgetCachedConfig();
}

/** Installable form-submit trigger on the FPVC form. A failure is caught up by runHourly. */
function onFpvcSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  intake(buildDeps(), { ...readResponse(e.response), source: 'form' });
}

/** Hourly trigger: take in missed form responses, retry pending effects (mail held back by the quota…), then send reminders (H-1, overdue digest); rebuild the Rekap once a day (last, so its failure blocks nothing). */
function runHourly(): void {
  const deps = buildDeps();
  runJobs(
    [
      ['Ambil jawaban formulir', () => sweepResponses(deps, buildSweepPort())],
      ['Ulangi efek tertunda', () => retryPending(deps)],
      ['Pengingat', () => runReminders(deps)],
      ['Rekaman Zoom', () => collectRecordings(deps, liveMeetingPort())],
      ['Rekap harian', () => refreshRecapDaily(deps, buildRecapTab(), buildNightlyMark())],
    ],
    (line) => console.error(line),
  );
}

/** Menu: Layanan Vicon › Perbarui rekap (rebuild the Rekap tab for the month in its selector). */
function menuRefreshRecap(): void {
  const done = refreshRecap(buildDeps(), buildRecapTab());
  alertLines('Perbarui rekap', [`Rekap ${done.label} diperbarui: ${done.meetings} kegiatan.`, ...done.problems]);
}

/** Menu: Layanan Vicon › Ekspor rekap (xlsx + PDF): rebuild the month's Rekap, then save both files in the reports folder. */
function menuExportRecap(): void {
  const done = refreshRecap(buildDeps(), buildRecapTab());
  alertLines('Ekspor rekap', [
    `Rekap ${done.label} disimpan di folder Layanan Vicon/Laporan:`,
    ...exportSheet(RECAP_SHEET, `Rekap ${done.label}`),
  ]);
}

/** Menu: Layanan Vicon › Siapkan. */
function menuSetup(): void {
  alertLines('Layanan Vicon — Siapkan', runSetup(buildDeps(), buildSetupPort()).lines);
}

/** Menu: Layanan Vicon › Siapkan kalender sumber daya (one calendar per resource without an ID). */
function menuSetupCalendars(): void {
  const deps = buildDeps();
  const lines = deps.lock.run(calendarSetupLines);
  deps.config.invalidate();
  alertLines('Kalender sumber daya', lines);
}

/** Menu: Layanan Vicon › Salin alur SOP untuk diubah. */
function menuCopyPreset(): void {
  alertLines('Alur SOP kantor', copyActivePreset(buildDeps(), buildPresetSheetWriter()));
}

/** Menu: Layanan Vicon › Pengaturan (the settings wizard, admins only). */
function showSettings(): void {
  showSettingsDialog();
}

/** Wizard: current settings (admins only). */
function getSettingsForm(): Result<SettingsFormDto> {
  return guard(() => settingsForm(buildDeps(), buildAdminPort()));
}

/** Wizard: validate and save settings, then run Setup (admins only). */
function saveSettings(fields: SettingsFieldsDto): Result<SaveResultDto> {
  return guard(() => saveSettingsUseCase(buildDeps(), buildAdminPort(), fields));
}

/** Wizard: store Zoom credentials in Script Properties (admins only; never echoed). */
function saveZoomCredentials(creds: ZoomCredentialsDto): Result<SaveResultDto> {
  return guard(() => saveZoomUseCase(buildDeps(), buildAdminPort(), creds));
}

/** Wizard: "Tes koneksi" to Zoom (admins only). */
function testZoomConnection(): Result<{ ok: boolean; message: string }> {
  return guard(() => testZoomUseCase(buildDeps(), buildAdminPort()));
}

/** Wizard: run Setup (admins only). */
function runSetupFromPanel(): Result<{ lines: string[] }> {
  return guard(() => setupFromPanel(buildDeps(), buildAdminPort()));
}

/** Menu: Layanan Vicon › Buka panel. */
function showSidebar(): void {
  showPanel();
}

/** Menu: Layanan Vicon › Periksa riwayat. */
function menuCheckHistory(): void {
  const broken = buildDeps().history.verify();
  alertLines('Periksa riwayat', [
    broken
      ? `Riwayat TIDAK utuh: baris ${broken.row} — ${broken.reason}.`
      : 'Riwayat utuh: rantai hash cocok dari awal sampai akhir.',
  ]);
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

/** Sidebar: upload one documentation file (base64) into the request's Drive folder. */
function uploadDocumentation(requestId: string, file: UploadFileDto): Result<UploadResultDto> {
  return guard(() => uploadFile(buildDeps(), buildDocumentationStore(), requestId, file));
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
global.menuExportRecap = menuExportRecap;
global.showSettings = showSettings;
global.getSettingsForm = getSettingsForm;
global.saveSettings = saveSettings;
global.saveZoomCredentials = saveZoomCredentials;
global.testZoomConnection = testZoomConnection;
global.runSetupFromPanel = runSetupFromPanel;
global.menuCopyPreset = menuCopyPreset;
global.menuSetupCalendars = menuSetupCalendars;
global.showSidebar = showSidebar;
global.menuCheckHistory = menuCheckHistory;
global.menuRefreshRecap = menuRefreshRecap;
global.uploadDocumentation = uploadDocumentation;
global.submitLetterRequest = submitLetterRequest;
global.getSidebarState = getSidebarState;
global.getRequestDetail = getRequestDetail;
global.performAction = performAction;
