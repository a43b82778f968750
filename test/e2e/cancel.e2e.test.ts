/**
 * Cancelling on the built bundle (issue 16 §1, item 9): an admin at any step of each SOP until the
 * event, and the applicant from their private status link; the meeting and the bookings are
 * released and everyone concerned is told.
 */
import { createHmac } from 'crypto';
import { runExecution } from '../../dev/standin/executions';
import { eventsOf, historyOf, meetingsOf } from '../proof/kit';
import { ADMIN, OFFICE, ok, type E2E } from './world';
import { cell, click, mailsTo, mainPath, PRESET_IDS, sopWorld, stepsOnPath, submitFor, type Click } from './sop-kit';
import type { Result } from '../../src/shared/rpc';

const APPLICANT = 'siti@disdik.go.id';

/** Clicks reaching each step of the flow that can still be cancelled, beyond the main path's. */
const SIDE_STEPS: Record<string, Array<[string, Click[]]>> = {
  '002-singkawang': [
    [
      'info_bentrok',
      [...mainPath('002-singkawang', '2026-12-30').slice(0, 4), ['tim', 'bentrok', { note: 'TCM Room penuh.' }]],
    ],
    [
      'menunggu_pemohon',
      [
        ...mainPath('002-singkawang', '2026-12-30').slice(0, 4),
        ['tim', 'bentrok', { note: 'TCM Room penuh.' }],
        ['subkoor', 'tawarkan_alternatif', { alternative: { date: '2026-12-31', start: '09:00', end: '10:00' } }],
      ],
    ],
  ],
};

/** Every cancellable step of `presetId` with the clicks that reach it: the main path's, then the side steps. */
function cancellable(presetId: (typeof PRESET_IDS)[number]): Array<[string, Click[]]> {
  const path = mainPath(presetId, '2026-12-30');
  const steps = stepsOnPath(presetId).slice(0, -1);
  return [...steps.map((s, i): [string, Click[]] => [s, path.slice(0, i)]), ...(SIDE_STEPS[presetId] ?? [])];
}

describe.each(PRESET_IDS)('%s: an admin cancels at every step until the event', (presetId) => {
  const e = sopWorld(presetId, new Date('2026-11-23T08:00:00+07:00'));
  const cases = cancellable(presetId).map(([step, clicks], i) => {
    const date = `2026-12-${String(1 + i).padStart(2, '0')}`;
    const id = submitFor(e, date, { 'Judul kegiatan': `Rapat langkah ${step}` });
    click(e, id, clicks);
    return { step, id, clicks };
  });

  it.each(cases.map((c) => [c.step, c] as const))(
    'at %s: Dibatalkan, meeting and bookings released, people told',
    (step, c) => {
      expect(cell(e, c.id, 'Langkah')).toBe(step);
      e.as(ADMIN);
      const done = ok(e.act(c.id, 'batalkan', { note: 'Kegiatan ditiadakan oleh OPD.' }));
      expect(done.detail.status).toBe('Dibatalkan');
      expect(meetingsOf(e, c.id)).toEqual([]);
      expect(eventsOf(e, c.id)).toEqual([]);
      expect(mailsTo(e, APPLICANT, new RegExp(`\\[${c.id}\\] Permohonan dibatalkan`))).toHaveLength(1);
      const officials = e.ws.mail.outbox.filter(
        (m) => m.subject === `[${c.id}] Permohonan dibatalkan` && !m.to.includes(APPLICANT),
      );
      const waitingOnApplicant = step === 'perbaikan';
      expect(officials.length).toBe(waitingOnApplicant ? 0 : 1);
      if (cell(e, c.id, 'Operator')) expect(officials[0].to).toContain('operator@kominfo.go.id');
      const entry = historyOf(e, c.id).find((h) => h.kind === 'aksi' && h.action === 'batalkan')!;
      expect(entry).toMatchObject({ from: step, to: 'dibatalkan' });
    },
  );

  it('the request waiting for the applicant (perbaikan) can be cancelled too', () => {
    const id = submitFor(e, '2026-12-20', { 'Nomor WhatsApp': 'bukan nomor' });
    expect(cell(e, id, 'Langkah')).toBe('perbaikan');
    e.as(ADMIN);
    expect(ok(e.act(id, 'batalkan', { note: 'Tidak diperbaiki.' })).detail.status).toBe('Dibatalkan');
  });
});

