/** The `SpreadsheetApp` global. */
import type { Ctx } from './context';
import type { GSheet, GSpreadsheet } from './gas';
import { createSpreadsheet } from './spreadsheet';
import { requireSheetsRead } from './sheet-guard';
import { getUi } from './ui';

type AppApi = Pick<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  'getActiveSpreadsheet' | 'getActive' | 'openById' | 'openByUrl' | 'create' | 'getUi' | 'flush' | 'getActiveSheet'
>;

class FakeSpreadsheetApp implements AppApi {
  ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' };
  constructor(
    private readonly ctx: Ctx,
    private readonly activeId: string,
  ) {}

  getActiveSpreadsheet(): GSpreadsheet {
    return this.getActive();
  }
  /** Null in a standalone project (no container), as in Apps Script. */
  getActive(): GSpreadsheet {
    return this.activeId ? this.openById(this.activeId) : (null as unknown as GSpreadsheet);
  }
  getActiveSheet(): GSheet {
    return this.getActive().getActiveSheet();
  }

  openById(id: string): GSpreadsheet {
    const ss = this.ctx.spreadsheets.get(id);
    if (!ss)
      throw this.ctx.fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    requireSheetsRead(this.ctx, ss);
    return this.ctx.wrap(ss, 'Spreadsheet');
  }

  openByUrl(url: string): GSpreadsheet {
    const m = /\/d\/([^/]+)/.exec(url);
    if (!m || !this.ctx.spreadsheets.has(m[1]))
      throw this.ctx.fail('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return this.openById(m[1]);
  }

  create(name: string): GSpreadsheet {
    return this.ctx.wrap(createSpreadsheet(this.ctx, name), 'Spreadsheet');
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return getUi(this.ctx);
  }
  flush(): void {
    /* writes are immediate in the stand-in */
  }
}

/** The `SpreadsheetApp` global, bound to the active spreadsheet `activeId` ('' for a standalone project). */
export function createSpreadsheetApp(ctx: Ctx, activeId: string): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return ctx.wrap(new FakeSpreadsheetApp(ctx, activeId), 'SpreadsheetApp');
}
