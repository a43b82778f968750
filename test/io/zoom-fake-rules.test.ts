/**
 * The Zoom rules the fake enforces beyond the request schemas (see dev/fake-zoom/README.md):
 * time zones from Zoom's list, passcode requirements, scopes, users, 3161, 5xx shapes, and its
 * check of its own answers against the spec.
 */
import { checkedResponse } from '../../dev/fake-zoom/self-check';
import { zoomTimeZones } from '../../dev/fake-zoom/timezones';
import { createBody, HOST, setup } from './fake-zoom-harness';

const create = (call: ReturnType<typeof setup>['call'], body: object) => call('post', `/users/${HOST}/meetings`, body);

describe('fake Zoom: time zones', () => {
  it("accepts only ids from Zoom's documented list, with Zoom's validation error otherwise", () => {
    const { call } = setup();
    for (const zone of ['Asia/Makassar', 'Asia/Jayapura', 'Asia/Pontianak', 'WITA', 'Mars/Olympus']) {
      expect(create(call, { ...createBody, timezone: zone })).toMatchObject({
        status: 400,
        json: { code: 300, message: 'Validation Failed.', errors: [{ field: 'timezone', message: 'Invalid field.' }] },
      });
    }
    const singapore = create(call, { ...createBody, start_time: '2026-03-10T01:00:00Z', timezone: 'Asia/Singapore' });
    expect(singapore).toMatchObject({
      status: 201,
      json: { start_time: '2026-03-10T01:00:00Z', timezone: 'Asia/Singapore' },
    });
  });

  it('refuses an unlisted zone on update too, and keeps the meeting unchanged', () => {
    const { call, zoom } = setup();
    const id = String(create(call, createBody).json.id);
    expect(call('patch', `/meetings/${id}`, { timezone: 'Asia/Jayapura' }).status).toBe(400);
    expect(zoom.state.meetings.get(id)?.timezone).toBe('Asia/Jakarta');
    expect(
      call('patch', `/meetings/${id}`, { start_time: '2026-03-11T00:00:00Z', timezone: 'Asia/Tokyo' }).status,
    ).toBe(204);
    expect(zoom.state.meetings.get(id)).toMatchObject({ start_time: '2026-03-11T00:00:00Z', timezone: 'Asia/Tokyo' });
  });

  it('vendors the list with its offsets: Jakarta +07:00, no Indonesian +08:00/+09:00 zone', () => {
    const byId = new Map(zoomTimeZones().map((z) => [z.id, z]));
    expect(byId.get('Asia/Jakarta')?.utcOffset).toBe('+07:00');
    expect(byId.get('Asia/Singapore')?.utcOffset).toBe('+08:00');
    expect(byId.get('Asia/Tokyo')?.utcOffset).toBe('+09:00');
    expect(byId.get('Europe/London')).toMatchObject({ utcOffset: '+00:00', dstOffset: '+01:00' });
    expect(zoomTimeZones().filter((z) => z.id.startsWith('Asia/') && /Makassar|Jayapura|Pontianak/.test(z.id))).toEqual(
      [],
    );
  });
});

describe('fake Zoom: passcodes', () => {
  const rule = { length: 8, have_letter: true, have_number: true, have_upper_and_lower_characters: true };

  it("refuses a passcode that breaks the account's rule, naming the rule", () => {
    const { call } = setup({ passcodeRule: rule });
    const res = create(call, { ...createBody, password: 'ab3Cd5' });
    expect(res).toMatchObject({ status: 400, json: { code: 300, errors: [{ field: 'password' }] } });
    expect(res.json.errors[0].message).toMatch(/at least 8/);
    expect(create(call, { ...createBody, password: 'ab3cd5ef' }).json.errors[0].message).toMatch(/uppercase/);
    expect(create(call, { ...createBody, password: 'ab3Cd5Ef' }).status).toBe(201);
    expect(create(call, { ...createBody, password: 'abc d' }).json.errors[0].field).toBe('password');
  });

  it('generates a compliant passcode when none is sent, and puts it in the join URL', () => {
    const { call } = setup({ passcodeRule: { length: 10, only_allow_numeric: true } });
    const { password: _own, ...body } = createBody;
    const res = create(call, { ...body, default_password: true });
    expect(res.status).toBe(201);
    expect(res.json.password).toMatch(/^\d{10}$/);
    expect(res.json.join_url).toMatch(/\?pwd=\w+/);
  });

  it('leaves a meeting without passcode only when neither the body nor the account asks for one', () => {
    const { call } = setup({ requirePasscode: false });
    const { password: _own, ...body } = createBody;
    const res = create(call, body);
    expect(res.json.password).toBe('');
    expect(res.json.join_url).not.toContain('pwd=');
    expect(create(call, { ...body, default_password: true }).json.password).toMatch(/^\w{6}$/);
  });
});

