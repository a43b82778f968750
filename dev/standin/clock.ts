/** The workspace's fake clock, and a `Date` class that follows it (for the vm). */

export interface FakeClock {
  now(): Date;
  set(d: Date): void;
  advance(ms: number): void;
}

/** A fixed default start: Monday 6 January 2025, 09:00 WIB. */
export const DEFAULT_NOW = new Date('2025-01-06T02:00:00.000Z');

/** A clock that only moves when told to (`set`, `advance`, or a fake wait). */
export function createClock(start: Date = DEFAULT_NOW): FakeClock {
  let ms = start.getTime();
  return {
    now: () => new Date(ms),
    set: (d) => {
      ms = d.getTime();
    },
    advance: (delta) => {
      if (!(delta >= 0)) throw new Error(`Jam palsu hanya bisa maju (diminta ${delta} ms).`);
      ms += delta;
    },
  };
}

/**
 * A `Date` constructor whose zero-argument form, `Date()` call form and `Date.now()`
 * read `clock`. Instances are ordinary Dates (`instanceof` works both ways), other
 * arguments and statics (`UTC`, `parse`) behave as usual.
 */
export function fakeDateClass(clock: FakeClock): DateConstructor {
  const RealDate = Date;
  function FakeDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new RealDate(clock.now().getTime()).toString();
    const ctorArgs = args.length === 0 ? [clock.now().getTime()] : args;
    return Reflect.construct(RealDate, ctorArgs, new.target);
  }
  Object.setPrototypeOf(FakeDate, RealDate);
  FakeDate.prototype = RealDate.prototype;
  Object.defineProperty(FakeDate, 'now', { value: () => clock.now().getTime(), writable: true, configurable: true });
  Object.defineProperty(FakeDate, 'name', { value: 'Date' });
  return FakeDate as unknown as DateConstructor;
}
