/**
 * The one composition root: builds the use cases' ports from the real
 * Apps Script services. Called inside each entry point, never at load time.
 */
import type { Deps } from './app/ports';
import type { SetupPort } from './app/setup';
import { presetById } from './core/sop/presets';
import { SETTINGS_SHEET, sheetConfigStore } from './io/config-store';
import { ensureForm, findForm, responsesSince } from './io/form';
import type { SweepPort } from './app/sweep';
import { sheetHistoryStore } from './io/history-store';
import { sheetRegisterStore } from './io/register-store';
import { scriptLock, sessionIdentity, systemClock } from './io/runtime';
import { ensureTriggers } from './io/triggers';
import { ensureSheets, RESOURCES_SHEET, writePresetSheet } from './io/workbook';
import type { PresetSheetWriter } from './app/custom-preset';
import type { AdminPort } from './app/admin';
import { runSetup } from './app/setup';
import { liveAdminPort } from './io/admin-port';
import { liveMeetingPort, sheetSchedulePort } from './io/scheduling-ports';
import { markRecapStale } from './io/rekap-sheet';
import { meetingHandlers } from './app/effect-handlers';
import { deliveryHandlers } from './app/delivery';
import { liveMailer } from './io/mailer';
import { letterHandlers } from './app/letters';
import { reportHandler } from './app/report';
import { driveReportPort } from './io/report-port';
import { driveLetterDocs, ensureLetterTemplates, sheetLetterStore } from './io/letter-store';
import type { KeyValuePort } from './app/ports';
import type { NightlyMark, RecapTab } from './app/recap';
import { scriptPropertyMark, sheetRecapTab } from './io/rekap-sheet';
import type { DocumentationStore } from './app/documentation';
import { driveDocumentationStore } from './io/drive-docs';

const LAST_SWEEP_PROPERTY = 'FPVC_LAST_SWEEP';

/** Script Properties as the reminders' key/value state. */
function propertyState(): KeyValuePort {
  const props = PropertiesService.getScriptProperties();
  return {
    get: (key) => props.getProperty(key),
    set: (key, value) => {
      props.setProperty(key, value);
    },
  };
}

/** The real dependencies for this execution. */
export function buildDeps(): Deps {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const config = sheetConfigStore(ss);
  const settings = () => config.settings().settings;
  const schedule = ss.getSheetByName(RESOURCES_SHEET)
    ? sheetSchedulePort(
        () => config.resourceRows(),
        () => config.users().users.map((u) => u.email),
      )
    : undefined;
  const mailer = liveMailer(settings);
  const effects = {
    ...(schedule ? meetingHandlers(schedule, liveMeetingPort(), settings) : {}),
    ...deliveryHandlers(mailer, { clock: systemClock, settings, users: () => config.users() }),
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
    lock: scriptLock,
    register: sheetRegisterStore(ss, () => config.settings().settings.timeZone),
    history: sheetHistoryStore(ss),
    config,
    identity: sessionIdentity,
    presets: { byId: presetById },
    effects,
    schedule,
    changed: markRecapStale,
    mailer,
    state: propertyState(),
  };
}

/** The real SetupPort. */
export function buildSetupPort(): SetupPort {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return {
    hasSettingsSheet: () => ss.getSheetByName(SETTINGS_SHEET) !== null,
    ensureSheets: (settings, admin) => ensureSheets(ss, settings, admin),
    ensureForm: (officeName) => {
      const { form, created } = ensureForm(ss, officeName);
      return { created, id: form.getId(), url: form.getPublishedUrl() };
    },
    ensureTriggers,
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

/** The Rekap tab of the active spreadsheet. */
export function buildRecapTab(): RecapTab {
  return sheetRecapTab(SpreadsheetApp.getActiveSpreadsheet());
}

/** Where the nightly recap remembers its last day (Script Properties). */
export function buildNightlyMark(): NightlyMark {
  return scriptPropertyMark();
}

/** Writes an editable copy of a preset into the "Alur SOP" sheet. */
export function buildPresetSheetWriter(): PresetSheetWriter {
  return (rows) => writePresetSheet(SpreadsheetApp.getActiveSpreadsheet(), rows);
}

/** Documentation uploads into the requests' Drive folders. */
export function buildDocumentationStore(): DocumentationStore {
  return driveDocumentationStore();
}

/** The real AdminPort (settings wizard); its Setup runs the same Setup as the menu. */
export function buildAdminPort(): AdminPort {
  return liveAdminPort(() => runSetup(buildDeps(), buildSetupPort()).lines);
}
