/**
 * Fake `LockService`. Each script project has its own locks; a lock belongs to the
 * execution that took it (test code outside any execution is the execution 'self').
 * Other executions are simulated with `holdBy`. Waiting advances the workspace clock.
 * The user lock is per user (the effective user), the document lock exists only in a
 * project bound to a document, as in Apps Script.
 */
import type { Ctx } from './context';

type GLock = GoogleAppsScript.Lock.Lock;
export type LockScope = 'script' | 'document' | 'user';

/** Apps Script caps a lock wait at 300 seconds. */
export const LOCK_MAX_WAIT_MS = 300_000;
const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';
/** The owner id of locks taken by test code outside any execution. */
const AMBIENT = 'self';

export interface LockState {
  /** Another execution `owner` holds the `scope` lock (default 'script') for `forMs` from now. */
  holdBy(owner: string, forMs: number, scope?: LockScope): void;
  /**
   * Ends execution `execId` (default: the test code's own, 'self'): releases what it still
   * holds in this project; each one counts as a leak. Returns how many.
   */
  endExecution(execId?: string): number;
  /** Locks left held by finished executions of this project since the workspace started. */
  leaked: number;
  /** True when the execution running now holds the `scope` lock of this project. */
  heldBySelf(scope?: LockScope): boolean;
  /** Holder per lock key ('script', 'document', 'user:<email>'). */
  holders: Map<string, { owner: string; until: number }>;
}

const currentOwner = (ctx: Ctx): string => ctx.frame()?.id ?? AMBIENT;
const keyOf = (ctx: Ctx, scope: LockScope): string => (scope === 'user' ? `user:${ctx.user.effective}` : scope);

/** Fresh lock state for one script project. */
export function createLockState(ctx: Ctx): LockState {
  const holders = new Map<string, { owner: string; until: number }>();
  const state: LockState = {
    holders,
    leaked: 0,
    holdBy(owner, forMs, scope = 'script') {
      const key = keyOf(ctx, scope);
      if (holders.get(key)?.owner === currentOwner(ctx))
        throw new Error(`Kunci ${scope} sedang dipegang kode yang diuji.`);
      holders.set(key, { owner, until: ctx.clock.now().getTime() + forMs });
    },
    endExecution(execId = AMBIENT) {
      let n = 0;
      for (const [key, h] of holders)
        if (h.owner === execId) {
          holders.delete(key);
          n++;
        }
      state.leaked += n;
      return n;
    },
    heldBySelf: (scope = 'script') => holders.get(keyOf(ctx, scope))?.owner === currentOwner(ctx),
  };
  return state;
}

class FakeLock implements Pick<GLock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  private acquired = false;
  constructor(
    private readonly ctx: Ctx,
    private readonly locks: LockState,
    private readonly scope: LockScope,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(timeoutInMillis, 'Lock.tryLock');
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(timeoutInMillis, 'Lock.waitLock')) throw this.ctx.fail(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    if (this.locks.heldBySelf(this.scope)) this.locks.holders.delete(keyOf(this.ctx, this.scope));
    this.acquired = false;
  }

  hasLock(): boolean {
    return this.acquired && this.locks.heldBySelf(this.scope);
  }

  private acquire(timeoutMs: number, key: string): boolean {
    if (!(timeoutMs >= 0) || timeoutMs > LOCK_MAX_WAIT_MS) throw this.ctx.fail('Invalid argument: timeoutInMillis');
    const { clock, faults } = this.ctx;
    if (faults.peekKind(key) === 'lockTimeout') {
      faults.take(key);
      clock.advance(timeoutMs);
      return false;
    }
    const now = clock.now().getTime();
    const owner = currentOwner(this.ctx);
    const holder = this.locks.holders.get(keyOf(this.ctx, this.scope));
    if (holder && holder.owner !== owner && holder.until > now) {
      const wait = holder.until - now;
      if (wait > timeoutMs) {
        clock.advance(timeoutMs);
        return false;
      }
      clock.advance(wait);
    }
    this.locks.holders.set(keyOf(this.ctx, this.scope), { owner, until: Infinity });
    this.acquired = true;
    return true;
  }
}

/** The `LockService` global of a project with `locks`; `bound` when the project has a container document. */
export function createLockService(ctx: Ctx, locks: LockState, bound = true): GoogleAppsScript.Lock.LockService {
  const open = (scope: LockScope): GLock => ctx.wrap(new FakeLock(ctx, locks, scope), 'Lock');
  return ctx.wrap(
    {
      getScriptLock: () => open('script'),
      getDocumentLock: () => (bound ? open('document') : (null as unknown as GLock)),
      getUserLock: () => open('user'),
    },
    'LockService',
  );
}
