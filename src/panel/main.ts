/**
 * Entry points of the panel: the project bound to the spreadsheet, running as the official who
 * opens it. Wiring only. It reads the sheets to show "Tugas saya" and a request; every change
 * (a step, a letter, an upload, settings, Setup, the Rekap) is one call to the engine, which
 * runs as the office account and decides from the official's Google identity token what they
 * may do. The panel asks only for narrow scopes and cannot write the protected data sheets.
 */
import { sidebarState } from '../app/tasks';
import { requestDetail } from '../app/act';
import { guard } from '../io/guard';
import { callEngine, isEngineUrl } from '../io/engine-client';
import { addMenu, alertLines, askLine, showPanel, showSettingsDialog } from '../io/ui';
import type { EngineCommand, LinesDto } from '../shared/engine-rpc';
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
} from '../shared/rpc';
import type {
  PeopleDto,
  PeopleSaveDto,
  PeopleSaveResultDto,
  SaveResultDto,
  SettingsFieldsDto,
  SettingsFormDto,
  ZoomCredentialsDto,
} from '../shared/admin-rpc';
import type { InstallCheckDto } from '../shared/check-rpc';
import { installCheckRefusal, runInstallCheck as installCheck } from '../app/install-check-panel';
import { livePanelCheckPort } from '../io/check-panel';
import { buildReadDeps, engineUrl } from './composition';

declare const global: Record<string, unknown>;

/**
 * One command to the engine, at the address Setup recorded in Pengaturan (as this official's cache
 * keeps it). When that fails and Pengaturan now holds another address, the command goes there.
 */
function forward<T>(command: EngineCommand, ...args: unknown[]): Result<T> {
  return guard(() => {
    const kept = engineUrl();
    const done = callEngine<T>(kept, command, args);
    if (done.ok) return done;
    const fresh = engineUrl(true);
    return fresh === kept ? done : callEngine<T>(fresh, command, args);
  });
}

/** A menu command to the engine, its answer shown as an alert. */
function forwardToAlert(title: string, command: EngineCommand): void {
  const done = forward<LinesDto>(command);
  alertLines(title, done.ok ? done.value.lines : [done.error]);
}

/** Menu on open (simple trigger). */
function onOpen(): void {
  addMenu();
}

/** Add-on install: same as open. */
function onInstall(): void {
  onOpen();
}

/** Menu: Layanan Vicon › Siapkan. The first time (no engine address yet) it asks for the engine's URL. */
function menuSetup(): void {
  let url = engineUrl();
  if (!isEngineUrl(url)) {
    url = askLine('Layanan Vicon — Siapkan', 'Tempel alamat aplikasi web mesin Layanan Vicon (berakhiran /exec):');
    if (!url) return;
  }
  const done = guard(() => callEngine<LinesDto>(url, 'setup', []));
  alertLines('Layanan Vicon — Siapkan', done.ok ? done.value.lines : [done.error]);
}

function menuSetupCalendars(): void {
  forwardToAlert('Kalender sumber daya', 'setupCalendars');
}
function menuCopyPreset(): void {
  forwardToAlert('Alur SOP kantor', 'copyPreset');
}
function menuRefreshRecap(): void {
  forwardToAlert('Perbarui rekap', 'refreshRecap');
}
function menuExportRecap(): void {
  forwardToAlert('Ekspor rekap', 'exportRecap');
}
function menuCheckHistory(): void {
  forwardToAlert('Periksa riwayat', 'checkHistory');
}

/** Menu: Layanan Vicon › Periksa pemasangan: the wizard's checklist view in a dialog, or why not. */
function menuInstallCheck(): void {
  const refused = guard(() => ({ ok: true, value: installCheckRefusal(buildReadDeps()) }));
  const reason = refused.ok ? refused.value : refused.error;
  if (reason) alertLines('Periksa pemasangan', [reason]);
  else showSettingsDialog('periksa');
}

/** "Periksa pemasangan": the panel's facts as this official, then each part by the engine (admins only). */
function runInstallCheck(): Result<InstallCheckDto> {
  return guard(() => installCheck(buildReadDeps(), livePanelCheckPort()));
}

/** Menu: Layanan Vicon › Buka panel. */
function showSidebar(): void {
  showPanel();
}

/** Menu: Layanan Vicon › Pengaturan (the settings wizard; the engine lets only admins in). */
function showSettings(): void {
  showSettingsDialog();
}

/** Sidebar: who am I, my office, my tasks (read here, as the official). */
function getSidebarState(): Result<SidebarStateDto> {
  return guard(() => sidebarState(buildReadDeps()));
}

/** Sidebar: one request's detail (read here, as the official). */
function getRequestDetail(requestId: string): Result<RequestDetailDto> {
  return guard(() => requestDetail(buildReadDeps(), requestId));
}

function performAction(req: ActionRequestDto): Result<ActionResultDto> {
  return forward('performAction', req);
}
function submitLetterRequest(letter: LetterRequestDto): Result<IntakeResultDto> {
  return forward('submitLetterRequest', letter);
}
function uploadDocumentation(requestId: string, file: UploadFileDto): Result<UploadResultDto> {
  return forward('uploadDocumentation', requestId, file);
}
function getSettingsForm(): Result<SettingsFormDto> {
  return forward('getSettingsForm');
}
function saveSettings(fields: SettingsFieldsDto): Result<SaveResultDto> {
  return forward('saveSettings', fields);
}
function saveZoomCredentials(creds: ZoomCredentialsDto): Result<SaveResultDto> {
  return forward('saveZoomCredentials', creds);
}
function testZoomConnection(): Result<{ ok: boolean; message: string }> {
  return forward('testZoomConnection');
}
function runSetupFromPanel(): Result<{ lines: string[] }> {
  return forward('setup');
}
function getPeople(): Result<PeopleDto> {
  return forward('getPeople');
}
function savePeopleRow(dto: PeopleSaveDto): Result<PeopleSaveResultDto> {
  return forward('savePeopleRow', dto);
}
function archiveYear(year: number): Result<LinesDto> {
  return forward('archiveYear', year);
}

global.onOpen = onOpen;
global.onInstall = onInstall;
global.menuSetup = menuSetup;
global.menuSetupCalendars = menuSetupCalendars;
global.menuCopyPreset = menuCopyPreset;
global.menuRefreshRecap = menuRefreshRecap;
global.menuExportRecap = menuExportRecap;
global.menuCheckHistory = menuCheckHistory;
global.menuInstallCheck = menuInstallCheck;
global.showSidebar = showSidebar;
global.showSettings = showSettings;
global.getSidebarState = getSidebarState;
global.getRequestDetail = getRequestDetail;
global.performAction = performAction;
global.submitLetterRequest = submitLetterRequest;
global.uploadDocumentation = uploadDocumentation;
global.getSettingsForm = getSettingsForm;
global.saveSettings = saveSettings;
global.saveZoomCredentials = saveZoomCredentials;
global.testZoomConnection = testZoomConnection;
global.runSetupFromPanel = runSetupFromPanel;
global.getPeople = getPeople;
global.savePeopleRow = savePeopleRow;
global.runInstallCheck = runInstallCheck;
global.archiveYear = archiveYear;
