/**
 * Finding 12 (issue 15), the local playground: it never writes a secret to `.playground/state.json`
 * (Zoom credentials typed into the wizard are stored as the fake Zoom's own and replay with them),
 * and it refuses, with 403 and an Indonesian message, every request whose Host is not its own or that
 * another web page sent (Origin, Sec-Fetch-Site) — the routes and the google.script.run shim alike.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { createRoutes } from '../../../dev/playground/routes';
import { createSession, type Session } from '../../../dev/playground/session';
import { loadState, saveState, initialState } from '../../../dev/playground/state';
import { ADMIN_EMAIL } from '../../../dev/playground/world';
import { tempStateFile } from '../../browser/playground-walk';

const SEED_TIMEOUT_MS = 240000;
const REAL = { accountId: 'akun-kantor-asli', clientId: 'klien-asli-9f8e', clientSecret: 'RAHASIA-ASLI-7d6c5b4a' };

describe('finding 12: the playground answers only its own page', () => {
  const calls: string[] = [];
  const session = {
    invoke: (name: string) => {
      calls.push(name);
      return { ok: true, value: name };
    },
    reset: () => calls.push('reset'),
    notify: () => undefined,
  } as unknown as Session;
  let server: http.Server;
  let port = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    handler = createRoutes(session, { host: '127.0.0.1', port });
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  let handler: http.RequestListener = () => undefined;

  function send(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers, agent: false }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end('[]');
    });
  }

  const own = () => ({
    Host: `127.0.0.1:${port}`,
    Origin: `http://127.0.0.1:${port}`,
    'Sec-Fetch-Site': 'same-origin',
  });

  it.each([
    ['another page (Origin)', { Origin: 'http://evil.example' }],
    ['a page on another local port (Origin)', { Origin: 'http://127.0.0.1:1' }],
    ['a sandboxed page (Origin null)', { Origin: 'null' }],
    ['a DNS-rebound name (Host)', { Host: `evil.example:${0}` }],
    ['a cross-site fetch without Origin', { Origin: '', 'Sec-Fetch-Site': 'cross-site' }],
    ['an https origin', { Origin: `https://127.0.0.1:${0}` }],
  ])('refuses %s with 403 and runs nothing', async (_what, extra) => {
    calls.length = 0;
    const headers: Record<string, string> = { ...own(), ...extra };
    if (headers.Host.endsWith(':0')) headers.Host = headers.Host.replace(/:0$/, `:${port}`);
    if (headers.Origin === '') delete headers.Origin;
    for (const path of ['/__gas/performAction', '/reset', '/formulir']) {
      const r = await send(path, headers);
      expect(r.status).toBe(403);
      expect(r.body).toBe(
        `Ditolak: playground Layanan Vicon hanya melayani halamannya sendiri. Buka http://127.0.0.1:${port}/ langsung di peramban.`,
      );
    }
    expect(calls).toEqual([]);
  });

  it('serves its own page, under 127.0.0.1 or localhost', async () => {
    calls.length = 0;
    expect(await send('/__gas/getSidebarState', own())).toMatchObject({ status: 200 });
    const local = { Host: `localhost:${port}`, Origin: `http://localhost:${port}` };
    expect(await send('/__gas/getRequestDetail', local)).toMatchObject({ status: 200 });
    expect(calls).toEqual(['getSidebarState', 'getRequestDetail']);
  });
});

describe('finding 12: the playground never stores a secret', () => {
  test(
    'Zoom credentials typed into the wizard are not written; a replay connects with the fake Zoom’s own',
    () => {
      const file = tempStateFile();
      const first = createSession(file);
      first.setActor(ADMIN_EMAIL);
      expect(first.invoke('saveZoomCredentials', [REAL])).toMatchObject({ ok: true, value: { saved: true } });
      const text = fs.readFileSync(file, 'utf8');
      for (const secret of Object.values(REAL)) expect(text).not.toContain(secret);
      expect(loadState(file).ops.map((op) => (op.kind === 'call' ? op.fn : op.kind))).toEqual(['saveZoomCredentials']);

      const second = createSession(file);
      second.setActor(ADMIN_EMAIL);
      expect(second.invoke('testZoomConnection', [])).toMatchObject({ ok: true, value: { ok: true } });
    },
    SEED_TIMEOUT_MS,
  );

  it('a state file written by an older playground loses its secret when read', () => {
    const file = tempStateFile();
    saveState(file, initialState());
    const old = JSON.parse(fs.readFileSync(file, 'utf8'));
    old.ops = [{ kind: 'call', who: ADMIN_EMAIL, fn: 'saveZoomCredentials', args: [REAL] }];
    fs.writeFileSync(file, JSON.stringify(old));
    const loaded = loadState(file);
    expect(JSON.stringify(loaded)).not.toContain(REAL.clientSecret);
    saveState(file, loaded);
    expect(fs.readFileSync(file, 'utf8')).not.toContain(REAL.clientSecret);
  });
});
