/**
 * The contract of "Periksa pemasangan": what the panel sends the engine with each part of the
 * check (its own facts, gathered as the official who clicked), what the engine answers, and
 * what the sidebar shows. No secret and no token ever travels in these.
 */
import type { CheckLine } from '../core/check/types';
import type { PanelFacts } from '../core/check/panel-lines';

export type { CheckLine };

/** The panel's facts and the engine address it used (the engine asks that address itself). */
export interface PanelFactsDto extends PanelFacts {
  engineUrl: string;
}

/** About the engine and the workbook, for the report (answered with the 'dasar' part). */
export interface EngineMetaDto {
  version: string;
  officeZone: string;
  spreadsheetZone: string;
  spreadsheetLocale: string;
}

/** One part's lines (and, for 'dasar', the engine's meta). */
export interface CheckPartDto {
  lines: CheckLine[];
  meta?: EngineMetaDto;
}

/** The whole checklist for the sidebar, and the plain-text report "Salin laporan" copies. */
export interface InstallCheckDto {
  lines: CheckLine[];
  passed: number;
  failed: number;
  report: string;
}
