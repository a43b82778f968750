/**
 * A letter registered without the applicant's email waits at the preset's revision step for TU (the
 * preset's 'tu' role, or an admin where there is none), not for an applicant who cannot be reached:
 * TU adds the email and the request continues as the applicant's revision would.
 */
import { isEmail } from '../email';
import { FOLLOW_UP_PROBLEM } from '../intake/letter-fields';
import type { VcRequest } from '../request';
import type { WorkCalendar } from '../working-time';
import { resubmit } from './resubmit';
import { refuse, type Outcome } from './transition';
import type { Actor, Preset } from './types';

/** The role that follows up on letters when the preset has it. */
export const FOLLOW_UP_ROLE = 'tu';

/** The action TU takes: add the applicant's email. */
export const ADD_EMAIL_ACTION = 'lengkapi_email';

/** What the Register, the task card and the detail call a letter waiting for TU. */
export const FOLLOW_UP_STATUS = 'Perlu tindak lanjut TU: email pemohon belum ada';

/** True when `r` is a letter without the applicant's email waiting at the revision step. */
export function awaitsFollowUp(r: VcRequest, preset: Preset): boolean {
  return r.source === 'letter' && r.stepId === preset.revisionStep && r.email.trim() === '';
}

/** True when `actor` follows up letters: holds the 'tu' role (or is its Plh) where the preset has one, else is an admin. */
export function followsUp(actor: Actor, preset: Preset): boolean {
  const hasTu = preset.roles.some((r) => r.id === FOLLOW_UP_ROLE);
  const isTu = actor.roles.includes(FOLLOW_UP_ROLE) || actor.delegated.some((d) => d.role === FOLLOW_UP_ROLE);
  return actor.isAdmin || (hasTu && isTu);
}

/**
 * TU adds the applicant's email to a letter waiting for it: the request goes on as the applicant's
 * revision would (resubmit: to the start step with the receipt, or, when the letter still has other
 * problems, a correction request now mailed to that address). The history names TU as the actor.
 * Refuses anyone who does not follow up, a request not waiting for an email, and an unreadable address.
 */
export function addApplicantEmail(
  r: VcRequest,
  preset: Preset,
  actor: Actor,
  email: string,
  now: Date,
  cal: WorkCalendar,
): Outcome {
  if (!awaitsFollowUp(r, preset))
    return refuse('wrong_step', 'Permohonan ini tidak sedang menunggu email pemohon dari TU.');
  if (!followsUp(actor, preset))
    return refuse('wrong_role', 'Email pemohon dilengkapi oleh TU atau admin; Anda tidak memegang peran itu.');
  const address = email.trim().toLowerCase();
  if (!isEmail(address))
    return refuse('invalid_input', 'Alamat email pemohon tidak valid, contoh: nama@instansi.go.id.');
  const problems = r.problems.filter((p) => p !== FOLLOW_UP_PROBLEM);
  const revision = { fields: { ...r, email: address }, problems, warnings: r.warnings };
  const out = resubmit({ ...r, status: r.status }, preset, revision, now, cal);
  if (!out.ok) return out;
  const actorLabel = actor.name || actor.email;
  const history = { ...out.history, actorEmail: actor.email, actorLabel, note: `Email pemohon: ${address}` };
  return { ...out, action: { ...out.action, id: ADD_EMAIL_ACTION }, history: { ...history, action: ADD_EMAIL_ACTION } };
}
