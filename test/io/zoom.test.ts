import { createFakeZoom, FAKE_ZOOM_CREDENTIALS, type FakeZoom, type FakeZoomOptions } from '../../dev/fake-zoom/server';
import { createHttpRouter, createUrlFetchApp } from '../../dev/standin/urlfetch';
import { buildCreateMeetingBody, type ZoomMeetingInput } from '../../src/core/zoom-payload';
import { createZoomClient, ZOOM_PROPERTY_KEYS, ZoomError, type ZoomClient } from '../../src/io/zoom';

const HOST = 'zoom1@diskominfo.example.go.id';
const input: ZoomMeetingInput = {
  requestId: 'VC-2026-0001',
  title: 'Rapat Koordinasi',
  agency: 'Bappeda',
  date: '2026-03-10',
  start: '09:00',
  end: '10:00',
  timeZone: 'Asia/Jakarta',
  recording: true,
  alternativeHosts: [],
};
const body = buildCreateMeetingBody(input);

interface Harness {
  zoom: FakeZoom;
  client: ZoomClient;
  sleeps: number[];
  cache: Map<string, { value: string; ttl: number; until: number }>;
  clock: { ms: number };
  fetches: Array<{ url: string; headers: Record<string, string> }>;
}

/** Installs UrlFetchApp (stand-in + fake Zoom) and tiny stateful Cache/Properties/Utilities fakes. */
function install(
  opts: { zoom?: FakeZoomOptions; props?: Record<string, string>; maxElapsedMs?: number } = {},
): Harness {
  const clock = { ms: Date.UTC(2026, 2, 1, 3, 0, 0) };
  const zoom = createFakeZoom({ now: () => new Date(clock.ms), ...opts.zoom });
  const router = createHttpRouter();
  router.register('https://zoom.us/', zoom.handler);
  router.register('https://api.zoom.us/', zoom.handler);
  const fetches: Harness['fetches'] = [];
  const urlFetch = createUrlFetchApp({
    handle: (req) => {
      fetches.push({ url: req.url, headers: req.headers });
      return router.handle(req);
    },
  });
  const props = new Map(
    Object.entries(
      opts.props ?? {
        [ZOOM_PROPERTY_KEYS.accountId]: FAKE_ZOOM_CREDENTIALS.accountId,
        [ZOOM_PROPERTY_KEYS.clientId]: FAKE_ZOOM_CREDENTIALS.clientId,
        [ZOOM_PROPERTY_KEYS.clientSecret]: FAKE_ZOOM_CREDENTIALS.clientSecret,
      },
    ),
  );
  const cache: Harness['cache'] = new Map();
  const sleeps: number[] = [];
  const g = globalThis as any;
  g.UrlFetchApp = urlFetch;
  g.PropertiesService = { getScriptProperties: () => ({ getProperty: (k: string) => props.get(k) ?? null }) };
  g.CacheService = {
    getScriptCache: () => ({
      get: (k: string) => {
        const e = cache.get(k);
        return e && e.until > clock.ms ? e.value : null;
      },
      put: (k: string, value: string, ttl = 600) => cache.set(k, { value, ttl, until: clock.ms + ttl * 1000 }),
      remove: (k: string) => cache.delete(k),
    }),
  };
  g.Utilities = {
    base64Encode: (s: string) => Buffer.from(s, 'utf8').toString('base64'),
    sleep: () => {
      throw new Error('the client must use the injected sleep');
    },
  };
  const sleep = (ms: number) => {
    sleeps.push(ms);
    clock.ms += ms;
  };
  return { zoom, client: createZoomClient({ sleep, maxElapsedMs: opts.maxElapsedMs }), sleeps, cache, clock, fetches };
}

function caught(fn: () => unknown): ZoomError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ZoomError) return error;
    throw error;
  }
  throw new Error('expected a ZoomError');
}

afterEach(() => {
  for (const name of ['UrlFetchApp', 'PropertiesService', 'CacheService', 'Utilities'])
    delete (globalThis as any)[name];
});

