/**
 * Officials' phone pages wired to Apps Script: the engine's signer, the official's dependencies
 * (acting as them, through the same use cases as the sidebar), the visitor Google reveals, and
 * one-time codes in the engine's script cache (hashed, expiring with the code).
 */
import { codeFrom, CODE_MINUTES, type CodeRecord } from '../core/official-link';
import type { PageRoutes } from '../app/page-router';
import { phoneRoutes } from '../app/phone-pages';
import type { PhoneEnv } from '../app/phone-access';
import { livePageSigner } from '../io/page-secret';
import { buildDeps, verifiedCaller } from './composition';

const CODE_KEY = 'PHONE_CODE:';

function codeStore(): PhoneEnv['codes'] {
  const cache = CacheService.getScriptCache();
  return {
    get: (email) => {
      const text = cache.get(CODE_KEY + email);
      if (!text) return null;
      try {
        return JSON.parse(text) as CodeRecord;
      } catch {
        return null;
      }
    },
    put: (email, record) => {
      if (record) cache.put(CODE_KEY + email, JSON.stringify(record), CODE_MINUTES * 60);
      else cache.remove(CODE_KEY + email);
    },
  };
}

/** The phone pages (`langkah`, `tugas`) over `ss`, as the office account. */
export function phonePageRoutes(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): PageRoutes {
  const env: PhoneEnv = {
    signer: livePageSigner(),
    depsFor: (email) => buildDeps(ss, verifiedCaller(email)),
    visitor: () => Session.getActiveUser().getEmail(),
    codes: codeStore(),
    newCode: () => codeFrom(Utilities.getUuid()),
  };
  return phoneRoutes(env);
}
