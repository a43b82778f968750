import { formatDuration } from '../../src/core/duration';

describe('formatDuration (core/duration.ts, the one rule the sidebar and the server share)', () => {
  test.each([
    [0, '0 menit'],
    [3, '3 menit'],
    [60, '1 jam'],
    [125, '2 jam 5 menit'],
    [-125, '2 jam 5 menit'],
    [1440, '1 hari'],
    [1500, '1 hari 1 jam'],
    [1441, '1 hari 1 menit'],
    [2 * 1440 + 3 * 60 + 7, '2 hari 3 jam'],
    [45.4, '45 menit'],
    [40189, '27 hari 21 jam'],
  ])('%p minutes → %p', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});

test('a non-number is refused, not printed', () => {
  expect(() => formatDuration(Number.NaN)).toThrow(new RangeError('Durasi tidak valid: NaN.'));
  expect(() => formatDuration(Infinity)).toThrow(new RangeError('Durasi tidak valid: Infinity.'));
});
