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

/** Something kept only while the script lock is held: begun when it is taken, ended as it is released. */
export interface Held {
  begin(): void;
  end(): void;
}

/** End each of `held` (every one, even after one fails); the first failure is rethrown. */
function endAll(held: Held[]): void {
  const failures: unknown[] = [];
  for (const h of held) {
    try {
      h.end();
    } catch (err) {
      failures.push(err);
    }
  }
  if (failures.length > 0) throw failures[0];
}

/**
 * The script lock, which first has `forget` drop what this execution read of the sheets that
 * other executions write (the index, the Riwayat head), so what it writes under the lock starts
 * from what is there now; each of `held` is begun when the lock is taken and ended (in `finally`)
 * before it is released (the outermost hold only, when a use case takes the lock inside another).
 */
export function freshLock(forget: Array<() => void>, held: Held[] = []): ScriptLock {
  let depth = 0;
  return {
    run<T>(fn: () => T, timeoutMs?: number): T {
      return scriptLock.run(() => {
        if (depth++ > 0) return runInner(fn, () => depth--);
        forget.forEach((f) => f());
        held.forEach((h) => h.begin());
        try {
          return fn();
        } finally {
          depth--;
          endAll(held);
        }
      }, timeoutMs);
    },
  };
}

/** A hold inside a hold (the lock is re-entrant): what the outer one began stays begun. */
function runInner<T>(fn: () => T, done: () => void): T {
  try {
    return fn();
  } finally {
    done();
  }
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
