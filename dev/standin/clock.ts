/** The workspace's fake clock (a bundle's `Date` follows it: see script-date.ts). */

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
