/**
 * Zoom cloud recordings: for meetings that ended recently and whose applicant asked for a
 * recording, fetch the play links and their passcode once Zoom has them and keep them in the
 * history (shown in the request's timeline). Once per request (mark 'rekaman' on its row, checked
 * again under the lock before writing, so two overlapping runs write it once); bounded by age and
 * per run; the candidates come from the index of live requests; each meeting is asked on its own,
 * outside the lock, so one failure does not stop the others.
 */
import { toInstant } from '../core/dates';
import { systemNote, type HistoryRecord } from '../core/history';
import type { VcRequest } from '../core/request';
import { commit } from './commit';
import { markDone, withMark } from './marks';
import type { Deps, MeetingPort } from './ports';

/**
 * Days after a meeting's end during which its cloud recording is looked for. Zoom processes a
 * cloud recording in about twice its recorded length, occasionally up to 24 hours
 * (support.zoom.com, "Recording to the cloud", KB0062627); a week also covers an hourly
 * trigger stopped for days. A recording still missing after that was not made in the cloud.
 */
export const RECORDING_LOOKBACK_DAYS = 7;

/** Meetings asked per run (each is one Zoom call; the run must stay well inside 6 minutes). */
const MAX_PER_RUN = 20;
const DAY_MS = 86_400_000;
const MARK = 'rekaman';
const recordingKey = (id: string) => `${id}:${MARK}`;

/** When the meeting of `r` ended, if it is a Zoom meeting with a recording asked for; else null. */
function recordedEnd(r: VcRequest, deps: Deps): number | null {
  if (!r.needsRecording || r.platform !== 'zoom' || !r.meetingId || !r.eventDate || !r.endTime) return null;
  return toInstant(r.eventDate, r.endTime, deps.config.settings().settings.timeZone).getTime();
}

/** Live requests whose meeting ended within RECORDING_LOOKBACK_DAYS and has no recording yet, oldest first. */
function waitingRequests(deps: Deps): VcRequest[] {
  const now = deps.clock.now().getTime();
  return deps.register
    .live()
    .map(({ request: r }) => ({ r, end: recordedEnd(r, deps) }))
    .filter(({ end }) => end !== null && end < now && now - end <= RECORDING_LOOKBACK_DAYS * DAY_MS)
    .filter(({ r }) => !(r.marks ?? []).includes(MARK))
    .sort((a, b) => (a.end ?? 0) - (b.end ?? 0))
    .map(({ r }) => r);
}

/** Under the lock: the note and the mark, unless another run (or an older history key) did it already. */
function keep(deps: Deps, id: string, text: string): boolean {
  return deps.lock.run(() => {
    const stored = deps.register.find(id);
    if (!stored || markDone(deps, stored, MARK)) return false;
    commit(deps, stored, withMark(stored.request, MARK), [recordOf(deps, stored.request, text)]);
    return true;
  });
}

function recordingNote(found: NonNullable<ReturnType<MeetingPort['recordings']>>): string {
  const lines = found.files.map((f) => `${f.type}: ${f.url}`);
  return [...lines, ...(found.passcode ? [`Kode sandi rekaman: ${found.passcode}`] : [])].join('\n');
}

function recordOf(deps: Deps, r: VcRequest, note: string): HistoryRecord {
  return systemNote(r, deps.clock.now().toISOString(), 'rekaman Zoom tersedia', note, recordingKey(r.id));
}

/**
 * Fetch and record the play links (with passcode) of recordings not yet recorded; returns how many
 * requests got links. Meetings whose Zoom call failed are reported together in one Error thrown
 * after the others were recorded.
 */
export function collectRecordings(deps: Deps, meetings: Pick<MeetingPort, 'recordings'>): number {
  const waiting = waitingRequests(deps).slice(0, MAX_PER_RUN);
  let found = 0;
  const failed: string[] = [];
  for (const r of waiting) {
    try {
      const recordings = meetings.recordings(r.meetingId);
      if (recordings && recordings.files.length > 0 && keep(deps, r.id, recordingNote(recordings))) found++;
    } catch (err) {
      failed.push(`${r.id}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (failed.length > 0)
    throw new Error(`Rekaman ${failed.length} rapat Zoom gagal diperiksa dan akan dicoba lagi — ${failed.join(' | ')}`);
  return found;
}
