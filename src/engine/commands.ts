/**
 * The commands the engine runs for a verified caller: wiring only (name → use case, with the
 * right guard). Each builds the office account's dependencies over the bound spreadsheet.
 */
import { runSetup } from '../app/setup';
import { submitLetter } from '../app/incoming-letter';
import { copyActivePreset } from '../app/custom-preset';
import { actAndTell } from '../app/official-whatsapp';
import { refreshRecap } from '../app/recap';
import { uploadDocumentation } from '../app/documentation';
import { asAdmin, asOfficial } from '../app/guards';
import { auditHistory } from '../app/audit';
import { archiveYear } from '../app/archive';
import type { Caller } from '../app/engine-call';
import { saveSettings, saveZoomCredentials, settingsForm, testZoomConnection } from '../app/admin';
import { peopleForm, savePeopleRow } from '../app/people';
import { checkInstallationPart } from '../app/install-check';
import { guardLogged } from '../io/error-log';
import { sha256Hex } from '../io/digest';
import { calendarSetupLines } from '../io/resources-setup';
import { exportSheet } from '../io/rekap-export';
import { RECAP_SHEET } from '../io/rekap-sheet';
import type { EngineCommand, LinesDto } from '../shared/engine-rpc';
import type { ActionRequestDto, LetterRequestDto, Result, UploadFileDto } from '../shared/rpc';
import type { PeopleSaveDto, SettingsFieldsDto, ZoomCredentialsDto } from '../shared/admin-rpc';
import type { Deps } from '../app/ports';
import {
  buildAdminPort,
  buildArchivePort,
  buildCheckProbes,
  buildDeps,
  buildDocumentationStore,
  buildOfficialLinks,
  buildPeoplePort,
  buildPresetSheetWriter,
  buildRecapTab,
  buildSetupPort,
  verifiedCaller,
} from './composition';

type Sheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Handler = (deps: Deps, ss: Sheet, args: unknown[], caller: Caller) => Result<unknown>;

const lines = (value: string[]): Result<LinesDto> => ({ ok: true, value: { lines: value } });

function setup(deps: Deps, ss: Sheet, caller: Caller): Result<LinesDto> {
  if (!caller.isOfficeAccount) {
    const office = Session.getEffectiveUser().getEmail();
    return {
      ok: false,
      error: `Siapkan hanya dapat dijalankan oleh akun layanan (${office}). Masuk dengan akun itu lalu coba lagi.`,
    };
  }
  return lines(runSetup(deps, buildSetupPort(ss, deps)).lines);
}

const COMMANDS: Record<EngineCommand, Handler> = {
  performAction: (deps, _ss, [dto]) => actAndTell(deps, dto as ActionRequestDto, buildOfficialLinks()),
  submitLetterRequest: (deps, _ss, [letter]) => submitLetter(deps, letter as LetterRequestDto),
  uploadDocumentation: (deps, _ss, [id, file]) =>
    uploadDocumentation(deps, buildDocumentationStore(), String(id), file as UploadFileDto),
  getSettingsForm: (deps, ss) => settingsForm(deps, buildAdminPort(ss, deps)),
  saveSettings: (deps, ss, [fields]) => saveSettings(deps, buildAdminPort(ss, deps), fields as SettingsFieldsDto),
  saveZoomCredentials: (deps, ss, [creds]) =>
    saveZoomCredentials(deps, buildAdminPort(ss, deps), creds as ZoomCredentialsDto),
  testZoomConnection: (deps, ss) => testZoomConnection(deps, buildAdminPort(ss, deps)),
  getPeople: (deps, ss) => peopleForm(deps, buildPeoplePort(ss, deps)),
  savePeopleRow: (deps, ss, [dto]) => savePeopleRow(deps, buildPeoplePort(ss, deps), dto as PeopleSaveDto),
  setup: (deps, ss, _args, caller) => setup(deps, ss, caller),
  setupCalendars: (deps, ss) =>
    asAdmin(deps, () => {
      const done = deps.lock.run(() => calendarSetupLines(ss));
      deps.config.invalidate();
      return lines(done);
    }),
  refreshRecap: (deps, ss) =>
    asOfficial(deps, () => {
      const done = refreshRecap(deps, buildRecapTab(ss));
      return lines([`Rekap ${done.label} diperbarui: ${done.meetings} kegiatan.`, ...done.problems]);
    }),
  exportRecap: (deps, ss) =>
    asOfficial(deps, () => {
      const done = refreshRecap(deps, buildRecapTab(ss));
      const files = exportSheet(ss, RECAP_SHEET, `Rekap ${done.label}`);
      return lines([`Rekap ${done.label} disimpan di folder Layanan Vicon/Laporan:`, ...files]);
    }),
  copyPreset: (deps, ss) => asAdmin(deps, () => lines(copyActivePreset(deps, buildPresetSheetWriter(ss)))),
  checkInstallation: (deps, ss, [part, facts]) => checkInstallationPart(deps, buildCheckProbes(ss, deps), part, facts),
  checkHistory: (deps) => asAdmin(deps, () => lines(auditHistory(deps, sha256Hex))),
  archiveYear: (deps, ss, [year]) => archiveYear(deps, buildArchivePort(ss, deps), year),
};

/** The request a command is about, for the Log ('' when it is about none). */
function requestOf(args: unknown[]): string {
  const first = args[0] as { requestId?: unknown } | string | undefined;
  const id = typeof first === 'string' ? first : first?.requestId;
  return typeof id === 'string' && /^VC-/.test(id) ? id : '';
}

/**
 * Run `command` for the verified `caller` over the spreadsheet the engine is bound to; a command
 * that throws is answered in Indonesian and lands in the Log with Google's words.
 */
export function runCommand(command: EngineCommand, caller: Caller, args: unknown[]): Result<unknown> {
  return guardLogged(`Perintah ${command}`, requestOf(args), () => {
    const ss = SpreadsheetApp.openById(caller.spreadsheetId);
    return COMMANDS[command](buildDeps(ss, verifiedCaller(caller.email), true), ss, args, caller);
  });
}
