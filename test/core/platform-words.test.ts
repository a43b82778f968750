import { forPlatform } from '../../src/core/platform-words';

describe('forPlatform', () => {
  it('names Google Meet where the preset says Zoom or Zoom Meeting', () => {
    expect(forPlatform('Buat Link dan Agenda Zoom', 'meet')).toBe('Buat Link dan Agenda Google Meet');
    expect(forPlatform('Zoom Meeting sudah dibuat; tautan Zoom dikirim.', 'meet')).toBe(
      'Google Meet sudah dibuat; tautan Google Meet dikirim.',
    );
  });

  it('says "rapat daring" for another platform', () => {
    expect(forPlatform('Buat Link dan Agenda Zoom', 'lainnya')).toBe('Buat Link dan Agenda rapat daring');
    expect(forPlatform('Zoom Meeting dibatalkan', 'lainnya')).toBe('rapat daring dibatalkan');
  });

  it('keeps the words for Zoom and for a request without a platform', () => {
    expect(forPlatform('Buat Link dan Agenda Zoom Meeting', 'zoom')).toBe('Buat Link dan Agenda Zoom Meeting');
    expect(forPlatform('Buat Link dan Agenda Zoom', '')).toBe('Buat Link dan Agenda Zoom');
  });

  it('leaves words that only contain Zoom alone', () => {
    expect(forPlatform('Zoomnya lewat ZoomKominfo', 'meet')).toBe('Zoomnya lewat ZoomKominfo');
  });
});
