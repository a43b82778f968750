/**
 * Fake `LockService`. The code under test is one execution ('self'); other
 * executions are simulated with `holdBy`. Waiting advances the workspace clock.
 */
import type { Ctx } from './context';

type GLock = GoogleAppsScript.Lock.Lock;
export type LockScope = 'script' | 'document' | 'user';

/** Apps Script caps a lock wait at 300 seconds. */
export const LOCK_MAX_WAIT_MS = 300_000;
const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export interface LockState {
  /** Another execution `owner` holds the `scope` lock (default 'script') for `forMs` from now. */
  holdBy(owner: string, forMs: number, scope?: LockScope): void;
  /** Ends the current execution: releases what it still holds; each one counts as a leak. Returns how many. */
  endExecution(): number;
  /** Locks left held by finished executions since the workspace started. */
  leaked: number;
  /** True when the code under test currently holds the `scope` lock. */
  heldBySelf(scope?: LockScope): boolean;
  holders: Map<LockScope, { owner: string; until: number }>;
}

/** Fresh lock state for a workspace. */
export function createLockState(ctx: Ctx): LockState {
  const holders = new Map<LockScope, { owner: string; until: number }>();
  const state: LockState = {
    holders,
    leaked: 0,
    holdBy(owner, forMs, scope = 'script') {
      if (holders.get(scope)?.owner === 'self') throw new Error(`Kunci ${scope} sedang dipegang kode yang diuji.`);
      holders.set(scope, { owner, until: ctx.clock.now().getTime() + forMs });
    },
    endExecution() {
      let n = 0;
      for (const [scope, h] of holders)
        if (h.owner === 'self') {
          holders.delete(scope);
          n++;
        }
      state.leaked += n;
      return n;
    },
    heldBySelf: (scope = 'script') => holders.get(scope)?.owner === 'self',
  };
  return state;
}

class FakeLock implements Pick<GLock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  private acquired = false;
  constructor(
    private readonly ctx: Ctx,
    private readonly scope: LockScope,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(timeoutInMillis, 'Lock.tryLock');
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(timeoutInMillis, 'Lock.waitLock')) throw this.ctx.fail(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    if (this.ctx.locks.heldBySelf(this.scope)) this.ctx.locks.holders.delete(this.scope);
    this.acquired = false;
  }

  hasLock(): boolean {
    return this.acquired && this.ctx.locks.heldBySelf(this.scope);
  }

  private acquire(timeoutMs: number, key: string): boolean {
    if (!(timeoutMs >= 0) || timeoutMs > LOCK_MAX_WAIT_MS) throw this.ctx.fail('Invalid argument: timeoutInMillis');
    const { clock, locks, faults } = this.ctx;
    if (faults.peekKind(key) === 'lockTimeout') {
      faults.take(key);
      clock.advance(timeoutMs);
      return false;
    }
    const now = clock.now().getTime();
    const holder = locks.holders.get(this.scope);
    if (holder && holder.owner !== 'self' && holder.until > now) {
      const wait = holder.until - now;
      if (wait > timeoutMs) {
        clock.advance(timeoutMs);
        return false;
      }
      clock.advance(wait);
    }
    locks.holders.set(this.scope, { owner: 'self', until: Infinity });
    this.acquired = true;
    return true;
  }
}

/** The `LockService` global. */
export function createLockService(ctx: Ctx): GoogleAppsScript.Lock.LockService {
  const open = (scope: LockScope): GLock => ctx.wrap(new FakeLock(ctx, scope), 'Lock');
  return ctx.wrap(
    {
      getScriptLock: () => open('script'),
      getDocumentLock: () => open('document'),
      getUserLock: () => open('user'),
    },
    'LockService',
  );
}
