/**
 * The engine's composition root: builds the use cases' ports from the real Apps Script
 * services, over the one spreadsheet the engine serves, as the office account. Called inside
 * each entry point, never at load time.
 */
import type { Deps } from '../app/ports';
import type { SetupPort } from '../app/setup';
import { presetById } from '../core/sop/presets';
import { SETTINGS_SHEET, sheetConfigStore } from '../io/config-store';
import { indexSource, INDEX_SHEET, type IndexSource } from '../io/live-index';
import { ensureIndex, indexHealthy, reindex } from '../io/reindex';
import { sheetSpace } from '../io/capacity';
import { sheetArchivePort, sheetArchives } from '../io/archive-port';
import type { ArchivePort } from '../app/archive';
import type { IndexUpkeep } from '../app/upkeep';
import { liveNow } from '../app/commit';
import type { VcRequest } from '../core/request';
import { ensureForm, ensureResponders, findForm, responsesSince } from '../io/form';
import type { SweepPort } from '../app/sweep';
import { sheetHistoryStore } from '../io/history-store';
import { registerZone } from '../io/sheet-zone';
import { sheetRegisterStore, type EngineRegisterStore } from '../io/register-store';
import { freshLock, systemClock } from '../io/runtime';
import type { Identity } from '../app/ports';
import { ensureTriggers } from '../io/triggers';
import { syncEditors } from '../io/editors';
import { ensureSheets, protectFormAndPresetSheets, RESOURCES_SHEET, writePresetSheet } from '../io/workbook';
import { writeSetting } from '../io/admin-port';
import type { PresetSheetWriter } from '../app/custom-preset';
import type { AdminPort } from '../app/admin';
import type { PeoplePort } from '../app/people';
import { sheetPeoplePort } from '../io/people-port';
import { runSetup } from '../app/setup';
import { liveAdminPort } from '../io/admin-port';
import { liveMeetingPort, sheetSchedulePort } from '../io/scheduling-ports';
import { meetingHandlers } from '../app/effect-handlers';
import { deliveryHandlers } from '../app/delivery';
import { liveMailer } from '../io/mailer';
import { letterHandlers } from '../app/letters';
import { reportHandler } from '../app/report';
import { driveReportPort } from '../io/report-port';
import { driveLetterDocs, ensureLetterTemplates, sheetLetterStore } from '../io/letter-store';
import type { KeyValuePort } from '../app/ports';
import type { NightlyMark, RecapTab } from '../app/recap';
import { scriptPropertyMark, sheetRecapTab } from '../io/rekap-sheet';
import type { DocumentationStore } from '../app/documentation';
import { driveDocumentationStore } from '../io/drive-docs';
import type { InstallProbes } from '../app/install-probes';
import { loggedHandlers } from '../app/error-log';
import { liveInstallProbes } from '../io/check-probes';
import { executionLog } from '../io/error-log';
import { ensurePresetVersions, sheetPresetVersions } from '../io/preset-versions';
import { readHolidays } from '../io/holidays';
import type { HolidayPort } from '../app/holidays';
import { pageLink, type PageSigner } from '../core/page-token';
import { linkSentIn } from '../core/story';
import { ensurePageSecret, livePageSigner } from '../io/page-secret';
import { heldProperties, type ScriptProps } from '../io/held-properties';
import { STATUS_PAGE } from '../app/status-page';
import { signedLinks, type OfficialLinks } from '../app/official-links';

const LAST_SWEEP_PROPERTY = 'FPVC_LAST_SWEEP';

/** Script Properties as the engine's key/value state (the highest number, the reminders' marks). */
function propertyState(props: ScriptProps): KeyValuePort {
  return {
    get: (key) => props.getProperty(key),
    set: (key, value) => props.setProperty(key, value),
    remove: (key) => props.deleteProperty(key),
  };
}

/** Nobody: the identity of trigger runs (form intake, hourly jobs), which act for no official. */
export const NO_CALLER: Identity = { activeUserEmail: () => '' };

/** The caller whose identity token the engine verified. */
export function verifiedCaller(email: string): Identity {
  return { activeUserEmail: () => email };
}

