/** The ReportPort over Drive and Docs: template in the engine's folder, report + PDF in the request's folder. */
import type { ReportPort } from '../app/report';
import { DEFAULT_REPORT_TEMPLATE, REPORT_TEMPLATE_NAME } from '../core/report';
import { ensureTemplate, exportPdf, renderDoc, requestFolderId, rootFolderId } from './docs';

/** The real ReportPort. */
export function driveReportPort(): ReportPort {
  return {
    render(requestId, fields) {
      const templateId = ensureTemplate(rootFolderId(), REPORT_TEMPLATE_NAME, DEFAULT_REPORT_TEMPLATE);
      const folderId = requestFolderId(requestId);
      const name = `${requestId} — Laporan Pelaksanaan`;
      const doc = renderDoc({ templateId, folderId, name, fields });
      if (doc.problems.length > 0) return { pdfUrl: '', problems: doc.problems };
      return { pdfUrl: exportPdf(doc.docId, folderId, name).url, problems: [] };
    },
  };
}