describe('token', () => {
  it('is fetched once with Basic auth and cached for expires_in minus 300 s', () => {
    const h = install();
    h.client.listUpcoming(HOST);
    h.client.listUpcoming(HOST);
    h.client.getMeeting('123');
    expect(h.zoom.state.tokensIssued).toBe(1);
    const tokenCall = h.fetches.find((f) => f.url.startsWith('https://zoom.us/oauth/token'));
    const expected = Buffer.from(`${FAKE_ZOOM_CREDENTIALS.clientId}:${FAKE_ZOOM_CREDENTIALS.clientSecret}`).toString(
      'base64',
    );
    expect(tokenCall?.headers.Authorization).toBe(`Basic ${expected}`);
    expect(tokenCall?.url).toBe(
      `https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${FAKE_ZOOM_CREDENTIALS.accountId}`,
    );
    expect([...h.cache.values()][0].ttl).toBe(3599 - 300);
    expect([...h.cache.keys()]).toEqual([
      `zoom.accessToken.${FAKE_ZOOM_CREDENTIALS.accountId}.${FAKE_ZOOM_CREDENTIALS.clientId}`,
    ]);
  });

  it('is refreshed once when Zoom answers 401/124, and only once', () => {
    const h = install();
    h.client.listUpcoming(HOST);
    h.zoom.expireTokens();
    expect(h.client.listUpcoming(HOST)).toEqual([]);
    expect(h.zoom.state.tokensIssued).toBe(2);
    const listCalls = () => h.zoom.state.calls.filter((c) => c.op === 'list').length;
    const before = listCalls();
    h.zoom.fail({ on: 'list', kind: '401', times: 5 });
    const error = caught(() => h.client.listUpcoming(HOST));
    expect(error.code).toBe(124);
    expect(h.zoom.state.tokensIssued).toBe(3);
    expect(listCalls() - before).toBe(2);
  });
});

describe('createMeeting', () => {
  it('returns the meeting with a string id, the passcode Zoom generated, and never the host start_url', () => {
    const h = install({ zoom: { passcodeRule: { length: 8, only_allow_numeric: true } } });
    const info = h.client.createMeeting(HOST, body, 'VC-2026-0001');
    const stored = h.zoom.state.meetings.get(info.id);
    expect(typeof info.id).toBe('string');
    expect(info.passcode).toMatch(/^\d{8}$/);
    expect(info).toEqual({
      id: stored?.id,
      joinUrl: stored?.join_url,
      passcode: stored?.password,
      startTime: '2026-03-10T02:00:00Z',
      duration: 60,
      topic: 'Rapat Koordinasi',
      agenda: body.agenda,
      hostEmail: HOST,
    });
    const text = JSON.stringify(info);
    expect(text).not.toContain(stored?.start_url);
    expect(text).not.toMatch(/zak=|start_url/);
  });

  it('finds its meeting again instead of creating a second one', () => {
    const h = install();
    const first = h.client.createMeeting(HOST, body, 'VC-2026-0001');
    const again = h.client.createMeeting(HOST, body, 'VC-2026-0001');
    expect(again).toEqual(first);
    expect(h.zoom.state.meetings.size).toBe(1);
  });

  it('after a timeout on a create that Zoom did carry out, still leaves exactly one meeting', () => {
    const h = install();
    h.zoom.fail({ on: 'create', kind: 'timeout', afterCommit: true });
    const info = h.client.createMeeting(HOST, body, 'VC-2026-0001');
    expect(h.zoom.state.meetings.size).toBe(1);
    expect(h.zoom.state.meetings.has(info.id)).toBe(true);
    expect(h.sleeps).toEqual([1000]);
  });

  it('stops at the daily per-host limit with advice about the 00:00 UTC reset', () => {
    const h = install({ zoom: { dailyLimit: 2 } });
    h.client.createMeeting(HOST, body, 'VC-2026-0001');
    h.client.createMeeting(HOST, { ...body, agenda: '[VC-2026-0002]' }, 'VC-2026-0002');
    const error = caught(() => h.client.createMeeting(HOST, { ...body, agenda: '[VC-2026-0003]' }, 'VC-2026-0003'));
    expect(error.message).toContain('pukul 00.00 UTC (07.00 WIB)');
    expect(error.retry).toBe('never');
    expect(h.sleeps).toEqual([]);
  });

  it('names the field Zoom rejects, and a host missing from the account', () => {
    const h = install({ zoom: { users: [HOST] } });
    const invalid = caught(() => h.client.createMeeting(HOST, { ...body, topic: 'x'.repeat(201) }, 'VC-2026-0009'));
    expect(invalid).toMatchObject({ code: 300, field: 'topic', status: 400, permanent: true });
    const missing = caught(() => h.client.createMeeting('orang@lain.go.id', body, 'VC-2026-0001'));
    expect(missing).toMatchObject({ code: 1001, permanent: true });
    expect(missing.message).toContain('Sumber Daya');
    expect(h.sleeps).toEqual([]);
  });

  it('is refused, without retrying, for a host whose meeting capabilities are off (3161)', () => {
    const h = install({ zoom: { users: [HOST], hostingDisabled: [HOST] } });
    const error = caught(() => h.client.createMeeting(HOST, body, 'VC-2026-0001'));
    expect(error).toMatchObject({ code: 3161, status: 400, permanent: true, retry: 'never' });
    expect(h.sleeps).toEqual([]);
    expect(h.zoom.state.meetings.size).toBe(0);
  });

  it('names the missing scope when the app lacks it (4711), not the credentials', () => {
    const h = install({ zoom: { scopes: ['meeting:read:list_meetings:admin', 'meeting:read:meeting:admin'] } });
    const error = caught(() => h.client.createMeeting(HOST, body, 'VC-2026-0001'));
    expect(error).toMatchObject({ code: 4711, status: 400, permanent: true });
    expect(error.message).toContain('meeting:write:meeting:admin');
    expect(error.message).not.toMatch(/Client Secret/);
  });
});

