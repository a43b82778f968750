/**
 * A small world for the officials' notices (src/app/official-notices.ts): the Bandung preset, one
 * active official per role plus an inactive Kabid and a stand-in, a settable clock, the memory
 * mailer with its key ledger, and officials' links that name who and when.
 */
import { officialNoticeHandlers } from '../../src/app/official-notices';
import type { DeliveryContext } from '../../src/app/delivery-context';
import type { OfficialLinks } from '../../src/app/official-links';
import type { VcRequest } from '../../src/core/request';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { presetById } from '../../src/core/sop/presets';
import type { Delegation, UserRecord } from '../../src/core/users';
import { makeRequest } from '../core/sop/fixtures';
import { memoryMailer } from './fakes-hourly';

const person = (email: string, name: string, roles: string[], active = true): UserRecord => ({
  email,
  name,
  nip: '',
  roles,
  active,
  isAdmin: false,
});

const KEY = 'VC-2026-0001:v2:notify_role';
const DOC_KEY = 'VC-2026-0001:v2:ask_documentation';

/** Links that spell out whose link it is and from when, so a test can read them back. */
export function namedLinks(): OfficialLinks {
  return {
    step: (r, email, at) => `https://langkah.test/${r.id}/${email}/${at.toISOString()}`,
    tasks: (email, at) => `https://tugas.test/${email}/${at.toISOString()}`,
  };
}

/**
 * The notices' world; `ctx` reads `users`, `delegations` and `now` live, and `notify`/`askDocs` this
 * world's own copy of the preset, so a test may change any of them.
 */
export function noticeWorld(settings: Partial<Settings> = {}) {
  const s: Settings = { ...DEFAULT_SETTINGS, officeEmail: 'vicon@kominfo.go.id', ...settings };
  const now = { t: new Date('2026-03-16T01:00:00Z') };
  const users: UserRecord[] = [
    person('kadis@kominfo.go.id', 'Bu Kadis', ['kadis']),
    person('kabid@kominfo.go.id', 'Pak Kabid', ['kabid']),
    person('kabid.lama@kominfo.go.id', 'Kabid Lama', ['kabid'], false),
    person('subkoor@kominfo.go.id', 'Bu Subkoor', ['subkoor']),
    person('operator@kominfo.go.id', 'Mas Operator', ['operator']),
    person('staf@kominfo.go.id', 'Staf Umum', []),
  ];
  const delegations: Delegation[] = [];
  const clock = { now: () => now.t };
  const mailer = memoryMailer(clock);
  const ctx: DeliveryContext = {
    clock,
    settings: () => s,
    users: () => ({ users, delegations }),
  };
  const request = (over: Partial<VcRequest> = {}): VcRequest =>
    makeRequest({
      presetId: '000-bandung',
      stepId: 'disposisi_kabid',
      stepSince: '2026-03-15T23:30:00.000Z',
      version: 2,
      operator: '',
      ...over,
    });
  const handlers = () => officialNoticeHandlers(mailer, ctx);
  const preset = structuredClone(presetById('000-bandung')!);
  /** Runs the notify_role handler on `r` with `params` (key 'VC-2026-0001:v2:notify_role'). */
  const notify = (params: Record<string, string>, r = request()) =>
    handlers().notify_role!({ request: r, preset, effect: { kind: 'notify_role', key: KEY, params } });
  /** Runs the ask_documentation handler on `r` with `params`. */
  const askDocs = (params: Record<string, string>, r = request()) =>
    handlers().ask_documentation!({ request: r, preset, effect: { kind: 'ask_documentation', key: DOC_KEY, params } });
  return { s, now, users, delegations, mailer, ctx, preset, request, notify, askDocs };
}
