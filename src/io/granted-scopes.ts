/**
 * The OAuth scopes the user running this execution granted this project, as Apps Script reports
 * them (users may grant only some of a manifest's scopes since Google's granular consent).
 * @see https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizedScopes()
 */
import type { GrantFacts } from '../core/check/usage-lines';
import { rawMessage } from '../app/error-log';

/** The scopes granted, or why Google would not say. */
export function grantFacts(): GrantFacts {
  try {
    const info = ScriptApp.getAuthorizationInfo(
      ScriptApp.AuthMode.FULL,
    ) as GoogleAppsScript.Script.AuthorizationInfo & {
      getAuthorizedScopes?: () => string[] | null;
    };
    if (typeof info.getAuthorizedScopes !== 'function')
      return { granted: null, error: 'AuthorizationInfo.getAuthorizedScopes tidak tersedia.' };
    return { granted: info.getAuthorizedScopes() ?? [], error: '' };
  } catch (error) {
    return { granted: null, error: rawMessage(error) };
  }
}
