import { FAKE_ZOOM_CREDENTIALS } from '../../dev/fake-zoom/server';
import { API, basic, createBody, HOST, setup, tokenUrl } from './fake-zoom-harness';

describe('fake Zoom: OAuth', () => {
  it('issues a bearer token for the configured credentials only', () => {
    const { zoom, tokenRes } = setup();
    expect(JSON.parse(tokenRes.body)).toMatchObject({
      token_type: 'bearer',
      expires_in: 3599,
      api_url: 'https://api.zoom.us',
    });
    const wrongSecret = zoom.handler({
      url: tokenUrl(),
      method: 'post',
      headers: { Authorization: basic(FAKE_ZOOM_CREDENTIALS.clientId, 'nope') },
      payload: '',
    });
    expect(wrongSecret.status).toBe(401);
    expect(JSON.parse(wrongSecret.body)).toEqual({
      reason: 'Invalid client_id or client_secret',
      error: 'invalid_client',
    });
    const wrongAccount = zoom.handler({
      url: tokenUrl('other'),
      method: 'post',
      headers: { Authorization: basic(FAKE_ZOOM_CREDENTIALS.clientId, FAKE_ZOOM_CREDENTIALS.clientSecret) },
      payload: '',
    });
    expect(wrongAccount.status).toBe(400);
    expect(zoom.state.tokensIssued).toBe(1);
  });

  it('refuses API calls without a valid token, and tokens expire after 3599 s', () => {
    const { zoom, clock, tokenRes } = setup();
    const noToken = zoom.handler({ url: `${API}/meetings/1`, method: 'get', headers: {}, payload: '' });
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body).code).toBe(124);
    const old = JSON.parse(tokenRes.body).access_token;
    const get = () =>
      zoom.handler({
        url: `${API}/users/${HOST}/meetings`,
        method: 'get',
        headers: { Authorization: `Bearer ${old}` },
        payload: '',
      });
    clock.ms += 3598 * 1000;
    expect(get().status).toBe(200);
    clock.ms += 2 * 1000;
    expect(JSON.parse(get().body)).toEqual({ code: 124, message: 'Access token is expired.' });
  });
});

describe('fake Zoom: meetings', () => {
  it('creates a meeting in Zoom shape, reading local start_time in its time zone', () => {
    const { call } = setup();
    const res = call('post', `/users/${encodeURIComponent(HOST)}/meetings`, createBody);
    expect(res.status).toBe(201);
    expect(res.body).toMatch(/"id":85746065432[,}]/);
    expect(res.json).toMatchObject({
      host_email: HOST,
      start_time: '2026-03-10T02:00:00Z',
      timezone: 'Asia/Jakarta',
      password: 'ab3Cd5Ef',
      type: 2,
    });
    expect(res.json.start_url).toContain('zak=');
    expect(res.json.join_url).toContain('/j/85746065432');
  });

  it('answers code 300 with the field for a body that breaks the spec', () => {
    const { call, zoom, tokenRes } = setup();
    const bad = call('post', `/users/${HOST}/meetings`, { ...createBody, settings: { auto_recording: 'yes' } });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: 300, errors: [{ field: 'settings.auto_recording' }] });
    const token = JSON.parse(tokenRes.body).access_token;
    const notJson = zoom.handler({
      url: `${API}/users/${HOST}/meetings`,
      method: 'post',
      headers: { Authorization: `Bearer ${token}` },
      payload: 'topic=x',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toEqual({ code: 300, message: 'Request Body should be a valid JSON object.' });
    expect(
      call('post', `/users/${HOST}/meetings`, { ...createBody, timezone: 'Mars/Olympus' }).json.errors[0].field,
    ).toBe('timezone');
  });

  it('answers 1001 for an unknown host and 3001 for an unknown meeting', () => {
    const { call } = setup({ users: [HOST] });
    expect(call('post', '/users/orang@lain.go.id/meetings', createBody)).toMatchObject({
      status: 404,
      json: { code: 1001 },
    });
    expect(call('get', '/meetings/999')).toMatchObject({ status: 404, json: { code: 3001 } });
    expect(call('delete', '/meetings/999')).toMatchObject({ status: 404, json: { code: 3001 } });
  });

  it('lists upcoming meetings page by page and hides ended ones', () => {
    const { call, clock } = setup();
    for (let i = 0; i < 3; i += 1)
      call('post', `/users/${HOST}/meetings`, { ...createBody, start_time: `2026-03-1${i}T09:00:00` });
    const first = call('get', `/users/${HOST}/meetings?type=upcoming&page_size=2`).json;
    expect(first.meetings).toHaveLength(2);
    expect(first.meetings[0]).toHaveProperty('agenda', '[VC-2026-0001]');
    expect(first.meetings[0]).not.toHaveProperty('start_url');
    const second = call(
      'get',
      `/users/${HOST}/meetings?type=upcoming&page_size=2&next_page_token=${first.next_page_token}`,
    ).json;
    expect(second).toMatchObject({ next_page_token: '', total_records: 3 });
    clock.ms = Date.UTC(2026, 2, 11, 12, 0, 0);
    expect(call('get', `/users/${HOST}/meetings?type=upcoming`).json.total_records).toBe(1);
  });

  it('updates with 204, merges settings, and deletes with 204', () => {
    const { call, zoom } = setup();
    const id = String(
      call('post', `/users/${HOST}/meetings`, { ...createBody, settings: { waiting_room: true } }).json.id,
    );
    expect(call('patch', `/meetings/${id}`, { topic: 'Baru', settings: { mute_upon_entry: true } }).status).toBe(204);
    expect(zoom.state.meetings.get(id)).toMatchObject({
      topic: 'Baru',
      settings: { waiting_room: true, mute_upon_entry: true },
    });
    expect(call('delete', `/meetings/${id}`).status).toBe(204);
    expect(zoom.state.meetings.size).toBe(0);
  });

  it('answers 3301 until a recording exists', () => {
    const { call, zoom } = setup();
    const id = String(call('post', `/users/${HOST}/meetings`, createBody).json.id);
    expect(call('get', `/meetings/${id}/recordings`).json).toEqual({
      code: 3301,
      message: 'There is no recording for this meeting.',
    });
    zoom.addRecording(id);
    expect(call('get', `/meetings/${id}/recordings`).json.recording_files).toHaveLength(1);
  });
});

