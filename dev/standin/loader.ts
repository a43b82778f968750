/**
 * Runs the BUILT bundle (dist/Code.js) in a node:vm context whose only globals are
 * the stand-in's services plus ECMAScript built-ins, like Apps Script's V8 runtime:
 * no setTimeout, fetch, URL, TextEncoder, atob, require, process or Buffer.
 */
import { readFileSync } from 'fs';
import vm from 'vm';
import { fakeDateClass } from './clock';
import type { Workspace } from './index';

export interface LoadedBundle {
  /** Calls top-level function `fn` as one execution (locks still held afterwards count as leaks). */
  call<T = unknown>(fn: string, ...args: unknown[]): T;
  /**
   * Like `call`, but as google.script.run does it: arguments and the result must be
   * JSON-safe (no Date, function, undefined-in-array …) and cross as copies.
   */
  callFromClient<T = unknown>(fn: string, ...args: unknown[]): T;
  has(fn: string): boolean;
  context: Record<string, unknown>;
  topLevelFunctions(): string[];
}

/** Names Apps Script does not have; the test of the loader checks each is undefined inside. */
export const ABSENT_GLOBALS = [
  'setTimeout',
  'setInterval',
  'clearTimeout',
  'setImmediate',
  'queueMicrotask',
  'fetch',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'atob',
  'btoa',
  'require',
  'module',
  'exports',
  'process',
  'Buffer',
  'structuredClone',
  'window',
  'document',
];

function checkClientSafe(value: unknown, path: string): void {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkClientSafe(v, `${path}[${i}]`));
    return;
  }
  const tag = Object.prototype.toString.call(value);
  if (typeof value === 'object' && tag === '[object Object]') {
    for (const [k, v] of Object.entries(value as object)) if (v !== undefined) checkClientSafe(v, `${path}.${k}`);
    return;
  }
  throw new Error(
    `google.script.run tidak bisa mengirim ${tag === '[object Date]' ? 'Date' : typeof value} di ${path}; kirim string ISO/JSON.`,
  );
}

/** Loads `codePath` into a fresh vm context bound to `ws` and registers it as the trigger handler invoker. */
export function loadBundle(ws: Workspace, codePath = 'dist/Code.js'): LoadedBundle {
  const code = readFileSync(codePath, 'utf8');
  const sandbox: Record<string, unknown> = { ...ws.globals, Date: fakeDateClass(ws.clock) };
  const context = vm.createContext(sandbox, { name: 'Apps Script (stand-in)' });
  ws.ctx.errorClass = vm.runInContext('Error', context) as ErrorConstructor;
  vm.runInContext(code, context, { filename: codePath });
  const fnOf = (name: string): ((...a: unknown[]) => unknown) => {
    const f = context[name];
    if (typeof f !== 'function') throw ws.ctx.fail(`Script function not found: ${name}`);
    return f as (...a: unknown[]) => unknown;
  };
  ws.runner.setHandlerInvoker((name, event) => {
    fnOf(name)(event);
  });
  const bundle: LoadedBundle = {
    context,
    has: (fn) => typeof context[fn] === 'function',
    topLevelFunctions: () => [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]),
    call<T>(fn: string, ...args: unknown[]): T {
      try {
        return fnOf(fn)(...args) as T;
      } finally {
        ws.locks.endExecution();
      }
    },
    callFromClient<T>(fn: string, ...args: unknown[]): T {
      checkClientSafe(args, 'argumen');
      const result = bundle.call(fn, ...(JSON.parse(JSON.stringify(args)) as unknown[]));
      if (result === undefined) return undefined as T;
      checkClientSafe(result, 'hasil');
      return JSON.parse(JSON.stringify(result)) as T;
    },
  };
  return bundle;
}
