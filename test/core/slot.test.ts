/** A meeting slot itself: a real date, real times, and an end after the start. */
import { slotProblems } from '../../src/core/slot';

describe('slotProblems', () => {
  it('has nothing to say about a usable slot, even one minute long', () => {
    expect(slotProblems({ date: '2026-12-01', start: '09:00', end: '09:01' })).toEqual([]);
  });

  it('names a date that is not a real date', () => {
    expect(slotProblems({ date: '2026-02-30', start: '09:00', end: '10:00' })).toEqual([
      'Tanggal acara tidak valid: "2026-02-30".',
    ]);
  });

  it.each([
    ['9:00', '10:00'],
    ['09:00', '24:00'],
  ])('names times that are not HH:MM (%s–%s), both of them', (start, end) => {
    expect(slotProblems({ date: '2026-12-01', start, end })).toEqual([`Jam acara tidak valid: "${start}"–"${end}".`]);
  });

  it('refuses an end equal to the start or before it', () => {
    const problem = ['Jam selesai harus setelah jam mulai.'];
    expect(slotProblems({ date: '2026-12-01', start: '10:00', end: '10:00' })).toEqual(problem);
    expect(slotProblems({ date: '2026-12-01', start: '10:00', end: '09:59' })).toEqual(problem);
  });

  it('names a bad date and bad times together', () => {
    expect(slotProblems({ date: '', start: '', end: '' })).toEqual([
      'Tanggal acara tidak valid: "".',
      'Jam acara tidak valid: ""–"".',
    ]);
  });
});
