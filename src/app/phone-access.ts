/**
 * Who may act through an official's private link. When Google reveals the visitor (a signed-in
 * account of the office's domain) it must be the official the link names; otherwise the device
 * proves itself once with a one-time code mailed to the official's own address, and is then
 * remembered by a signed device token its pages carry in their forms and links (no cookie).
 */
import { escapeHtml } from '../core/messages/blocks';
import {
  checkCode,
  CODE_MINUTES,
  codeRecord,
  deviceFields,
  isKnownDevice,
  stepClaim,
  type CodeRecord,
} from '../core/official-link';
import { pageLink, type PageSigner } from '../core/page-token';
import type { VcRequest } from '../core/request';
import type { Deps } from './ports';

/** What the phone pages need from the outside world. */
export interface PhoneEnv {
  signer: PageSigner;
  /** The use cases' dependencies acting for `email` (the official a link names). */
  depsFor(email: string): Deps;
  /** The visitor's Google account when Google reveals it to the page, else ''. */
  visitor(): string;
  /** One-time codes by official (kept short-lived by the store too). */
  codes: { get(email: string): CodeRecord | null; put(email: string, record: CodeRecord | null): void };
  /** A fresh random six-digit code. */
  newCode(): string;
}

/** How far a visitor of `email`'s link is trusted: another account, proven, or not yet. */
export type Access =
  { kind: 'other'; visitor: string } | { kind: 'trusted'; device: Record<string, string> } | { kind: 'unknown' };

/** The visitor's standing for `email`'s link given the posted/linked `params`. */
export function accessOf(env: PhoneEnv, email: string, params: Record<string, string>, now: Date): Access {
  const visitor = env.visitor().trim().toLowerCase();
  if (visitor && visitor !== email) return { kind: 'other', visitor };
  if (isKnownDevice(env.signer, email, params, now))
    return { kind: 'trusted', device: { dv: params.dv, dt: params.dt } };
  return visitor ? { kind: 'trusted', device: {} } : { kind: 'unknown' };
}

/** Seconds before another code may be sent to the same official (one mail a minute at most). */
const RESEND_SECONDS = 60;

/**
 * Mails a new code to `email` (replacing any earlier one): '' when sent, else the Indonesian reason
 * (a code went out less than a minute ago, or the mail quota is spent).
 */
export function sendCode(env: PhoneEnv, deps: Deps, email: string, now: Date): string {
  const earlier = env.codes.get(email);
  const sentAt = earlier ? earlier.until - CODE_MINUTES * 60 * 1000 : -Infinity;
  if (now.getTime() - sentAt < RESEND_SECONDS * 1000)
    return 'Kode baru saja dikirim. Periksa email Anda, atau tunggu satu menit sebelum meminta kode lagi.';
  const code = env.newCode();
  const settings = deps.config.settings().settings;
  const text = `Kode masuk Layanan Vicon Anda: ${code}\n\nKode ini berlaku ${CODE_MINUTES} menit untuk membuka tindakan dari ponsel. Jangan berikan kode ini kepada siapa pun. Bila Anda tidak memintanya, abaikan email ini.\n\n${settings.officeName}`;
  const sent = deps.mailer?.send({
    to: email,
    subject: `Kode masuk Layanan Vicon: ${code}`,
    text,
    html: text
      .split('\n\n')
      .map((para) => `<p>${escapeHtml(para)}</p>`)
      .join(''),
    replyTo: settings.officeEmail,
  });
  if (sent !== 'sent') return 'Kode belum dapat dikirim (kuota email harian habis). Coba lagi nanti.';
  env.codes.put(email, codeRecord(env.signer, email, code, now));
  return '';
}

/** Checks a typed code: the device fields to carry from now on, or the Indonesian reason. */
export function acceptCode(
  env: PhoneEnv,
  email: string,
  typed: string,
  now: Date,
): { ok: true; device: Record<string, string> } | { ok: false; reason: string } {
  const result = checkCode(env.signer, email, env.codes.get(email), typed, now);
  if (!result.ok) {
    env.codes.put(email, result.keep);
    return { ok: false, reason: result.reason };
  }
  env.codes.put(email, null);
  return { ok: true, device: deviceFields(env.signer, email, now) };
}

/** `url` with the device's fields appended (so the next page knows the device too). */
export function withDevice(url: string, device: Record<string, string>): string {
  const extra = Object.entries(device).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return url && extra.length ? `${url}&${extra.join('&')}` : url;
}

/** The private link of `email` for request `r` at its current step and version, running from `at`. */
export function stepLink(selfUrl: string, signer: PageSigner, r: VcRequest, email: string, at: Date): string {
  return pageLink(selfUrl, signer, stepClaim({ requestId: r.id, stepId: r.stepId, email, version: r.version }, at));
}
