/**
 * The trail on a Register row ('2-4,90-92,310'): where a request's Riwayat rows are. Only whole,
 * well-formed parts count; a hand-typed typo, a zero row, a backwards or absurdly long span is left out.
 */
import { extendTrail, formatTrail, merge, parseTrail, readPlan } from '../../src/core/trail';

describe('parseTrail', () => {
  it('reads single rows and spans, sorted and merged, spaces around a part allowed', () => {
    expect(parseTrail('2-4,90-92,310')).toEqual([
      { first: 2, last: 4 },
      { first: 90, last: 92 },
      { first: 310, last: 310 },
    ]);
    expect(parseTrail(' 7 , 1-2 ,\t3\t')).toEqual([
      { first: 1, last: 3 },
      { first: 7, last: 7 },
    ]);
    expect(parseTrail('1')).toEqual([{ first: 1, last: 1 }]);
    expect(parseTrail('')).toEqual([]);
    expect(parseTrail(undefined as unknown as string)).toEqual([]);
  });

  it('leaves out a part with anything else before or after its numbers', () => {
    expect(parseTrail('x5,6y,7-8z,a9-10,11 12,13')).toEqual([{ first: 13, last: 13 }]);
  });

  it('leaves out row 0, a backwards span and a span of a million rows or more', () => {
    expect(parseTrail('0,0-3,9-4,20')).toEqual([{ first: 20, last: 20 }]);
    expect(parseTrail('1-1000001')).toEqual([]);
    expect(parseTrail('1-1000000')).toEqual([{ first: 1, last: 1_000_000 }]);
    expect(parseTrail('500000-1499999')).toEqual([{ first: 500_000, last: 1_499_999 }]);
  });
});

describe('merge, formatTrail, readPlan', () => {
  it('sorts spans before joining touching ones', () => {
    const spans = [
      { first: 9, last: 9 },
      { first: 5, last: 6 },
      { first: 1, last: 2 },
      { first: 3, last: 3 },
    ];
    expect(merge(spans, 1)).toEqual([
      { first: 1, last: 3 },
      { first: 5, last: 6 },
      { first: 9, last: 9 },
    ]);
    expect(formatTrail(spans)).toBe('1-3,5-6,9');
  });

  it('reads spans closer than the gap together', () => {
    expect(readPlan('40,1-2,10', 8)).toEqual([
      { first: 1, last: 10 },
      { first: 40, last: 40 },
    ]);
  });
});

describe('extendTrail', () => {
  it('adds `count` rows from `first`, joined to the span they touch', () => {
    expect(extendTrail('2-4', 5, 2)).toBe('2-6');
    expect(extendTrail('2-4', 10, 1)).toBe('2-4,10');
    expect(extendTrail('', 7, 3)).toBe('7-9');
  });

  it('adds nothing for no rows, only tidies the trail', () => {
    expect(extendTrail('4, 2-3', 10, 0)).toBe('2-4');
    expect(extendTrail('2-4', 10, -1)).toBe('2-4');
  });
});
