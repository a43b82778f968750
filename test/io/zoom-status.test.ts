/**
 * Two HTTP statuses at the edges of the Zoom client's rules, against a scripted server:
 * a plain 404 (no Zoom error code) on delete means the meeting is already gone, and an
 * HTTP 500 is retried like any 5xx (a different rule would have passed with 502 alone).
 */
import { createUrlFetchApp } from '../../dev/standin/urlfetch';
import type { FakeHttpRequest, FakeHttpResponse } from '../../dev/standin/http-types';
import { createZoomClient, ZOOM_PROPERTY_KEYS } from '../../src/io/zoom';

type Reply = Pick<FakeHttpResponse, 'status' | 'body'>;

/** Installs Apps Script globals over a server answering API calls from `replies`, in order. */
function scriptedZoom(replies: Reply[]) {
  const calls: string[] = [];
  const sleeps: number[] = [];
  const handle = (req: FakeHttpRequest): FakeHttpResponse => {
    if (req.url.startsWith('https://zoom.us/oauth/token'))
      return { status: 200, headers: {}, body: JSON.stringify({ access_token: 'tok', expires_in: 3599 }) };
    calls.push(`${req.method} ${req.url.replace('https://api.zoom.us/v2', '')}`);
    const next = replies.shift() ?? { status: 599, body: 'tidak ada jawaban lagi' };
    return { ...next, headers: { 'Content-Type': 'application/json' } };
  };
  const props: Record<string, string> = {
    [ZOOM_PROPERTY_KEYS.accountId]: 'acc',
    [ZOOM_PROPERTY_KEYS.clientId]: 'id',
    [ZOOM_PROPERTY_KEYS.clientSecret]: 'secret',
  };
  const cache = new Map<string, string>();
  const g = globalThis as Record<string, unknown>;
  g.UrlFetchApp = createUrlFetchApp({ handle });
  g.PropertiesService = { getScriptProperties: () => ({ getProperty: (k: string) => props[k] ?? null }) };
  g.CacheService = {
    getScriptCache: () => ({
      get: (k: string) => cache.get(k) ?? null,
      put: (k: string, v: string) => cache.set(k, v),
      remove: (k: string) => cache.delete(k),
    }),
  };
  g.Utilities = { base64Encode: (s: string) => Buffer.from(s, 'utf8').toString('base64') };
  return { calls, sleeps, client: createZoomClient({ sleep: (ms) => sleeps.push(ms) }) };
}

afterEach(() => {
  for (const name of ['UrlFetchApp', 'PropertiesService', 'CacheService', 'Utilities'])
    delete (globalThis as Record<string, unknown>)[name];
});

describe('deleteMeeting', () => {
  it('a plain 404 without a Zoom code is not taken as "already deleted": the cancel stays pending', () => {
    const z = scriptedZoom([{ status: 404, body: '' }]);
    expect(() => z.client.deleteMeeting('123')).toThrow(/HTTP 404 tanpa keterangan/);
    expect(z.calls).toEqual(['delete /meetings/123']);
  });

  it('a 404 with Zoom code 3001 (meeting not found) counts as already deleted', () => {
    const z = scriptedZoom([{ status: 404, body: JSON.stringify({ code: 3001, message: 'Meeting does not exist' }) }]);
    expect(() => z.client.deleteMeeting('123')).not.toThrow();
  });

  it('a 404 naming a missing user (code 1001) is an error, not a deleted meeting', () => {
    const z = scriptedZoom([{ status: 404, body: JSON.stringify({ code: 1001, message: 'User does not exist' }) }]);
    expect(() => z.client.deleteMeeting('123')).toThrow(/Akun host Zoom tidak ada di akun Zoom kantor/);
  });
});

describe('HTTP 500', () => {
  it('is retried after a wait, then succeeds', () => {
    const z = scriptedZoom([
      { status: 500, body: '' },
      { status: 204, body: '' },
    ]);
    z.client.deleteMeeting('123');
    expect(z.calls).toEqual(['delete /meetings/123', 'delete /meetings/123']);
    expect(z.sleeps).toEqual([1000]);
  });
});