describe('fake Zoom: scopes, users, hosting', () => {
  it('refuses a token without the endpoint scope with 4711, naming granular or classic scopes', () => {
    const granular = setup({ scopes: ['meeting:read:meeting:admin'] });
    expect(create(granular.call, createBody)).toMatchObject({
      status: 400,
      json: {
        code: 4711,
        message: 'Invalid access token, does not contain scopes:[meeting:write:meeting, meeting:write:meeting:admin].',
      },
    });
    const classic = setup({ scopes: ['meeting:read:admin'] });
    expect(create(classic.call, createBody).json.message).toContain('[meeting:write, meeting:write:admin]');
    expect(setup({ scopes: ['meeting:write:admin'] }).call('post', `/users/${HOST}/meetings`, createBody).status).toBe(
      201,
    );
  });

  it('lists its scopes in the token answer, and a scope added later reaches new tokens only', () => {
    const { zoom, tokenRes, call } = setup({ scopes: ['meeting:read:meeting:admin'] });
    expect(JSON.parse(tokenRes.body).scope).toBe('meeting:read:meeting:admin');
    zoom.setScopes(['meeting:read:meeting:admin', 'meeting:write:meeting:admin']);
    expect(create(call, createBody).status).toBe(201);
  });

  it('answers GET /users/{email} for members and 1001 for others', () => {
    const { call } = setup({ users: [HOST] });
    expect(call('get', `/users/${encodeURIComponent(HOST)}`)).toMatchObject({
      status: 200,
      json: { email: HOST, type: 2, status: 'active' },
    });
    expect(call('get', '/users/orang@lain.go.id')).toMatchObject({
      status: 404,
      json: { code: 1001, message: 'User does not exist: orang@lain.go.id.' },
    });
  });

  it('answers 3161 for a host whose meeting capabilities are off', () => {
    const { call } = setup({ users: [HOST], hostingDisabled: [HOST] });
    expect(create(call, createBody)).toMatchObject({
      status: 400,
      json: {
        code: 3161,
        message: 'Meeting hosting and scheduling capabilities are not allowed for your user account.',
      },
    });
  });

  it('fails with a 500 or a 502 gateway page on demand', () => {
    const { call, zoom } = setup();
    zoom.fail({ on: 'get', kind: '5xx', status: 500 });
    expect(call('get', '/meetings/1')).toMatchObject({ status: 500, json: null });
    zoom.fail({ on: 'get', kind: '5xx' });
    expect(call('get', '/meetings/1').body).toContain('502 Bad Gateway');
  });
});

describe('fake Zoom: its answers follow the spec', () => {
  it('answers recordings with the passcode fields of the schema and play links', () => {
    const { call, zoom } = setup();
    const id = String(create(call, createBody).json.id);
    zoom.addRecording(id, ['shared_screen_with_speaker_view', 'audio_only']);
    const json = call('get', `/meetings/${id}/recordings`).json;
    expect(json.password).toMatch(/^[\w@*-]{8}$/);
    expect(json.recording_play_passcode).toMatch(/^[\w-]{32}$/);
    expect(json.recording_files.map((f: { play_url: string }) => f.play_url)).toEqual([
      expect.stringContaining('/rec/play/'),
      expect.stringContaining('/rec/play/'),
    ]);
  });

  it('throws instead of answering outside the spec', () => {
    const bad = { status: 200, headers: {}, body: JSON.stringify({ id: 'not-a-number', topic: 'x' }) };
    expect(() => checkedResponse('get', bad)).toThrow(/outside the spec: \/id must be integer/);
    const noCode = { status: 404, headers: {}, body: JSON.stringify({ error: 'x' }) };
    expect(() => checkedResponse('get', noCode)).toThrow(/without \{ code, message \}/);
    expect(() => checkedResponse('delete', { status: 200, headers: {}, body: '{}' })).toThrow(/no 200 answer/);
    const fine = { status: 204, headers: {}, body: '' };
    expect(checkedResponse('delete', fine)).toBe(fine);
  });
});
