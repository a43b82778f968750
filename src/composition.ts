/**
 * The one composition root: builds the use cases' ports from the real
 * Apps Script services. Called inside each entry point, never at load time.
 */
import type { Deps } from './app/ports';
import type { SetupPort } from './app/setup';
import { presetById } from './core/sop/presets';
import { sheetConfigStore } from './io/config-store';
import { ensureForm, findForm, responsesSince } from './io/form';
import type { SweepPort } from './app/sweep';

const LAST_SWEEP_PROPERTY = 'FPVC_LAST_SWEEP';
import { sheetHistoryStore } from './io/history-store';
import { sheetRegisterStore } from './io/register-store';
import { scriptLock, sessionIdentity, systemClock } from './io/runtime';
import { ensureTriggers } from './io/triggers';
import { ensureSheets, RESOURCES_SHEET } from './io/workbook';
import { liveMeetingPort, sheetSchedulePort } from './io/scheduling-ports';
import { meetingHandlers } from './app/effect-handlers';
import { deliveryHandlers } from './app/delivery';
import { liveMailer } from './io/mailer';
import { SETTINGS_SHEET } from './io/config-store';

/** The real dependencies for this execution. */
export function buildDeps(): Deps {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const config = sheetConfigStore(ss);
  const settings = () => config.settings().settings;
  const schedule = ss.getSheetByName(RESOURCES_SHEET) ? sheetSchedulePort(ss, () => config.users().users.map((u) => u.email)) : undefined;
  const mailer = liveMailer(settings);
  const effects = {
    ...(schedule ? meetingHandlers(schedule, liveMeetingPort(), settings) : {}),
    ...deliveryHandlers(mailer, { clock: systemClock, settings, users: () => config.users() }),
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
    mailer,
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
  };
}

/** The real SweepPort over the FPVC form and Script Properties. */
export function buildSweepPort(): SweepPort {
  const props = PropertiesService.getScriptProperties();
  return {
    responsesSince: (since) => {
      const form = findForm();
      return form ? responsesSince(form, since) : [];
    },
    lastSweep: () => {
      const v = props.getProperty(LAST_SWEEP_PROPERTY);
      return v ? new Date(v) : null;
    },
    setLastSweep: (at) => props.setProperty(LAST_SWEEP_PROPERTY, at.toISOString()),
  };
}