/**
 * Officials' private links on the engine's web app, signed by the engine (the secret is read on
 * first use, so an execution that sends no such link never reads it).
 */
export function buildOfficialLinks(signer: () => PageSigner = () => livePageSigner()): OfficialLinks {
  let links: OfficialLinks | null = null;
  const live = () => (links ??= signedLinks(ScriptApp.getService().getUrl() ?? '', signer()));
  return { step: (r, email, at) => live().step(r, email, at), tasks: (email, at) => live().tasks(email, at) };
}

/**
 * The real dependencies for one execution over `ss`, acting for `identity`. `short` for executions
 * that last seconds (an official's click, a form intake): the mail ledger waits for the end of each
 * hold of the lock (io/mailer.ts).
 */
export function buildDeps(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, identity: Identity, short = false): Deps {
  const tz = () => config.settings().settings.timeZone;
  const index = indexSource(ss, tz);
  const config = sheetConfigStore(ss, { engine: true, index });
  const props = heldProperties();
  let signer: PageSigner | null = null;
  const links = () => (signer ??= livePageSigner(props));
  const history = sheetHistoryStore(ss, props);
  const settings = () => config.settings().settings;
  const schedule = ss.getSheetByName(RESOURCES_SHEET)
    ? sheetSchedulePort(
        () => config.resourceRows(),
        () => config.users().users.map((u) => u.email),
      )
    : undefined;
  const url = ss.getUrl();
  const mailer = liveMailer(settings, url, short);
  const register = sheetRegisterStore(ss, registerZone(ss, config), index);
  const effects = {
    ...(schedule ? meetingHandlers(schedule, liveMeetingPort(), settings) : {}),
    ...deliveryHandlers(mailer, {
      clock: systemClock,
      settings,
      users: () => config.users(),
      statusUrl: (id) => pageLink(settings().engineUrl, links(), { page: STATUS_PAGE, ref: id }),
      linkSent: (id) => linkSentIn(history.forRequest(id, register.find(id)?.request.trail ?? '').records),
      requestUrl: requestLink(url, register),
      officialLinks: buildOfficialLinks(links),
    }),
    ...letterHandlers({
      clock: systemClock,
      settings,
      users: () => config.users(),
      docs: driveLetterDocs(settings),
      numbers: sheetLetterStore(ss),
      mailer,
    }),
    make_report: reportHandler(driveReportPort(), settings, systemClock),
  };
  return {
    clock: systemClock,
    lock: freshLock([index.forget, history.forget, register.forget], [props, mailer]),
    register,
    history,
    config,
    identity,
    presets: { byId: presetById },
    effects: loggedHandlers(effects, executionLog),
    schedule,
    mailer,
    state: propertyState(props),
    space: sheetSpace(ss, index),
    presetVersions: sheetPresetVersions(ss, true, index),
    archive: sheetArchives(tz),
  };
}

/** Google's holiday calendar read as the office account; what it lists is kept in Pengaturan. */
export function buildHolidayPort(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): HolidayPort {
  return { read: readHolidays, save: (dates) => void writeSetting(ss, 'calendarHolidays', dates) };
}

/**
 * A link opening the spreadsheet on `requestId`'s Register row. A request being taken in is not on the
 * sheet yet: intake appends it under the same lock right after its notices, so it gets the next row.
 */
function requestLink(url: string, register: EngineRegisterStore): (requestId: string) => string {
  return (requestId) => {
    const row = register.find(requestId)?.row ?? register.nextRow();
    return `${url}#gid=${register.sheetId()}&range=A${row}`;
  };
}

/** The index care of the hourly run over `ss`: its health check and rebuild. */
export function buildIndexUpkeep(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, deps: Deps): IndexUpkeep {
  const tz = () => deps.config.settings().settings.timeZone;
  return {
    healthy: () => indexHealthy(ss, tz()),
    rebuild: () => {
      const live = (r: VcRequest) => liveNow(deps, r);
      const lock = <T>(fn: () => T) => deps.lock.run(fn);
      if (!ensureIndex(ss, tz(), live, lock)) reindex(ss, tz(), live, lock);
    },
  };
}

