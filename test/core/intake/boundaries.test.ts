/**
 * The edges of intake validation, each on both sides: end against start, the maximum duration,
 * the minimum lead time, a start time against now, and "today" in the office zone.
 */
import { parseAnswers } from '../../../src/core/intake/parse';
import { validateRequest, type ValidationPolicy } from '../../../src/core/intake/validate';
import { validAnswers } from '../../fixtures/answers';

/** Monday 23 November 2026, 10:00 WIB. */
const NOW = new Date('2026-11-23T03:00:00Z');
const POLICY: ValidationPolicy = { timeZone: 'Asia/Jakarta', minLeadDays: 3, maxDurationHours: 3 };

const check = (over: Record<string, string>, policy: ValidationPolicy = POLICY, now = NOW) =>
  validateRequest(parseAnswers(validAnswers(over)), policy, now);

const SLOT = { 'Tanggal kegiatan': '2026-11-30' };

describe('end time against start time', () => {
  it('refuses an end equal to the start, and an end before it', () => {
    for (const end of ['09:00', '08:59'])
      expect(check({ ...SLOT, 'Jam mulai': '09:00', 'Jam selesai': end }).problems).toEqual([
        'Jam selesai harus setelah jam mulai.',
      ]);
  });

  it('with one of the two times missing, says only that it is missing (no end-before-start on top)', () => {
    expect(check({ ...SLOT, 'Jam mulai': '09:00', 'Jam selesai': '' }).problems).toEqual([
      'Jam selesai wajib diisi (format JJ:MM).',
    ]);
    expect(check({ ...SLOT, 'Jam mulai': '', 'Jam selesai': '09:00' }).problems).toEqual([
      'Jam mulai wajib diisi (format JJ:MM).',
    ]);
  });

  it('accepts an end one minute after the start', () => {
    expect(check({ ...SLOT, 'Jam mulai': '09:00', 'Jam selesai': '09:01' }).problems).toEqual([]);
  });
});

describe('the maximum duration', () => {
  it('accepts exactly the maximum', () => {
    expect(check({ ...SLOT, 'Jam mulai': '09:00', 'Jam selesai': '12:00' }).problems).toEqual([]);
  });

  it('refuses one minute more, naming the limit', () => {
    expect(check({ ...SLOT, 'Jam mulai': '09:00', 'Jam selesai': '12:01' }).problems).toEqual([
      'Durasi kegiatan melebihi batas 3 jam.',
    ]);
  });
});

describe('the minimum lead time (a warning, never a refusal)', () => {
  it('no warning at exactly the minimum (H-3) or more', () => {
    expect(check({ 'Tanggal kegiatan': '2026-11-26' })).toEqual({ problems: [], warnings: [], lead: [] });
    expect(check({ 'Tanggal kegiatan': '2026-11-27' })).toEqual({ problems: [], warnings: [], lead: [] });
  });

  it('warns one day short, and on the day itself', () => {
    expect(check({ 'Tanggal kegiatan': '2026-11-25' }).warnings).toEqual([
      'Permohonan diajukan H-2, kurang dari batas minimal H-3; tautan mungkin tidak dapat diproses karena akun Zoom sudah terpakai.',
    ]);
    const sameDay =
      'Permohonan diajukan pada hari kegiatan, kurang dari batas minimal H-3; tautan mungkin tidak dapat diproses karena akun Zoom sudah terpakai.';
    expect(check({ 'Tanggal kegiatan': '2026-11-23', 'Jam mulai': '13:00', 'Jam selesai': '14:00' })).toEqual({
      problems: [],
      warnings: [sameDay],
      lead: [sameDay],
    });
  });

  it('no lead-time warning at all when the minimum is 0', () => {
    const sameDay = { 'Tanggal kegiatan': '2026-11-23', 'Jam mulai': '13:00', 'Jam selesai': '14:00' };
    expect(check(sameDay, { ...POLICY, minLeadDays: 0 })).toEqual({ problems: [], warnings: [], lead: [] });
  });

  it("no warning on the day itself when the office's minimum is 0, even with the SOP's own warning", () => {
    const sameDay = { 'Tanggal kegiatan': '2026-11-23', 'Jam mulai': '13:00', 'Jam selesai': '14:00' };
    const policy = { ...POLICY, minLeadDays: 0, leadWarning: 'Kirim permohonan sehari sebelumnya.' };
    expect(check(sameDay, policy)).toEqual({ problems: [], warnings: [], lead: [] });
  });

  it('a past date is refused and not also warned about', () => {
    expect(check({ 'Tanggal kegiatan': '2026-11-22' })).toEqual({
      problems: ['Tanggal kegiatan sudah lewat.'],
      warnings: [],
      lead: [],
    });
  });

  it("Bandung's PERINGATAN: a request sent at H-1 (the minimum) is warned in the SOP's words; at H-2 nothing", () => {
    const bandung: ValidationPolicy = {
      ...POLICY,
      minLeadDays: 1,
      leadWarning: 'Jika permohonan dikirim sehari sebelum kegiatan, ada kemungkinan link zoom tidak akan diproses.',
    };
    // 23:59 WIB on the 23rd is still H-1 for the 24th; from 00:00 on the 24th it is the day itself.
    expect(check({ 'Tanggal kegiatan': '2026-11-24' }, bandung, new Date('2026-11-23T16:59:00Z')).lead).toEqual([
      'Permohonan diajukan H-1, tepat pada batas minimal. Peringatan SOP: Jika permohonan dikirim sehari sebelum kegiatan, ada kemungkinan link zoom tidak akan diproses.',
    ]);
    expect(check({ 'Tanggal kegiatan': '2026-11-25' }, bandung, new Date('2026-11-23T16:59:00Z')).lead).toEqual([]);
    expect(check({ 'Tanggal kegiatan': '2026-11-25' }, bandung, new Date('2026-11-23T17:00:00Z')).lead).toHaveLength(1);
    expect(
      check({ 'Tanggal kegiatan': '2026-11-24', 'Jam mulai': '13:00' }, bandung, new Date('2026-11-23T17:00:00Z')).lead,
    ).toEqual([
      'Permohonan diajukan pada hari kegiatan, kurang dari batas minimal H-1; tautan mungkin tidak dapat diproses karena akun Zoom sudah terpakai.',
    ]);
  });
});

