/**
 * The hourly reminders' world: Bandung (WIB) requests of the FPVC fixture (event 2026-11-30
 * 09:00–11:30 WIB) with a Zoom meeting and an operator, waiting at the 'pendampingan' step, their
 * link sent by the SOP's own step; a mailer with the real mailer's key ledger, Script Properties
 * and a counting script lock (fakes-hourly.ts).
 */
import { intake } from '../../src/app/intake';
import { historyRecord } from '../../src/core/history';
import type { VcRequest } from '../../src/core/request';
import { validAnswers } from '../fixtures/answers';
import { world, type TestWorld } from './fakes';
import { countingLock, memoryMailer, memoryState } from './fakes-hourly';

/** What the operator's "Kirim Link" leaves in the request's history: the send_link effect's key (`suffix`: a repeat). */
export function linkSentRecord(w: TestWorld, id: string, suffix = '') {
  return historyRecord({
    at: w.now.t.toISOString(),
    requestId: id,
    kind: 'efek',
    action: 'mengirim tautan',
    key: `${id}:v8:send_link${suffix}`,
  });
}

/** `n` requests VC-2026-0001… at 'pendampingan' with a meeting, the link sent unless `linkSent` is false. */
export function reminderWorld(n: number, start: Date, linkSent = true) {
  const w = world({ officeEmail: 'vicon@kominfo.go.id' }, start);
  const mailer = memoryMailer(w.deps.clock);
  const state = memoryState();
  Object.assign(w.deps, { mailer, state });
  for (let i = 0; i < n; i++)
    intake(w.deps, { answers: validAnswers(), responseRef: `r${i}`, receivedAt: w.now.t, source: 'form' });
  const lock = countingLock();
  w.deps.lock = lock;
  w.register.rows = w.register.rows.map((r, i): VcRequest => ({
    ...r,
    stepId: 'pendampingan',
    stepSince: w.now.t.toISOString(),
    joinUrl: `https://us02web.zoom.us/j/8123456789${i}`,
    meetingId: `8123456789${i}`,
    passcode: 'x1',
    operator: 'operator@kominfo.go.id',
  }));
  if (linkSent) w.history.append(w.register.rows.map((r) => linkSentRecord(w, r.id)));
  const notes = (action: string) =>
    w.history.records.filter((h) => h.action === action).map((h) => [h.requestId, h.note, h.key]);
  return { w, mailer, state, lock, notes };
}
