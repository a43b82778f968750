/**
 * The shared state every fake service reads: counters, faults, clock, log lines,
 * users, registries of spreadsheets, forms and script projects, triggers, and the stack
 * of executions running now. Services are created with a `Ctx` and never touch each
 * other's internals except through it.
 */
import { type CallLog, type FaultStore, createCallLog, createFaults, faultMessage } from './calls';
import { type CallTrace, cellsOf, createTrace, urlOf } from './trace';
import { type FakeClock, createClock } from './clock';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeForm } from './form';
import type { TriggerStore } from './triggers';
import type { UiState } from './ui';
import type { LockState } from './lock';
import type { Project } from './projects';
import type { ExecutionRecord } from './executions';

const TARGET = Symbol('standin.target');

/** Who a piece of code runs as: the person at the keyboard and the account whose rights it uses. */
export interface Users {
  active: string;
  effective: string;
}

/** One execution on the stack (the innermost is the one running now). */
export interface ExecFrame {
  id: string;
  projectId: string;
  user: Users;
  /** The Error class of the bundle being executed, for errors the stand-in throws into it. */
  errorClass?: ErrorConstructor;
}

export interface Ctx {
  calls: CallLog & { add(key: string, cells?: { read: number; written: number }): void };
  /** The ordered record of calls a latency model reads (recording only while started). */
  trace: CallTrace;
  faults: FaultStore;
  clock: FakeClock;
  /** Every Logger/console line, in order. */
  logs: string[];
  scriptTimeZone: string;
  /** Where HtmlService reads files: the running project's folder, else the workspace's. */
  htmlDir: string;
  isAddon: boolean;
  /** The users of the execution running now, or `ambient` outside any execution. */
  readonly user: Users;
  /** Who test code runs as outside an execution (and who `bundle.call` runs as). */
  ambient: Users;
  /** Executions running now, outermost first. */
  frames: ExecFrame[];
  /** Every execution that started, in order (Apps Script's "Executions" page). */
  executionLog: ExecutionRecord[];
  spreadsheets: Map<string, FakeSpreadsheet>;
  forms: Map<string, FakeForm>;
  /** Script projects by script id; `implicitProjectId` is the one the default globals belong to. */
  projects: Map<string, Project>;
  implicitProjectId: string;
  triggers: TriggerStore;
  ui: UiState;
  /** The implicit project's locks (each project has its own; see Project.locks). */
  locks: LockState;
  /** Heard before every wrapped call (per-project call record, scope check); set by index.ts. */
  onCall?: (key: string, target: object) => void;
  /** Error constructor used outside executions (the loader sets the implicit bundle's own). */
  errorClass: ErrorConstructor;
  wrap<T>(obj: object, cls: string, allow?: ReadonlySet<string>): T;
  unwrap<T>(obj: unknown): T;
  fail(message: string): Error;
  nextId(kind: string): string;
  /** The innermost running execution, if any. */
  frame(): ExecFrame | undefined;
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
  const trace = createTrace();
  const faults = createFaults();
  const counters = new Map<string, number>();
  let htmlDir = o.htmlDir;
  const ctx = {
    calls,
    trace,
    faults,
    clock: createClock(o.now),
    logs: [] as string[],
    scriptTimeZone: o.timeZone,
    get htmlDir(): string {
      const project = ctx.projects.get(ctx.frame()?.projectId ?? ctx.implicitProjectId);
      return project?.htmlDir ?? htmlDir;
    },
    set htmlDir(dir: string) {
      htmlDir = dir;
    },
    isAddon: o.isAddon,
    ambient: { active: o.activeUser, effective: o.effectiveUser },
    frames: [] as ExecFrame[],
    executionLog: [] as ExecutionRecord[],
    get user(): Users {
      return ctx.frame()?.user ?? ctx.ambient;
    },
    spreadsheets: new Map(),
    forms: new Map(),
    projects: new Map(),
    implicitProjectId: '',
    errorClass: Error,
    frame: () => ctx.frames[ctx.frames.length - 1],
    fail(message: string): Error {
      return new (ctx.frame()?.errorClass ?? ctx.errorClass)(message);
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
      return makeProxy(obj, cls, allow, trace, (key, target, args) => {
        const touched = cellsOf(key, target, args);
        calls.add(key, touched);
        if (trace.recording) {
          const frame = ctx.frame();
          trace.push({
            key,
            projectId: frame?.projectId ?? ctx.implicitProjectId,
            execId: frame?.id ?? '',
            ...touched,
            url: urlOf(key, args),
            clockMs: ctx.clock.now().getTime(),
          });
        }
        ctx.onCall?.(key, target);
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
  meter: CallTrace,
  before: (key: string, target: object, args: unknown[]) => void,
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
        meter.enterCall();
        try {
          before(key, target, args);
          const result = (v as (...a: unknown[]) => unknown).apply(target, args);
          return result === target ? proxy : result;
        } finally {
          meter.exitCall();
        }
      };
    },
  });
  return proxy;
}