describe('a start time today against now (10:00 WIB)', () => {
  const today = (start: string, end: string) =>
    check({ 'Tanggal kegiatan': '2026-11-23', 'Jam mulai': start, 'Jam selesai': end }, { ...POLICY, minLeadDays: 0 });

  it('accepts a start equal to now, and later', () => {
    expect(today('10:00', '11:00').problems).toEqual([]);
    expect(today('10:01', '11:00').problems).toEqual([]);
  });

  it('refuses a start one minute before now', () => {
    expect(today('09:59', '11:00').problems).toEqual(['Jam mulai kegiatan hari ini sudah lewat.']);
  });

  it('does not compare times on another day', () => {
    expect(check({ 'Tanggal kegiatan': '2026-11-30', 'Jam mulai': '07:00', 'Jam selesai': '08:00' }).problems).toEqual(
      [],
    );
  });

  it('"now" is read in the office zone: 10:00 WIB is 12:00 WIT', () => {
    const jayapura = { ...POLICY, timeZone: 'Asia/Jayapura' as const, minLeadDays: 0 };
    const at = (start: string) =>
      check({ 'Tanggal kegiatan': '2026-11-23', 'Jam mulai': start, 'Jam selesai': '14:00' }, jayapura).problems;
    expect(at('11:59')).toEqual(['Jam mulai kegiatan hari ini sudah lewat.']);
    expect(at('12:00')).toEqual([]);
  });
});

describe('what cannot be read, and what the form does not ask', () => {
  it('names each unreadable value with at most 60 of its characters, once', () => {
    const long = `besok ${'x'.repeat(80)}`;
    const r = check({ 'Tanggal kegiatan': long, 'Jam mulai': '25:99', 'Jam selesai': 'siang' });
    expect(r.problems).toEqual([
      'Tanggal kegiatan wajib diisi dengan tanggal yang benar.',
      'Jam mulai wajib diisi (format JJ:MM).',
      'Jam selesai wajib diisi (format JJ:MM).',
      `Tanggal kegiatan tidak terbaca: "${long.slice(0, 60)}".`,
      'Jam mulai tidak terbaca: "25:99".',
      'Jam selesai tidak terbaca: "siang".',
    ]);
  });

  it('warns about items the form does not ask, naming at most five', () => {
    const report = parseAnswers({ ...validAnswers(SLOT), A: '1', B: '2', C: '3', D: '4', E: '5', F: '6' });
    expect(validateRequest(report, POLICY, NOW).warnings).toEqual([
      'Isian tambahan di luar formulir diabaikan: A, B, C, D, E.',
    ]);
  });

  it('counts the duration in minutes, across the hour: exactly the maximum, one minute more, an end before the start', () => {
    expect(check({ ...SLOT, 'Jam mulai': '08:45', 'Jam selesai': '11:45' }).problems).toEqual([]);
    expect(check({ ...SLOT, 'Jam mulai': '08:45', 'Jam selesai': '11:46' }).problems).toEqual([
      'Durasi kegiatan melebihi batas 3 jam.',
    ]);
    expect(check({ ...SLOT, 'Jam mulai': '09:30', 'Jam selesai': '09:15' }).problems).toEqual([
      'Jam selesai harus setelah jam mulai.',
    ]);
  });
});
