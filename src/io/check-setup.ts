/**
 * Facts for "Periksa pemasangan" read as the office account, changing nothing: who runs the
 * engine, its triggers, what it owns, the form, the protections and the workbook's size.
 */
import type {
  AccountFacts,
  FormFacts,
  OwnedFact,
  ProtectionFact,
  TriggerFact,
  TriggerNeed,
} from '../core/check/setup-lines';
import type { CellFacts } from '../core/check/usage-lines';
import { LETTER_KINDS, type LetterKind } from '../core/letter';
import type { FormResponders, Settings } from '../core/settings';
import { rawMessage } from '../app/error-log';
import { CUSTOM_PRESET_SHEET, DELEGATIONS_SHEET, SETTINGS_SHEET, USERS_SHEET } from './config-store';
import { ROOT_FOLDER_NAME, templateName } from './docs';
import { DOC_MIME, FOLDER_MIME, findLive } from './drive-files';
import { LOG_SHEET } from './error-log';
import { findForm, FORM_ID_PROPERTY } from './form';
import { HISTORY_SHEET } from './history-store';
import { LETTERS_SHEET } from './letter-store';
import { RECAP_SHEET } from './rekap-sheet';
import { REGISTER_SHEET } from './register-store';
import { TRIGGER_HANDLERS } from './triggers';
import { RESOURCES_SHEET } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A resource calendar the office named in Sumber Daya ('' when the row has no ID yet). */
export interface ResourceCalendar {
  resource: string;
  calendarId: string;
}

const office = (): string => Session.getEffectiveUser().getEmail();

/** The advanced Drive service; an Indonesian error saying what to enable when it is off. */
function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive)
    throw new Error('Layanan lanjutan "Drive API" belum aktif di proyek mesin (Layanan › Drive API v3).');
  return Drive;
}

/** The office account and the spreadsheet's owner. */
export function accountFacts(ss: Spreadsheet): AccountFacts {
  return { office: office(), spreadsheetOwner: ss.getOwner()?.getEmail() ?? '' };
}

/** The office account's triggers in the engine, and the three the product needs. */
export function triggerFacts(ss: Spreadsheet): { found: TriggerFact[]; needs: TriggerNeed[] } {
  const found = ScriptApp.getProjectTriggers().map((t) => ({
    handler: t.getHandlerFunction(),
    sourceId: t.getTriggerSourceId() ?? '',
  }));
  const formId = PropertiesService.getScriptProperties().getProperty(FORM_ID_PROPERTY) ?? '';
  const needs: TriggerNeed[] = [
    { handler: TRIGGER_HANDLERS.formSubmit, label: 'kiriman formulir', sourceId: formId },
    { handler: TRIGGER_HANDLERS.hourly, label: 'per jam', sourceId: null },
    { handler: TRIGGER_HANDLERS.sheetEdit, label: 'suntingan sheet', sourceId: ss.getId() },
  ];
  return { found, needs };
}

/** Whether the office account owns Drive item `id` (null when the engine cannot see it). */
function ownsFile(what: string, id: string): OwnedFact {
  try {
    const f = drive().Files.get(id, { fields: 'ownedByMe,trashed' });
    return { what, owned: f.trashed === true ? null : f.ownedByMe === true };
  } catch (error) {
    return { what, owned: null, raw: rawMessage(error) };
  }
}

function ownsForm(): OwnedFact {
  const id = PropertiesService.getScriptProperties().getProperty(FORM_ID_PROPERTY);
  if (!id) return { what: 'Formulir FPVC', owned: null };
  try {
    const owner = (drive().Permissions.list(id, { fields: 'permissions(role,emailAddress)' }).permissions ?? []).find(
      (p) => p.role === 'owner',
    );
    return { what: 'Formulir FPVC', owned: (owner?.emailAddress ?? '').toLowerCase() === office().toLowerCase() };
  } catch (error) {
    return { what: 'Formulir FPVC', owned: null, raw: rawMessage(error) };
  }
}

function configuredTemplateIds(s: Settings): Record<LetterKind, string> {
  return { persetujuan: s.templateApproval, penolakan: s.templateRejection, jadwal_penuh: s.templateFull };
}

