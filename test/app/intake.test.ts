/**
 * Intake beyond the first row: an edited response after a return, numbers that never come back,
 * the clash warning, no valid preset, a letter's author, and a history write that fails.
 */
import { performStep } from '../../src/app/act';
import { intake, type Submission } from '../../src/app/intake';
import type { KeyValuePort } from '../../src/app/ports';
import { validAnswers } from '../fixtures/answers';
import { world, type TestWorld } from './fakes';

const ID = 'VC-2026-0001';
const sub = (w: TestWorld, ref: string, over: Record<string, string> = {}, extra: Partial<Submission> = {}) =>
  intake(w.deps, { answers: validAnswers(over), responseRef: ref, receivedAt: w.now.t, source: 'form', ...extra });

function memoryState(): KeyValuePort & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: (k) => values.get(k) ?? null,
    set: (k, v) => void values.set(k, v),
    remove: (k) => void values.delete(k),
  };
}

describe('an edited response', () => {
  function returned(): TestWorld {
    const w = world({ presetId: '003-tangerang' });
    sub(w, 'r1', {}, { editUrl: 'https://forms.example/edit/r1' });
    for (const [role, action, note] of [
      ['staf', 'verifikasi', ''],
      ['subkoor', 'tolak_tanda_tangan', 'Kurangi jumlah peserta.'],
    ]) {
      w.as(`${role}@kominfo.go.id`);
      const r = performStep(w.deps, {
        requestId: ID,
        action,
        expectedVersion: w.register.rows[0].version,
        input: note ? { note } : {},
      });
      expect(r).toMatchObject({ ok: true });
    }
    expect(w.register.rows[0]).toMatchObject({ stepId: 'perbaikan', status: 'Perlu Perbaikan' });
    return w;
  }

  it('after a return, takes the new answers and goes back to the start step', () => {
    const w = returned();
    w.now.t = new Date('2026-11-23T05:00:00Z');
    const out = sub(w, 'r1', { 'Perkiraan jumlah peserta': '80', Email: '' });
    expect(out).toEqual({ id: ID, status: 'Menunggu Verifikasi', warnings: [], problems: [], duplicate: false });
    expect(w.register.rows).toHaveLength(1);
    expect(w.register.rows[0]).toMatchObject({
      participants: 80,
      email: 'siti@disdik.go.id',
      stepId: 'verifikasi',
      stepSince: '2026-11-23T05:00:00.000Z',
      version: 4,
    });
    expect(w.history.records.filter((h) => h.kind === 'aksi').at(-1)).toMatchObject({
      action: 'ajukan_ulang',
      actorEmail: 'siti@disdik.go.id',
      fromStep: 'perbaikan',
      toStep: 'verifikasi',
    });
    expect(w.history.verify()).toBeNull();
  });

  it('a revision still invalid stays with the applicant, with the new reasons', () => {
    const w = returned();
    w.now.t = new Date('2026-11-23T05:00:00Z');
    const out = sub(w, 'r1', { 'Jam selesai': '08:00' });
    expect(out).toMatchObject({
      status: 'Perlu Perbaikan',
      problems: ['Jam selesai harus setelah jam mulai.'],
      duplicate: false,
    });
    expect(w.register.rows[0]).toMatchObject({ stepId: 'perbaikan', version: 4 });
  });

  it('the same response seen again (a repeated trigger, the sweep) changes nothing', () => {
    const w = returned();
    const before = structuredClone(w.register.rows[0]);
    const records = w.history.records.length;
    expect(sub(w, 'r1')).toEqual({ id: ID, status: '', warnings: [], problems: [], duplicate: true });
    expect(w.register.rows[0]).toEqual(before);
    expect(w.history.records).toHaveLength(records);
  });

  it('an edit while the request is not waiting for a revision changes nothing', () => {
    const w = world({ presetId: '003-tangerang' });
    sub(w, 'r1');
    w.now.t = new Date('2026-11-23T05:00:00Z');
    expect(sub(w, 'r1', { 'Perkiraan jumlah peserta': '80' })).toMatchObject({ duplicate: true });
    expect(w.register.rows[0].participants).toBe(150);
  });
});

