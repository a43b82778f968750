import { mapZoomError } from '../../src/core/zoom-errors';
import { missingScopes, ZOOM_SCOPE_NEEDS } from '../../src/core/zoom-scopes';

const body = (o: object) => JSON.stringify(o);
const zoom = (status: number, code: number, message: string, extra: object = {}) =>
  mapZoomError(status, body({ code, message, ...extra }), {});

describe('mapZoomError: permanent failures', () => {
  it('names the rejected field on validation errors (300) and never retries them', () => {
    const info = zoom(400, 300, 'Validation Failed.', {
      errors: [{ field: 'settings.alternative_hosts', message: 'Invalid field.' }],
    });
    expect(info).toMatchObject({
      code: 300,
      retry: 'never',
      permanent: true,
      field: 'settings.alternative_hosts',
    });
    expect(info.message).toContain('settings.alternative_hosts');
  });

  it('sends a host missing from the account (1001, 1010) to Sumber Daya', () => {
    for (const code of [1001, 1010]) {
      const info = zoom(404, code, 'User does not exist: x@y.go.id.');
      expect(info).toMatchObject({ code, retry: 'never', permanent: true });
      expect(info.message).toContain('Sumber Daya');
    }
  });

  it('gives 3161 its own message: the host may not host or schedule meetings', () => {
    const info = zoom(400, 3161, 'Meeting hosting and scheduling capabilities are not allowed for your user account.');
    expect(info).toMatchObject({ code: 3161, permanent: true });
    expect(info.message).toMatch(/tidak diizinkan menjadi host atau menjadwalkan rapat/);
    expect(info.message).not.toMatch(/tidak ditemukan/);
  });

  it('does not call 3000 "meeting not found": it quotes what Zoom refused', () => {
    const info = zoom(400, 3000, 'Cannot access meeting information.');
    expect(info).toMatchObject({ code: 3000, permanent: true });
    expect(info.message).not.toMatch(/tidak ditemukan/);
    expect(info.message).toContain('"Cannot access meeting information."');
    expect(zoom(404, 3001, 'Meeting 123 is not found or has expired.').message).toMatch(/tidak ditemukan/);
  });

  it('reports a missing scope (4711, 4700) as a missing scope with its names, not as wrong credentials', () => {
    for (const code of [4711, 4700]) {
      const info = zoom(
        400,
        code,
        'Invalid access token, does not contain scopes:[meeting:write:meeting, meeting:write:meeting:admin].',
      );
      expect(info).toMatchObject({ code, retry: 'never', permanent: true });
      expect(info.message).toContain('meeting:write:meeting:admin');
      expect(info.message).toContain('Kredensialnya benar');
      expect(info.message).not.toMatch(/Client Secret salah/);
    }
  });

  it('refuses bad credentials and a bad account ID apart, retried hourly (fixable in Script Properties)', () => {
    const client = mapZoomError(
      401,
      body({ reason: 'Invalid client_id or client_secret', error: 'invalid_client' }),
      {},
    );
    expect(client).toMatchObject({ permanent: false, retry: 'never' });
    expect(client.message).toMatch(/Client ID atau Client Secret salah/);
    const account = mapZoomError(
      400,
      body({ reason: 'Invalid request : Bad Request : account_id is invalid', error: 'invalid_request' }),
      {},
    );
    expect(account.message).toMatch(/Account ID Zoom ditolak/);
  });
});

describe('mapZoomError: retryable failures', () => {
  it('backs off on every 5xx, a plain 500 included, and on no response', () => {
    for (const status of [500, 502, 503, 504]) {
      expect(mapZoomError(status, `<html>${status}</html>`, {})).toMatchObject({
        code: null,
        retry: 'backoff',
        permanent: false,
      });
    }
    expect(mapZoomError(0, '', {})).toMatchObject({ retry: 'backoff', permanent: false });
  });

  it('treats a rejected token (124, after the one refresh) as retryable', () => {
    expect(zoom(401, 124, 'Invalid access token.')).toMatchObject({ code: 124, retry: 'never', permanent: false });
  });

  it('does not read a 404 without a Zoom code as "not found", nor as permanent', () => {
    const info = mapZoomError(404, '<html>Not Found</html>', {});
    expect(info).toMatchObject({ code: null, permanent: false });
    expect(info.message).not.toMatch(/tidak ditemukan|tidak ada/);
  });

  it('tells a per-second limit (wait Retry-After) from the daily limit (recognised without headers)', () => {
    const qps = mapZoomError(429, body({ code: 429, message: 'per-second' }), {
      'retry-after': '7',
      'X-RateLimit-Type': 'QPS',
    });
    expect(qps).toMatchObject({ retry: 'after', retryAfterSeconds: 7, permanent: false });
    const now = Date.UTC(2026, 2, 10, 22, 0, 0);
    const daily = mapZoomError(
      429,
      body({ code: 429, message: 'daily rate limit' }),
      { 'X-RateLimit-Type': 'Daily-limit', 'Retry-After': '2026-03-11T00:00:00Z' },
      now,
    );
    expect(daily).toMatchObject({ retry: 'never', retryAfterSeconds: 7200, permanent: false });
    expect(daily.message).toContain('00.00 UTC (07.00 WIB)');
    expect(mapZoomError(429, body({ code: 429, message: 'daily' }), {}, now)).toMatchObject({
      retry: 'never',
      retryAfterSeconds: 7200,
    });
  });

  it('keeps "no recording yet" (3301) apart and retryable', () => {
    expect(zoom(404, 3301, 'There is no recording for this meeting.')).toMatchObject({ code: 3301, permanent: false });
  });
});

