/** The request record's small helpers: empty assignments, offers kept one a line, the one-cell size check. */
import { cellSizeProblem, emptyAssignments, offerLine, parseOffers } from '../../src/core/request';
import { makeRequest } from './sop/fixtures';

const CELL_MAX = 50_000;

describe('emptyAssignments', () => {
  it('is every assignment blank and no offers', () => {
    expect(emptyAssignments()).toEqual({
      operator: '',
      host: '',
      room: '',
      meetingId: '',
      joinUrl: '',
      passcode: '',
      replyLetterNumber: '',
      replyLetterUrl: '',
      testTime: '',
      offers: [],
    });
  });
});

describe('offers in one Register cell', () => {
  it('writes an offer as one line and reads it back', () => {
    const slot = { date: '2026-03-02', start: '09:00', end: '10:30' };
    expect(offerLine(slot)).toBe('2026-03-02 09:00-10:30');
    expect(parseOffers(`${offerLine(slot)}\n  2026-03-03 13:00-14:00 \r`)).toEqual([
      slot,
      { date: '2026-03-03', start: '13:00', end: '14:00' },
    ]);
  });

  it('leaves out a line with anything else before or after the slot', () => {
    expect(parseOffers('x2026-03-02 09:00-10:00\n2026-03-02 09:00-10:00 lagi\n2026-03-04 08:00-09:00')).toEqual([
      { date: '2026-03-04', start: '08:00', end: '09:00' },
    ]);
    expect(parseOffers('')).toEqual([]);
  });
});

describe('cellSizeProblem', () => {
  it('accepts a value of exactly one cell (with its leading apostrophe) and refuses one more character', () => {
    expect(cellSizeProblem(makeRequest({ note: 'a'.repeat(CELL_MAX - 1) }))).toBeNull();
    expect(cellSizeProblem(makeRequest({ id: 'VC-2026-0042', note: 'a'.repeat(CELL_MAX) }))).toBe(
      'Data permohonan VC-2026-0042 terlalu panjang untuk satu sel Sheets (50001 karakter, paling banyak 50000); tidak ada yang diubah. Persingkat catatan, atau minta admin memeriksa baris Register-nya.',
    );
  });

  it('counts a list as its items one a line', () => {
    const half = 'b'.repeat(CELL_MAX / 2 - 1);
    expect(cellSizeProblem(makeRequest({ warnings: [half, half] }))).toBeNull();
    expect(cellSizeProblem(makeRequest({ warnings: [half, `${half}b`] }))).toMatch(
      /\(50001 karakter, paling banyak 50000\)/,
    );
  });
});