describe('numbering', () => {
  it('a number is never given again, even after its row was deleted by hand', () => {
    const w = world();
    w.deps.state = memoryState();
    sub(w, 'r1');
    sub(w, 'r2');
    w.register.rows.pop();
    expect(sub(w, 'r3').id).toBe('VC-2026-0003');
    expect(w.deps.state.get('VC_NOMOR_TERTINGGI')).toBe('VC-2026-0003');
  });

  it('the year is the office year: 23:30 WIB on 31 December is still that year', () => {
    const w = world({}, new Date('2025-12-31T16:30:00Z'));
    expect(sub(w, 'r1', { 'Tanggal kegiatan': '2026-01-10' }).id).toBe('VC-2025-0001');
    w.now.t = new Date('2025-12-31T17:00:00Z');
    expect(sub(w, 'r2', { 'Tanggal kegiatan': '2026-01-10' }).id).toBe('VC-2026-0001');
  });
});

describe('the clash warning at intake', () => {
  it('warns, without refusing, when every host is already booked', () => {
    const w = world();
    w.schedule.reserve(
      'VC-2026-0099',
      'Zoom Kominfo 1',
      new Date('2026-11-30T02:00:00Z'),
      new Date('2026-11-30T03:00:00Z'),
      'x',
    );
    const out = sub(w, 'r1');
    expect(out.warnings).toEqual(['Bentrok dengan VC-2026-0099: semua akun host terpakai pada jam tersebut.']);
    expect(w.register.rows[0]).toMatchObject({ stepId: 'disposisi_kadis', warnings: out.warnings });
  });

  it('no warning for Google Meet, for an invalid request, or when the calendars cannot be read', () => {
    const w = world();
    w.schedule.reserve(
      'VC-2026-0099',
      'Zoom Kominfo 1',
      new Date('2026-11-30T02:00:00Z'),
      new Date('2026-11-30T03:00:00Z'),
      'x',
    );
    expect(sub(w, 'r1', { Platform: 'Google Meet' }).warnings).toEqual([]);
    expect(sub(w, 'r2', { Email: 'salah' }).warnings).toEqual([]);
    w.schedule.bookingsBetween = () => {
      throw new Error('Kalender tidak dapat dibaca.');
    };
    expect(sub(w, 'r3')).toMatchObject({ warnings: [], duplicate: false });
  });
});

describe('intake without a valid preset, a letter, and a failing history', () => {
  it('keeps the request, waiting for an SOP, with the reason as a warning', () => {
    const w = world();
    const settings = { ...w.deps.config.settings().settings, presetId: '999-x' };
    w.deps.config.settings = () => ({ settings, problems: [] });
    const out = sub(w, 'r1');
    expect(out).toMatchObject({
      status: 'Menunggu Alur SOP',
      warnings: ['Alur SOP "999-x" tidak dikenal. Pilih salah satu alur di sheet Pengaturan.'],
    });
    expect(w.register.rows[0]).toMatchObject({ presetId: '', presetVersion: 0, stepId: '', pending: [] });
  });

  it('a letter is recorded as entered by the official; a form response as sent by the applicant', () => {
    const w = world();
    sub(w, 'r1');
    sub(w, 'surat:1', {}, { source: 'letter', enteredBy: 'staf@kominfo.go.id' });
    const masuk = w.history.records.filter((h) => h.kind === 'masuk');
    expect(masuk.map((h) => [h.action, h.actorEmail, h.actorLabel])).toEqual([
      ['formulir diterima', 'siti@disdik.go.id', 'Siti Rahma'],
      ['surat dicatat', 'staf@kominfo.go.id', 'staf@kominfo.go.id'],
    ]);
  });

  it('the respondent email collected by the form fills an empty email field', () => {
    const w = world();
    sub(w, 'r1', { Email: '' }, { respondentEmail: 'Siti@Disdik.go.id' });
    expect(w.register.rows[0]).toMatchObject({ email: 'siti@disdik.go.id', problems: [] });
  });

  it('when the history cannot be written the new row is discarded, so the sweep takes it in again', () => {
    const w = world();
    const discarded: string[] = [];
    w.register.discard = (id) => {
      discarded.push(id);
      w.register.rows = w.register.rows.filter((r) => r.id !== id);
    };
    const append = w.history.append;
    w.history.append = () => {
      throw new Error('Riwayat penuh.');
    };
    expect(() => sub(w, 'r1')).toThrow('Riwayat penuh.');
    expect(discarded).toEqual([ID]);
    w.history.append = append;
    expect(sub(w, 'r1')).toMatchObject({ id: ID, duplicate: false });
  });
});