/** "Arsipkan tahun" over `ss`: its short removal runs under the script lock of `deps`. */
export function buildArchivePort(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, deps: Deps): ArchivePort {
  return sheetArchivePort(
    ss,
    () => deps.config.settings().settings.timeZone,
    (fn) => deps.lock.run(fn),
  );
}

/** The index of `ss` (read afresh) in the office zone of `deps`. */
export function buildIndex(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, deps: Deps): IndexSource {
  return indexSource(ss, () => deps.config.settings().settings.timeZone);
}

/** The real SetupPort over `ss`; its sheets include the index (built from what is there on an older office). */
export function buildSetupPort(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, deps: Deps): SetupPort {
  return {
    hasSettingsSheet: () => ss.getSheetByName(SETTINGS_SHEET) !== null,
    ensureSheets: (settings, admin) => {
      const done = ensureSheets(ss, settings, admin);
      const live = (r: VcRequest) => liveNow(deps, r);
      // Setup already holds the script lock.
      if (ensureIndex(ss, settings.timeZone, live, (fn) => fn())) done.created.push(INDEX_SHEET);
      ensurePresetVersions(
        ss,
        indexSource(ss, () => settings.timeZone),
        presetById(settings.presetId),
      );
      ensurePageSecret();
      return done;
    },
    ensureForm: (officeName) => {
      const { form, created, published } = ensureForm(ss, officeName);
      if (created) protectFormAndPresetSheets(ss);
      return { created, published, id: form.getId(), url: form.getPublishedUrl() };
    },
    ensureResponders: (settings) => {
      const form = findForm();
      return form ? ensureResponders(form, settings.formResponders) : null;
    },
    ensureTriggers: (formId) => ensureTriggers(formId, ss.getId()),
    syncEditors: (users) => syncEditors(ss, users),
    recordEngineUrl: () => writeSetting(ss, 'engineUrl', ScriptApp.getService().getUrl() ?? ''),
    ensureLetterTemplates,
  };
}

/** The real SweepPort over the FPVC form and Script Properties. */
export function buildSweepPort(): SweepPort {
  const props = PropertiesService.getScriptProperties();
  return {
    responsesSince: (since) => {
      const form = findForm();
      return form ? responsesSince(form, since) : null;
    },
    lastSweep: () => {
      const v = props.getProperty(LAST_SWEEP_PROPERTY);
      return v ? new Date(v) : null;
    },
    setLastSweep: (at) => props.setProperty(LAST_SWEEP_PROPERTY, at.toISOString()),
  };
}

/** The Rekap tab of `ss`. */
export function buildRecapTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): RecapTab {
  return sheetRecapTab(ss);
}

/** Where the nightly recap remembers its last day (Script Properties). */
export function buildNightlyMark(): NightlyMark {
  return scriptPropertyMark();
}

/** Writes an editable copy of a preset into the "Alur SOP" sheet of `ss`. */
export function buildPresetSheetWriter(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): PresetSheetWriter {
  return (rows) => writePresetSheet(ss, rows);
}

/** Documentation uploads into the requests' Drive folders. */
export function buildDocumentationStore(): DocumentationStore {
  return driveDocumentationStore();
}

/** The wizard's Pengguna, Plh and Sumber Daya sections over `ss`. */
export function buildPeoplePort(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, deps: Deps): PeoplePort {
  return sheetPeoplePort(
    ss,
    () => deps.config.settings().settings.timeZone,
    () => sheetConfigStore(ss, { engine: false }).users().users,
  );
}

/** The real AdminPort (settings wizard) over `ss`; its Setup runs the same Setup as the menu. */
export function buildAdminPort(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, deps: Deps): AdminPort {
  return liveAdminPort(ss, () => runSetup(deps, buildSetupPort(ss, deps)).lines);
}

/** The probes of "Periksa pemasangan" over `ss`, as the office account. */
export function buildCheckProbes(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, deps: Deps): InstallProbes {
  return liveInstallProbes(
    ss,
    () => deps.config.settings().settings,
    deps.schedule,
    liveAdminPort(ss, () => []),
  );
}
