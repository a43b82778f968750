/** A small stateful fake of the office's Zoom account as "Tes koneksi" reaches it. */
import type { ZoomCheckPort } from '../../src/app/zoom-check';
import { mapZoomError } from '../../src/core/zoom-errors';

/** The Server-to-Server OAuth app's credentials, as Zoom holds them and as the Script Properties keep them. */
export interface ZoomCredentials {
  accountId: string;
  clientId: string;
  clientSecret: string;
}

/**
 * The office's Zoom account behind ZoomCheckPort, answering as Zoom does and turned into messages as
 * io/admin-port.ts does (core mapZoomError): `saved` are the credentials in the Script Properties
 * (null: never filled in, answered without asking Zoom); a token request with a wrong client ID or
 * secret gets 401 invalid_client, with a wrong account ID 400 invalid_request; a token carries
 * `scopes`; a user lookup finds one of `users` (any letter case) or gets 404 code 1001. Once
 * `rateLimit.after` requests were answered, each further one gets 429 with Retry-After
 * `rateLimit.seconds`. `requests` logs what was asked ('POST /oauth/token', 'GET /users/<email>');
 * `tokens` the access tokens issued. Nothing here changes the account's users or the app.
 */
export function memoryZoom(
  app: ZoomCredentials,
  scopes: string[],
  users: string[],
): ZoomCheckPort & {
  saved: ZoomCredentials | null;
  rateLimit: { after: number; seconds: number } | null;
  requests: string[];
  tokens: string[];
} {
  const refused = (status: number, body: object, headers: Record<string, string> = {}) => ({
    ok: false as const,
    message: mapZoomError(status, JSON.stringify(body), headers).message,
  });
  const limited = () =>
    z.rateLimit !== null && z.requests.length > z.rateLimit.after
      ? refused(429, { code: 429, message: 'Too many requests.' }, { 'Retry-After': String(z.rateLimit.seconds) })
      : null;
  const z = {
    saved: { ...app } as ZoomCredentials | null,
    rateLimit: null as { after: number; seconds: number } | null,
    requests: [] as string[],
    tokens: [] as string[],
    zoomTokenScopes() {
      const saved = z.saved;
      if (!saved)
        return { ok: false as const, message: 'Kredensial Zoom belum diisi. Minta admin mengisinya di Pengaturan.' };
      z.requests.push('POST /oauth/token');
      const busy = limited();
      if (busy) return busy;
      if (saved.clientId !== app.clientId || saved.clientSecret !== app.clientSecret)
        return refused(401, { reason: 'Invalid client_id or client_secret', error: 'invalid_client' });
      if (saved.accountId !== app.accountId)
        return refused(400, {
          reason: 'Invalid request : Bad Request : account_id is invalid',
          error: 'invalid_request',
        });
      z.tokens.push(`eyJhbGciOiJIUzUxMiJ9.access-${app.clientId}-${z.tokens.length + 1}`);
      return { ok: true as const, scopes: scopes.join(' ') };
    },
    zoomUserExists(email: string) {
      z.requests.push(`GET /users/${email}`);
      const busy = limited();
      if (busy) return busy;
      return { ok: true as const, exists: users.some((u) => u.toLowerCase() === email.toLowerCase()) };
    },
  };
  return z;
}
