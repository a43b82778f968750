import { compareCounts, median, share } from '../../../src/core/recap/stats';

describe('median', () => {
  it('is null for no values', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
  });
});

describe('share', () => {
  it('is the part over the whole, null when the whole is 0', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(3, 2)).toBe(1.5);
    expect(share(0, 5)).toBe(0);
    expect(share(0, 0)).toBeNull();
    expect(share(3, 0)).toBeNull();
  });
});

describe('compareCounts', () => {
  it('groups keys whatever their case and spacing, showing the first spelling tidied', () => {
    expect(compareCounts([' Dinas  pendidikan ', 'DINAS PENDIDIKAN'], ['dinas\tpendidikan'])).toEqual([
      { key: 'Dinas pendidikan', count: 2, previous: 1, change: 1 },
    ]);
  });

  it('keeps apart keys that differ by more than case and spacing', () => {
    expect(compareCounts(['Dinas Pendidikan', 'DinasPendidikan'], []).map((r) => r.key)).toEqual([
      'Dinas Pendidikan',
      'DinasPendidikan',
    ]);
  });

  it('orders equal counts by name', () => {
    const keys = (current: string[]) => compareCounts(current, []).map((r) => r.key);
    expect(keys(['Kesehatan', 'Pendidikan', 'Arsip'])).toEqual(['Arsip', 'Kesehatan', 'Pendidikan']);
    expect(keys(['Pendidikan', 'Arsip', 'Kesehatan'])).toEqual(['Arsip', 'Kesehatan', 'Pendidikan']);
    expect(keys(['Arsip', 'Kesehatan', 'Pendidikan'])).toEqual(['Arsip', 'Kesehatan', 'Pendidikan']);
  });
});
