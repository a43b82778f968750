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