describe('retries', () => {
  it('backs off after a 5xx (a plain 500 as well as 502) and then succeeds', () => {
    const h = install();
    h.zoom.fail({ on: 'list', kind: '5xx', times: 2 });
    expect(h.client.listUpcoming(HOST)).toEqual([]);
    expect(h.sleeps).toEqual([1000, 2000]);
    h.zoom.fail({ on: 'create', kind: '5xx', status: 500, times: 1 });
    const info = h.client.createMeeting(HOST, body, 'VC-2026-0001');
    expect(h.zoom.state.meetings.has(info.id)).toBe(true);
    expect(h.sleeps).toEqual([1000, 2000, 1000]);
  });

  it('gives up on a lasting plain 500 as retryable, never permanent', () => {
    const h = install({ maxElapsedMs: 10000 });
    h.zoom.fail({ on: 'update', kind: '5xx', status: 500, times: 99 });
    expect(caught(() => h.client.updateMeeting('85746065432', { topic: 'x' }))).toMatchObject({
      status: 500,
      retry: 'backoff',
      permanent: false,
    });
  });

  it('waits at least Retry-After on a 429', () => {
    const h = install();
    h.zoom.fail({ on: 'get', kind: '429', retryAfterSeconds: 7 });
    expect(h.client.getMeeting('85746065432')).toBeNull();
    expect(h.sleeps).toHaveLength(1);
    expect(h.sleeps[0]).toBeGreaterThanOrEqual(7000);
  });

  it('gives up without waiting when Retry-After exceeds the time budget', () => {
    const h = install({ maxElapsedMs: 5000 });
    h.zoom.fail({ on: 'list', kind: '429', retryAfterSeconds: 30 });
    const error = caught(() => h.client.listUpcoming(HOST));
    expect(error).toMatchObject({ status: 429, retry: 'after', retryAfterSeconds: 30 });
    expect(error.message).toContain('30 detik');
    expect(h.sleeps).toEqual([]);
  });

  it('gives up on a lasting outage within the time budget', () => {
    const h = install({ maxElapsedMs: 10000 });
    h.zoom.fail({ on: 'update', kind: 'network', times: 99 });
    const error = caught(() => h.client.updateMeeting('85746065432', { topic: 'x' }));
    expect(error).toMatchObject({ status: 0, retry: 'backoff' });
    expect(h.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10000);
    expect(h.sleeps.length).toBeGreaterThan(0);
  });
});

