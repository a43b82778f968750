import { gas } from './helpers';

describe('LockService', () => {
  it('acquires a free lock at once and releases it', () => {
    const { LockService, ws } = gas();
    const lock = LockService.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(ws.locks.endExecution()).toBe(0);
  });

  it('waits for another execution on the fake clock and gets the lock when it ends in time', () => {
    const { LockService, ws } = gas();
    const t0 = ws.clock.now().getTime();
    ws.locks.holdBy('other', 3000);
    const lock = LockService.getScriptLock();
    lock.waitLock(5000);
    expect(lock.hasLock()).toBe(true);
    expect(ws.clock.now().getTime() - t0).toBe(3000);
  });

  it('times out: tryLock returns false, waitLock throws the real message; the clock moves by the timeout', () => {
    const { LockService, ws } = gas();
    ws.locks.holdBy('other', 60_000);
    const t0 = ws.clock.now().getTime();
    expect(LockService.getScriptLock().tryLock(1000)).toBe(false);
    expect(ws.clock.now().getTime() - t0).toBe(1000);
    expect(() => LockService.getScriptLock().waitLock(10_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('counts locks a finished execution left held as leaks', () => {
    const { LockService, ws } = gas();
    LockService.getScriptLock().waitLock(100);
    LockService.getUserLock().waitLock(100);
    expect(ws.locks.endExecution()).toBe(2);
    expect(ws.locks.leaked).toBe(2);
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  it("a 'lockTimeout' fault forces the timeout path once", () => {
    const { LockService, ws } = gas();
    ws.faults.inject('Lock.waitLock', { kind: 'lockTimeout', times: 1 });
    const lock = LockService.getScriptLock();
    expect(() => lock.waitLock(2000)).toThrow(/Lock timeout/);
    expect(() => lock.waitLock(2000)).not.toThrow();
    expect(ws.calls.count('Lock.waitLock')).toBe(2);
  });
});
