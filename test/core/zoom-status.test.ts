/** mapZoomError at the status boundaries: 500 is the first status retried as a server fault. */
import { mapZoomError } from '../../src/core/zoom-errors';

describe('mapZoomError by HTTP status', () => {
  it.each([500, 502, 503, 504])('%i is a Zoom fault, retried with backoff, naming the status', (status) => {
    expect(mapZoomError(status, '', {})).toMatchObject({
      code: null,
      retry: 'backoff',
      permanent: false,
      message: `Layanan Zoom sedang bermasalah (HTTP ${status}). Sistem mencoba lagi beberapa saat lagi.`,
    });
  });

  it('499 is not a server fault and is not retried', () => {
    expect(mapZoomError(499, '', {})).toMatchObject({ retry: 'never', message: expect.stringContaining('HTTP 499') });
  });

  it('a plain 404 (no Zoom code) is neither "not found" nor permanent: the hourly run tries again', () => {
    expect(mapZoomError(404, '', {})).toEqual({
      code: null,
      retry: 'never',
      permanent: false,
      message:
        'Zoom menjawab HTTP 404 tanpa keterangan (bukan jawaban API Zoom yang dikenal). Sistem mencoba lagi nanti; bila terus terjadi, hubungi admin.',
    });
  });
});

describe('mapZoomError: the rate limit', () => {
  const NOW = Date.UTC(2026, 2, 10, 22, 0, 0);

  it('without Retry-After waits one second, with a blank one too', () => {
    for (const headers of [{}, { 'Retry-After': '  ' }] as Record<string, string>[]) {
      expect(mapZoomError(429, '', headers, NOW)).toEqual({
        code: 429,
        retry: 'after',
        permanent: false,
        retryAfterSeconds: 1,
        message: 'Zoom sedang membatasi jumlah permintaan. Coba lagi dalam 1 detik.',
      });
    }
  });

  it('reads Retry-After in seconds (spaces around it) or as a date, never below zero', () => {
    expect(mapZoomError(429, '', { 'RETRY-AFTER': ' 12 ' }, NOW)).toMatchObject({ retryAfterSeconds: 12 });
    expect(mapZoomError(429, '', { 'Retry-After': 'Tue, 10 Mar 2026 22:00:30 GMT' }, NOW)).toMatchObject({
      retryAfterSeconds: 30,
    });
    expect(mapZoomError(429, '', { 'Retry-After': 'Tue, 10 Mar 2026 22:00:00 GMT' }, NOW + 1500)).toMatchObject({
      retryAfterSeconds: 0,
    });
    expect(mapZoomError(429, '', { 'Retry-After': '2026-03-10T22:00:00.500Z' }, NOW)).toMatchObject({
      retryAfterSeconds: 1,
    });
  });

  it('cannot turn a date into seconds without the time now, nor an unreadable value: one second', () => {
    expect(mapZoomError(429, '', { 'Retry-After': 'Tue, 10 Mar 2026 22:00:30 GMT' })).toMatchObject({
      retryAfterSeconds: 1,
    });
    expect(mapZoomError(429, '', { 'Retry-After': 'segera' }, NOW)).toMatchObject({ retryAfterSeconds: 1 });
  });

  it('the daily limit is named by the rate-limit type header in any case, and waits until 00:00 UTC', () => {
    const daily = mapZoomError(429, '', { 'x-ratelimit-type': 'DAILY-LIMIT' }, Date.UTC(2026, 2, 10, 23, 59, 59, 500));
    expect(daily).toEqual({
      code: 429,
      retry: 'never',
      permanent: false,
      retryAfterSeconds: 1,
      message:
        'Batas harian Zoom untuk akun host ini (100 pembuatan/perubahan rapat per hari) sudah tercapai. Batas direset pukul 00.00 UTC (07.00 WIB). Sistem mencoba lagi setelah itu; atau pilih akun host lain.',
    });
    expect(mapZoomError(429, '', { 'X-RateLimit-Type': 'Daily-limit' })).toMatchObject({
      retry: 'never',
      retryAfterSeconds: undefined,
    });
  });

  it('a per-second limit is not the daily one, whatever its message', () => {
    expect(mapZoomError(429, JSON.stringify({ code: 429, message: 'Too many requests' }), {}, NOW)).toMatchObject({
      retry: 'after',
    });
  });
});

describe('mapZoomError: what the body holds', () => {
  it.each(['null', '7', '"teks"', '[1]', 'bukan json'])('a body %s is no Zoom answer', (body) => {
    expect(mapZoomError(404, body, {})).toMatchObject({ code: null, retry: 'never', permanent: false });
  });

  it('a code that is not a number is no code', () => {
    expect(mapZoomError(404, JSON.stringify({ code: '3001', message: 'Meeting not found.' }), {})).toMatchObject({
      code: null,
      permanent: false,
    });
  });

  it('an unknown Zoom code is quoted with its message, or "tanpa keterangan"', () => {
    expect(mapZoomError(400, JSON.stringify({ code: 9999, message: 'Aneh' }), {})).toEqual({
      code: 9999,
      retry: 'never',
      permanent: true,
      message: 'Zoom menolak permintaan (kode Zoom 9999: "Aneh"). Hubungi admin untuk memeriksanya di portal Zoom.',
    });
    expect(mapZoomError(400, JSON.stringify({ code: 9999 }), {}).message).toContain(
      'kode Zoom 9999: "tanpa keterangan"',
    );
  });

  it('a 5xx keeps the Zoom code it carries', () => {
    expect(mapZoomError(503, JSON.stringify({ code: 12345 }), {})).toMatchObject({ code: 12345, retry: 'backoff' });
  });
});
