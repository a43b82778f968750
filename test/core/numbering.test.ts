/** Request numbers VC-YYYY-NNNN: which existing values count, and how the next one is written. */
import { MAX_JUMP, nextRequestNumber, sequenceOf } from '../../src/core/numbering';

describe('nextRequestNumber', () => {
  it('starts the year at 0001, padded to four digits', () => {
    expect(nextRequestNumber([], 2026)).toBe('VC-2026-0001');
    expect(nextRequestNumber(['VC-2026-0041'], 2026)).toBe('VC-2026-0042');
  });

  it('follows the highest number of the year wherever it stands in the register', () => {
    expect(nextRequestNumber(['VC-2026-0009', 'VC-2026-0002', 'VC-2026-0005'], 2026)).toBe('VC-2026-0010');
  });

  it('ignores numbers of other years, even higher ones', () => {
    expect(nextRequestNumber(['VC-2025-0300', 'VC-2027-0100', 'VC-2026-0004'], 2026)).toBe('VC-2026-0005');
  });

  it('reads a number with spaces around it (a cell typed by hand)', () => {
    expect(nextRequestNumber(['  VC-2026-0012  '], 2026)).toBe('VC-2026-0013');
  });

  it('goes past 9999 with five digits, and counts a five-digit number already issued', () => {
    expect(nextRequestNumber(['VC-2026-9999'], 2026)).toBe('VC-2026-10000');
    expect(nextRequestNumber(['VC-2026-10000', 'VC-2026-0007'], 2026)).toBe('VC-2026-10001');
  });

  it.each([
    ['text before the number', 'xVC-2026-0050'],
    ['text after the number', 'VC-2026-0050x'],
    ['three digits', 'VC-2026-050'],
    ['a lower-case prefix', 'vc-2026-0050'],
    ['a five-digit year', 'VC-20260-0050'],
    ['letters for digits', 'VC-2026-00a5'],
  ])('does not count a value with %s', (_what, value) => {
    expect(nextRequestNumber([value, 'VC-2026-0003'], 2026)).toBe('VC-2026-0004');
  });

  it('skips empty cells, null and undefined, and reads numbers stored as non-strings', () => {
    expect(nextRequestNumber([null, undefined, '', 0, 'VC-2026-0002'], 2026)).toBe('VC-2026-0003');
    expect(nextRequestNumber([{ toString: () => 'VC-2026-0006' }], 2026)).toBe('VC-2026-0007');
  });
});

describe('request numbers', () => {
  it('reads only well-formed numbers of the year within the pattern range', () => {
    expect(sequenceOf('VC-2026-0042', 2026)).toBe(42);
    expect(sequenceOf(' VC-2026-123456 ', 2026)).toBe(123456);
    expect(sequenceOf('VC-2025-0042', 2026)).toBeNull();
    expect(sequenceOf('VC-2026-100000000000000000000', 2026)).toBeNull();
    expect(sequenceOf('VC-2026-0000', 2026)).toBeNull();
    expect(sequenceOf('VC-2026-42', 2026)).toBeNull();
  });

  it('follows the highest of the register and the remembered number, ignoring what was pasted far beyond', () => {
    expect(nextRequestNumber(['VC-2026-0003', 'VC-2026-100000000000000000000'], 2026)).toBe('VC-2026-0004');
    expect(nextRequestNumber(['VC-2026-0003'], 2026, 'VC-2026-0009')).toBe('VC-2026-0010');
    expect(nextRequestNumber(['VC-2026-0003', `VC-2026-${String(9 + MAX_JUMP + 1)}`], 2026, 'VC-2026-0009')).toBe(
      'VC-2026-0010',
    );
    expect(nextRequestNumber(['VC-2026-0003', `VC-2026-${String(9 + MAX_JUMP)}`], 2026, 'VC-2026-0009')).toBe(
      `VC-2026-${String(9 + MAX_JUMP + 1)}`,
    );
    expect(nextRequestNumber([], 2026, 'VC-2025-0400')).toBe('VC-2026-0001');
  });

  it('refuses when the year has no number left', () => {
    expect(() => nextRequestNumber(['VC-2026-999999'], 2026)).toThrow(/sudah habis/);
  });
});
