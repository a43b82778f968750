/**
 * Entry points of the engine: the office account's standalone project. Wiring only.
 * - doPost: one command from the panel per call, for the caller its identity token proves;
 * - onFpvcSubmit / runHourly / onSheetEdit: its own installable triggers (refused otherwise).
 * Every effect (Calendar, Zoom, Drive, Docs, Forms, mail) therefore runs as the office account.
 */
import { intake } from '../app/intake';
import { sweepResponses } from '../app/sweep';
import { retryPending } from '../app/retry';
import { runJobs } from '../app/hourly';
import { collectRecordings } from '../app/recordings';
import { runReminders } from '../app/reminders';
import { refreshRecapDaily } from '../app/recap';
import { serveEngineCall } from '../app/engine-call';
import { liveMeetingPort } from '../io/scheduling-ports';
import { readResponse } from '../io/form';
import { republishConfig, sheetConfigStore } from '../io/config-store';
import { handEditOf } from '../io/hand-edit';
import { followHandEdit } from '../app/hand-edit';
import { boundSpreadsheet, propertyBinding } from '../io/engine-binding';
import { googleTokenInfo } from '../io/id-token';
import { isOwnTrigger } from '../io/triggers';
import { jsonOutput, pageOutput } from '../io/web-output';
import { systemClock } from '../io/runtime';
import { syncEditors } from '../io/editors';
import {
  buildDeps,
  buildHolidayPort,
  buildIndex,
  buildArchivePort,
  buildIndexUpkeep,
  buildNightlyMark,
  buildOfficialLinks,
  buildRecapTab,
  buildSweepPort,
  NO_CALLER,
} from './composition';
import { upkeep } from '../app/upkeep';
import { mailAnchor } from '../app/anchor';
import { warnCapacity } from '../app/capacity-warning';
import { finishStoppedArchive } from '../app/archive';
import { syncHolidays } from '../app/holidays';
import { alignSpreadsheetZone } from '../io/sheet-zone';
import { runCommand } from './commands';
import { servePage } from './pages';
import { isPageHit } from '../app/page-router';
import { executionLog, guardLogged, withErrorLog } from '../io/error-log';
import { rawMessage } from '../app/error-log';

declare const global: Record<string, unknown>;

/**
 * Web app POST: a button of a signed page (form fields with `p`) runs that page's action and answers
 * with a page; otherwise one command from the panel (JSON body), answered as JSON.
 */
function doPost(
  e: GoogleAppsScript.Events.DoPost,
): GoogleAppsScript.Content.TextOutput | GoogleAppsScript.HTML.HtmlOutput {
  if (isPageHit(e?.parameter)) return pageOutput(servePage('post', e.parameter));
  const env = {
    clock: systemClock,
    tokens: googleTokenInfo(() => systemClock.now().getTime()),
    binding: propertyBinding(),
    run: runCommand,
  };
  return jsonOutput(
    withErrorLog('Panggilan ke mesin', () =>
      guardLogged('Panggilan ke mesin', '', () => serveEngineCall(env, e?.postData?.contents)),
    ),
  );
}

/**
 * Web app GET: a signed page link (`p`, core/page-token) shows that page, read-only; without `p`,
 * a plain answer that the engine is alive.
 */
function doGet(
  e: GoogleAppsScript.Events.DoGet,
): GoogleAppsScript.Content.TextOutput | GoogleAppsScript.HTML.HtmlOutput {
  if (isPageHit(e?.parameter)) return pageOutput(servePage('get', e.parameter));
  return jsonOutput({ ok: true, value: { service: 'Layanan Vicon', ready: boundSpreadsheet() !== null } });
}

/** Installable form-submit trigger on the FPVC form. A failure is caught up by runHourly. */
function onFpvcSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  withErrorLog('Kiriman formulir FPVC', () => {
    const ss = isOwnTrigger(e) ? boundSpreadsheet() : null;
    if (ss) intake(buildDeps(ss, NO_CALLER, true), { ...readResponse(e.response), source: 'form' });
  });
}

/**
 * Hourly trigger: the office's calendar (the spreadsheet in the office's zone, Google's holidays
 * copied once a day), missed responses, pending effects, reminders, recordings, the daily Rekap.
 */
function runHourly(e: GoogleAppsScript.Events.TimeDriven): void {
  withErrorLog('Pemicu per jam', () => hourlyJobs(e));
}

function hourlyJobs(e: GoogleAppsScript.Events.TimeDriven): void {
  const ss = isOwnTrigger(e) ? boundSpreadsheet() : null;
  if (!ss) return;
  const deps = buildDeps(ss, NO_CALLER);
  runJobs(
    [
      ['Zona waktu spreadsheet', () => alignSpreadsheetZone(ss, deps.config.settings().settings.timeZone)],
      ['Hari libur', () => syncHolidays(deps, buildHolidayPort(ss))],
      ['Ambil jawaban formulir', () => sweepResponses(deps, buildSweepPort())],
      ['Ulangi efek tertunda', () => retryPending(deps)],
      ['Pengingat', () => runReminders(deps, buildOfficialLinks())],
      ['Rekaman Zoom', () => collectRecordings(deps, liveMeetingPort())],
      ['Arsip yang terhenti', () => finishStoppedArchive(deps, buildArchivePort(ss, deps))],
      ['Indeks dan kapasitas', () => upkeep(deps, buildIndexUpkeep(ss, deps))],
      ['Jangkar riwayat', () => mailAnchor(deps)],
      ['Peringatan kapasitas', () => warnCapacity(deps)],
      ['Rekap harian', () => refreshRecapDaily(deps, buildRecapTab(ss), buildNightlyMark())],
    ],
    (line) => console.error(line),
    (name, error, line) =>
      executionLog.record({ source: `Pemicu per jam › ${name}`, requestId: '', raw: rawMessage(error), shown: line }),
  );
}

/**
 * Installable edit trigger: a hand edit of a settings sheet applies at once (and the spreadsheet's
 * editors follow Pengguna); edited Register rows reach the index.
 */
function onSheetEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!isOwnTrigger(e)) return;
  withErrorLog('Suntingan sheet', () => {
    const ss = boundSpreadsheet();
    if (!ss) return;
    const deps = buildDeps(ss, NO_CALLER);
    const edit = handEditOf(e);
    followHandEdit(deps, edit, () => republishConfig(ss, buildIndex(ss, deps)));
    if (edit.kind !== 'config') return;
    const users = sheetConfigStore(ss, { engine: false }).users().users;
    deps.lock.run(() => syncEditors(ss, users)).forEach((l) => console.log(l));
  });
}

global.doPost = doPost;
global.doGet = doGet;
global.onFpvcSubmit = onFpvcSubmit;
global.runHourly = runHourly;
global.onSheetEdit = onSheetEdit;
