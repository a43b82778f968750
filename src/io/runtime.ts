/**
 * Small ports over Apps Script runtime services: the clock, the script lock
 * and the caller's identity.
 */
import { LockBusyError, type Clock, type Identity, type ScriptLock } from '../app/ports';

/** Default wait for the script lock. Well under the 30 s simple-trigger and 6 min limits. */
export const LOCK_TIMEOUT_MS = 20000;

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** The script lock; always released in finally. */
export const scriptLock: ScriptLock = {
  run<T>(fn: () => T, timeoutMs = LOCK_TIMEOUT_MS): T {
    const lock = LockService.getScriptLock();
    if (!lock.tryLock(timeoutMs)) throw new LockBusyError();
    try {
      return fn();
    } finally {
      lock.releaseLock();
    }
  },
};

/**
 * The script lock, which first has `forget` drop what this execution read of the sheets that
 * other executions write (the index, the Riwayat head), so what it writes under the lock starts
 * from what is there now; `after` is also dropped when the lock is released (what is only
 * trustworthy while it is held).
 */
export function freshLock(forget: Array<() => void>, after: Array<() => void> = []): ScriptLock {
  return {
    run<T>(fn: () => T, timeoutMs?: number): T {
      return scriptLock.run(() => {
        forget.forEach((f) => f());
        after.forEach((f) => f());
        try {
          return fn();
        } finally {
          after.forEach((f) => f());
        }
      }, timeoutMs);
    },
  };
}

/** The active user as Google reports it ('' when it will not say). */
export const sessionIdentity: Identity = {
  activeUserEmail: () => {
    try {
      return Session.getActiveUser().getEmail() || '';
    } catch {
      return '';
    }
  },
};
