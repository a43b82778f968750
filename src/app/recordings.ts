/**
 * Zoom cloud recordings: for finished meetings whose applicant asked for a
 * recording, fetch the recording links once Zoom has them and keep them in the
 * history (shown in the request's timeline). Idempotent by key; bounded per run.
 */
import { toInstant } from '../core/dates';
import { historyRecord, type HistoryRecord } from '../core/history';
import type { VcRequest } from '../core/request';
import type { Deps, MeetingPort } from './ports';

const MAX_PER_RUN = 20;
const recordingKey = (id: string) => `${id}:rekaman`;

function endedWithRecording(r: VcRequest, deps: Deps): boolean {
  if (!r.needsRecording || r.platform !== 'zoom' || !r.meetingId || !r.eventDate || !r.endTime) return false;
  const end = toInstant(r.eventDate, r.endTime, deps.config.settings().settings.timeZone);
  return end.getTime() < deps.clock.now().getTime();
}

/** Fetch and record the links of recordings not yet recorded; returns how many requests got links. */
export function collectRecordings(deps: Deps, meetings: Pick<MeetingPort, 'recordings'>): number {
  const waiting = deps.register.readAll().filter((r) => endedWithRecording(r, deps));
  if (waiting.length === 0) return 0;
  const done = new Set(
    deps.history
      .readAll()
      .filter((h) => h.key.endsWith(':rekaman'))
      .map((h) => h.key),
  );
  const found: HistoryRecord[] = [];
  for (const r of waiting.filter((x) => !done.has(recordingKey(x.id))).slice(0, MAX_PER_RUN)) {
    const files = meetings.recordings(r.meetingId);
    if (!files || files.length === 0) continue;
    found.push(
      historyRecord({
        at: deps.clock.now().toISOString(),
        requestId: r.id,
        kind: 'sistem',
        action: 'rekaman Zoom tersedia',
        actorEmail: 'sistem',
        actorLabel: 'Layanan Vicon',
        note: files.map((f) => `${f.type}: ${f.url}`).join('\n'),
        key: recordingKey(r.id),
        fromStep: r.stepId,
        toStep: r.stepId,
      }),
    );
  }
  if (found.length > 0) deps.lock.run(() => deps.history.append(found));
  return found.length;
}
