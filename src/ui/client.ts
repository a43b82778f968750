/// <reference lib="dom" />
/**
 * A typed promise wrapper around `google.script.run`, typed against ServerApi.
 * Only the minimal surface of `google.script.run` the sidebar uses is declared.
 */

import type { DocumentationApi, Result, ServerApi as OfficialApi } from '../shared/rpc';
import type { AdminApi } from '../shared/admin-rpc';

/** Every server function the sidebar may call (officials' and the admin wizard's). */
type ServerApi = OfficialApi & AdminApi & DocumentationApi;

/** The chaining runner `google.script.run` (each `with…` returns a runner). */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown, userObject?: unknown) => void): ScriptRunner;
  withUserObject(userObject: unknown): ScriptRunner;
  [serverFunction: string]: unknown;
}

interface GoogleGlobal {
  script?: { run?: ScriptRunner };
}

/** Text of anything a failure handler may receive, as an Indonesian-safe message. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  if (error && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return 'Terjadi kesalahan yang tidak diketahui. Coba lagi.';
}

function runner(): ScriptRunner {
  const g = (globalThis as { google?: GoogleGlobal }).google;
  const run = g?.script?.run;
  if (!run) throw new Error('Sidebar tidak terhubung ke Apps Script (google.script.run tidak tersedia).');
  return run;
}

/**
 * Calls server function `name` with `args`. Resolves with the server's return value;
 * rejects with an Error whose message is the failure's text (a thrown server error,
 * a lost connection, or a missing `google.script.run`).
 */
export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    try {
      const run = runner()
        .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
        .withFailureHandler((error) => reject(new Error(errorText(error))));
      const fn = run[name];
      if (typeof fn !== 'function') throw new Error(`Fungsi server "${name}" tidak ditemukan.`);
      fn.apply(run, args);
    } catch (error) {
      reject(new Error(errorText(error)));
    }
  });
}

/** The value of a Result, or a rejection with its Indonesian error. */
export function unwrap<T>(result: Result<T>): T {
  if (result && result.ok) return result.value;
  const error = result && !result.ok ? result.error : 'Jawaban server tidak terbaca. Muat ulang.';
  throw new Error(error);
}
