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