describe('a cancel once the event has started is refused', () => {
  it('the admin no longer sees the button, and a stale click is refused in Indonesian', () => {
    const e = sopWorld('000-bandung', new Date('2026-11-23T08:00:00+07:00'));
    const id = submitFor(e, '2026-11-30');
    click(e, id, mainPath('000-bandung', '2026-11-30').slice(0, 7));
    e.as(ADMIN);
    const version = ok(e.detail(id)).version;
    e.ws.clock.set(new Date('2026-11-30T09:00:00+07:00'));
    expect(ok(e.detail(id)).actions.map((a) => a.id)).toEqual([]);
    const late = e.app.callFromClient<Result<unknown>>('performAction', {
      requestId: id,
      action: 'batalkan',
      expectedVersion: version,
      input: { note: 'Terlambat.' },
    });
    expect(late).toEqual({
      ok: false,
      error: 'Kegiatan sudah dimulai atau sudah lewat; permohonan tidak dapat dibatalkan lagi.',
    });
  });
});

/** The status page's call, as the engine web app runs it for an anonymous applicant (as the office account). */
function asApplicant(e: E2E, id: string, token: string, reason: string): Result<{ status: string; message: string }> {
  const project = e.engine.project;
  const spec = { kind: 'webapp' as const, fn: 'cancelAsApplicantFromStatusPage', active: '', effective: OFFICE };
  return runExecution(e.ws.ctx, project, spec, () => project.invoke!(spec.fn, id, token, reason)) as Result<{
    status: string;
    message: string;
  }>;
}

/** The token the engine gives `id`'s status link: HMAC-SHA256 of the number under its secret, 32 hex characters. */
function tokenOf(e: E2E, id: string): string {
  const secret = e.engineProps().getProperty('APPLICANT_TOKEN_SECRET');
  if (!secret) throw new Error('rahasia token belum dibuat');
  return createHmac('sha256', secret).update(id).digest('hex').slice(0, 32);
}

describe('the applicant cancels from their status link', () => {
  it('only with the token of their own request; then everyone concerned is told and the history names them', () => {
    const e = sopWorld('003-tangerang', new Date('2026-11-23T08:00:00+07:00'));
    const mine = submitFor(e, '2026-11-30');
    const other = submitFor(e, '2026-12-01', { Email: 'lain@dinkes.go.id', 'Judul kegiatan': 'Rapat lain' });
    click(e, mine, mainPath('003-tangerang', '2026-11-30').slice(0, 2));
    const refusal = 'Tautan status tidak valid atau sudah tidak berlaku. Buka tautan dari email terakhir kami.';
    expect(asApplicant(e, mine, 'tebakan', 'Acara batal.')).toEqual({ ok: false, error: refusal });
    expect(asApplicant(e, mine, tokenOf(e, other), 'Acara batal.')).toEqual({ ok: false, error: refusal });
    expect(asApplicant(e, 'VC-2026-9999', tokenOf(e, 'VC-2026-9999'), 'x')).toEqual({ ok: false, error: refusal });
    expect(cell(e, mine, 'Status')).toBe('Menunggu Pembuatan Link');
    expect(asApplicant(e, mine, tokenOf(e, mine), 'Acara diundur ke tahun depan.')).toEqual({
      ok: true,
      value: { status: 'Dibatalkan', message: `Permohonan ${mine} dibatalkan. Terima kasih telah memberi tahu kami.` },
    });
    expect(eventsOf(e, mine)).toEqual([]);
    expect(cell(e, other, 'Status')).toBe('Menunggu Verifikasi');
    const entry = historyOf(e, mine).find((h) => h.action === 'batalkan')!;
    expect(entry.note).toBe('Dibatalkan oleh pemohon: Acara diundur ke tahun depan.');
    const staf = mailsTo(e, 'staf@kominfo.go.id', new RegExp(`\\[${mine}\\] Permohonan dibatalkan`));
    expect(staf).toHaveLength(1);
    expect(staf[0].body).toContain('dibatalkan oleh pemohon');
    expect(mailsTo(e, APPLICANT, new RegExp(`\\[${mine}\\] Permohonan dibatalkan`))).toHaveLength(1);
    expect(asApplicant(e, mine, tokenOf(e, mine), 'lagi')).toEqual({
      ok: false,
      error: 'Permohonan sudah berstatus "Dibatalkan".',
    });
  });

  it('not once the event has started', () => {
    const e = sopWorld('003-tangerang', new Date('2026-11-23T08:00:00+07:00'));
    const id = submitFor(e, '2026-11-30');
    asApplicant(e, id, 'x', 'x');
    e.ws.clock.set(new Date('2026-11-30T09:30:00+07:00'));
    expect(asApplicant(e, id, tokenOf(e, id), 'Terlambat.')).toEqual({
      ok: false,
      error: 'Kegiatan sudah dimulai atau sudah lewat; permohonan tidak dapat dibatalkan lagi.',
    });
  });
});
