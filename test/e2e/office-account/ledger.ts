/**
 * A ledger of every stand-in service call, tagged with the execution that made it (project,
 * kind, active and effective user) and, for sheet calls, the sheet they touched. Built on the
 * stand-in's own per-call hook, so it sees exactly what the built bundles call.
 */
import type { Workspace } from '../../../dev/standin';
import type { ExecutionKind } from '../../../dev/standin/executions';

/** One service call as the ledger saw it. */
export interface CallRecord {
  exec: string;
  project: string;
  kind: ExecutionKind | 'outside';
  active: string;
  effective: string;
  /** 'Class.method', as the stand-in counts it. */
  key: string;
  /** The sheet a Range/Sheet call touched, when it touched one. */
  sheet: string;
}

/**
 * Calls that change a spreadsheet's cells or structure (Sheets' own list of what a protection
 * refuses, dev/standin/README.md "Sheet and range protections").
 */
export const SHEET_WRITE =
  /^(Range\.(set|clear|sort|merge|insert|delete|protect|breakApart|copyTo|moveTo)|Sheet\.(appendRow|insert|delete|clear|set|hide|show|autoResize|protect|sort)|Spreadsheet\.(insertSheet|deleteSheet|rename|setSpreadsheetTimeZone|addEditor|removeEditor))/;

function sheetOf(target: object): string {
  const t = target as { name?: unknown; sheet?: { name?: unknown } };
  if (typeof t.sheet?.name === 'string') return t.sheet.name;
  return typeof t.name === 'string' && t.constructor?.name === 'FakeSheet' ? t.name : '';
}

/** Starts recording every call made in `ws` from now on. */
export function callLedger(ws: Workspace): { calls: CallRecord[]; reset(): void } {
  const calls: CallRecord[] = [];
  const previous = ws.ctx.onCall;
  ws.ctx.onCall = (key, target) => {
    const frame = ws.ctx.frame();
    const record = frame ? ws.executions.find((x) => x.id === frame.id) : undefined;
    calls.push({
      exec: frame?.id ?? '',
      project: frame?.projectId ?? ws.project.id,
      kind: record?.kind ?? 'outside',
      active: ws.ctx.user.active,
      effective: ws.ctx.user.effective,
      key,
      sheet: sheetOf(target),
    });
    previous?.(key, target);
  };
  return { calls, reset: () => calls.splice(0, calls.length) };
}

/** Calls by method, `{ 'Range.getValues': 3, … }`, sorted by method. */
export function byMethod(calls: CallRecord[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of [...calls].sort((a, b) => a.key.localeCompare(b.key))) out[c.key] = (out[c.key] ?? 0) + 1;
  return out;
}
