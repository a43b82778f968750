/**
 * Small fakes and walks for the applicant's own pages (status page, cancel) and the follow-up of
 * letters without email: a request walked through the Bandung flow, the page context a verified
 * signed link gives, effect handlers that record what ran, and a delivery context over a user list.
 */
import { performStep } from '../../src/app/act';
import type { DeliveryContext } from '../../src/app/delivery-context';
import { intake } from '../../src/app/intake';
import type { PageContext } from '../../src/app/page-router';
import { statusRoute } from '../../src/app/status-page';
import type { PageView } from '../../src/core/page-html';
import type { EffectHandlers } from '../../src/app/ports';
import type { VcRequest } from '../../src/core/request';
import { parseTrail } from '../../src/core/trail';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { EffectKind } from '../../src/core/sop/types';
import type { Delegation, UserRecord } from '../../src/core/users';
import type { ActionRequestDto } from '../../src/shared/rpc';
import { validAnswers } from '../fixtures/answers';
import { memoryHistory, world, type TestWorld } from './fakes';

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
    selfUrl: SELF,
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

/* The status page as the applicant sees it (read from its HTML), and a world to drive it. */

/** The engine's web-app address the status context gives. */
export const SELF = 'https://script.google.com/macros/s/ENGINE/exec';

/** The page's fact table as [label, value] pairs (the first table on the page). */
export function facts(v: PageView): Array<[string, string]> {
  const table = /<table>(.*?)<\/table>/.exec(v.html)![1];
  return [...table.matchAll(/<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
}
/** The value of the fact labelled `label`. */
export const fact = (v: PageView, label: string) => facts(v).find(([k]) => k === label)?.[1];
/** The story's entries as [when, what]. */
export const story = (v: PageView) =>
  [...v.html.matchAll(/<li><strong>(.*?)<\/strong>: (.*?)<\/li>/g)].map((m) => [m[1], m[2]]);
/** Each form on the page: its hidden fields and its button's label. */
export function forms(v: PageView): Array<{ action: string; fields: Record<string, string>; label: string }> {
  return [...v.html.matchAll(/<form method="post" action="([^"]*)" target="_top">(.*?)<\/form>/g)].map((m) => {
    const fields = Object.fromEntries(
      [...m[2].matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((f) => [f[1], f[2]]),
    );
    return { action: m[1], fields, label: /<button[^>]*>(.*?)<\/button>/.exec(m[2])![1] };
  });
}
/** The answer shown on top: [class, text], or null. */
export const notice = (v: PageView) => /^<p class="(ok|note)" role="status">(.*?)<\/p>/.exec(v.html)?.slice(1) ?? null;

/** A world with one submitted request and its status page: `show` (GET) and `act` (POST). */
export function statusSetup(over: Record<string, string> = {}) {
  const w = world();
  const id = submitted(w, over);
  const route = statusRoute(w.deps);
  const show = (ref = id) => route.show(statusContext(ref, w.now.t));
  const act = (params: Record<string, string>, ref = id) => route.act!(statusContext(ref, w.now.t, params));
  return { w, id, show, act };
}

/** Walks `id` to the Subkoor's decision and offers 1 December, 13.00–15.30. */
export function offer(w: TestWorld, id: string): void {
  click(w, 'kadis', id, 'disposisi');
  click(w, 'kabid', id, 'disposisi');
  click(w, 'subkoor', id, 'terima');
  click(w, 'subkoor', id, 'tawarkan_alternatif', { alternative: { date: '2026-12-01', start: '13:00', end: '15:30' } });
}

/** What the store holds: every row and every history entry. */
export const snapshot = (w: TestWorld) => structuredClone({ rows: w.register.rows, history: w.history.records });
/** The cancel button's form for `id` (the status context's token). */
export const CANCEL_FORM = (id: string) => ({
  action: SELF,
  fields: { p: 'status', r: id, t: `tok-${id}`, a: 'batal' },
  label: 'Batalkan permohonan',
});
