/**
 * Spreadsheet UI: the add-on menu, alerts and the sidebar.
 */
import { MENU_ITEMS } from '../shared/entry-points';

export const SIDEBAR_FILE = 'Sidebar';

/** Add the Layanan Vicon menu. */
export function addMenu(): void {
  const menu = SpreadsheetApp.getUi().createMenu('Layanan Vicon');
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.handler);
  menu.addToUi();
}

/** Show lines to the user in an alert dialog. */
export function alertLines(title: string, lines: string[]): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, lines.join('\n'), ui.ButtonSet.OK);
}

/** Open the officials' panel (dist/Sidebar.html), 300 px wide. */
export function showPanel(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle('Layanan Vicon');
  SpreadsheetApp.getUi().showSidebar(html);
}

/**
 * Open the settings wizard: the same panel, started on its "Pengaturan" view (or, for
 * `view` 'periksa', on "Periksa pemasangan", which runs at once), in a dialog.
 */
export function showSettingsDialog(view: 'pengaturan' | 'periksa' = 'pengaturan'): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE)
    .append(`<script>window.__VICON_VIEW = "${view}";</script>`)
    .setWidth(420)
    .setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(
    html,
    view === 'periksa' ? 'Periksa pemasangan Layanan Vicon' : 'Pengaturan Layanan Vicon',
  );
}

/** Ask one line of text in a prompt; '' when cancelled. */
export function askLine(title: string, prompt: string): string {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText().trim() : '';
}
