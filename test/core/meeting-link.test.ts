import { isZoomStartUrl, meetingLinkProblem } from '../../src/core/meeting-link';

describe('isZoomStartUrl', () => {
  it.each([
    ['https://us06web.zoom.us/s/81234567890?zak=eyJ0', true],
    ['https://zoom.us/s/1', true],
    ['https://kominfo.zoomgov.com/j/1?zak=abc', true],
    ['https://us06web.zoom.us/j/81234567890?pwd=abc', false],
    ['https://example.com/s/81234567890', false],
    ['https://zoom.us.evil.id/s/1', false],
    ['Sosialisasi /s/ start_url', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isZoomStartUrl(url)).toBe(expected);
  });
});

describe('meetingLinkProblem', () => {
  it.each([
    'https://us06web.zoom.us/j/81234567890?pwd=abc',
    'https://meet.google.com/abc-defg-hij',
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting',
    'https://kominfo.webex.com/meet/rapat',
    'https://webex.com/meet/x',
    'https://meet.jit.si/RapatKominfo',
  ])('accepts %s', (link) => {
    expect(meetingLinkProblem(link)).toBeNull();
  });

  it.each([
    ['http://meet.google.com/abc', /https:\/\//],
    ['https://evil.example/zoom.us', /"evil\.example" tidak termasuk/],
    ['https://meet.google.com@evil.example/x', /https:\/\//],
    ['https://zoom.us.evil.example/j/1', /"zoom\.us\.evil\.example" tidak termasuk/],
    ['https://meet.google.com/a b', /tanpa spasi/],
    ['javascript:alert(1)', /https:\/\//],
    ['https://us06web.zoom.us/s/8123?zak=x', /start URL/],
    [`https://meet.google.com/${'a'.repeat(500)}`, /terlalu panjang/],
  ])('refuses %s', (link, reason) => {
    expect(meetingLinkProblem(link)).toMatch(reason);
  });
});

describe('meeting links read as a person pastes them', () => {
  it('ignores spaces around a link, and a missing value is no link', () => {
    expect(isZoomStartUrl('  https://zoom.us/s/81234567890  ')).toBe(true);
    expect(isZoomStartUrl(null as unknown as string)).toBe(false);
    expect(meetingLinkProblem('  https://meet.google.com/abc-defg-hij  ')).toBeNull();
    expect(meetingLinkProblem(null as unknown as string)).toBe(
      'Tautan rapat harus berupa alamat https:// yang lengkap, tanpa spasi.',
    );
  });

  it("a '/s/' further down the path is not a start link; only the path's start counts", () => {
    expect(isZoomStartUrl('https://zoom.us/j/81234567890/s/1')).toBe(false);
  });

  it('accepts a link of exactly the maximum length, refuses one character more', () => {
    const base = 'https://meet.google.com/';
    expect(meetingLinkProblem(base + 'a'.repeat(500 - base.length))).toBeNull();
    expect(meetingLinkProblem(base + 'a'.repeat(501 - base.length))).toBe(
      'Tautan rapat terlalu panjang (maksimal 500 karakter).',
    );
  });

  it('names the accepted services, as a person reads them, when the host is unknown', () => {
    expect(meetingLinkProblem('https://rapat.example.id/123')).toBe(
      'Tautan rapat harus ke layanan rapat yang dikenal (zoom.us, zoomgov.com, meet.google.com, teams.microsoft.com, teams.live.com, webex.com, meet.jit.si); "rapat.example.id" tidak termasuk.',
    );
  });
});

describe('meeting link hosts as written', () => {
  it('a host with a trailing dot is the same host; a link may have no path', () => {
    expect(meetingLinkProblem('https://meet.google.com./abc-defg-hij')).toBeNull();
    expect(meetingLinkProblem('https://meet.google.com')).toBeNull();
    expect(isZoomStartUrl('https://zoom.us')).toBe(false);
  });
});
