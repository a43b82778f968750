import { FAKE_ZOOM_CREDENTIALS } from '../../dev/fake-zoom/server';
import { ZOOM_PROPERTY_KEYS } from '../../src/io/zoom';
import { body, caught, HOST, install, MARKER, markerOf, uninstall } from './zoom-client-harness';

afterEach(uninstall);

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
    const info = h.client.createMeeting(HOST, body, MARKER);
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
    const first = h.client.createMeeting(HOST, body, MARKER);
    const again = h.client.createMeeting(HOST, body, MARKER);
    expect(again).toEqual(first);
    expect(h.zoom.state.meetings.size).toBe(1);
  });

  it('after a timeout on a create that Zoom did carry out, still leaves exactly one meeting', () => {
    const h = install();
    h.zoom.fail({ on: 'create', kind: 'timeout', afterCommit: true });
    const info = h.client.createMeeting(HOST, body, MARKER);
    expect(h.zoom.state.meetings.size).toBe(1);
    expect(h.zoom.state.meetings.has(info.id)).toBe(true);
    expect(h.sleeps).toEqual([1000]);
  });

  it('stops at the daily per-host limit with advice about the 00:00 UTC reset', () => {
    const h = install({ zoom: { dailyLimit: 2 } });
    h.client.createMeeting(HOST, body, MARKER);
    h.client.createMeeting(HOST, { ...body, agenda: markerOf('VC-2026-0002') }, markerOf('VC-2026-0002'));
    const error = caught(() =>
      h.client.createMeeting(HOST, { ...body, agenda: markerOf('VC-2026-0003') }, markerOf('VC-2026-0003')),
    );
    expect(error.message).toContain('pukul 00.00 UTC (07.00 WIB)');
    expect(error.retry).toBe('never');
    expect(h.sleeps).toEqual([]);
  });

  it('names the field Zoom rejects, and a host missing from the account', () => {
    const h = install({ zoom: { users: [HOST] } });
    const invalid = caught(() =>
      h.client.createMeeting(HOST, { ...body, topic: 'x'.repeat(201) }, markerOf('VC-2026-0009')),
    );
    expect(invalid).toMatchObject({ code: 300, field: 'topic', status: 400, permanent: true });
    const missing = caught(() => h.client.createMeeting('orang@lain.go.id', body, MARKER));
    expect(missing).toMatchObject({ code: 1001, permanent: true });
    expect(missing.message).toContain('Sumber Daya');
    expect(h.sleeps).toEqual([]);
  });
});

describe('retries', () => {
  it('backs off after a 5xx (a plain 500 as well as 502) and then succeeds', () => {
    const h = install();
    h.zoom.fail({ on: 'list', kind: '5xx', times: 2 });
    expect(h.client.listUpcoming(HOST)).toEqual([]);
    expect(h.sleeps).toEqual([1000, 2000]);
    h.zoom.fail({ on: 'create', kind: '5xx', status: 500, times: 1 });
    const info = h.client.createMeeting(HOST, body, MARKER);
    expect(h.zoom.state.meetings.has(info.id)).toBe(true);
    expect(h.sleeps).toEqual([1000, 2000, 1000]);
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
    expect(caught(() => h.client.tokenScopes())).toMatchObject({ message: expected, retry: 'never' });
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
    expect(refused.message).toMatch(/Client Secret salah/);
    const messages = [refused.message, caught(() => wrong.client.listUpcoming(HOST)).message];
    const h = install();
    expect(h.client.tokenScopes().split(' ')).toContain('meeting:write:meeting:admin');
    const token = [...h.cache.values()][0].value;
    h.zoom.fail({ on: 'list', kind: '401', times: 2 });
    messages.push(caught(() => h.client.listUpcoming(HOST)).message);
    h.zoom.fail({ on: 'create', kind: '5xx', times: 9 });
    messages.push(caught(() => h.client.createMeeting(HOST, body, MARKER)).message);
    for (const m of messages) {
      expect(m).not.toContain(secret);
      expect(m).not.toContain(FAKE_ZOOM_CREDENTIALS.clientSecret);
      expect(m).not.toContain(token);
      expect(m).not.toContain(Buffer.from(`fake-client-id:${secret}`).toString('base64'));
    }
  });
});

describe('get, delete, recordings', () => {
  it('treats deleting a missing meeting as done, also after a committed timeout', () => {
    const h = install();
    expect(() => h.client.deleteMeeting('11111111111')).not.toThrow();
    const info = h.client.createMeeting(HOST, body, MARKER);
    h.zoom.fail({ on: 'delete', kind: 'timeout', afterCommit: true });
    h.client.deleteMeeting(info.id);
    expect(h.zoom.state.meetings.size).toBe(0);
    expect(h.client.getMeeting(info.id)).toBeNull();
  });

  it('updates a meeting and keeps the passcode Zoom made', () => {
    const h = install();
    const info = h.client.createMeeting(HOST, body, MARKER);
    h.client.updateMeeting(info.id, { topic: 'Topik baru', duration: 90 });
    expect(h.client.getMeeting(info.id)).toMatchObject({ topic: 'Topik baru', duration: 90, passcode: info.passcode });
    expect(h.zoom.dailyWriteCount(HOST)).toBe(2);
  });

  it('keeps meeting IDs beyond 2^53 exact', () => {
    const big = '1234567890123456789';
    const h = install({ zoom: { firstMeetingId: big } });
    expect(Number(big).toString()).not.toBe(big);
    const info = h.client.createMeeting(HOST, body, MARKER);
    expect(info.id).toBe(big);
    expect(h.client.listUpcoming(HOST).map((m) => m.id)).toEqual([big]);
    expect(h.client.getMeeting(big)?.id).toBe(big);
    h.client.deleteMeeting(big);
    expect(h.zoom.state.meetings.size).toBe(0);
  });
});
