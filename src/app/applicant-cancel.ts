/**
 * The applicant cancels their own request from its status page, whose signed link (checked by the
 * page router before this runs) proves who they are (no Google account needed). Under the
 * script lock, the engine's cancel runs as for an admin: bookings freed, meeting deleted, the
 * applicant and the officials concerned told, the history naming the applicant.
 */
import { historyRecord } from '../core/history';
import { cancelByApplicant } from '../core/sop/cancel';
import type { Result } from '../shared/rpc';
import { officeCalendar } from './caller';
import { recordDecision, recordOutcome, withPlanned } from './commit';
import { runEffects } from './effects';
import { presetOf } from './preset';
import type { Deps } from './ports';

/** What the status page shows after the click. */
export interface CancelResultDto {
  status: string;
  message: string;
}

const BAD_LINK = 'Tautan status tidak valid atau sudah tidak berlaku. Buka tautan dari email terakhir kami.';
const MAX_REASON = 500;

/**
 * Cancel `requestId` for its applicant, whose signed status link the page router has verified;
 * `reason` in their own words (trimmed, at most 500 characters). Refused, in Indonesian, for a
 * request no longer in the register, one already ended or being closed, or an event already started.
 */
export function cancelAsApplicant(deps: Deps, requestId: string, reason: unknown): Result<CancelResultDto> {
  const why = typeof reason === 'string' ? reason.trim().slice(0, MAX_REASON) : '';
  return deps.lock.run(() => {
    const stored = deps.register.find(requestId);
    if (!stored) return { ok: false, error: BAD_LINK };
    const found = presetOf(stored.request, deps);
    if (!found.ok)
      return { ok: false, error: 'Permohonan ini belum dapat dibatalkan dari sini; hubungi kantor layanan.' };
    const outcome = cancelByApplicant(stored.request, found.preset, why, deps.clock.now(), officeCalendar(deps));
    if (!outcome.ok) return { ok: false, error: outcome.reason };
    const planned = withPlanned(outcome.request, outcome.effects);
    const recorded = recordDecision(deps, stored, planned, [historyRecord({ ...outcome.history, kind: 'aksi' })]);
    if (!recorded.ok) return recorded;
    const done = runEffects(deps.effects, deps.clock, recorded.request, found.preset, outcome.effects);
    const now = recordOutcome(deps, { row: stored.row, request: recorded.request }, done).request;
    return {
      ok: true,
      value: {
        status: now.status,
        message: `Permohonan ${requestId} dibatalkan. Terima kasih telah memberi tahu kami.`,
      },
    };
  });
}
