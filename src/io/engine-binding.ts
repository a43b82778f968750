/**
 * The engine's binding to the one spreadsheet and panel it serves, kept in the office
 * account's Script Properties (which no official can read or write).
 */
import type { EngineBinding } from '../app/engine-call';

const SPREADSHEET_PROPERTY = 'VICON_SPREADSHEET_ID';
const AUDIENCE_PROPERTY = 'VICON_PANEL_AUDIENCE';

/** Script cache copy of the binding (6 h): a call reads it with one cache read; the properties stay the truth. */
const CACHE_KEY = 'vicon:binding';
const CACHE_TTL_S = 21600;

/** The binding as stored: from the script cache, else from Script Properties (then cached). */
function readBinding(): Record<string, string> {
  const cache = CacheService.getScriptCache();
  try {
    const kept = JSON.parse(cache.get(CACHE_KEY) ?? 'null') as Record<string, string> | null;
    if (kept && kept[SPREADSHEET_PROPERTY] && kept[AUDIENCE_PROPERTY]) return kept;
  } catch {
    // an unreadable copy is read again from the properties
  }
  const all = PropertiesService.getScriptProperties().getProperties();
  const binding = {
    [SPREADSHEET_PROPERTY]: all[SPREADSHEET_PROPERTY] ?? '',
    [AUDIENCE_PROPERTY]: all[AUDIENCE_PROPERTY] ?? '',
  };
  if (binding[SPREADSHEET_PROPERTY] && binding[AUDIENCE_PROPERTY])
    cache.put(CACHE_KEY, JSON.stringify(binding), CACHE_TTL_S);
  return binding;
}

/**
 * The binding over the engine project's Script Properties (read once per call, through the script
 * cache); the office account is the effective user.
 */
export function propertyBinding(): EngineBinding {
  let all: Record<string, string> | null = null;
  const read = (key: string) => (all ??= readBinding())[key] || null;
  return {
    spreadsheetId: () => read(SPREADSHEET_PROPERTY),
    audience: () => read(AUDIENCE_PROPERTY),
    bind: (spreadsheetId, audience) => {
      PropertiesService.getScriptProperties().setProperties({
        [SPREADSHEET_PROPERTY]: spreadsheetId,
        [AUDIENCE_PROPERTY]: audience,
      });
      CacheService.getScriptCache().remove(CACHE_KEY);
      all = null;
    },
    officeAccount: () => Session.getEffectiveUser().getEmail(),
  };
}

/** The office spreadsheet the engine serves (its ID through the cached binding), or null before the first Setup. */
export function boundSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const id = readBinding()[SPREADSHEET_PROPERTY];
  return id ? SpreadsheetApp.openById(id) : null;
}
