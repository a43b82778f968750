/**
 * Officials' private page links (core/page-token claims): `langkah` names one request, one step,
 * one official and the request's version, and works a few days at most; `tugas` names one official
 * ("Tugas saya"). A device that proved itself with a one-time code carries a `perangkat` claim in
 * the page's forms and links (no cookie). One-time codes are kept only as keyed hashes, short-lived,
 * with limited attempts. Pure: the signer, the clock and randomness are passed in.
 */
import type { PageClaim, PageSigner } from './page-token';

/** One step of one request for one official: the `langkah` page. */
export const STEP_PAGE = 'langkah';
/** The official's waiting tasks: the `tugas` page. */
export const TASKS_PAGE = 'tugas';
const DEVICE_PAGE = 'perangkat';
const CODE_PAGE = 'kode';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a step link works at most (it stops earlier once the step moves on). */
const STEP_LINK_DAYS = 3;
/** How long a "Tugas saya" link works. */
const TASKS_LINK_DAYS = 7;
/** How long a device that entered a code is remembered (through its page links). */
const DEVICE_DAYS = 30;
/** How long a one-time code works, and how many wrong tries it takes. */
export const CODE_MINUTES = 10;
const CODE_TRIES = 5;

/** What a `langkah` link is about. */
export interface StepRef {
  requestId: string;
  stepId: string;
  email: string;
  version: number;
}

const SEP = '|';

/** The `ref` of a step link. */
function stepRefText(s: StepRef): string {
  return [s.requestId, s.stepId, s.email.trim().toLowerCase(), String(s.version)].join(SEP);
}

/** The step a `langkah` ref names; null when malformed. */
export function parseStepRef(ref: string): StepRef | null {
  const parts = ref.split(SEP);
  if (parts.length !== 4 || !/^\d{1,9}$/.test(parts[3])) return null;
  const [requestId, stepId, email] = parts;
  if (!requestId || !stepId || !email.includes('@')) return null;
  return { requestId, stepId, email, version: Number(parts[3]) };
}

/** The claim of a step link made at `now`: it ends STEP_LINK_DAYS later. */
export function stepClaim(s: StepRef, now: Date): PageClaim {
  return { page: STEP_PAGE, ref: stepRefText(s), until: now.getTime() + STEP_LINK_DAYS * DAY_MS };
}

/** The claim of an official's "Tugas saya" link made at `now`. */
export function tasksClaim(email: string, now: Date): PageClaim {
  return { page: TASKS_PAGE, ref: email.trim().toLowerCase(), until: now.getTime() + TASKS_LINK_DAYS * DAY_MS };
}

/** A remembered device: the hidden fields its pages carry (`dv` until, `dt` token). */
export function deviceFields(signer: PageSigner, email: string, now: Date): Record<string, string> {
  const until = now.getTime() + DEVICE_DAYS * DAY_MS;
  return { dv: String(until), dt: signer.sign({ page: DEVICE_PAGE, ref: email.toLowerCase(), until }) };
}

/** True when `params` carry a device token for `email` that has not expired. */
export function isKnownDevice(
  signer: PageSigner,
  email: string,
  params: Record<string, string | undefined>,
  now: Date,
): boolean {
  const until = params.dv ?? '';
  if (!/^\d{1,15}$/.test(until)) return false;
  return signer.verify({ page: DEVICE_PAGE, ref: email.toLowerCase(), until: Number(until) }, params.dt, now);
}

/** A stored one-time code: its keyed hash, until when it works, wrong tries so far. */
export interface CodeRecord {
  hash: string;
  until: number;
  tries: number;
}

/** Six digits from a random UUID's hex (the engine passes Apps Script's UUID generator). */
export function codeFrom(uuid: string): string {
  const hex = uuid.replace(/[^0-9a-f]/gi, '').slice(0, 12) || '0';
  return String(parseInt(hex, 16) % 1_000_000).padStart(6, '0');
}

function codeHash(signer: PageSigner, email: string, code: string): string {
  return signer.sign({ page: CODE_PAGE, ref: `${email.toLowerCase()}${SEP}${code}` });
}

/** The record kept for a new `code` sent to `email` at `now`. */
export function codeRecord(signer: PageSigner, email: string, code: string, now: Date): CodeRecord {
  return { hash: codeHash(signer, email, code), until: now.getTime() + CODE_MINUTES * 60 * 1000, tries: 0 };
}

/** The outcome of typing `typed`: accepted, or refused with the record to keep (null: forget it). */
export type CodeCheck = { ok: true } | { ok: false; reason: string; keep: CodeRecord | null };

/** Checks `typed` against `record` for `email` at `now`: expired, used up and wrong codes are refused. */
export function checkCode(
  signer: PageSigner,
  email: string,
  record: CodeRecord | null,
  typed: string,
  now: Date,
): CodeCheck {
  const again = 'Minta kode baru lalu coba lagi.';
  if (!record || now.getTime() > record.until)
    return { ok: false, reason: `Kode sudah tidak berlaku. ${again}`, keep: null };
  if (record.tries >= CODE_TRIES) return { ok: false, reason: `Terlalu banyak percobaan. ${again}`, keep: null };
  const clean = typed.replace(/\s/g, '');
  if (/^\d{6}$/.test(clean) && codeHash(signer, email, clean) === record.hash) return { ok: true };
  const tries = record.tries + 1;
  const left = CODE_TRIES - tries;
  return left > 0
    ? { ok: false, reason: `Kode salah. Sisa percobaan: ${left}.`, keep: { ...record, tries } }
    : { ok: false, reason: `Kode salah dan percobaan sudah habis. ${again}`, keep: null };
}
