/**
 * Officials' private links as the mails and WhatsApp texts carry them: one request at one step for
 * one official (`langkah`), and the official's "Tugas saya" (`tugas`). Both are signed by the
 * engine's secret (core/official-link.ts bounds them: version, step, official, expiry), so a
 * forwarded link lets nobody else act.
 */
import { tasksClaim } from '../core/official-link';
import { pageLink, type PageSigner } from '../core/page-token';
import type { VcRequest } from '../core/request';
import { stepLink } from './phone-access';

/** The private links of officials, made at a given moment (they expire counting from it). */
export interface OfficialLinks {
  /** `email`'s link to request `r` at its current step and version ('' when the engine has no address). */
  step(r: VcRequest, email: string, at: Date): string;
  /** `email`'s "Tugas saya" link ('' when the engine has no address). */
  tasks(email: string, at: Date): string;
}

/** Links on the pages served at `selfUrl`, signed by `signer`. */
export function signedLinks(selfUrl: string, signer: PageSigner): OfficialLinks {
  return {
    step: (r, email, at) => stepLink(selfUrl, signer, r, email, at),
    tasks: (email, at) => pageLink(selfUrl, signer, tasksClaim(email, at)),
  };
}

/**
 * When a link about `r`'s current step starts counting: when the step began, so a mail retried by
 * the hourly run carries the same link (and is recognised as already sent); now when that is unknown.
 */
export function stepStart(r: VcRequest, now: Date): Date {
  const since = new Date(r.stepSince);
  return Number.isNaN(since.getTime()) ? now : since;
}
