/**
 * The shared state every fake service reads: counters, faults, clock, log lines,
 * users, registries of spreadsheets and forms, triggers. Services are created with
 * a `Ctx` and never touch each other's internals except through it.
 */
import { type CallLog, type FaultStore, createCallLog, createFaults, faultMessage } from './calls';
import { type FakeClock, createClock } from './clock';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeForm } from './form';
import type { TriggerStore } from './triggers';
import type { UiState } from './ui';
import type { LockState } from './lock';

const TARGET = Symbol('standin.target');

export interface Ctx {
  calls: CallLog & { add(key: string): void };
  faults: FaultStore;
  clock: FakeClock;
  /** Every Logger/console line, in order. */
  logs: string[];
  scriptTimeZone: string;
  htmlDir: string;
  isAddon: boolean;
  user: { active: string; effective: string };
  spreadsheets: Map<string, FakeSpreadsheet>;
  forms: Map<string, FakeForm>;
  triggers: TriggerStore;
  ui: UiState;
  locks: LockState;
  /** How a trigger calls a top-level function of the code under test. */
  invoke?: (handler: string, event: unknown) => void;
  /** Error constructor used for every thrown error (the loader sets the vm's own). */
  errorClass: ErrorConstructor;
  wrap<T>(obj: object, cls: string, allow?: ReadonlySet<string>): T;
  unwrap<T>(obj: unknown): T;
  fail(message: string): Error;
  nextId(kind: string): string;
}

export interface CtxOptions {
  timeZone: string;
  now?: Date;
  activeUser: string;
  effectiveUser: string;
  htmlDir: string;
  isAddon: boolean;
}

/** Creates the shared context; registries and stores are filled in by index.ts. */
export function createCtx(o: CtxOptions): Ctx {
  const calls = createCallLog();
  const faults = createFaults();
  const counters = new Map<string, number>();
  const ctx = {
    calls,
    faults,
    clock: createClock(o.now),
    logs: [] as string[],
    scriptTimeZone: o.timeZone,
    htmlDir: o.htmlDir,
    isAddon: o.isAddon,
    user: { active: o.activeUser, effective: o.effectiveUser },
    spreadsheets: new Map(),
    forms: new Map(),
    errorClass: Error,
    fail(message: string): Error {
      return new ctx.errorClass(message);
    },
    nextId(kind: string): string {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return `${kind}-${String(n).padStart(4, '0')}`;
    },
    unwrap<T>(obj: unknown): T {
      const inner = obj && typeof obj === 'object' ? (obj as Record<symbol, unknown>)[TARGET] : undefined;
      return (inner ?? obj) as T;
    },
    wrap<T>(obj: object, cls: string, allow?: ReadonlySet<string>): T {
      return makeProxy(obj, cls, allow, (key) => {
        calls.add(key);
        const kind = faults.peekKind(key);
        if (kind && !(kind === 'lockTimeout' && cls === 'Lock')) {
          throw ctx.fail(faultMessage(key, faults.take(key)!));
        }
      }) as T;
    },
  } as Ctx;
  return ctx;
}

function makeProxy(
  obj: object,
  cls: string,
  allow: ReadonlySet<string> | undefined,
  before: (key: string) => void,
): object {
  const proxy: object = new Proxy(obj, {
    get(target, prop) {
      if (prop === TARGET) return target;
      if (prop === 'toString') return () => cls;
      const v = Reflect.get(target, prop, target);
      if (typeof prop !== 'string' || typeof v !== 'function' || prop === 'constructor' || prop.startsWith('_'))
        return v;
      if (allow && !allow.has(prop)) return undefined;
      const key = `${cls}.${prop}`;
      return function wrapped(...args: unknown[]): unknown {
        before(key);
        const result = (v as (...a: unknown[]) => unknown).apply(target, args);
        return result === target ? proxy : result;
      };
    },
  });
  return proxy;
}
