/**
 * The latency model: one figure per Apps Script method family, each with where it comes from.
 * Published measurements are cited; everything else is marked as an estimate: a typical value
 * for a warm execution, between the published figures around it (Google gives none for most
 * services). The stand-in records each call (method, cells, URL; dev/standin/trace.ts); model.ts
 * multiplies. The fixed costs of a click (google.script.run, the web-app hop, opening the
 * spreadsheet) are the least certain; README shows what the targets look like if they are slower.
 */
import type { TraceEntry } from '../dev/standin';

/** One figure: a cost per call, plus per 1,000 cells read, written or searched. */
export interface Figure {
  label: string;
  perCallMs: number;
  per1000CellsMs?: number;
  source: string;
  estimate: boolean;
}

const ZIRITIONE = 'ziritione.org/post/apps_script_performance (100 runs, average)';
const BUGBUGNOW = 'bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html (1,000 calls in a loop)';

/** The figures, by family. */
export const FIGURES = {
  sheetRead: {
    label: 'Sheet read (getValues …)',
    perCallMs: 60,
    per1000CellsMs: 12,
    source: `estimate: a getValue after the first costs ~3 ms (${BUGBUGNOW}); a cold read one round trip; bulk reads ~10–20 ms per 1,000 cells as the issue's 29 s for 1.7 M cells implies`,
    estimate: true,
  },
  sheetSearch: {
    label: 'Server-side search (TextFinder findNext / findPrevious / findAll)',
    perCallMs: 60,
    per1000CellsMs: 2,
    source:
      "estimate: one round trip like a sheet read's; the cells are scanned on Google's side and never sent to the script, so a small figure per 1,000 cells searched, well under a read's 12 ms",
    estimate: true,
  },
  sheetWrite: {
    label: 'Sheet write (setValues …)',
    perCallMs: 80,
    per1000CellsMs: 25,
    source:
      'estimate: a 4,000-cell setValues took <50 ms before flush and 610 ms with flush (ScriptDb vs SpreadsheetApp experiment, developreference.com/article/29263774); writes are committed at the end of the execution',
    estimate: true,
  },
  sheetSize: {
    label: 'getLastRow / getLastColumn / getMaxRows',
    perCallMs: 160,
    source: `${BUGBUGNOW}: 1,000 getLastRow() calls took 160 s`,
    estimate: false,
  },
  sheetStructure: {
    label: 'Sheet structure (insert/delete rows, protect, new sheet)',
    perCallMs: 150,
    source: 'estimate (a structural change is a round trip plus a recalculation)',
    estimate: true,
  },
  sheetOpen: {
    label: 'SpreadsheetApp.openById / openByUrl',
    perCallMs: 250,
    source: 'estimate (a standalone project opening the spreadsheet: one round trip that loads its metadata)',
    estimate: true,
  },
  sheetMeta: {
    label: 'Other spreadsheet calls (getSheetByName, getRange, getId …)',
    perCallMs: 5,
    source: 'estimate (object lookups, answered from what the execution already loaded)',
    estimate: true,
  },
  propertiesGet: { label: 'Script Properties read', perCallMs: 30, source: ZIRITIONE, estimate: false },
  propertiesSet: { label: 'Script Properties write', perCallMs: 62, source: ZIRITIONE, estimate: false },
  cacheGet: { label: 'CacheService get', perCallMs: 3, source: ZIRITIONE, estimate: false },
  cachePut: { label: 'CacheService put / remove', perCallMs: 93, source: ZIRITIONE, estimate: false },
  lock: {
    label: 'LockService tryLock / releaseLock (free lock)',
    perCallMs: 40,
    source: 'estimate (a small storage round trip, like a properties read)',
    estimate: true,
  },
  urlFetch: {
    label: 'UrlFetch to an outside API (Zoom)',
    perCallMs: 350,
    source: 'estimate (Google data centre → api.zoom.us and back, TLS reused)',
    estimate: true,
  },
  tokeninfo: {
    label: 'tokeninfo (identity token check)',
    perCallMs: 150,
    source: 'estimate (UrlFetch to a Google endpoint, inside Google)',
    estimate: true,
  },
  webAppHop: {
    label: 'Web-app hop (panel UrlFetch → engine /exec, 302, doPost start)',
    perCallMs: 700,
    source:
      'estimate: a web app POST + its redirect GET measured 4–7 s from outside Google (daniele-athome/airborne#124); from UrlFetch inside Google, one execution start plus two hops',
    estimate: true,
  },
  calendarOpen: { label: 'CalendarApp.getCalendarById', perCallMs: 120, source: 'estimate', estimate: true },
  calendarRead: { label: 'Calendar read (getEvents, Events.list)', perCallMs: 250, source: 'estimate', estimate: true },
  calendarWrite: {
    label: 'Calendar write (createEvent, Events.insert …)',
    perCallMs: 400,
    source: 'estimate',
    estimate: true,
  },
  mail: {
    label: 'MailApp.sendEmail',
    perCallMs: 400,
    source:
      'estimate for a small text+HTML message: a 100 KB message takes about 1.2 s (Small Outbox FAQ, sites.google.com/quickfixters.com/add-onsuniverse/faq)',
    estimate: true,
  },
  mailQuota: { label: 'MailApp.getRemainingDailyQuota', perCallMs: 50, source: 'estimate', estimate: true },
  docs: { label: 'Docs (open, edit, save)', perCallMs: 300, source: 'estimate', estimate: true },
  drive: { label: 'Drive (folders, files, PDF)', perCallMs: 250, source: 'estimate', estimate: true },
  forms: {
    label: 'Forms (open a form, read responses)',
    perCallMs: 300,
    source: 'estimate',
    estimate: true,
  },
  formGetter: {
    label: 'FormResponse / ItemResponse / CalendarEvent getters',
    perCallMs: 5,
    source: 'estimate (fields of a response or event already fetched)',
    estimate: true,
  },
  triggers: { label: 'ScriptApp triggers', perCallMs: 150, source: 'estimate', estimate: true },
  local: {
    label: 'Local services (Utilities, Session, Logger, ContentService, identity token)',
    perCallMs: 2,
    source: 'estimate (no round trip)',
    estimate: true,
  },
  scriptRun: {
    label: 'google.script.run round trip (sidebar → panel execution start → back)',
    perCallMs: 500,
    source:
      'estimate: 0.5–1 s is usual for a small bundle; issue threads report 5 s and more when Google is slow or the bundle is large (labnol/apps-script-starter#25, enuchi/gas-client#35)',
    estimate: true,
  },
  triggerStart: {
    label: 'Trigger start (form submit → execution running)',
    perCallMs: 400,
    source: 'estimate',
    estimate: true,
  },
} satisfies Record<string, Figure>;

