/**
 * The phone pages (app/phone-pages.ts) in a test office: world() with one request taken in, a code
 * store, a mailbox, a visitor Google may reveal, and the engine's signed links; `visit` serves a
 * GET or POST through the page router as a phone would.
 */
import { createHmac } from 'crypto';
import { intake } from '../../src/app/intake';
import { signedLinks } from '../../src/app/official-links';
import { routePage } from '../../src/app/page-router';
import type { PhoneEnv } from '../../src/app/phone-access';
import { phoneRoutes } from '../../src/app/phone-pages';
import type { MailerPort } from '../../src/app/ports';
import type { CodeRecord } from '../../src/core/official-link';
import { pageSigner } from '../../src/core/page-token';
import type { PageView } from '../../src/core/page-html';
import type { Settings } from '../../src/core/settings';
import { validAnswers } from '../fixtures/answers';
import { world } from './fakes';

export const SELF = 'https://script.google.com/macros/s/ENGINE/exec';
export const ID = 'VC-2026-0001';
type Mail = Parameters<MailerPort['send']>[0];

/** The office, one request (answers overridable) at its first step, and the phone's world. */
export function phoneOffice(settings: Partial<Settings> = {}, answers: Record<string, string> = {}) {
  const w = world({ officeName: 'Diskominfo Kota Contoh', officeEmail: 'layanan@kominfo.go.id', ...settings });
  const signer = pageSigner((m, s) => [...createHmac('sha256', s).update(m).digest()], 'h'.repeat(40));
  const links = signedLinks(SELF, signer);
  const mails: Mail[] = [];
  const state = { visitor: '', quota: false };
  w.deps.mailer = {
    send: (m) => (state.quota ? 'quota' : (mails.push(m), 'sent')),
    officeUrl: () => 'https://docs.google.com/spreadsheets/d/x',
  };
  const codes = new Map<string, CodeRecord>();
  const env: PhoneEnv = {
    signer,
    depsFor: (email) => (w.as(email), w.deps),
    visitor: () => state.visitor,
    codes: { get: (e) => codes.get(e) ?? null, put: (e, r) => (r ? codes.set(e, r) : codes.delete(e)) },
    newCode: () => '246810',
  };
  intake(w.deps, { answers: validAnswers(answers), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
  const routes = phoneRoutes(env);
  /** The params of `email`'s step link to the request as it is now. */
  const stepParams = (email: string) => paramsOf(links.step(w.register.rows[0], email, w.now.t));
  /** Serves one GET or POST of `params` (plus `extra`) at the world's now. */
  const visit = (method: 'get' | 'post', params: Record<string, string>, extra: Record<string, string> = {}) =>
    routePage(routes, signer, { method, params: { ...params, ...extra }, selfUrl: SELF, now: w.now.t });
  return { w, env, signer, links, mails, codes, state, stepParams, visit };
}

/** The query parameters of `url`. */
export function paramsOf(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

/** The hidden fields of every form on `page`, form by form. */
export function formsOf(page: PageView): Array<Record<string, string>> {
  return [...page.html.matchAll(/<form [^>]*>(.*?)<\/form>/g)].map((f) =>
    Object.fromEntries(
      [...f[1].matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]),
    ),
  );
}

/** The "big" links of `page` as [label, href] (href unescaped). */
export function linksOf(page: PageView): Array<[string, string]> {
  return [...page.html.matchAll(/<a class="big" target="_top" href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [
    m[2],
    m[1].replace(/&amp;/g, '&'),
  ]);
}
