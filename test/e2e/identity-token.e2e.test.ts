/**
 * The panel reuses the official's identity token while it has life left, so a second click costs
 * no token check round trip; an old token is replaced before the engine would refuse it.
 */
import { tokeninfoHandler } from '../../dev/standin/identity';
import { validAnswers } from '../fixtures/answers';
import { e2eWorld, stepAs } from './world';

const MINUTE = 60_000;

function countingTokeninfo(e: ReturnType<typeof e2eWorld>): { checks: string[] } {
  const seen = { checks: [] as string[] };
  const google = tokeninfoHandler(e.ws.ctx);
  e.ws.http.register('https://oauth2.googleapis.com/tokeninfo?id_token=', (req) => {
    seen.checks.push(decodeURIComponent(req.url.split('id_token=')[1] ?? ''));
    return google(req);
  });
  return seen;
}

describe('the identity token on the panel', () => {
  it('one token check for several clicks by the same official; a fresh token before the old one runs out', () => {
    const e = e2eWorld();
    const tokeninfo = countingTokeninfo(e);
    e.submit(validAnswers());
    e.submit(validAnswers({ 'Judul kegiatan': 'Rapat kedua' }));
    stepAs(e, 'kadis', 'VC-2026-0001', 'disposisi');
    stepAs(e, 'kadis', 'VC-2026-0002', 'disposisi');
    expect(tokeninfo.checks).toHaveLength(1);
    e.ws.clock.advance(54 * MINUTE);
    e.submit(validAnswers({ 'Judul kegiatan': 'Rapat ketiga' }));
    stepAs(e, 'kadis', 'VC-2026-0003', 'disposisi');
    expect(tokeninfo.checks).toHaveLength(1);
    e.ws.clock.advance(2 * MINUTE);
    stepAs(e, 'kabid', 'VC-2026-0001', 'disposisi');
    e.submit(validAnswers({ 'Judul kegiatan': 'Rapat keempat' }));
    stepAs(e, 'kadis', 'VC-2026-0004', 'disposisi');
    const claims = tokeninfo.checks.map((t) => e.ws.identity.decode(t)!);
    expect(claims.map((c) => c.email)).toEqual(['kadis@kominfo.go.id', 'kabid@kominfo.go.id', 'kadis@kominfo.go.id']);
    expect(claims[2].exp - claims[0].exp).toBe(56 * 60);
  });

  it("an official never gets another official's cached token", () => {
    const e = e2eWorld();
    const tokeninfo = countingTokeninfo(e);
    e.submit(validAnswers());
    stepAs(e, 'kadis', 'VC-2026-0001', 'disposisi');
    stepAs(e, 'kabid', 'VC-2026-0001', 'disposisi');
    expect(tokeninfo.checks.map((t) => e.ws.identity.decode(t)!.email)).toEqual([
      'kadis@kominfo.go.id',
      'kabid@kominfo.go.id',
    ]);
  });
});
