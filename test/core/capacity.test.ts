import { capacityOf, capacityText, needsArchive } from '../../src/core/capacity';

const NOW = new Date('2026-11-23T02:00:00Z');
const yearsAgo = (y: number) => new Date(NOW.getTime() - y * 365.25 * 86_400_000);

describe('spreadsheet capacity', () => {
  it('rate per year from the cells used since the first request, and the years left to 10 million', () => {
    const c = capacityOf(2_000_000, yearsAgo(2), NOW);
    expect(c).toMatchObject({ cells: 2_000_000, limit: 10_000_000, perYear: 1_000_000, yearsLeft: 8 });
    expect(capacityText(c)).toBe(
      'Kapasitas spreadsheet: 2,0 juta dari 10,0 juta sel terpakai (20%); dengan laju sekarang (±1,0 juta sel per tahun) cukup untuk ±8 tahun lagi.',
    );
  });

  it('no rate before a month of use, and no years left once full', () => {
    expect(capacityOf(300_000, yearsAgo(0.02), NOW).yearsLeft).toBeNull();
    expect(capacityOf(300_000, null, NOW).yearsLeft).toBeNull();
    expect(capacityText(capacityOf(300_000, null, NOW))).toMatch(/laju per tahun belum dapat dihitung/);
    expect(capacityOf(10_500_000, yearsAgo(5), NOW).yearsLeft).toBe(0);
  });

  it('archiving is due from 60% of the limit or under two years left, and the admin is told how to do it', () => {
    expect(needsArchive(capacityOf(5_999_999, yearsAgo(10), NOW))).toBe(false);
    const full = capacityOf(6_000_000, yearsAgo(10), NOW);
    expect(needsArchive(full)).toBe(true);
    expect(capacityText(full)).toMatch(/Arsipkan tahun/);
    const fast = capacityOf(4_000_000, yearsAgo(1), NOW);
    expect(fast.yearsLeft).toBeLessThan(2);
    expect(needsArchive(fast)).toBe(true);
    expect(capacityText(capacityOf(2_000_000, yearsAgo(2), NOW))).not.toMatch(/Arsip/);
  });

  it('a rate from exactly one month of use, and exactly two years left is not yet due', () => {
    expect(capacityOf(100_000, yearsAgo(1 / 12), NOW).perYear).toBe(1_200_000);
    const two = capacityOf(2_000_000, yearsAgo(0.5), NOW); // 4 million a year, 8 million left
    expect(two.yearsLeft).toBe(2);
    expect(needsArchive(two)).toBe(false);
  });

  it('writes years left with a decimal comma', () => {
    expect(capacityText(capacityOf(1_000_000, yearsAgo(1), NOW))).toBe(
      'Kapasitas spreadsheet: 1,0 juta dari 10,0 juta sel terpakai (10%); dengan laju sekarang (±1,0 juta sel per tahun) cukup untuk ±9 tahun lagi.',
    );
    expect(capacityText(capacityOf(1_500_000, yearsAgo(1), NOW))).toContain('cukup untuk ±5,7 tahun lagi.');
  });
});
