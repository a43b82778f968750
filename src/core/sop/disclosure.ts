/**
 * Who may see what of a request beyond its subject, read from the preset: the applicant's contacts
 * (email, WhatsApp) and the meeting's access (link, ID, passcode). Pure.
 */
import type { VcRequest } from '../request';
import { canAct, stepOf } from './engine';
import type { ActionDef, Actor, EffectKind, Preset } from './types';
import { CANCEL_ACTION } from './vocabulary';

/** What `actor` may see of one request. */
export interface Disclosure {
  /** The applicant's email and WhatsApp number. */
  contact: boolean;
  /** The meeting's join link, ID and passcode. */
  meeting: boolean;
}

/** Effects whose step hands something to the applicant that the official may also send by hand. */
const CONTACT_EFFECTS: ReadonlySet<EffectKind> = new Set(['send_link', 'send_letter']);
/** Effects whose step makes, moves, sends or prints the meeting's access, or runs the meeting. */
const MEETING_EFFECTS: ReadonlySet<EffectKind> = new Set([
  'create_meeting',
  'update_meeting',
  'send_link',
  'draft_letter',
  'sign_letter',
  'send_letter',
  'ask_documentation',
]);

const emits = (a: ActionDef, kinds: ReadonlySet<EffectKind>): boolean => a.effects.some((e) => kinds.has(e.kind));

/**
 * Admins see both. The request's assigned operator sees both while it is not finished (they operate
 * the meeting). The official holding the current step (directly or as Plh) sees the contacts when one
 * of its actions hands the link or letter to the applicant or agrees a new time with them, and the
 * meeting when one of its actions makes, moves, sends or prints it or follows the meeting. Cancelling
 * (any step, automatic mail) and disposing or rejecting (automatic mail) need neither; an active user
 * without a role sees neither.
 */
export function disclosureFor(request: VcRequest, preset: Preset | null, actor: Actor): Disclosure {
  if (actor.isAdmin) return { contact: true, meeting: true };
  const step = preset ? stepOf(preset, request.stepId) : undefined;
  if (!preset || !step || step.terminal) return { contact: false, meeting: false };
  const operating = request.operator !== '' && request.operator.toLowerCase() === actor.email.toLowerCase();
  if (operating) return { contact: true, meeting: true };
  if (!canAct(request, preset, actor).ok) return { contact: false, meeting: false };
  const actions = step.actions.filter((a) => a.id !== CANCEL_ACTION);
  return {
    contact: actions.some((a) => emits(a, CONTACT_EFFECTS) || (!a.negative && a.requires.includes('alternative'))),
    meeting: actions.some((a) => emits(a, MEETING_EFFECTS)),
  };
}
