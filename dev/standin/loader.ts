/**
 * Runs a BUILT bundle (dist/Code.js) in a node:vm context whose only globals are
 * a script project's stand-in services plus ECMAScript built-ins, like Apps Script's V8
 * runtime: no setTimeout, fetch, URL, TextEncoder, atob, require, process or Buffer.
 * Every call is one execution of that project (see executions.ts).
 */
import { readFileSync } from 'fs';
import vm from 'vm';
import { type ExecutionKind, runExecution } from './executions';
import type { Workspace } from './index';
import type { Project } from './projects';
import { projectTimeZone, scriptDates } from './script-date';

export interface LoadedBundle {
  /**
   * Calls top-level function `fn` as one execution, as the workspace's current users
   * (ws.setActiveUser); locks still held afterwards count as leaks.
   */
  call<T = unknown>(fn: string, ...args: unknown[]): T;
  /** Like `call`, run by `email` (active = effective = `email`: a menu click, the editor's Run). */
  callAs<T = unknown>(email: string, fn: string, ...args: unknown[]): T;
  /**
   * Like `call`, but as google.script.run does it: arguments and the result must be
   * JSON-safe (no Date, function, undefined-in-array …) and cross as copies; a function
   * whose name ends with '_' is private and cannot be called.
   */
  callFromClient<T = unknown>(fn: string, ...args: unknown[]): T;
  /** Like `callFromClient`, from the sidebar of `email` (active = effective = `email`). */
  callFromClientAs<T = unknown>(email: string, fn: string, ...args: unknown[]): T;
  has(fn: string): boolean;
  context: Record<string, unknown>;
  topLevelFunctions(): string[];
  /** The project the bundle is loaded into. */
  project: Project;
}

export interface LoadOptions {
  /** The project to bind the bundle to; default the workspace's implicit project. */
  project?: Project;
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

/** google.script.run: private functions are absent on the client, values cross as JSON copies. */
function viaClient<T>(fn: string, args: unknown[], run: (copies: unknown[]) => unknown): T {
  if (fn.endsWith('_')) throw new TypeError(`google.script.run.${fn} is not a function`);
  checkClientSafe(args, 'argumen');
  const result = run(JSON.parse(JSON.stringify(args)) as unknown[]);
  if (result === undefined) return undefined as T;
  checkClientSafe(result, 'hasil');
  return JSON.parse(JSON.stringify(result)) as T;
}

/**
 * The top-level functions of a bundle: lines starting with `function name(`, and the empty
 * stubs gas-webpack-plugin writes one after another on the bundle's first line
 * (`function onOpen(){}function menuSetup(){}…`).
 */
function topLevelFunctions(code: string): string[] {
  return code.split('\n').flatMap((line) => {
    const stubs = /^(?:function \w+\(\)\{\})+/.exec(line)?.[0] ?? /^function \w+\(/.exec(line)?.[0] ?? '';
    return [...stubs.matchAll(/function (\w+)\(/g)].map((m) => m[1]);
  });
}

/** Loads `codePath` into a fresh vm context bound to `opts.project` (default the implicit one). */
export function loadBundle(ws: Workspace, codePath = 'dist/Code.js', opts: LoadOptions = {}): LoadedBundle {
  const project = opts.project ?? ws.project;
  const code = readFileSync(codePath, 'utf8');
  const dates = scriptDates(ws.clock, projectTimeZone(ws.ctx, project));
  project.adoptDate = dates.adopt;
  const sandbox: Record<string, unknown> = { ...project.globals, Date: dates.DateClass };
  const context = vm.createContext(sandbox, { name: `Apps Script (stand-in): ${project.name}` });
  project.errorClass = vm.runInContext('Error', context) as ErrorConstructor;
  if (project === ws.project) ws.ctx.errorClass = project.errorClass;
  vm.runInContext(code, context, { filename: codePath });
  const has = (fn: string): boolean => typeof context[fn] === 'function';
  const fnOf = (name: string): ((...a: unknown[]) => unknown) => {
    if (!has(name)) throw ws.ctx.fail(`Script function not found: ${name}`);
    return context[name] as (...a: unknown[]) => unknown;
  };
  Object.assign(project, {
    invoke: (name: string, ...args: unknown[]) => fnOf(name)(...args),
    has,
    bundleFile: codePath,
  });
  const run = (kind: ExecutionKind, active: string, effective: string, fn: string, args: unknown[]): unknown =>
    runExecution(ws.ctx, project, { kind, fn, active, effective }, () => fnOf(fn)(...args));
  const ambient = ws.ctx.ambient;
  return {
    context,
    project,
    has,
    topLevelFunctions: () => topLevelFunctions(code),
    call: <T>(fn: string, ...args: unknown[]) => run('call', ambient.active, ambient.effective, fn, args) as T,
    callAs: <T>(email: string, fn: string, ...args: unknown[]) => run('call', email, email, fn, args) as T,
    callFromClient: <T>(fn: string, ...args: unknown[]) =>
      viaClient<T>(fn, args, (copies) => run('client', ambient.active, ambient.effective, fn, copies)),
    callFromClientAs: <T>(email: string, fn: string, ...args: unknown[]) =>
      viaClient<T>(fn, args, (copies) => run('client', email, email, fn, copies)),
  };
}
