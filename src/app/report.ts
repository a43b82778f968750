/**
 * The "make_report" effect: Singkawang's execution report rendered from its
 * Docs template into the request's folder and saved as PDF. Re-running
 * replaces its own copy (found by name), so a retry makes no duplicate.
 */
import { reportFields } from '../core/report';
import type { Settings } from '../core/settings';
import type { EffectHandler } from './ports';
import type { Clock } from './ports';

/** Where reports are made. */
export interface ReportPort {
  render(requestId: string, fields: Readonly<Record<string, string>>): { pdfUrl: string; problems: string[] };
}

/** The make_report handler. */
export function reportHandler(port: ReportPort, settings: () => Settings, clock: Clock): EffectHandler {
  return ({ request, effect }) => {
    const s = settings();
    const fields = reportFields(request, s.officeName, effect.params, request.operator, clock.now(), s.timeZone);
    const made = port.render(request.id, fields);
    if (made.problems.length > 0)
      return { status: 'pending', note: `laporan belum lengkap: ${made.problems.join(' ')}` };
    return { status: 'done', note: `laporan pelaksanaan (PDF): ${made.pdfUrl}` };
  };
}
