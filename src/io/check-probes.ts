/** The InstallProbes of "Periksa pemasangan" over the real services, as the office account. */
import type { InstallProbes } from '../app/install-probes';
import type { SchedulePort } from '../app/ports';
import type { ZoomCheckPort } from '../app/zoom-check';
import type { Settings } from '../core/settings';
import { manifestScopes, productVersion } from './build-info';
import { probeCalendars, probeExport, probeLetter, probeMail, probeZoomMeeting } from './check-effects';
import {
  accountFacts,
  cellFacts,
  formFacts,
  ownershipFacts,
  protectionFacts,
  triggerFacts,
  type ResourceCalendar,
} from './check-setup';
import { probeWebApp } from './check-webapp';
import { grantFacts } from './granted-scopes';
import { propertyBinding } from './engine-binding';
import { recentLog } from './error-log';

/** The active resources of Sumber Daya with their calendar ids ('' for a row without one). */
function resourceCalendars(schedule: SchedulePort | undefined): ResourceCalendar[] {
  if (!schedule) return [];
  const { inventory, calendarIds } = schedule.inventory();
  const named = [
    ...inventory.hosts.filter((h) => h.active).map((h) => ({ resource: h.name, key: h.name })),
    ...inventory.rooms.filter((r) => r.active).map((r) => ({ resource: r.name, key: r.name })),
    ...inventory.operators.filter((o) => o.active).map((o) => ({ resource: `operator ${o.name}`, key: o.email })),
  ];
  return named.map((n) => ({ resource: n.resource, calendarId: calendarIds[n.key] ?? '' }));
}

/** The probes over `ss`; `settings` and `schedule` are the engine's own (Pengaturan, Sumber Daya). */
export function liveInstallProbes(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: () => Settings,
  schedule: SchedulePort | undefined,
  zoom: ZoomCheckPort,
): InstallProbes {
  return {
    ...zoom,
    account: () => accountFacts(ss),
    triggers: () => triggerFacts(ss),
    ownership: () => ownershipFacts(settings(), resourceCalendars(schedule)),
    form: (responders) => formFacts(ss, responders),
    protections: () => protectionFacts(ss),
    neededScopes: manifestScopes,
    grants: grantFacts,
    cells: () => cellFacts(ss),
    recentErrors: (since) => recentLog(ss, since),
    meta: () => ({
      version: productVersion(),
      spreadsheetZone: ss.getSpreadsheetTimeZone(),
      spreadsheetLocale: ss.getSpreadsheetLocale(),
    }),
    webApp: (url) => probeWebApp(url, ss.getId(), propertyBinding().audience() ?? ''),
    calendars: (start, end) => probeCalendars(resourceCalendars(schedule), start, end),
    testMail: (to) => probeMail(to, settings().officeName),
    letter: () => probeLetter(settings()),
    exportEndpoint: probeExport,
    zoomTestMeeting: probeZoomMeeting,
  };
}
