/** A fake Zoom answering raw HTTP calls with a fresh token each, for the fake's own tests. */
import { createFakeZoom, FAKE_ZOOM_CREDENTIALS } from '../../dev/fake-zoom/server';
import type { FakeHttpRequest } from '../../dev/standin/http-types';

export const HOST = 'zoom1@diskominfo.example.go.id';
export const API = 'https://api.zoom.us/v2';
export const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
export const tokenUrl = (account = FAKE_ZOOM_CREDENTIALS.accountId) =>
  `https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${account}`;

/** A fake Zoom at 2026-03-09T23:00Z; `call` sends one API request with a new token. */
export function setup(opts: Parameters<typeof createFakeZoom>[0] = {}) {
  const clock = { ms: Date.UTC(2026, 2, 9, 23, 0, 0) };
  const zoom = createFakeZoom({ now: () => new Date(clock.ms), ...opts });
  const issue = () =>
    zoom.handler({
      url: tokenUrl(),
      method: 'post',
      headers: { Authorization: basic(FAKE_ZOOM_CREDENTIALS.clientId, FAKE_ZOOM_CREDENTIALS.clientSecret) },
      payload: '',
    });
  const tokenRes = issue();
  const parse = (text: string) => {
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  };
  const call = (method: FakeHttpRequest['method'], path: string, body?: object) => {
    const token = parse(issue().body).access_token as string;
    const res = zoom.handler({
      url: API + path,
      method,
      headers: { authorization: `Bearer ${token}` },
      payload: body ? JSON.stringify(body) : '',
    });
    return { ...res, json: parse(res.body) };
  };
  return { zoom, clock, tokenRes, call };
}

/** A create body as a client may send it (local start_time in a listed zone, own passcode). */
export const createBody = {
  type: 2,
  topic: 'Rapat',
  agenda: '[VC-2026-0001]',
  start_time: '2026-03-10T09:00:00',
  timezone: 'Asia/Jakarta',
  duration: 60,
  password: 'ab3Cd5Ef',
};
