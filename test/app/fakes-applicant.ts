/**
 * Small fakes and walks for the applicant's own pages (status page, cancel) and the follow-up of
 * letters without email: a request walked through the Bandung flow, the page context a verified
 * signed link gives, effect handlers that record what ran, and a delivery context over a user list.
 */
import { performStep } from '../../src/app/act';
import type { DeliveryContext } from '../../src/app/delivery-context';
import { intake } from '../../src/app/intake';
import type { PageContext } from '../../src/app/page-router';
import type { EffectHandlers } from '../../src/app/ports';
import type { VcRequest } from '../../src/core/request';
import { parseTrail } from '../../src/core/trail';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { EffectKind } from '../../src/core/sop/types';
import type { Delegation, UserRecord } from '../../src/core/users';
import type { ActionRequestDto } from '../../src/shared/rpc';
import { validAnswers } from '../fixtures/answers';
import { memoryHistory, type TestWorld } from './fakes';

/** Submits a form answer set (with `over`) and returns the new request's number. */
export function submitted(w: TestWorld, over: Record<string, string> = {}): string {
  return intake(w.deps, {
    answers: validAnswers(over),
    responseRef: `r${w.register.rows.length}`,
    receivedAt: w.now.t,
    source: 'form',
  }).id;
}

/** `role` clicks `action` on `id` (throws the refusal). */
export function click(w: TestWorld, role: string, id: string, action: string, input: ActionRequestDto['input'] = {}) {
  w.as(`${role}@kominfo.go.id`);
  const version = w.register.rows.find((r) => r.id === id)!.version;
  const result = performStep(w.deps, { requestId: id, action, expectedVersion: version, input });
  if (!result.ok) throw new Error(result.error);
}

/** The Register row of `id` as stored (a live reference: edit it to set up a case). */
export const rowOf = (w: TestWorld, id: string): VcRequest => w.register.rows.find((r) => r.id === id)!;

/** Effect handlers that all succeed; `ran` lists 'kind key' in the order they ran. */
export function doneHandlers(): EffectHandlers & { ran: string[] } {
  const ran: string[] = [];
  const kinds: EffectKind[] = ['release', 'cancel_meeting', 'notify_applicant', 'notify_role', 'reserve', 'send_link'];
  const handlers: EffectHandlers = Object.fromEntries(
    kinds.map((k) => [
      k,
      ({ effect }: { effect: { key: string } }) => {
        ran.push(`${k} ${effect.key}`);
        return { status: 'done' as const, note: 'terkirim' };
      },
    ]),
  );
  return Object.assign(handlers, { ran });
}

/** The context a verified signed status link gives the page for `ref`. */
export function statusContext(ref: string, now: Date, params: Record<string, string> = {}): PageContext {
  return {
    claim: { page: 'status', ref },
    token: 'tok-' + ref,
    params: { p: 'status', r: ref, t: 'tok-' + ref, ...params },
    selfUrl: 'https://script.google.com/macros/s/ENGINE/exec',
    now,
  };
}

/** A delivery context over `users` and `delegations` at `now`, with the office's `settings`. */
export function deliveryContext(
  users: UserRecord[],
  now: Date,
  settings: Partial<Settings> = {},
  delegations: Delegation[] = [],
): DeliveryContext {
  const s: Settings = { ...DEFAULT_SETTINGS, ...settings };
  return { clock: { now: () => now }, settings: () => s, users: () => ({ users, delegations }) };
}

/**
 * Riwayat in memory that reads like the real store (io/history-store.ts): with a trail, only the rows
 * it names; without one, the whole request-number column first. `rowsRead` counts the rows read.
 */
export function trailHistory(): ReturnType<typeof memoryHistory> & { rowsRead: number } {
  const h = Object.assign(memoryHistory(), { rowsRead: 0 });
  h.forRequest = (id: string, trail: string) => {
    const rows = parseTrail(trail).flatMap((s) => Array.from({ length: s.last - s.first + 1 }, (_, i) => s.first + i));
    if (rows.length === 0) h.rowsRead += h.records.length;
    const wanted = rows.length > 0 ? rows : h.records.flatMap((r, i) => (r.requestId === id ? [i + 2] : []));
    h.rowsRead += wanted.length;
    const records = wanted.map((row) => h.records[row - 2]).filter((r) => r?.requestId === id);
    return { records, unreadable: 0 };
  };
  return h;
}
