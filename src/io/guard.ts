/**
 * Turns an exception in a server function into a Result the sidebar can show,
 * in Indonesian, and logs it without secrets.
 */
import type { Result } from '../shared/rpc';
import { LockBusyError } from '../app/ports';

const SECRET_PATTERN =
  /(Bearer\s+)[A-Za-z0-9._~+/=-]+|(Basic\s+)[A-Za-z0-9+/=]+|(client_secret|access_token)["'=:\s]+[^"'&\s]+/gi;

/** Remove anything that looks like a credential from a message. */
export function scrubSecrets(text: string): string {
  return text.replace(SECRET_PATTERN, (_m, bearer, basic, key) => `${bearer ?? basic ?? `${key}=`}[disembunyikan]`);
}

/** Run `fn`; a thrown error becomes { ok: false, error } with an Indonesian message. */
export function guard<T>(fn: () => Result<T>): Result<T> {
  try {
    return fn();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.error(scrubSecrets(message));
    if (err instanceof LockBusyError) return { ok: false, error: err.message };
    return { ok: false, error: `Terjadi kesalahan: ${scrubSecrets(message)} Coba lagi; bila berulang, hubungi admin.` };
  }
}
