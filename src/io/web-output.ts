/** Web-app answers: JSON through ContentService, pages through HtmlService. */
import { pageDocument, type PageView } from '../core/page-html';

/** `value` as a JSON text output. */
export function jsonOutput(value: unknown): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(JSON.stringify(value)).setMimeType(ContentService.MimeType.JSON);
}

/** `view` as a page (HtmlService), titled, sized for phones. */
export function pageOutput(view: PageView): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutput(pageDocument(view))
    .setTitle(view.title)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}
