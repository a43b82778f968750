/**
 * Fixtures of the phone pages' tests: a request detail as the sidebar gets it (the phone view's
 * input), and a phone environment over a test world whose code store and mailbox are in memory.
 */
import { createHmac } from 'crypto';
import type { PhoneEnv } from '../../src/app/phone-access';
import type { CodeRecord } from '../../src/core/official-link';
import { pageSigner } from '../../src/core/page-token';
import type { ActionDto, RequestDetailDto } from '../../src/shared/rpc';
import { world, type TestWorld } from './fakes';
import { memoryMailer } from './fakes-hourly';

/** The signer of the tests' links (HMAC-SHA256 over a fixed secret). */
export const testSigner = pageSigner((m, s) => [...createHmac('sha256', s).update(m).digest()], 'p'.repeat(40));

/** One action as the sidebar offers it: no inputs, not negative, unless told. */
export function action(over: Partial<ActionDto> = {}): ActionDto {
  return { id: 'setuju', label: 'Setujui', requires: [], negative: false, ...over };
}

/** A request detail with a few fields, no warnings, no actions and no history, unless told. */
export function detail(over: Partial<RequestDetailDto> = {}): RequestDetailDto {
  return {
    id: 'VC-2026-0007',
    title: 'Rapat Koordinasi',
    status: 'Menunggu Disposisi Kepala Dinas',
    stepLabel: 'Disposisi Kepala Dinas',
    version: 2,
    fields: [
      { label: 'Kegiatan', value: 'Rapat Koordinasi' },
      { label: 'Email pemohon', value: 'pemohon@contoh.go.id' },
      { label: 'Waktu', value: 'Senin, 30 November 2026 · 09.00–11.30 WIB' },
    ],
    warnings: [],
    problems: [],
    actions: [],
    timeline: [],
    operators: [],
    hosts: [],
    whatsapp: [],
    pending: [],
    ...over,
  };
}

/**
 * A phone environment over a fresh test world: `depsFor(email)` acts as `email`; codes live in
 * `codes`; mail goes to `mailer` (quota settable); `visitor` is who Google reveals ('' = nobody);
 * new codes come from `nextCodes` in order.
 */
export function phoneWorld(settings: Parameters<typeof world>[0] = {}): {
  w: TestWorld;
  env: PhoneEnv;
  codes: Map<string, CodeRecord>;
  mailer: ReturnType<typeof memoryMailer>;
  visitor: { email: string };
  nextCodes: string[];
} {
  const w = world({ officeName: 'Diskominfo Kota Contoh', officeEmail: 'layanan@kominfo.go.id', ...settings });
  const mailer = memoryMailer();
  w.deps.mailer = mailer;
  const codes = new Map<string, CodeRecord>();
  const visitor = { email: '' };
  const nextCodes = ['123456', '654321', '111111'];
  const env: PhoneEnv = {
    signer: testSigner,
    depsFor: (email) => {
      w.as(email);
      return w.deps;
    },
    visitor: () => visitor.email,
    codes: {
      get: (e) => codes.get(e) ?? null,
      put: (e, r) => void (r ? codes.set(e, r) : codes.delete(e)),
    },
    newCode: () => nextCodes.shift() ?? '000000',
  };
  return { w, env, codes, mailer, visitor, nextCodes };
}
