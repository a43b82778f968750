/**
 * The applicant accepts one of the times offered to them, from their status page (the page's signed
 * link proved who they are). Under the script lock: the step's own "accepted" action runs in their
 * name (core/sop/applicant-answer.ts), the schedule is checked again for the new time (host and room
 * assigned, a clash refuses), then the decision is recorded before any effect runs (commit.ts).
 */
import { historyRecord } from '../core/history';
import { parseOffers } from '../core/request';
import { acceptByApplicant } from '../core/sop/applicant-answer';
import type { Result } from '../shared/rpc';
import { officeCalendar } from './caller';
import { recordDecision, recordOutcome, withPlanned } from './commit';
import { runEffects } from './effects';
import { presetOf } from './preset';
import { decideSchedule } from './scheduling';
import type { Deps } from './ports';

const TAKEN =
  'Maaf, waktu itu baru saja terisi oleh kegiatan lain. Pilih waktu lain yang masih ditawarkan, atau hubungi kami.';

/**
 * `requestId`'s applicant accepts `choice` ('YYYY-MM-DD HH:MM-HH:MM', one of the open offers).
 * Refused, in Indonesian, when the request no longer waits for an answer, the time was not offered
 * or has passed, or it was taken meanwhile. On success the applicant's message.
 */
export function acceptOffer(deps: Deps, requestId: string, choice: unknown): Result<{ message: string }> {
  const slot = typeof choice === 'string' ? parseOffers(choice)[0] : undefined;
  if (!slot) return { ok: false, error: 'Pilihan waktu tidak terbaca. Muat ulang halaman lalu pilih lagi.' };
  return deps.lock.run(() => {
    const stored = deps.register.find(requestId);
    if (!stored) return { ok: false, error: 'Permohonan tidak ditemukan.' };
    const found = presetOf(stored.request, deps);
    if (!found.ok) return { ok: false, error: 'Permohonan ini belum dapat dijawab dari sini; hubungi kantor layanan.' };
    const outcome = acceptByApplicant(stored.request, found.preset, slot, deps.clock.now(), officeCalendar(deps));
    if (!outcome.ok) return { ok: false, error: outcome.reason };
    const schedule = decideSchedule(deps, outcome.request);
    if (!schedule.ok) return { ok: false, error: TAKEN };
    const decided = { ...outcome.request, host: schedule.host, room: schedule.room };
    const planned = withPlanned(decided, outcome.effects);
    const recorded = recordDecision(deps, stored, planned, [historyRecord({ ...outcome.history, kind: 'aksi' })]);
    if (!recorded.ok) return recorded;
    const done = runEffects(deps.effects, deps.clock, planned, found.preset, outcome.effects);
    recordOutcome(deps, { row: stored.row, request: recorded.request }, done);
    return { ok: true, value: { message: 'Terima kasih. Waktu pilihan Anda sudah kami catat dan jadwalnya dipesan.' } };
  });
}
