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

/** Google's answer to someone the spreadsheet is not (or no longer) shared with. */
const NO_ACCESS = 'You do not have permission to access the requested document.';
/** What the panel says instead: Sheets stops sharing with an official when Pengguna deactivates them. */
const NO_ACCESS_MESSAGE =
  'Anda tidak memiliki akses ke spreadsheet Layanan Vicon ini. Bila Anda masih bertugas, minta admin mengaktifkan akun Anda di sheet Pengguna.';

/** Run `fn`; a thrown error becomes { ok: false, error } with an Indonesian message. */
export function guard<T>(fn: () => Result<T>): Result<T> {
  try {
    return fn();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.error(scrubSecrets(message));
    if (err instanceof LockBusyError) return { ok: false, error: err.message };
    if (message === NO_ACCESS) return { ok: false, error: NO_ACCESS_MESSAGE };
    return { ok: false, error: `Terjadi kesalahan: ${scrubSecrets(message)} Coba lagi; bila berulang, hubungi admin.` };
  }
}
