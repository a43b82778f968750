import { createPublicKey, createVerify } from 'crypto';
import { createWorkspace } from '../../dev/standin';
import { loadBundle } from '../../dev/standin/loader';
import { OFFICE, OFFICIAL, SCOPE, bundleFile } from './projects-kit';

const CODE = `
function token() { return ScriptApp.getIdentityToken(); }
function tokeninfo(t) {
  const r = UrlFetchApp.fetch('https://oauth2.googleapis.com/tokeninfo?id_token=' + encodeURIComponent(t), { muteHttpExceptions: true });
  return [r.getResponseCode(), JSON.parse(r.getContentText())];
}
`;
const HOUR = 3600 * 1000;

function world(scopes: string[]) {
  const ws = createWorkspace({ now: new Date('2026-11-23T02:00:00Z') });
  const panel = ws.createProject({
    name: 'Panel',
    owner: OFFICE,
    containerId: ws.spreadsheet.id,
    manifest: { oauthScopes: [...scopes, SCOPE.external] },
  });
  return { ws, panel, app: loadBundle(ws, bundleFile(CODE), { project: panel }) };
}

const segments = (token: string) => token.split('.').map((p) => Buffer.from(p, 'base64url'));

describe('ScriptApp.getIdentityToken', () => {
  it('is a JWT for the effective user with the project as audience, for one hour', () => {
    const { ws, panel, app } = world(['openid', SCOPE.email]);
    const token = app.callFromClientAs<string>(OFFICIAL, 'token');
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const [header, payload] = segments(token).map((b) => b.toString('utf8'));
    expect(JSON.parse(header)).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    const iat = Date.parse('2026-11-23T02:00:00Z') / 1000;
    expect(JSON.parse(payload)).toEqual({
      iss: 'https://accounts.google.com',
      azp: panel.oauthClientId,
      aud: panel.oauthClientId,
      sub: ws.identity.subjectOf(OFFICIAL),
      hd: 'kominfo.go.id',
      email: OFFICIAL,
      email_verified: true,
      iat,
      exp: iat + 3600,
    });
    expect(ws.identity.subjectOf(OFFICIAL)).toMatch(/^1\d{20}$/);
    expect(ws.identity.subjectOf(OFFICIAL)).toBe(ws.identity.subjectOf(OFFICIAL));
    expect(ws.identity.subjectOf(OFFICE)).not.toBe(ws.identity.subjectOf(OFFICIAL));
  });

  it('is null without the openid scope, and carries no email without userinfo.email', () => {
    expect(world([SCOPE.email]).app.callAs(OFFICIAL, 'token')).toBeNull();
    const { ws, app } = world(['openid']);
    const claims = ws.identity.decode(app.callAs<string>(OFFICIAL, 'token'))!;
    expect(claims.sub).toBe(ws.identity.subjectOf(OFFICIAL));
    expect('email' in claims || 'email_verified' in claims).toBe(false);
  });

  it('verifies with the key published at Google’s certs endpoint', () => {
    const { ws, app } = world(['openid', SCOPE.email]);
    const token = app.callAs<string>(OFFICIAL, 'token');
    const certs = JSON.parse(
      (ws.globals as any).UrlFetchApp.fetch('https://www.googleapis.com/oauth2/v3/certs').getContentText(),
    );
    const [h, p, s] = token.split('.');
    const jwk = certs.keys.find((k: { kid: string }) => k.kid === JSON.parse(segments(token)[0].toString()).kid);
    const verify = (sig: string) =>
      createVerify('RSA-SHA256')
        .update(`${h}.${p}`)
        .verify(createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(sig, 'base64url'));
    expect(verify(s)).toBe(true);
    expect(verify(ws.identity.forge({ email: OFFICIAL, audience: 'x' }).split('.')[2])).toBe(false);
  });
});

describe('the token-info endpoint', () => {
  it('answers a valid token with every claim as a string', () => {
    const { ws, panel, app } = world(['openid', SCOPE.email]);
    const [status, body] = app.callAs<[number, Record<string, string>]>(
      OFFICIAL,
      'tokeninfo',
      app.callAs(OFFICIAL, 'token'),
    );
    const iat = String(Date.parse('2026-11-23T02:00:00Z') / 1000);
    expect(status).toBe(200);
    expect(body).toEqual({
      iss: 'https://accounts.google.com',
      azp: panel.oauthClientId,
      aud: panel.oauthClientId,
      sub: ws.identity.subjectOf(OFFICIAL),
      hd: 'kominfo.go.id',
      email: OFFICIAL,
      email_verified: 'true',
      iat,
      exp: String(Number(iat) + 3600),
      alg: 'RS256',
      kid: expect.stringMatching(/^[0-9a-f]{40}$/),
      typ: 'JWT',
    });
  });

  it('refuses a forged, malformed, tampered or expired token with 400 invalid_token', () => {
    const { ws, app } = world(['openid', SCOPE.email]);
    const refusal = [400, { error: 'invalid_token', error_description: 'Invalid Value' }];
    const good = ws.identity.mint({ email: OFFICIAL, audience: 'klien' });
    const [h, , s] = good.split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...ws.identity.decode(good), email: OFFICE })).toString('base64url')}.${s}`;
    for (const t of [ws.identity.forge({ email: OFFICIAL, audience: 'klien' }), 'bukan.token', 'x', tampered])
      expect(app.callAs(OFFICIAL, 'tokeninfo', t)).toEqual(refusal);
    expect(app.callAs<[number]>(OFFICIAL, 'tokeninfo', good)[0]).toBe(200);
    ws.clock.advance(HOUR);
    expect(app.callAs(OFFICIAL, 'tokeninfo', good)).toEqual(refusal);
    const old = ws.identity.mint({
      email: OFFICIAL,
      audience: 'klien',
      issuedAt: new Date(ws.clock.now().getTime() - 2 * HOUR),
    });
    expect(app.callAs(OFFICIAL, 'tokeninfo', old)).toEqual(refusal);
  });

  it('reports the audience as minted, so a receiver can refuse a token meant for another client', () => {
    const { ws, panel, app } = world(['openid', SCOPE.email]);
    const foreign = ws.identity.mint({ email: OFFICIAL, audience: '123456789012-lain.apps.googleusercontent.com' });
    const [, body] = app.callAs<[number, Record<string, string>]>(OFFICIAL, 'tokeninfo', foreign);
    expect(body.aud).toBe('123456789012-lain.apps.googleusercontent.com');
    expect(body.aud).not.toBe(panel.oauthClientId);
    const unverified = ws.identity.mint({ email: OFFICIAL, audience: 'x', emailVerified: false });
    expect(app.callAs<[number, Record<string, string>]>(OFFICIAL, 'tokeninfo', unverified)[1].email_verified).toBe(
      'false',
    );
  });
});