describe('fake Zoom: daily limit and faults', () => {
  it('allows 100 creates/updates per host per UTC day and resets at 00:00 UTC', () => {
    const { call, clock, zoom } = setup();
    for (let i = 0; i < 100; i += 1) expect(call('post', `/users/${HOST}/meetings`, createBody).status).toBe(201);
    const limited = call('post', `/users/${HOST}/meetings`, createBody);
    expect(limited.status).toBe(429);
    expect(limited.headers).toMatchObject({
      'X-RateLimit-Type': 'Daily-limit',
      'Retry-After': '2026-03-10T00:00:00Z',
      'X-RateLimit-Remaining': '0',
    });
    expect(call('post', '/users/zoom2@diskominfo.example.go.id/meetings', createBody).status).toBe(201);
    clock.ms = Date.UTC(2026, 2, 10, 0, 0, 0);
    expect(call('post', `/users/${HOST}/meetings`, createBody).status).toBe(201);
    expect(zoom.dailyWriteCount(HOST)).toBe(1);
  });

  it('fails on demand: before or after committing, as many times as asked', () => {
    const { call, zoom } = setup();
    zoom.fail({ on: 'create', kind: 'timeout', afterCommit: true });
    expect(() => call('post', `/users/${HOST}/meetings`, createBody)).toThrow(/^Timeout: https:\/\/api\.zoom\.us/);
    expect(zoom.state.meetings.size).toBe(1);
    zoom.fail({ on: 'create', kind: 'network', times: 2 });
    expect(() => call('post', `/users/${HOST}/meetings`, createBody)).toThrow(/Address unavailable/);
    expect(() => call('post', `/users/${HOST}/meetings`, createBody)).toThrow(/Address unavailable/);
    expect(zoom.state.meetings.size).toBe(1);
    zoom.fail({ on: 'list', kind: '5xx' });
    expect(call('get', `/users/${HOST}/meetings`).status).toBe(502);
    zoom.fail({ on: 'get', kind: '429', retryAfterSeconds: 3 });
    expect(
      zoom.handler({ url: `${API}/meetings/1`, method: 'get', headers: {}, payload: '' }).headers['Retry-After'],
    ).toBe('3');
    expect(call('post', `/users/${HOST}/meetings`, createBody).status).toBe(201);
  });
});
