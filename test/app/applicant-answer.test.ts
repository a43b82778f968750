/**
 * The applicant accepts an offered time from their status page (app/applicant-answer.ts): the step's
 * own "accepted" action runs in their name, the schedule is checked again for the new time, and the
 * decision is recorded; every refusal is in Indonesian and writes nothing.
 */
import { performStep } from '../../src/app/act';
import { acceptOffer } from '../../src/app/applicant-answer';
import { intake } from '../../src/app/intake';
import type { ActionRequestDto } from '../../src/shared/rpc';
import { validAnswers } from '../fixtures/answers';
import { world, type TestWorld } from './fakes';

const OFFER = { date: '2026-12-01', start: '13:00', end: '15:30' };
const CHOICE = '2026-12-01 13:00-15:30';

function click(w: TestWorld, role: string, id: string, action: string, input: ActionRequestDto['input'] = {}) {
  w.as(`${role}@kominfo.go.id`);
  const version = w.register.rows.find((r) => r.id === id)!.version;
  const result = performStep(w.deps, { requestId: id, action, expectedVersion: version, input });
  if (!result.ok) throw new Error(result.error);
}

/** Submits `over` and walks it to the Subkoor's decision. */
function atDecision(w: TestWorld, over: Record<string, string> = {}): string {
  const id = intake(w.deps, {
    answers: validAnswers(over),
    responseRef: `r${w.register.rows.length}`,
    receivedAt: w.now.t,
    source: 'form',
  }).id;
  click(w, 'kadis', id, 'disposisi');
  click(w, 'kabid', id, 'disposisi');
  click(w, 'subkoor', id, 'terima');
  return id;
}

/** A request waiting for the applicant's answer to OFFER. */
function offered(w: TestWorld): string {
  const id = atDecision(w);
  click(w, 'subkoor', id, 'tawarkan_alternatif', { alternative: OFFER });
  return id;
}

const row = (w: TestWorld, id: string) => w.register.rows.find((r) => r.id === id)!;

describe('acceptOffer', () => {
  it('moves the request to the offered time, books a host, and records the answer in the applicant’s name', () => {
    const w = world();
    const id = offered(w);
    const before = row(w, id).version;
    expect(acceptOffer(w.deps, id, CHOICE)).toEqual({
      ok: true,
      value: { message: 'Terima kasih. Waktu pilihan Anda sudah kami catat dan jadwalnya dipesan.' },
    });
    expect(row(w, id)).toMatchObject({
      stepId: 'tunjuk_operator',
      eventDate: '2026-12-01',
      startTime: '13:00',
      endTime: '15:30',
      host: 'Zoom Kominfo 1',
    });
    expect(row(w, id).version).toBeGreaterThan(before);
    const answers = w.history.records.filter((r) => r.requestId === id && r.action === 'alternatif_diterima');
    expect(answers.map((r) => [r.kind, r.actorLabel, r.fromStep, r.toStep])).toEqual([
      ['aksi', 'Siti Rahma (pemohon)', 'menunggu_pemohon', 'tunjuk_operator'],
    ]);
  });

  it('refuses a choice it cannot read, before looking at anything', () => {
    const w = world();
    const id = offered(w);
    for (const choice of [undefined, 42, 'besok siang'])
      expect(acceptOffer(w.deps, id, choice)).toEqual({
        ok: false,
        error: 'Pilihan waktu tidak terbaca. Muat ulang halaman lalu pilih lagi.',
      });
  });

  it('refuses an unknown request, and one whose flow is unknown', () => {
    const w = world();
    const id = offered(w);
    expect(acceptOffer(w.deps, 'VC-2026-0999', CHOICE)).toEqual({ ok: false, error: 'Permohonan tidak ditemukan.' });
    row(w, id).presetId = '999-hilang';
    expect(acceptOffer(w.deps, id, CHOICE)).toEqual({
      ok: false,
      error: 'Permohonan ini belum dapat dijawab dari sini; hubungi kantor layanan.',
    });
  });

  it('refuses a time that was not offered, and writes nothing', () => {
    const w = world();
    const id = offered(w);
    const before = structuredClone(row(w, id));
    const refused = acceptOffer(w.deps, id, '2026-12-02 13:00-15:30');
    expect(refused.ok).toBe(false);
    expect(row(w, id)).toEqual(before);
  });

  it('refuses a time taken meanwhile by another approved request, and writes nothing', () => {
    const w = world();
    const id = offered(w);
    const other = atDecision(w, { 'Tanggal kegiatan': '2026-12-01', 'Jam mulai': '13:00', 'Jam selesai': '15:30' });
    click(w, 'subkoor', other, 'setujui');
    const before = structuredClone(row(w, id));
    expect(acceptOffer(w.deps, id, CHOICE)).toEqual({
      ok: false,
      error:
        'Maaf, waktu itu baru saja terisi oleh kegiatan lain. Pilih waktu lain yang masih ditawarkan, atau hubungi kami.',
    });
    expect(row(w, id)).toEqual(before);
  });
});
