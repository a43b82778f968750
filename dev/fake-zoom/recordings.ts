/**
 * Cloud recordings of the fake Zoom: recording files and the 200 answer of
 * GET /meetings/{meetingId}/recordings, with the recording's passcode fields.
 */
import { zoomTime, type FakeMeeting } from './meetings';

export interface FakeRecordingFile {
  id: string;
  recording_type: string;
  file_type: string;
  file_extension: string;
  file_size: number;
  play_url: string;
  download_url: string;
}

/** A cloud recording file for `meetingId`, numbered `n`. */
export function recordingFile(
  meetingId: string,
  n: number,
  recordingType = 'shared_screen_with_speaker_view',
): FakeRecordingFile {
  const id = `rec-${meetingId}-${n}`;
  return {
    id,
    recording_type: recordingType,
    file_type: 'MP4',
    file_extension: 'MP4',
    file_size: 1048576 * (n + 1),
    play_url: `https://us06web.zoom.us/rec/play/${id}`,
    download_url: `https://us06web.zoom.us/rec/download/${id}`,
  };
}

/**
 * The 200 body of GET /meetings/{meetingId}/recordings, with the recording's passcode for people
 * (`password`) and the one to splice into play_url as `?pwd=` (`recording_play_passcode`).
 * No `share_url`: the vendored spec does not document one for this endpoint.
 */
export function recordingsView(
  m: FakeMeeting,
  files: FakeRecordingFile[],
  passcodes: { password: string; playPasscode: string },
): Record<string, unknown> {
  const end = zoomTime(new Date(Date.parse(m.start_time) + m.duration * 60000));
  return {
    uuid: m.uuid,
    id: m.id,
    account_id: 'fake-account',
    host_id: m.host_id,
    topic: m.topic,
    type: '2',
    start_time: m.start_time,
    duration: m.duration,
    recording_count: files.length,
    total_size: files.reduce((sum, f) => sum + f.file_size, 0),
    password: passcodes.password,
    recording_play_passcode: passcodes.playPasscode,
    recording_files: files.map((f) => ({
      ...f,
      meeting_id: m.uuid,
      recording_start: m.start_time,
      recording_end: end,
      status: 'completed',
    })),
  };
}
