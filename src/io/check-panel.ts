/**
 * The panel's side of "Periksa pemasangan", as the official who clicked: its own facts (it
 * reads the sheets, Google issues it an identity token, Pengaturan holds a web-app address, the
 * scopes this official granted the panel) and one engine call per part of the check.
 */
import type { PanelCheckPort } from '../app/install-check-panel';
import { rawMessage } from '../app/error-log';
import type { CheckPartDto, PanelFactsDto } from '../shared/check-rpc';
import { manifestScopes, productVersion } from './build-info';
import { settingsOnly, sheetConfigStore } from './config-store';
import { callEngine, isEngineUrl } from './engine-client';
import { grantFacts } from './granted-scopes';
import { REGISTER_SHEET } from './register-store';
import { readHeader, requireSheet } from './sheet-table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function readsSheets(ss: Spreadsheet): PanelFactsDto['sheets'] {
  try {
    const config = sheetConfigStore(ss, { engine: false });
    config.settings();
    config.users();
    readHeader(requireSheet(ss, REGISTER_SHEET));
    return { ok: true, raw: '' };
  } catch (error) {
    return { ok: false, raw: rawMessage(error) };
  }
}

/** An identity token with a verified email in it (read, never sent anywhere by this check). */
function identity(): PanelFactsDto['identity'] {
  try {
    const token = ScriptApp.getIdentityToken();
    if (!token) return { ok: false, raw: 'ScriptApp.getIdentityToken() menjawab null.' };
    const payload = token.split('.')[1] ?? '';
    const claims = JSON.parse(Utilities.newBlob(Utilities.base64DecodeWebSafe(payload)).getDataAsString()) as {
      email?: unknown;
      email_verified?: unknown;
    };
    const verified = typeof claims.email === 'string' && String(claims.email_verified) === 'true';
    return verified ? { ok: true, raw: '' } : { ok: false, raw: 'Token identitas tanpa email terverifikasi.' };
  } catch (error) {
    return { ok: false, raw: rawMessage(error) };
  }
}

/** The panel's PanelCheckPort over the spreadsheet it is bound to. */
export function livePanelCheckPort(): PanelCheckPort {
  return {
    facts: () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      let engineUrl = '';
      try {
        engineUrl = settingsOnly(ss)?.engineUrl ?? '';
      } catch {
        engineUrl = '';
      }
      return {
        engineUrl,
        engineUrlOk: isEngineUrl(engineUrl),
        sheets: readsSheets(ss),
        identity: identity(),
        scopes: grantFacts(),
      };
    },
    neededScopes: manifestScopes,
    version: productVersion,
    userLocale: () => Session.getActiveUserLocale(),
    runPart: (part, facts) => callEngine<CheckPartDto>(facts.engineUrl, 'checkInstallation', [part, facts]),
  };
}
