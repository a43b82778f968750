/**
 * Call counting and fault injection shared by every fake service object.
 * Each object handed to code under test is a Proxy keyed by a class name
 * ('Range', 'Sheet', …); calling a method counts 'Class.method' and may throw an
 * injected fault first.
 */

/** Methods that read or write cell contents; `CallLog.dataCalls()` sums these. */
export const DATA_METHODS: string[] = [
  'Range.getValues',
  'Range.setValues',
  'Range.getDisplayValues',
  'Range.getDisplayValue',
  'Range.getValue',
  'Range.setValue',
  'Range.getFormulas',
  'Range.setFormulas',
  'Range.getFormula',
  'Range.setFormula',
  'Range.getNotes',
  'Range.setNotes',
  'Range.getNote',
  'Range.setNote',
  'Sheet.appendRow',
  'Range.clearContent',
  'Range.clear',
];

export interface CallLog {
  count(key?: string): number;
  byMethod(): Record<string, number>;
  reset(): void;
  dataCalls(): number;
  snapshot(): Record<string, number>;
  /** Cells read and written since the last reset (every Range read/write counts its whole range). */
  cells(): { read: number; written: number };
  /** Cells read and written per 'Class.method' since the last reset. */
  cellsByMethod(): Record<string, { read: number; written: number }>;
}

export type Fault =
  | { kind: 'throw'; message?: string; times?: number }
  | { kind: 'timeout'; times?: number }
  | { kind: 'quota'; times?: number }
  | { kind: 'lockTimeout'; times?: number };

export interface FaultInjector {
  /** Makes the next `times` calls (default: every call until `clear()`) of `key` fail. */
  inject(key: string, fault: Fault): void;
  clear(): void;
}

/** Internal side of the fault injector: the wrapper and the lock consult it. */
export interface FaultStore extends FaultInjector {
  /** Removes and returns one pending fault for `key`, if any. */
  take(key: string): Fault | undefined;
  peekKind(key: string): Fault['kind'] | undefined;
}

/** A counter of calls keyed by 'Class.method', with the cells each read or wrote. */
export function createCallLog(): CallLog & { add(key: string, cells?: { read: number; written: number }): void } {
  let counts = new Map<string, number>();
  let cells = new Map<string, { read: number; written: number }>();
  const byMethod = (): Record<string, number> => Object.fromEntries(counts);
  return {
    add: (key, touched) => {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!touched || (touched.read === 0 && touched.written === 0)) return;
      const sum = cells.get(key) ?? { read: 0, written: 0 };
      cells.set(key, { read: sum.read + touched.read, written: sum.written + touched.written });
    },
    cells: () =>
      [...cells.values()].reduce((a, c) => ({ read: a.read + c.read, written: a.written + c.written }), {
        read: 0,
        written: 0,
      }),
    cellsByMethod: () => Object.fromEntries([...cells].map(([k, v]) => [k, { ...v }])),
    count: (key) => (key === undefined ? [...counts.values()].reduce((a, b) => a + b, 0) : (counts.get(key) ?? 0)),
    byMethod,
    snapshot: byMethod,
    reset: () => {
      counts = new Map();
      cells = new Map();
    },
    dataCalls: () => DATA_METHODS.reduce((sum, k) => sum + (counts.get(k) ?? 0), 0),
  };
}

/** Pending faults per key; each fault fires `times` times (Infinity when omitted). */
export function createFaults(): FaultStore {
  const pending = new Map<string, { fault: Fault; left: number }>();
  return {
    inject: (key, fault) => {
      pending.set(key, { fault, left: fault.times ?? Infinity });
    },
    clear: () => pending.clear(),
    peekKind: (key) => pending.get(key)?.fault.kind,
    take: (key) => {
      const entry = pending.get(key);
      if (!entry) return undefined;
      entry.left -= 1;
      if (entry.left <= 0) pending.delete(key);
      return entry.fault;
    },
  };
}

/** The message a fault throws, copied from real Apps Script where there is one. */
export function faultMessage(key: string, fault: Fault): string {
  switch (fault.kind) {
    case 'throw':
      return fault.message ?? "We're sorry, a server error occurred. Please wait a bit and try again.";
    case 'timeout':
      return `Timed out waiting for the service: ${key}.`;
    case 'quota':
      return `Service invoked too many times for one day: ${key}.`;
    case 'lockTimeout':
      return 'Lock timeout: another process was holding the lock for too long.';
  }
}
