import type { FakeHttpRequest } from '../../dev/standin/http-types';
import { createHttpRouter, createUrlFetchApp } from '../../dev/standin/urlfetch';

function echoServer(name: string, seen: FakeHttpRequest[]) {
  return (req: FakeHttpRequest) => {
    seen.push(req);
    return {
      status: req.url.includes('/fail') ? 401 : 200,
      headers: { 'X-Server': name },
      body: `${name}:${req.method}`,
    };
  };
}

describe('UrlFetchApp stand-in', () => {
  const setup = () => {
    const seen: FakeHttpRequest[] = [];
    const calls: string[] = [];
    const router = createHttpRouter();
    router.register('https://api.zoom.us/', echoServer('api', seen));
    router.register('https://api.zoom.us/v2/special', echoServer('special', seen));
    router.register('https://zoom.us/', () => {
      throw new Error('Timeout: https://zoom.us/oauth/token');
    });
    return { seen, calls, app: createUrlFetchApp(router, (m) => calls.push(m)) };
  };

  it('defaults to GET, reads the method case-insensitively, and picks the longest prefix', () => {
    const { app, seen } = setup();
    expect(app.fetch('https://api.zoom.us/v2/x').getContentText()).toBe('api:get');
    expect(app.fetch('https://api.zoom.us/v2/special/y', { method: 'POST' as any }).getContentText()).toBe(
      'special:post',
    );
    expect(seen.map((r) => r.method)).toEqual(['get', 'post']);
  });

  it('form-encodes an object payload and sends a string payload with its content type', () => {
    const { app, seen } = setup();
    app.fetch('https://api.zoom.us/a', { method: 'post', payload: { q: 'a b&c', n: 2 } });
    app.fetch('https://api.zoom.us/b', {
      method: 'post',
      contentType: 'application/json',
      payload: '{"a":1}',
      headers: { Authorization: 'Bearer t' },
    });
    expect(seen[0]).toMatchObject({
      payload: 'q=a%20b%26c&n=2',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(seen[1]).toMatchObject({
      payload: '{"a":1}',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t' },
    });
  });

  it('throws on status ≥ 400 unless muteHttpExceptions, with the real message shape', () => {
    const { app } = setup();
    expect(() => app.fetch('https://api.zoom.us/fail')).toThrow(
      'Request failed for https://api.zoom.us returned code 401. Truncated server response: api:get (use muteHttpExceptions option to examine full response)',
    );
    const res = app.fetch('https://api.zoom.us/fail', { muteHttpExceptions: true });
    expect(res.getResponseCode()).toBe(401);
    expect(res.getHeaders()).toEqual({ 'X-Server': 'api' });
    expect(res.getAllHeaders()).toEqual({ 'X-Server': 'api' });
  });

  it('passes network failures on and refuses unknown hosts', () => {
    const { app } = setup();
    expect(() => app.fetch('https://zoom.us/oauth/token', { muteHttpExceptions: true })).toThrow(
      'Timeout: https://zoom.us/oauth/token',
    );
    expect(() => app.fetch('https://nowhere.example/x', { muteHttpExceptions: true })).toThrow(
      'DNS error: https://nowhere.example',
    );
  });

  it('supports fetchAll and getRequest, and reports each call', () => {
    const { app, calls } = setup();
    const all = app.fetchAll(['https://api.zoom.us/1', { url: 'https://api.zoom.us/2', method: 'delete' }]);
    expect(all.map((r) => r.getContentText())).toEqual(['api:get', 'api:delete']);
    expect(app.getRequest('https://api.zoom.us/3', { method: 'patch', payload: 'x' })).toMatchObject({
      method: 'patch',
      payload: 'x',
      url: 'https://api.zoom.us/3',
    });
    expect(calls).toEqual(['fetchAll', 'getRequest']);
  });
});