describe('missingScopes', () => {
  it('accepts the granular scope or its classic equivalent for each endpoint', () => {
    const granular = ZOOM_SCOPE_NEEDS.map((n) => n.granular).join(' ');
    expect(missingScopes(granular)).toEqual([]);
    const classic = 'meeting:write:admin meeting:read:admin recording:read:admin user:read:admin';
    expect(missingScopes(classic)).toEqual([]);
    expect(missingScopes('meeting:write:admin meeting:read:admin').map((n) => n.granular)).toEqual([
      'cloud_recording:read:list_recording_files:admin',
      'user:read:user:admin',
    ]);
    expect(missingScopes('').length).toBe(7);
  });
});

describe('mapZoomError: each sign on its own', () => {
  it('a scope error is named by its code alone, or by the scope message alone', () => {
    for (const code of [4700, 4711]) expect(zoom(400, code, 'Forbidden')).toMatchObject({ code, permanent: true });
    expect(zoom(400, 4700, 'Forbidden').message).not.toMatch(/kode Zoom/);
    const byText = zoom(400, 104, 'Invalid access token, does not contain scopes:[meeting:read:meeting].');
    expect(byText).toMatchObject({ code: 104, retry: 'never', permanent: true });
    expect(byText.message).toContain('meeting:read:meeting');
  });

  it('a 300 names the first error that names a field, with or without its message', () => {
    const info = mapZoomError(
      400,
      body({ code: 300, message: 'Validation Failed.', errors: [{ message: 'tanpa field' }, { field: 'topic' }] }),
      {},
    );
    expect(info).toEqual({
      code: 300,
      retry: 'never',
      permanent: true,
      field: 'topic',
      message: 'Zoom menolak isian "topic". Perbaiki isian tersebut.',
    });
    expect(zoom(400, 300, '').message).toBe('Zoom menolak data rapat (tidak valid). Periksa isian permohonan.');
    expect(zoom(400, 300, 'Invalid field.').message).toBe(
      'Zoom menolak data rapat (Invalid field.). Periksa isian permohonan.',
    );
  });

  it('an OAuth refusal needs an error text or a 401; a plain 400 without either is not one', () => {
    expect(mapZoomError(400, body({ reason: 'account_id is invalid' }), {}).message).toMatch(/tanpa keterangan/);
    expect(mapZoomError(401, '', {}).message).toMatch(/Client ID atau Client Secret salah/);
    expect(mapZoomError(400, body({ error: 42, reason: 'account_id' }), {}).message).toMatch(/tanpa keterangan/);
    expect(mapZoomError(401, body({ error: 'invalid_client', reason: 7 }), {}).message).toMatch(/Client Secret salah/);
  });

  it('a known code at 401 is that code, not a credentials refusal', () => {
    expect(zoom(401, 1001, 'User does not exist.').message).not.toMatch(/Kredensial/);
  });

  it('an unknown Zoom code at 401, even with an OAuth error text, is that code and not a credentials refusal', () => {
    const info = mapZoomError(401, body({ code: 9999, message: 'Something new.', error: 'invalid_client' }), {});
    expect(info).toMatchObject({ code: 9999, retry: 'never', permanent: true });
    expect(info.message).toContain('kode Zoom 9999');
    expect(info.message).not.toMatch(/Kredensial|Client Secret/);
  });

  it('each scope code alone, with an unrelated text, gets the scope advice rather than the generic refusal', () => {
    for (const code of [4700, 4711]) {
      const info = zoom(400, code, 'Forbidden');
      expect(info.message).toMatch(/belum diberi izin \(scope\)/);
      expect(info.message).not.toMatch(/kode Zoom/);
    }
  });

  it("a 300 quotes the rejected field's own message after its name", () => {
    const info = zoom(400, 300, 'Validation Failed.', { errors: [{ field: 'start_time', message: 'Invalid date.' }] });
    expect(info).toMatchObject({ field: 'start_time', permanent: true });
    expect(info.message).toContain('Zoom menolak isian "start_time": Invalid date. Perbaiki isian tersebut.');
    expect(info.message).not.toContain('..');
  });

  it("drops only the closing full stops and the spaces around Zoom's field message", () => {
    const quoted = (message: string) =>
      zoom(400, 300, 'Validation Failed.', { errors: [{ field: 'topic', message }] }).message;
    expect(quoted('  Too long, max 200 chars...  ')).toBe(
      'Zoom menolak isian "topic": Too long, max 200 chars. Perbaiki isian tersebut.',
    );
    expect(quoted('Use a.b format')).toBe('Zoom menolak isian "topic": Use a.b format. Perbaiki isian tersebut.');
  });

  it('a known code whose advice quotes Zoom says "tanpa keterangan" when Zoom gave no text', () => {
    const info = zoom(400, 3000, '');
    expect(info.message).toContain('(keterangan Zoom: "tanpa keterangan")');
    expect(info.message).not.toContain('""');
  });

  it('no response at all says so', () => {
    expect(mapZoomError(0, '', {}).message).toBe(
      'Zoom tidak dapat dihubungi (jaringan terputus atau waktu habis). Sistem mencoba lagi.',
    );
  });

  it('finds each header by its own name among several', () => {
    const info = mapZoomError(429, '', { 'X-RateLimit-Type': 'QPS', 'Retry-After': '9' });
    expect(info).toMatchObject({ retry: 'after', retryAfterSeconds: 9 });
    expect(mapZoomError(429, '', { 'Retry-After': 'abc12' }, 0)).toMatchObject({ retryAfterSeconds: 1 });
  });
});
