/**
 * What a latency model needs from each service call: which method, in which project and
 * execution, how many cells it read or wrote (and on which sheet), which URL a fetch went to,
 * and where the CPU and the fake clock stood when it was made. Cells are counted on every call
 * (`CallLog.cells()`); the ordered trace is kept only while `start()`ed (bench, tests).
 */

/** Range methods that read cell contents or formatting: they read every cell of the range. */
const RANGE_READS = new Set([
  'getValues',
  'getValue',
  'getDisplayValues',
  'getDisplayValue',
  'getFormulas',
  'getFormula',
  'getNotes',
  'getNote',
  'getNumberFormats',
  'getNumberFormat',
  'getBackgrounds',
  'getBackground',
  'getFontWeights',
  'getFontWeight',
  'isBlank',
]);

/** Range methods that write every cell of the range (contents or formatting). */
const RANGE_WRITES =
  /^(set(Values?|Formulas?|Notes?|NumberFormats?|Backgrounds?|FontWeights?|FontColors?)|clear|clearContent|sort)$/;

/** Cells one call touches; `sheet` names the sheet of a Range or Sheet call. */
export interface CellCount {
  read: number;
  written: number;
  /** Cells a server-side search examined without sending them (TextFinder finds). */
  searched?: number;
  sheet?: string;
}

interface Boxed {
  box?: { numRows: number; numCols: number };
  sheet?: { name?: string };
  name?: string;
  _searched?: (method: string) => number;
}

/** The cells `Class.method` called on `target` with `args` reads or writes. */
export function cellsOf(key: string, target: object, args: unknown[]): CellCount {
  const [cls, method] = key.split('.');
  const t = target as Boxed;
  if (cls === 'Range' && t.box) {
    const n = t.box.numRows * t.box.numCols;
    const sheet = t.sheet?.name;
    if (RANGE_READS.has(method)) return { read: n, written: 0, sheet };
    if (RANGE_WRITES.test(method)) return { read: 0, written: n, sheet };
    return { read: 0, written: 0, sheet };
  }
  if (cls === 'TextFinder' && t._searched) {
    const searched = t._searched(method);
    return searched ? { read: 0, written: 0, searched, sheet: t.sheet?.name } : { read: 0, written: 0 };
  }
  if (cls === 'Sheet') {
    const written = method === 'appendRow' && Array.isArray(args[0]) ? args[0].length : 0;
    return { read: 0, written, sheet: t.name };
  }
  return { read: 0, written: 0 };
}

/** One recorded call. */
export interface TraceEntry {
  key: string;
  projectId: string;
  /** The execution it belongs to ('' outside any execution). */
  execId: string;
  read: number;
  written: number;
  /** Cells a server-side search examined (TextFinder finds): charged, never transferred. */
  searched?: number;
  sheet?: string;
  /** The URL of a UrlFetchApp.fetch. */
  url?: string;
  /** Process CPU (user + system, µs) when the call was made. */
  cpuUs: number;
  /** Of that, the CPU the stand-in itself had spent answering calls since the trace started (µs). */
  standinUs: number;
  /** The workspace's fake clock (ms) when the call was made. */
  clockMs: number;
}

/** The ordered record of calls, kept while started. */
export interface CallTrace {
  start(): void;
  /** Stops recording and returns what was recorded. */
  stop(): TraceEntry[];
  readonly recording: boolean;
  push(entry: Omit<TraceEntry, 'cpuUs' | 'standinUs'>): void;
  /**
   * The CPU the stand-in spent answering calls since `start` (µs): what Google's servers do, which
   * the latency model charges per call, not the product's own CPU. Product code run inside a call
   * (an execution the call starts: a trigger, a web app behind a fetch) counts as the product's.
   */
  standinUs(): number;
  /** A wrapped call begins / ends (the stand-in answers it). */
  enterCall(): void;
  exitCall(): void;
  /** An execution begins / ends inside whatever is running (its code is the product's). */
  enterExecution(): void;
  exitExecution(): void;
}

const cpuNow = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

/** A trace that records nothing until started. */
export function createTrace(): CallTrace {
  let entries: TraceEntry[] | null = null;
  /** Who runs now: 's' the stand-in answering a call, 'p' product code; empty = product. */
  const modes: Array<'s' | 'p'> = [];
  let since = 0;
  let spent = 0;
  const mode = () => modes[modes.length - 1] ?? 'p';
  return {
    standinUs: () => spent,
    enterCall() {
      if (entries && mode() === 'p') since = cpuNow();
      modes.push('s');
    },
    exitCall() {
      modes.pop();
      if (entries && mode() === 'p') spent += cpuNow() - since;
    },
    enterExecution() {
      if (entries && mode() === 's') spent += cpuNow() - since;
      modes.push('p');
    },
    exitExecution() {
      modes.pop();
      if (entries && mode() === 's') since = cpuNow();
    },
    start() {
      entries = [];
      spent = 0;
      if (mode() === 's') since = cpuNow();
    },
    stop() {
      const out = entries ?? [];
      entries = null;
      return out;
    },
    get recording() {
      return entries !== null;
    },
    push(entry) {
      if (!entries) return;
      entries.push({ ...entry, cpuUs: cpuNow(), standinUs: spent + (mode() === 's' ? cpuNow() - since : 0) });
    },
  };
}

/** The URL argument of a fetch, for the trace. */
export function urlOf(key: string, args: unknown[]): string | undefined {
  return key === 'UrlFetchApp.fetch' && typeof args[0] === 'string' ? args[0] : undefined;
}
