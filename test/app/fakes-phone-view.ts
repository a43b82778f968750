/**
 * Fixtures of the phone pages' tests: a request detail as the sidebar gets it (the phone view's
 * input), and a phone environment over a test world whose code store and mailbox are in memory.
 */
import { createHmac } from 'crypto';
import { intake } from '../../src/app/intake';
import type { PageContext } from '../../src/app/page-router';
import { stepLink, type PhoneEnv } from '../../src/app/phone-access';
import { tasksClaim, type CodeRecord } from '../../src/core/official-link';
import { pageSigner } from '../../src/core/page-token';
import type { ActionDto, RequestDetailDto } from '../../src/shared/rpc';
import { validAnswers } from '../fixtures/answers';
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

/** The engine's web-app address in these tests. */
export const SELF = 'https://script.google.com/macros/s/eng/exec';
/** The Kepala Dinas, who receives every new request. */
export const KADIS = 'kadis@kominfo.go.id';
/** When the tests' links are made. */
export const NOW = new Date('2026-11-23T02:00:00Z');
/** `seconds` after NOW. */
export const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

/** The context of a hit on `email`'s "Tugas saya" link made at NOW, plus posted/linked `extra`. */
export function ctxOf(email: string, extra: Record<string, string> = {}, now = NOW): PageContext {
  const claim = tasksClaim(email, NOW);
  const token = testSigner.sign(claim);
  return {
    claim,
    token,
    params: { p: 'tugas', r: claim.ref, u: String(claim.until), t: token, ...extra },
    selfUrl: SELF,
    now,
  };
}

/** Submits a valid form answer titled `title` (it waits for the Kepala Dinas). */
export const submit = (w: TestWorld, ref: string, title: string) =>
  intake(w.deps, {
    answers: validAnswers({ 'Judul kegiatan': title }),
    responseRef: ref,
    receivedAt: w.now.t,
    source: 'form',
  });

/** The task links of a "Tugas saya" page, unescaped, in order. */
export const hrefs = (html: string) =>
  [...html.matchAll(/<li><a target="_top" href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
/** The step link of request `id` for `email` made at `at`. */
export const linkOf = (w: TestWorld, id: string, email = KADIS, at = NOW) =>
  stepLink(SELF, testSigner, w.register.find(id)!.request, email, at);

/** A world where two requests wait for the Kepala Dinas, the second with a title to escape. */
export function twoWaiting() {
  const p = phoneWorld();
  submit(p.w, 'r1', 'Rapat Satu');
  submit(p.w, 'r2', 'Rapat <Dua>');
  p.w.users.find((u) => u.email === KADIS)!.name = 'Dr. Kadis & Co';
  return p;
}
