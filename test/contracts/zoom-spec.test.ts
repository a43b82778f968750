/**
 * Contract: what the client sends and what the fake Zoom answers both match the Zoom
 * Meeting API OpenAPI spec. Validators are compiled here, independently of the fake's own.
 */
import Ajv from 'ajv';
import { createFakeZoom, FAKE_ZOOM_CREDENTIALS } from '../../dev/fake-zoom/server';
import { zoomSchema, type ZoomSchemaName } from '../../dev/fake-zoom/spec';
import type { FakeHttpRequest } from '../../dev/standin/http-types';
import { agendaMarker, buildCreateMeetingBody, buildUpdateBody, type ZoomMeetingInput } from '../../src/core/zoom-payload';

const MARKER = agendaMarker('VC-2026-0001', 'VC-2026-0001:v7:create_meeting');

const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
const validators = new Map<ZoomSchemaName, ReturnType<Ajv['compile']>>();
function check(name: ZoomSchemaName, value: unknown): string[] {
  if (!validators.has(name)) validators.set(name, ajv.compile(zoomSchema(name)));
  const validate = validators.get(name)!;
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const base: ZoomMeetingInput = {
  requestId: 'VC-2026-0001', title: 'Rapat Koordinasi', agency: 'Bappeda', date: '2026-03-10', start: '09:00', end: '10:30',
  timeZone: 'Asia/Makassar', recording: false, alternativeHosts: [],
};

describe('request bodies the client builds', () => {
  const variants: Array<[string, ZoomMeetingInput]> = [
    ['plain', base],
    ['with cloud recording', { ...base, recording: true }],
    ['with alternative hosts', { ...base, alternativeHosts: ['a@kominfo.go.id', 'b@kominfo.go.id'] }],
    ['with long unicode topic and agenda', { ...base, title: 'Rapat 📹 Koordinasi Ñandú '.repeat(40), agency: 'Dinas 🏛️ Kominfo '.repeat(300) }],
    ['for a WIT office', { ...base, timeZone: 'Asia/Jayapura' }],
    ['for a WIB (Pontianak) office', { ...base, timeZone: 'Asia/Pontianak' }],
  ];

  it.each(variants)('create body %s is valid', (_name, input) => {
    expect(check('createBody', buildCreateMeetingBody(input, MARKER))).toEqual([]);
  });

  it.each(variants)('update body %s is valid', (_name, input) => {
    expect(check('updateBody', buildUpdateBody(input))).toEqual([]);
  });

  it('a body that breaks the spec is refused (the check can fail)', () => {
    const body = buildCreateMeetingBody(base, MARKER);
    expect(check('createBody', { ...body, topic: 'x'.repeat(201) })).toEqual(['/topic must NOT have more than 200 characters']);
    expect(check('createBody', { ...body, type: 5, settings: { auto_recording: 'yes' } })).toHaveLength(2);
    expect(check('updateBody', { ...body, password: '12345678901' })).toHaveLength(1);
  });

  it('asks Zoom for the passcode instead of sending one, in both bodies', () => {
    expect(buildCreateMeetingBody(base, MARKER)).toMatchObject({ default_password: true });
    expect(buildCreateMeetingBody(base, MARKER)).not.toHaveProperty('password');
    expect(buildUpdateBody(base)).not.toHaveProperty('password');
  });
});

describe('responses of the fake Zoom', () => {
  const zoom = createFakeZoom({ now: () => new Date(Date.UTC(2026, 2, 1, 0, 0, 0)) });
  const token = JSON.parse(zoom.handler({
    url: `https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${FAKE_ZOOM_CREDENTIALS.accountId}`, method: 'post', payload: '',
    headers: { Authorization: `Basic ${Buffer.from(`${FAKE_ZOOM_CREDENTIALS.clientId}:${FAKE_ZOOM_CREDENTIALS.clientSecret}`).toString('base64')}` },
  }).body).access_token;
  const call = (method: FakeHttpRequest['method'], path: string, body?: object) =>
    zoom.handler({ url: `https://api.zoom.us/v2${path}`, method, headers: { Authorization: `Bearer ${token}` }, payload: body ? JSON.stringify(body) : '' });
  const created = call('post', '/users/host@kominfo.go.id/meetings', buildCreateMeetingBody({ ...base, recording: true, alternativeHosts: ['a@kominfo.go.id'] }, MARKER));
  const id = JSON.parse(created.body).id;
  const undocumentedButReal = ['uuid', 'host_id', 'pstn_password', 'encrypted_password'];
  const propsOf = (name: ZoomSchemaName, pick: (s: any) => any = (s) => s) => Object.keys(pick(zoomSchema(name)).properties);

  it('201 create matches the spec and uses only its fields (plus ones real Zoom sends)', () => {
    expect(created.status).toBe(201);
    const json = JSON.parse(created.body);
    expect(check('create201', json)).toEqual([]);
    const allowed = [...propsOf('create201'), ...undocumentedButReal];
    expect(Object.keys(json).filter((k) => !allowed.includes(k))).toEqual([]);
    const settingsAllowed = propsOf('create201', (s) => s.properties.settings);
    expect(Object.keys(json.settings).filter((k) => !settingsAllowed.includes(k))).toEqual([]);
  });

  it('200 get matches the spec and uses only its fields', () => {
    const res = call('get', `/meetings/${id}`);
    expect(res.status).toBe(200);
    const json = JSON.parse(res.body);
    expect(check('get200', json)).toEqual([]);
    expect(Object.keys(json).filter((k) => ![...propsOf('get200'), ...undocumentedButReal].includes(k))).toEqual([]);
  });

  it('200 list matches the spec and its items use only its fields', () => {
    const json = JSON.parse(call('get', '/users/host@kominfo.go.id/meetings?type=upcoming').body);
    expect(check('list200', json)).toEqual([]);
    expect(json.meetings).toHaveLength(1);
    const itemProps = propsOf('list200', (s) => s.properties.meetings.items);
    expect(Object.keys(json.meetings[0]).filter((k) => !itemProps.includes(k))).toEqual([]);
  });

  it('200 recordings matches the spec, field by field, with both passcode fields', () => {
    zoom.addRecording(String(id), ['shared_screen_with_speaker_view', 'audio_only']);
    const json = JSON.parse(call('get', `/meetings/${id}/recordings`).body);
    expect(check('recordings200', json)).toEqual([]);
    expect(Object.keys(json).filter((k) => !propsOf('recordings200').includes(k))).toEqual([]);
    expect(json).toMatchObject({ password: expect.any(String), recording_play_passcode: expect.any(String) });
    const fileProps = propsOf('recordings200', (s) => s.properties.recording_files.items);
    expect(Object.keys(json.recording_files[0]).filter((k) => !fileProps.includes(k))).toEqual([]);
  });

  it('200 user matches the spec and uses only its fields', () => {
    const json = JSON.parse(call('get', '/users/host@kominfo.go.id').body);
    expect(check('user200', json)).toEqual([]);
    expect(Object.keys(json).filter((k) => !propsOf('user200').includes(k))).toEqual([]);
  });

  it('a response that breaks the spec is refused (the check can fail)', () => {
    expect(check('get200', { ...JSON.parse(call('get', `/meetings/${id}`).body), id: 'abc' })).toEqual(['/id must be integer']);
  });
});