export type Family = keyof typeof FIGURES;

/** Apps Script's V8 runs our code slower than Node on the bench machine (estimate). */
export const CPU_FACTOR = 2;

const READS =
  /^Range\.(get(Values|Value|DisplayValues?|Formulas?|Notes?|NumberFormats?|Backgrounds?|FontWeights?)|isBlank)$/;
const WRITES =
  /^(Range\.(set(Values?|Formulas?|Notes?|NumberFormats?|Backgrounds?|FontWeights?|FontColors?)|clear|clearContent|sort)|Sheet\.appendRow)$/;
const SIZE = /^Sheet\.(getLastRow|getLastColumn|getMaxRows|getMaxColumns)$/;
const STRUCTURE =
  /^(Sheet\.(insert|delete|hide|show|setFrozen|setName|protect|setTabColor|setColumnWidth|autoResize|clear)|Spreadsheet\.(insertSheet|deleteSheet)|Protection\.|Chart|EmbeddedChart)/;

function fetchFamily(url: string): Family {
  if (url.startsWith('https://script.google.com/macros/')) return 'webAppHop';
  if (/\/tokeninfo/.test(url)) return 'tokeninfo';
  return 'urlFetch';
}

const PREFIXES: Array<[RegExp, Family]> = [
  [/^TextFinder\.(findNext|findPrevious|findAll)$/, 'sheetSearch'],
  [/^TextFinder\.|^(Range|Sheet)\.createTextFinder$/, 'local'],
  [/^Properties\.(getProperty|getProperties|getKeys)$/, 'propertiesGet'],
  [/^Properties\./, 'propertiesSet'],
  [/^Cache\.(get|getAll)$/, 'cacheGet'],
  [/^Cache\./, 'cachePut'],
  [/^Lock\.(tryLock|waitLock|releaseLock)$/, 'lock'],
  [/^CalendarApp\.(getCalendarById|getOwnedCalendarById|getDefaultCalendar)$/, 'calendarOpen'],
  [/^Calendar\.(getEvents|getEventById|getEventsForDay)$|^Calendar\.Events\.(list|get)$/, 'calendarRead'],
  [/^CalendarEvent\.(get|is)/, 'formGetter'],
  [/^(CalendarApp|Calendar|CalendarEvent)\./, 'calendarWrite'],
  [/^MailApp\.getRemainingDailyQuota$/, 'mailQuota'],
  [/^(MailApp|GmailApp)\./, 'mail'],
  [/^(DocumentApp|Document|Body|Paragraph|Text)\./, 'docs'],
  [/^(DriveApp|Folder|File|FileIterator|FolderIterator|Drive\.)/, 'drive'],
  [/^(FormResponse|ItemResponse|Item)\./, 'formGetter'],
  [/^(FormApp|Form)\./, 'forms'],
  [/^ScriptApp\.(getProjectTriggers|newTrigger|deleteTrigger)|^TriggerBuilder|Trigger\./, 'triggers'],
  [/^SpreadsheetApp\.(openById|openByUrl)$/, 'sheetOpen'],
  [/^(Spreadsheet|SpreadsheetApp|Sheet|Range)\./, 'sheetMeta'],
];

/** The family of one recorded call. */
export function familyOf(e: Pick<TraceEntry, 'key' | 'url'>): Family {
  if (e.key === 'UrlFetchApp.fetch') return fetchFamily(e.url ?? '');
  if (READS.test(e.key)) return 'sheetRead';
  if (WRITES.test(e.key)) return 'sheetWrite';
  if (SIZE.test(e.key)) return 'sheetSize';
  if (STRUCTURE.test(e.key)) return 'sheetStructure';
  return PREFIXES.find(([re]) => re.test(e.key))?.[1] ?? 'local';
}

/** The modeled time of one recorded call. */
export function costOf(e: Pick<TraceEntry, 'key' | 'url' | 'read' | 'written' | 'searched'>): {
  family: Family;
  ms: number;
} {
  const family = familyOf(e);
  const f: Figure = FIGURES[family];
  const cells = e.read + e.written + (e.searched ?? 0);
  return { family, ms: f.perCallMs + ((f.per1000CellsMs ?? 0) * cells) / 1000 };
}
