/**
 * A local stand-in for the browser half of `google.script.run`, for the browser
 * tests (Playwright `exposeFunction`) and the playground (HTTP). It copies the real
 * semantics that matter: each with…() returns a new runner, calls are asynchronous,
 * arguments and results cross as JSON, a Date (or function) argument throws at
 * once, and a result containing a Date arrives as null.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { SERVER_API_NAMES } from '../src/shared/rpc';
import { ADMIN_API_NAMES } from '../src/shared/admin-rpc';
import { DOCUMENTATION_API_NAMES } from '../src/shared/rpc';

/** How the page reaches the server: a Playwright-exposed function, or HTTP POST. */
export type ShimTransport = 'exposed' | 'http';

/** Options of shimScript. */
export interface ShimOptions {
  /** Default 'exposed': calls `window[exposedName](name, argsJson)` → Promise<envelope JSON>. */
  transport?: ShimTransport;
  /** For 'http': POST `${endpoint}/${name}` with the args JSON as body; default '/__gas'. */
  endpoint?: string;
  /** For 'exposed': the window function's name; default '__gasInvoke'. */
  exposedName?: string;
  /** Server function names the runner offers (others are not functions, like the real one). Default: every sidebar-callable name (officials', documentation, admin wizard). */
  functions?: readonly string[];
}

/** The server side: runs server function `name` with `args` (may throw, may be async). */
export type ServerInvoke = (name: string, args: unknown[]) => unknown;

/** What crosses the transport: the JSON text of one of these. */
export type ShimEnvelope =
  { ok: true; value: unknown; warning?: string } | { ok: false; error: { name: string; message: string } };

/**
 * The path of the first Date or function inside `value`, or null when it is plain JSON data.
 * Dates are recognised across realms (a bundle running in node:vm has its own Date).
 */
export function findIllegalValue(value: unknown, path = '', seen = new Set<unknown>()): string | null {
  if (Object.prototype.toString.call(value) === '[object Date]' || typeof value === 'function')
    return path || '(nilai)';
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    const found = findIllegalValue(child, path ? `${path}.${key}` : key, seen);
    if (found) return found;
  }
  return null;
}

/**
 * Runs one call for the shim: parses `argsJson`, awaits `invoke(name, args)` and returns
 * the envelope as JSON text. A thrown error becomes { ok: false, error }; a result that
 * contains a Date becomes null (as the real google.script.run does) with a warning.
 */
export async function handleShimCall(invoke: ServerInvoke, name: string, argsJson: string): Promise<string> {
  let envelope: ShimEnvelope;
  try {
    const args = JSON.parse(argsJson) as unknown[];
    const result = await invoke(name, Array.isArray(args) ? args : []);
    const illegal = findIllegalValue(result);
    envelope = illegal
      ? {
          ok: true,
          value: null,
          warning: `${name} mengembalikan Date/fungsi di ${illegal}; google.script.run memberi null.`,
        }
      : { ok: true, value: result === undefined ? null : result };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    envelope = { ok: false, error: { name: e.name, message: e.message } };
  }
  return JSON.stringify(envelope);
}

/**
 * A Node http handler for the 'http' transport: answers POST `${endpoint}/${name}`
 * and returns true, or returns false (untouched) for any other request.
 */
export function createShimRequestHandler(invoke: ServerInvoke, endpoint = '/__gas') {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const prefix = `${endpoint}/`;
    if (req.method !== 'POST' || !req.url || !req.url.startsWith(prefix)) return false;
    const name = decodeURIComponent(req.url.slice(prefix.length).split('?')[0]);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void handleShimCall(invoke, name, Buffer.concat(chunks).toString('utf8')).then((text) => {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(text);
      });
    });
    return true;
  };
}

/**
 * JavaScript source that defines `window.google.script.run` in a page. Inject it before
 * the sidebar runs (Playwright `page.addInitScript`, or a <script> for the playground).
 */
export function shimScript(options: ShimOptions = {}): string {
  const config = {
    transport: options.transport ?? 'exposed',
    endpoint: options.endpoint ?? '/__gas',
    exposedName: options.exposedName ?? '__gasInvoke',
    functions: options.functions ?? [...SERVER_API_NAMES, ...DOCUMENTATION_API_NAMES, ...ADMIN_API_NAMES],
  };
  return `(function (config) {\n${BROWSER_SHIM}\n})(${JSON.stringify(config)});`;
}

const BROWSER_SHIM = String.raw`
  function illegalPath(value, path, seen) {
    if (Object.prototype.toString.call(value) === '[object Date]' || typeof value === 'function') return path || '0';
    if (value === null || typeof value !== 'object' || seen.indexOf(value) >= 0) return null;
    seen.push(value);
    for (var key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      var found = illegalPath(value[key], path ? path + '.' + key : key, seen);
      if (found) return found;
    }
    return null;
  }
  function send(name, argsJson) {
    if (config.transport === 'exposed') return Promise.resolve(window[config.exposedName](name, argsJson));
    return fetch(config.endpoint + '/' + encodeURIComponent(name), {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: argsJson,
    }).then(function (response) {
      if (!response.ok) throw new Error('NetworkError: Connection failure due to HTTP ' + response.status);
      return response.text();
    });
  }
  function later(fn) { setTimeout(fn, 0); }
  function run(name, args, h) {
    var illegal = illegalPath(args, '', []);
    if (illegal) throw new Error('Failed due to illegal value in property: ' + illegal);
    var argsJson = JSON.stringify(args);
    send(name, argsJson).then(function (text) {
      var envelope = JSON.parse(text);
      if (envelope.warning) console.warn('[google.script.run shim] ' + envelope.warning);
      if (envelope.ok) return later(function () { if (h.success) h.success(envelope.value, h.userObject); });
      var error = new Error(envelope.error.message);
      error.name = envelope.error.name;
      later(function () { if (h.failure) h.failure(error, h.userObject); else console.error(error); });
    }, function (cause) {
      var error = cause instanceof Error ? cause : new Error(String(cause));
      later(function () { if (h.failure) h.failure(error, h.userObject); else console.error(error); });
    });
  }
  function runner(h) {
    var r = {
      withSuccessHandler: function (fn) { return runner({ success: fn, failure: h.failure, userObject: h.userObject }); },
      withFailureHandler: function (fn) { return runner({ success: h.success, failure: fn, userObject: h.userObject }); },
      withUserObject: function (obj) { return runner({ success: h.success, failure: h.failure, userObject: obj }); },
    };
    config.functions.forEach(function (name) {
      r[name] = function () { run(name, Array.prototype.slice.call(arguments), h); };
    });
    return r;
  }
  window.google = window.google || {};
  window.google.script = window.google.script || {};
  window.google.script.run = runner({ success: null, failure: null, userObject: undefined });
`;
