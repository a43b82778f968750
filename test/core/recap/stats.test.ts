import { compareCounts, compareText, median, percentile, share } from '../../../src/core/recap/stats';

describe('median', () => {
  it('is null for no values', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
  });
});

describe('percentile', () => {
  it('is null for no values', () => {
    expect(percentile([], 90)).toBeNull();
    expect(percentile([4], 90)).toBe(4);
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

describe('compareText', () => {
  it('orders texts by code unit: before, equal, after', () => {
    expect(compareText('Arsip', 'Kesehatan')).toBe(-1);
    expect(compareText('Kesehatan', 'Arsip')).toBe(1);
    expect(compareText('Arsip', 'Arsip')).toBe(0);
    expect(compareText('Zoom', 'arsip')).toBe(-1);
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
