/**
 * Cloud recordings as GET /meetings/{meetingId}/recordings returns them, reduced to what a person
 * can open: each file's `play_url` with the recording passcode spliced in as `?pwd=` (Zoom's
 * `recording_play_passcode`, as the spec describes) and the passcode to type (`password`).
 * Never a `download_url`: it needs a bearer token, so nobody could open it from a link.
 */

/** What the product keeps of a meeting's cloud recordings. */
export interface ZoomRecordings {
  /** The passcode a viewer types when the link asks for one ('' when the recording has none). */
  passcode: string;
  /** One per playable file: Zoom's recording_type and the play link. */
  files: Array<{ type: string; url: string }>;
}

type Raw = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function withPlayPasscode(url: string, playPasscode: string): string {
  if (!playPasscode || /[?&]pwd=/.test(url)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}pwd=${encodeURIComponent(playPasscode)}`;
}

/** The playable files of a recordings answer (files without play_url, e.g. CC or TIMELINE, are left out); null when none. */
export function recordingsOf(raw: Raw): ZoomRecordings | null {
  const playPasscode = str(raw.recording_play_passcode);
  const files = (Array.isArray(raw.recording_files) ? (raw.recording_files as Raw[]) : [])
    .filter((f) => str(f.play_url) !== '')
    .map((f) => ({
      type: str(f.recording_type) || str(f.file_type),
      url: withPlayPasscode(str(f.play_url), playPasscode),
    }));
  return files.length > 0 ? { passcode: str(raw.password), files } : null;
}