/** The form, the 'Layanan Vicon' folder, each letter template and each resource calendar. */
export function ownershipFacts(settings: Settings, calendars: ResourceCalendar[]): OwnedFact[] {
  const folder = findLive(ROOT_FOLDER_NAME, null, FOLDER_MIME)[0];
  const folderFact = folder
    ? ownsFile(`Folder Drive "${ROOT_FOLDER_NAME}"`, folder.id)
    : { what: `Folder Drive "${ROOT_FOLDER_NAME}"`, owned: null };
  const configured = configuredTemplateIds(settings);
  const templates = LETTER_KINDS.map((kind): OwnedFact => {
    const id =
      configured[kind].trim() || (folder ? findLive(templateName(kind), folder.id, DOC_MIME)[0]?.id : '') || '';
    return id ? ownsFile(templateName(kind), id) : { what: templateName(kind), owned: null };
  });
  const cals = calendars
    .filter((c) => c.calendarId !== '')
    .map((c): OwnedFact => {
      const what = `Kalender "${c.resource}"`;
      try {
        const cal = CalendarApp.getCalendarById(c.calendarId);
        return { what, owned: cal ? cal.isOwnedByMe() : null };
      } catch (error) {
        return { what, owned: null, raw: rawMessage(error) };
      }
    });
  return [ownsForm(), folderFact, ...templates, ...cals];
}

/** The FPVC form as the engine finds it. */
export function formFacts(ss: Spreadsheet, responders: FormResponders): FormFacts {
  const form = findForm();
  const none = {
    published: false,
    accepting: false,
    linkedHere: false,
    anyoneMayAnswer: false,
    domainMayAnswer: false,
  };
  if (!form) return { found: false, responders, ...none };
  let linkedHere = false;
  try {
    linkedHere = form.getDestinationId() === ss.getId();
  } catch {
    linkedHere = false;
  }
  const grants = (
    drive().Permissions.list(form.getId(), {
      includePermissionsForView: 'published',
      fields: 'permissions(id,type,role,view,domain)',
    }).permissions ?? []
  ).filter((p) => p.view === 'published');
  const domain = office().split('@')[1]?.toLowerCase() ?? '';
  return {
    found: true,
    responders,
    published: form.isPublished(),
    accepting: form.isAcceptingResponses(),
    linkedHere,
    anyoneMayAnswer: grants.some((p) => p.type === 'anyone'),
    domainMayAnswer: grants.some((p) => p.type === 'domain' && (p.domain ?? '').toLowerCase() === domain),
  };
}

const DATA_SHEETS = [
  REGISTER_SHEET,
  HISTORY_SHEET,
  SETTINGS_SHEET,
  USERS_SHEET,
  DELEGATIONS_SHEET,
  RESOURCES_SHEET,
  LETTERS_SHEET,
  LOG_SHEET,
];

/** The data sheets' names: the fixed ones, and those that exist of Alur SOP, Rekap and the form's responses. */
function dataSheets(ss: Spreadsheet): string[] {
  const optional = ss
    .getSheets()
    .filter((s) => [CUSTOM_PRESET_SHEET, RECAP_SHEET].includes(s.getName()) || s.getFormUrl() !== null)
    .map((s) => s.getName());
  return [...DATA_SHEETS, ...optional.filter((n) => !DATA_SHEETS.includes(n))];
}

/** Every data sheet's protection, as the office account reads it. */
export function protectionFacts(ss: Spreadsheet): ProtectionFact[] {
  const me = office().toLowerCase();
  return dataSheets(ss).map((name) => {
    const sheet = ss.getSheetByName(name);
    const p = sheet?.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    const base = { sheet: name, exists: sheet !== null, protectedSheet: p !== undefined };
    if (!p) return { ...base, warningOnly: false, otherEditors: 0, domainEdit: false };
    const warningOnly = p.isWarningOnly();
    const others = warningOnly ? [] : p.getEditors().filter((u) => u.getEmail().toLowerCase() !== me);
    return { ...base, warningOnly, otherEditors: others.length, domainEdit: !warningOnly && p.canDomainEdit() };
  });
}

const GROWING = [REGISTER_SHEET, HISTORY_SHEET, LOG_SHEET];

/** Cells used (what Sheets counts), filled cells of the growing sheets, and the first history time. */
export function cellFacts(ss: Spreadsheet): Omit<CellFacts, 'now'> {
  let used = 0;
  let growing = 0;
  for (const sheet of ss.getSheets()) {
    used += sheet.getMaxRows() * sheet.getMaxColumns();
    if (GROWING.includes(sheet.getName()) || sheet.getFormUrl() !== null)
      growing += Math.max(sheet.getLastRow() - 1, 0) * sheet.getLastColumn();
  }
  const history = ss.getSheetByName(HISTORY_SHEET);
  const first = history && history.getLastRow() >= 2 ? history.getRange(2, 1).getValue() : null;
  return { used, growing, since: first instanceof Date ? new Date(first.getTime()) : null };
}
