/** How the Zoom client classifies what Zoom answers: permanent refusals, retryable failures, users, recordings. */
import { createHttpRouter, createUrlFetchApp } from '../../dev/standin/urlfetch';
import { body, caught, HOST, install, MARKER, uninstall } from './zoom-client-harness';

afterEach(uninstall);

describe('permanent refusals are not retried', () => {
  it('is refused, without retrying, for a host whose meeting capabilities are off (3161)', () => {
    const h = install({ zoom: { users: [HOST], hostingDisabled: [HOST] } });
    const error = caught(() => h.client.createMeeting(HOST, body, MARKER));
    expect(error).toMatchObject({ code: 3161, status: 400, permanent: true, retry: 'never' });
    expect(h.sleeps).toEqual([]);
    expect(h.zoom.state.meetings.size).toBe(0);
  });

  it('names the missing scope when the app lacks it (4711), not the credentials', () => {
    const h = install({ zoom: { scopes: ['meeting:read:list_meetings:admin', 'meeting:read:meeting:admin'] } });
    const error = caught(() => h.client.createMeeting(HOST, body, MARKER));
    expect(error).toMatchObject({ code: 4711, status: 400, permanent: true });
    expect(error.message).toContain('meeting:write:meeting:admin');
    expect(error.message).not.toMatch(/Client Secret/);
  });

  it("keeps Zoom's own answer beside the Indonesian message (for the Log), also for a non-JSON page", () => {
    const h = install({ zoom: { users: [HOST] } });
    expect(caught(() => h.client.createMeeting('orang@lain.go.id', body, 'VC-2026-0001')).raw).toBe(
      'HTTP 404, kode 1001: User does not exist: orang@lain.go.id.',
    );
    h.zoom.fail({ on: 'update', kind: '5xx', status: 502, times: 99 });
    const error = caught(() => h.client.updateMeeting('85746065432', { topic: 'x' }));
    expect(error.raw).toBe('HTTP 502, 502 Bad Gateway 502 Bad Gateway');
    expect(error.message).not.toBe(error.raw);
  });
});

describe('retryable failures', () => {
  it('gives up on a lasting plain 500 as retryable, never permanent', () => {
    const h = install({ maxElapsedMs: 10000 });
    h.zoom.fail({ on: 'update', kind: '5xx', status: 500, times: 99 });
    expect(caught(() => h.client.updateMeeting('85746065432', { topic: 'x' }))).toMatchObject({
      status: 500,
      retry: 'backoff',
      permanent: false,
    });
  });
});

describe('users and recordings', () => {
  it('tells whether the account has a user (GET /users/{email})', () => {
    const h = install({ zoom: { users: [HOST] } });
    expect(h.client.userExists(HOST)).toBe(true);
    expect(h.client.userExists('orang@lain.go.id')).toBe(false);
    expect(h.fetches.filter((f) => f.url.includes('/users/'))).toHaveLength(2);
  });

  it('does not count a plain 404 (no Zoom code) as "already deleted"', () => {
    const h = install();
    const info = h.client.createMeeting(HOST, body, MARKER);
    const router = createHttpRouter();
    router.register('https://zoom.us/', h.zoom.handler);
    router.register('https://api.zoom.us/', (req) =>
      req.method === 'delete'
        ? { status: 404, headers: { 'Content-Type': 'text/html' }, body: '<html>404 Not Found</html>' }
        : h.zoom.handler(req),
    );
    (globalThis as any).UrlFetchApp = createUrlFetchApp(router);
    const error = caught(() => h.client.deleteMeeting(info.id));
    expect(error).toMatchObject({ status: 404, code: null, permanent: false });
    expect(h.zoom.state.meetings.has(info.id)).toBe(true);
  });

  it('returns null before recordings exist, then their play links with the passcode, never a download URL', () => {
    const h = install();
    const info = h.client.createMeeting(HOST, body, MARKER);
    expect(h.client.getRecordings(info.id)).toBeNull();
    h.zoom.addRecording(info.id, ['shared_screen_with_speaker_view', 'audio_only']);
    const answer = h.zoom.handler({
      url: `https://api.zoom.us/v2/meetings/${info.id}/recordings`,
      method: 'get',
      headers: { Authorization: `Bearer ${[...h.cache.values()][0].value}` },
      payload: '',
    });
    const raw = JSON.parse(answer.body);
    const got = h.client.getRecordings(info.id);
    expect(got).toEqual({
      passcode: raw.password,
      files: raw.recording_files.map((f: { recording_type: string; play_url: string }) => ({
        type: f.recording_type,
        url: `${f.play_url}?pwd=${raw.recording_play_passcode}`,
      })),
    });
    expect(got?.passcode).not.toBe('');
    expect(JSON.stringify(got)).not.toMatch(/download/);
  });
});
