/**
 * Small stateful fakes of what the hourly run's timed work touches (anchor mail, capacity warning,
 * upkeep, holidays): mail, Script Properties, the spreadsheet's size, and a script lock that counts
 * its runs and can be busy.
 */
import {
  LockBusyError,
  type KeyValuePort,
  type MailerPort,
  type ScriptLock,
  type SpacePort,
} from '../../src/app/ports';
import type { Capacity } from '../../src/core/capacity';

/** Script Properties in memory (the scheduled runs' small state). */
export function memoryState(): KeyValuePort & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: (k) => values.get(k) ?? null,
    set: (k, v) => void values.set(k, v),
    remove: (k) => void values.delete(k),
  };
}

/** One mail as the app hands it to the mailer. */
export type SentMail = Parameters<MailerPort['send']>[0];

/**
 * Outgoing mail in memory, like the real mailer (io/mailer.ts): `sent` holds what went out; while
 * `quotaLeft` is 0 a send returns 'quota' and sends nothing; a mail with a key already sent with the
 * same key, recipients, subject and text within 6 hours (by `clock`, when given) is answered 'sent' and
 * not sent again.
 */
export function memoryMailer(clock?: { now(): Date }): MailerPort & { sent: SentMail[]; quotaLeft: number } {
  const ledger = new Map<string, number>();
  const m = {
    sent: [] as SentMail[],
    quotaLeft: Infinity,
    send(mail: SentMail): 'sent' | 'quota' {
      const now = clock?.now().getTime() ?? 0;
      const entry = clock && mail.key ? [mail.key, mail.to, mail.subject, mail.text].join('|') : '';
      if (entry && now - (ledger.get(entry) ?? -Infinity) < 6 * 3_600_000) return 'sent';
      if (m.quotaLeft <= 0) return 'quota';
      m.quotaLeft--;
      m.sent.push(structuredClone(mail));
      if (entry) ledger.set(entry, now);
      return 'sent';
    },
    officeUrl: () => 'https://docs.google.com/spreadsheets/d/kantor',
  };
  return m;
}

/** The spreadsheet's size: `cells` in use, requests taken since `firstReceived`; `measures` counts the counting. */
export function memorySpace(
  cells: number,
  firstReceived: Date | null,
): SpacePort & { last: Capacity | null; measures: number } {
  const s = {
    last: null as Capacity | null,
    measures: 0,
    measured: () => s.last,
    measure: () => (s.measures++, { cells, firstReceived }),
    record: (c: Capacity) => void (s.last = c),
  };
  return s;
}

/**
 * The script lock. `runs` counts the times it was held; `busyOn` lists the run numbers (1-based)
 * that find it busy (LockBusyError); `meanwhile` holds what other executions do while this one
 * waits: each run first lets the next of them finish.
 */
export function countingLock(): ScriptLock & { runs: number; busyOn: number[]; meanwhile: Array<() => void> } {
  const lock = {
    runs: 0,
    busyOn: [] as number[],
    meanwhile: [] as Array<() => void>,
    run<T>(fn: () => T): T {
      lock.runs++;
      if (lock.busyOn.includes(lock.runs)) throw new LockBusyError();
      lock.meanwhile.shift()?.();
      return fn();
    },
  };
  return lock;
}
