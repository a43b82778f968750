import { intake } from '../../src/app/intake';
import { performStep } from '../../src/app/act';
import { sidebarState } from '../../src/app/tasks';
import { submitLetter } from '../../src/app/incoming-letter';
import { validAnswers } from '../fixtures/answers';
import { world } from './fakes';
import { validLetter } from '../fixtures/letter';

const submit = (w: ReturnType<typeof world>, ref: string, over = {}) =>
  intake(w.deps, { answers: validAnswers(over), responseRef: ref, receivedAt: w.now.t, source: 'form' });

describe('intake use case', () => {
  it('numbers requests gap-free and writes one row and one history entry each', () => {
    const w = world();
    const a = submit(w, 'r1');
    const b = submit(w, 'r2', { Email: 'salah' });
    expect([a.id, b.id]).toEqual(['VC-2026-0001', 'VC-2026-0002']);
    expect(w.register.rows.map((r) => r.status)).toEqual(['Menunggu Disposisi Kepala Dinas', 'Perlu Perbaikan']);
    expect(b.problems).toContain('Alamat email tidak valid.');
    expect(w.history.records.filter((h) => h.kind === 'masuk')).toHaveLength(2);
    expect(w.history.verify()).toBeNull();
  });
  it('takes a response in once, however often the trigger fires', () => {
    const w = world();
    submit(w, 'r1');
    const again = submit(w, 'r1');
    expect(again.duplicate).toBe(true);
    expect(w.register.rows).toHaveLength(1);
  });
  it('records notifications as pending when no adapter performs them', () => {
    const w = world();
    submit(w, 'r1');
    expect(w.register.rows[0].pending[0]).toMatch(/^notify_role\|VC-2026-0001:v1:notify_role\|/);
    expect(w.history.records.some((h) => h.kind === 'efek' && /tertunda/.test(h.note))).toBe(true);
  });
});

describe('acting on a request', () => {
  it('walks Bandung from Kadis to Subkoor, refusing strangers, wrong roles and stale clicks', () => {
    const w = world();
    submit(w, 'r1');
    w.as('orang@luar.id');
    expect(
      performStep(w.deps, { requestId: 'VC-2026-0001', action: 'disposisi', expectedVersion: 1, input: {} }),
    ).toEqual({ ok: false, error: expect.stringContaining('tidak terdaftar') });
    w.as('kabid@kominfo.go.id');
    expect(
      performStep(w.deps, { requestId: 'VC-2026-0001', action: 'disposisi', expectedVersion: 1, input: {} }).ok,
    ).toBe(false);
    w.as('kadis@kominfo.go.id');
    const tasks = sidebarState(w.deps);
    expect(tasks.ok && tasks.value.tasks.map((t) => t.id)).toEqual(['VC-2026-0001']);
    const ok = performStep(w.deps, { requestId: 'VC-2026-0001', action: 'disposisi', expectedVersion: 1, input: {} });
    expect(ok.ok).toBe(true);
    expect(w.register.rows[0].version).toBe(2);
    w.as('kabid@kominfo.go.id');
    const stale = performStep(w.deps, {
      requestId: 'VC-2026-0001',
      action: 'disposisi',
      expectedVersion: 1,
      input: {},
    });
    expect(stale).toEqual({ ok: false, error: 'Permintaan sudah diperbarui, muat ulang.' });
    expect(w.history.verify()).toBeNull();
  });
  it('refuses to act on a row whose version cell was blanked by hand', () => {
    const w = world();
    submit(w, 'r1');
    w.register.rows[0].version = 0;
    w.as('kadis@kominfo.go.id');
    const r = performStep(w.deps, { requestId: 'VC-2026-0001', action: 'disposisi', expectedVersion: 0, input: {} });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('Kolom Versi') });
  });
});

describe('letters from the sidebar', () => {
  const letter = validLetter({
    applicantName: 'Budi',
    srikandiNumber: 'SRK-123',
    eventDate: '2026-12-01',
    platform: 'Google Meet',
    needsRoom: true,
  });
  it('goes through the same validation and numbering, once per letter', () => {
    const w = world();
    w.as('kadis@kominfo.go.id');
    const r = submitLetter(w.deps, letter);
    expect(r).toEqual({
      ok: true,
      value: { id: 'VC-2026-0001', status: expect.any(String), warnings: [], problems: [] },
    });
    expect(w.register.rows[0]).toMatchObject({
      source: 'letter',
      srikandiNumber: 'SRK-123',
      platform: 'meet',
      phone: '6281234567890',
    });
    expect(submitLetter(w.deps, letter)).toEqual({
      ok: false,
      error: 'Surat ini sudah tercatat sebagai VC-2026-0001.',
    });
  });
  it('refuses callers who are not registered officials', () => {
    const w = world();
    w.as('');
    expect(submitLetter(w.deps, letter)).toEqual({ ok: false, error: expect.stringContaining('tidak dapat dibaca') });
  });
});
