/**
 * The applicant cancels their own request from its status page (app/applicant-cancel.ts): under the
 * script lock, in their name, with their reason as data; every refusal is in Indonesian and writes
 * nothing.
 */
import { cancelAsApplicant } from '../../src/app/applicant-cancel';
import { performStep } from '../../src/app/act';
import { LockBusyError } from '../../src/app/ports';
import { world, type TestWorld } from './fakes';
import { countingLock } from './fakes-hourly';
import { doneHandlers, rowOf, submitted } from './fakes-applicant';

const DONE = (id: string) => `Permohonan ${id} dibatalkan. Terima kasih telah memberi tahu kami.`;
const BAD_LINK = 'Tautan status tidak valid atau sudah tidak berlaku. Buka tautan dari email terakhir kami.';

function setup() {
  const w = world();
  const lock = countingLock();
  const handlers = doneHandlers();
  w.deps.lock = lock;
  w.deps.effects = handlers;
  const id = submitted(w);
  handlers.ran.length = 0; // what the intake ran
  lock.runs = 0;
  return { w, lock, handlers, id };
}

/** What the store holds: every row and every history entry. */
const snapshot = (w: TestWorld) => structuredClone({ rows: w.register.rows, history: w.history.records });

describe('cancelAsApplicant', () => {
  it('cancels in the applicant’s name under the lock, runs the cancel’s effects and records them', () => {
    const { w, lock, handlers, id } = setup();
    const other = submitted(w, { 'Judul kegiatan': 'Rapat Lain' });
    const otherBefore = structuredClone(rowOf(w, other));
    const historyBefore = w.history.records.length;
    handlers.ran.length = 0;
    lock.runs = 0;
    expect(cancelAsApplicant(w.deps, id, '  Kegiatan ditunda.  ')).toEqual({
      ok: true,
      value: { status: 'Dibatalkan', message: DONE('VC-2026-0001') },
    });
    expect(lock.runs).toBe(1);
    expect(rowOf(w, id)).toMatchObject({
      stepId: 'dibatalkan',
      status: 'Dibatalkan',
      note: 'Dibatalkan oleh pemohon: Kegiatan ditunda.',
      pending: [],
    });
    expect(handlers.ran.map((r) => r.split(' ')[0])).toEqual([
      'release',
      'cancel_meeting',
      'notify_applicant',
      'notify_role',
    ]);
    const added = w.history.records.slice(historyBefore);
    expect(added.map((h) => [h.kind, h.action, h.actorEmail, h.actorLabel])).toEqual([
      ['aksi', 'batalkan', 'siti@disdik.go.id', 'Siti Rahma (pemohon)'],
      ['efek', 'melepas pesanan sumber daya', 'sistem', 'Layanan Vicon'],
      ['efek', 'membatalkan rapat', 'sistem', 'Layanan Vicon'],
      ['efek', 'memberi tahu pemohon', 'sistem', 'Layanan Vicon'],
      ['efek', 'memberi tahu petugas', 'sistem', 'Layanan Vicon'],
    ]);
    expect(added[0]).toMatchObject({
      requestId: id,
      fromStep: 'disposisi_kadis',
      toStep: 'dibatalkan',
      note: 'Dibatalkan oleh pemohon: Kegiatan ditunda.',
    });
    expect(rowOf(w, other)).toEqual(otherBefore);
  });

  it('keeps the reason as the applicant wrote it: trimmed, at most 500 characters, markup as text', () => {
    const { w, id } = setup();
    cancelAsApplicant(w.deps, id, `   ${'a'.repeat(499)}bc`);
    expect(rowOf(w, id).note).toBe(`Dibatalkan oleh pemohon: ${'a'.repeat(499)}b`);
    const second = submitted(w);
    cancelAsApplicant(w.deps, second, '<script>alert("x")</script> & lain-lain');
    expect(rowOf(w, second).note).toBe('Dibatalkan oleh pemohon: <script>alert("x")</script> & lain-lain');
  });

  it('takes a reason that is not text as no reason', () => {
    const { w } = setup();
    const ids = [submitted(w), submitted(w), submitted(w)];
    [undefined, 42, { alasan: 'x' }].forEach((reason, i) =>
      expect(cancelAsApplicant(w.deps, ids[i], reason)).toMatchObject({ ok: true }),
    );
    expect(ids.map((i) => rowOf(w, i).note)).toEqual(Array(3).fill('Dibatalkan oleh pemohon: (tanpa alasan)'));
  });

  it('refuses a request no longer in the register, and one whose flow is unknown, writing nothing', () => {
    const { w, id, handlers } = setup();
    const before = snapshot(w);
    expect(cancelAsApplicant(w.deps, 'VC-2026-0999', 'x')).toEqual({ ok: false, error: BAD_LINK });
    expect(snapshot(w)).toEqual(before);
    rowOf(w, id).presetId = '999-hilang';
    const lost = snapshot(w);
    expect(cancelAsApplicant(w.deps, id, 'x')).toEqual({
      ok: false,
      error: 'Permohonan ini belum dapat dibatalkan dari sini; hubungi kantor layanan.',
    });
    expect(snapshot(w)).toEqual(lost);
    expect(handlers.ran).toEqual([]);
  });

  it('refuses a request already cancelled or being closed, writing nothing', () => {
    const { w, id, handlers } = setup();
    cancelAsApplicant(w.deps, id, 'pertama');
    const closing = submitted(w);
    const after = snapshot(w);
    const ran = handlers.ran.length;
    expect(cancelAsApplicant(w.deps, id, 'kedua')).toEqual({
      ok: false,
      error: 'Permohonan sudah berstatus "Dibatalkan".',
    });
    expect(snapshot(w)).toEqual(after);
    rowOf(w, closing).pending = [`close|${closing}:5:close|{}`];
    const before = snapshot(w);
    expect(cancelAsApplicant(w.deps, closing, 'x')).toEqual({
      ok: false,
      error:
        'Permohonan sedang diselesaikan: surat, tautan atau laporan penutupnya masih diproses dan akan dicoba lagi otomatis. Tidak ada tindakan lagi.',
    });
    expect(snapshot(w)).toEqual(before);
    expect(handlers.ran).toHaveLength(ran);
  });

  it('refuses once the event has started (its start instant included), not a minute before', () => {
    const { w, id } = setup();
    w.now.t = new Date('2026-11-30T02:00:00Z'); // 09.00 WIB, the event's start
    const before = snapshot(w);
    expect(cancelAsApplicant(w.deps, id, 'x')).toEqual({
      ok: false,
      error: 'Kegiatan sudah dimulai atau sudah lewat; permohonan tidak dapat dibatalkan lagi.',
    });
    expect(snapshot(w)).toEqual(before);
    w.now.t = new Date('2026-11-30T01:59:00Z');
    expect(cancelAsApplicant(w.deps, id, 'x')).toEqual({
      ok: true,
      value: { status: 'Dibatalkan', message: DONE(id) },
    });
  });

  it('refuses, writing nothing, a row a Sheets cell could no longer hold', () => {
    const { w, id, handlers } = setup();
    rowOf(w, id).title = 'x'.repeat(50_000);
    const before = snapshot(w);
    const out = cancelAsApplicant(w.deps, id, 'x');
    expect(out).toEqual({
      ok: false,
      error: expect.stringMatching(/^Data permohonan VC-2026-0001 terlalu panjang untuk satu sel Sheets/),
    });
    expect(snapshot(w)).toEqual(before);
    expect(handlers.ran).toEqual([]);
  });

  it('reads the request under the lock: an admin’s cancel that got in first wins', () => {
    const { w, lock, id } = setup();
    lock.meanwhile.push(() => {
      const r = performStep(w.deps, {
        requestId: id,
        action: 'batalkan',
        expectedVersion: rowOf(w, id).version,
        input: { note: 'Dibatalkan admin.' },
      });
      if (!r.ok) throw new Error(r.error);
    });
    expect(cancelAsApplicant(w.deps, id, 'x')).toEqual({
      ok: false,
      error: 'Permohonan sudah berstatus "Dibatalkan".',
    });
    expect(rowOf(w, id).note).toBe('Dibatalkan admin.');
  });

  it('changes nothing while the lock is busy', () => {
    const { w, lock, id } = setup();
    lock.busyOn = [1];
    const before = snapshot(w);
    expect(() => cancelAsApplicant(w.deps, id, 'x')).toThrow(LockBusyError);
    expect(snapshot(w)).toEqual(before);
  });
});
