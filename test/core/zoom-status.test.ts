/** mapZoomError at the status boundaries: 500 is the first status retried as a server fault. */
import { mapZoomError } from '../../src/core/zoom-errors';

describe('mapZoomError by HTTP status', () => {
  it.each([500, 502, 503, 504])('%i is a Zoom fault, retried with backoff, naming the status', (status) => {
    expect(mapZoomError(status, '', {})).toEqual({
      code: null,
      retry: 'backoff',
      message: `Layanan Zoom sedang bermasalah (HTTP ${status}). Coba lagi beberapa menit lagi.`,
    });
  });

  it('499 is not a server fault and is not retried', () => {
    expect(mapZoomError(499, '', {})).toMatchObject({ retry: 'never', message: expect.stringContaining('HTTP 499') });
  });

  it('a plain 404 (no Zoom code) is not retried and says what to check', () => {
    expect(mapZoomError(404, '', {})).toEqual({
      code: null,
      retry: 'never',
      message: 'Data yang diminta tidak ada di Zoom. Periksa host dan ID rapat.',
    });
  });
});