describe('credentials and secrets', () => {
  it('says the credentials are missing', () => {
    const h = install({ props: { [ZOOM_PROPERTY_KEYS.accountId]: 'a' } });
    const expected = 'Kredensial Zoom belum diisi. Minta admin mengisinya di Pengaturan.';
    expect(caught(() => h.client.listUpcoming(HOST)).message).toBe(expected);
    expect(caught(() => h.client.tokenScopes())).toMatchObject({ message: expected, permanent: true });
    expect(h.fetches).toEqual([]);
  });

  it('never puts the secret or the token in a message', () => {
    const secret = 'S3cr3t-Value-xyz';
    const wrong = install({
      props: {
        [ZOOM_PROPERTY_KEYS.accountId]: 'fake-account-id',
        [ZOOM_PROPERTY_KEYS.clientId]: 'fake-client-id',
        [ZOOM_PROPERTY_KEYS.clientSecret]: secret,
      },
    });
    const refused = caught(() => wrong.client.tokenScopes());
    expect(refused).toMatchObject({ permanent: true });
    const messages = [refused.message, caught(() => wrong.client.listUpcoming(HOST)).message];
    const h = install();
    expect(h.client.tokenScopes().split(' ')).toContain('meeting:write:meeting:admin');
    const token = [...h.cache.values()][0].value;
    h.zoom.fail({ on: 'list', kind: '401', times: 2 });
    messages.push(caught(() => h.client.listUpcoming(HOST)).message);
    h.zoom.fail({ on: 'create', kind: '5xx', times: 9 });
    messages.push(caught(() => h.client.createMeeting(HOST, body, 'VC-2026-0001')).message);
    for (const m of messages) {
      expect(m).not.toContain(secret);
      expect(m).not.toContain(FAKE_ZOOM_CREDENTIALS.clientSecret);
      expect(m).not.toContain(token);
      expect(m).not.toContain(Buffer.from(`fake-client-id:${secret}`).toString('base64'));
    }
  });
});

describe('get, delete, recordings', () => {
  it('tells whether the account has a user (GET /users/{email})', () => {
    const h = install({ zoom: { users: [HOST] } });
    expect(h.client.userExists(HOST)).toBe(true);
    expect(h.client.userExists('orang@lain.go.id')).toBe(false);
    expect(h.fetches.filter((f) => f.url.includes('/users/'))).toHaveLength(2);
  });

  it('does not count a plain 404 (no Zoom code) as "already deleted"', () => {
    const h = install();
    const info = h.client.createMeeting(HOST, body, 'VC-2026-0001');
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

  it('treats deleting a missing meeting as done, also after a committed timeout', () => {
    const h = install();
    expect(() => h.client.deleteMeeting('11111111111')).not.toThrow();
    const info = h.client.createMeeting(HOST, body, 'VC-2026-0001');
    h.zoom.fail({ on: 'delete', kind: 'timeout', afterCommit: true });
    h.client.deleteMeeting(info.id);
    expect(h.zoom.state.meetings.size).toBe(0);
    expect(h.client.getMeeting(info.id)).toBeNull();
  });

  it('updates a meeting and keeps the passcode Zoom made', () => {
    const h = install();
    const info = h.client.createMeeting(HOST, body, 'VC-2026-0001');
    h.client.updateMeeting(info.id, { topic: 'Topik baru', duration: 90 });
    expect(h.client.getMeeting(info.id)).toMatchObject({ topic: 'Topik baru', duration: 90, passcode: info.passcode });
    expect(h.zoom.dailyWriteCount(HOST)).toBe(2);
  });

  it('returns null before recordings exist, then their play links with the passcode, never a download URL', () => {
    const h = install();
    const info = h.client.createMeeting(HOST, body, 'VC-2026-0001');
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

  it('keeps meeting IDs beyond 2^53 exact', () => {
    const big = '1234567890123456789';
    const h = install({ zoom: { firstMeetingId: big } });
    expect(Number(big).toString()).not.toBe(big);
    const info = h.client.createMeeting(HOST, body, 'VC-2026-0001');
    expect(info.id).toBe(big);
    expect(h.client.listUpcoming(HOST).map((m) => m.id)).toEqual([big]);
    expect(h.client.getMeeting(big)?.id).toBe(big);
    h.client.deleteMeeting(big);
    expect(h.zoom.state.meetings.size).toBe(0);
  });
});
