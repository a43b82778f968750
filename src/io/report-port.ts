/** The ReportPort over Drive and Docs: template in the add-on's folder, report + PDF in the request's folder. */
import type { ReportPort } from '../app/report';
import { DEFAULT_REPORT_TEMPLATE, REPORT_TEMPLATE_NAME } from '../core/report';
import { ensureFolder, ensureRootFolder, ensureTemplate, exportPdf, renderDoc, ROOT_FOLDER_NAME } from './docs';

/** The real ReportPort. */
export function driveReportPort(): ReportPort {
  return {
    render(requestId, fields) {
      const templateId = ensureTemplate(ensureRootFolder(), REPORT_TEMPLATE_NAME, DEFAULT_REPORT_TEMPLATE);
      const folder = ensureFolder(ROOT_FOLDER_NAME, requestId);
      const name = `${requestId} — Laporan Pelaksanaan`;
      const doc = renderDoc({ templateId, folder, name, fields });
      if (doc.problems.length > 0) return { pdfUrl: '', problems: doc.problems };
      return { pdfUrl: exportPdf(doc.docId, folder, name).url, problems: [] };
    },
  };
}
