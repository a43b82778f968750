/**
 * The engine's pages (doGet/doPost with `p`): the routes by name over the bound spreadsheet, the
 * signer over the engine's secret, and a crash answered by a plain page (details only in the log).
 */
import { routePage, type PageRoutes } from '../app/page-router';
import { INVALID_LINK_PAGE, type PageView } from '../core/page-html';
import { boundSpreadsheet } from '../io/engine-binding';
import { livePageSigner } from '../io/page-secret';
import { systemClock } from '../io/runtime';
import { STATUS_PAGE, statusRoute } from '../app/status-page';
import { buildDeps, NO_CALLER } from './composition';
import { phonePageRoutes } from './phone';

const BROKEN_PAGE: PageView = {
  title: 'Halaman belum dapat dibuka',
  html: '<p>Maaf, halaman ini belum dapat dibuka. Coba lagi beberapa saat lagi.</p>',
};

/** The pages the engine serves over `ss`, as the office account acting for nobody. */
function pageRoutes(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): PageRoutes {
  return { [STATUS_PAGE]: statusRoute(buildDeps(ss, NO_CALLER)), ...phonePageRoutes(ss) };
}

/** Serves one page hit (GET shows, POST acts) as the office account. */
export function servePage(method: 'get' | 'post', params: Record<string, string>): PageView {
  const ss = boundSpreadsheet();
  if (!ss) return INVALID_LINK_PAGE;
  try {
    return routePage(pageRoutes(ss), livePageSigner(), {
      method,
      params,
      selfUrl: ScriptApp.getService().getUrl() ?? '',
      now: systemClock.now(),
    });
  } catch (e) {
    console.error(`Halaman ${params.p}: ${e instanceof Error ? e.message : String(e)}`);
    return BROKEN_PAGE;
  }
}
