import { MAX_JUMP, nextRequestNumber, sequenceOf } from '../../src/core/numbering';

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
