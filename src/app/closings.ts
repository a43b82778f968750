/**
 * The closings the engine adds to every preset (core/sop/closing.ts), as actions of the sidebar:
 * "Tutup: tidak terlaksana" on a request whose event passed unhandled (its step's officials or an
 * admin), "Buka kembali" for an admin within a day of any closing, and "Lengkapi email pemohon" for
 * TU on a letter that came without the applicant's email (core/sop/follow-up.ts). They run through the same
 * click as the SOP's own actions (act.ts), so they are recorded in Riwayat the same way. Also the
 * confirmation a finishing action asks for before the meeting has happened.
 */
import type { HistoryRecord } from '../core/history';
import type { VcRequest } from '../core/request';
import { eventInstant } from '../core/sop/clock';
import { closeAsNotHeld, isMissed, reopen, reopenableUntil } from '../core/sop/closing';
import { ADD_EMAIL_ACTION, addApplicantEmail, awaitsFollowUp, followsUp } from '../core/sop/follow-up';
import type { Outcome } from '../core/sop/transition';
import { fieldsProblem } from '../core/sop/inputs';
import type { ActionDef, ActionInput, Actor, Preset } from '../core/sop/types';
import type { WorkCalendar } from '../core/working-time';

const NOT_HELD = 'tidak_terlaksana';
const REOPEN = 'buka_kembali';
const LABELS: Record<string, string> = {
  [NOT_HELD]: 'Tutup: tidak terlaksana',
  [REOPEN]: 'Buka kembali',
  [ADD_EMAIL_ACTION]: 'Lengkapi email pemohon',
};

/** The label of one of the engine's closings, or undefined for any other action id. */
export function closingLabel(action: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(LABELS, action) ? LABELS[action] : undefined;
}

/** What a closing click needs besides the request and its preset. */
export interface ClosingContext {
  actor: Actor;
  now: Date;
  cal: WorkCalendar;
  history: () => HistoryRecord[];
}

/** The outcome of `action` when it is one of the engine's closings, else null (an SOP action). */
export function closingOutcome(
  r: VcRequest,
  preset: Preset,
  action: string,
  input: ActionInput,
  c: ClosingContext,
): Outcome | null {
  const declared = closingLabel(action) ? closingDef(action, r.stepId) : null;
  const refused = declared ? fieldsProblem(declared, input) : null;
  if (refused) return { ok: false, code: 'invalid_input', reason: refused };
  if (action === NOT_HELD) return closeAsNotHeld(r, preset, c.actor, c.now, c.cal);
  if (action === REOPEN) return reopen(r, preset, c.actor, c.history(), input.note ?? '', c.now, c.cal);
  if (action === ADD_EMAIL_ACTION)
    return addApplicantEmail(r, preset, c.actor, String(input.email ?? ''), c.now, c.cal);
  return null;
}

/** What each closing takes: as an action of the detail, and what its click may send (a note besides). */
const REQUIRES: Record<string, ActionDef['requires']> = {
  [NOT_HELD]: [],
  [REOPEN]: ['note'],
  [ADD_EMAIL_ACTION]: ['email'],
};

function closingDef(action: string, to: string): ActionDef {
  return { id: action, label: LABELS[action], to, requires: REQUIRES[action], effects: [] };
}

/** The engine's closings `c.actor` may take on `r` now, as actions of the detail. */
export function closingActions(r: VcRequest, preset: Preset, c: ClosingContext): ActionDef[] {
  const out: ActionDef[] = [];
  if (isMissed(r, preset, c.now, c.cal) && closeAsNotHeld(r, preset, c.actor, c.now, c.cal).ok)
    out.push(closingDef(NOT_HELD, NOT_HELD));
  if (c.actor.isAdmin && reopenableUntil(r, preset, c.history(), c.now)) out.push(closingDef(REOPEN, r.stepId));
  if (awaitsFollowUp(r, preset) && followsUp(c.actor, preset)) out.push(closingDef(ADD_EMAIL_ACTION, preset.start));
  return out;
}

/**
 * The question a finishing action asks before the meeting has happened ('' otherwise): an action
 * that marks the event done (closes the request) while the event's end is still ahead. An action
 * that closes by sending the meeting link (Tangerang, Tarakan) ends its SOP before the event by
 * design, so it never asks.
 */
export function finishingTooEarly(r: VcRequest, action: ActionDef, now: Date, cal: WorkCalendar): string {
  const kinds = action.effects.map((e) => e.kind);
  if (!kinds.includes('close') || kinds.includes('send_link')) return '';
  const end = eventInstant(r, 'event_end', cal.zone);
  if (!end || end <= now) return '';
  return 'Kegiatan ini belum selesai menurut jadwalnya. Yakin menandainya selesai sekarang? Tulis alasannya di catatan.';
}
