/**
 * The applicant's answer to an offer of other times (core/sop/applicant-answer.ts): which action
 * accepts an offer, which offers are still open, and the accept itself with its refusals.
 */
import { acceptActionAt, acceptByApplicant, offerText, openOffers } from '../../../src/core/sop/applicant-answer';
import { act, step, terminal } from '../../../src/core/sop/presets/common';
import { presetById } from '../../../src/core/sop/presets';
import type { OfferedSlot, VcRequest } from '../../../src/core/request';
import { makeRequest } from './fixtures';

const bandung = presetById('000-bandung')!;
const ZONE = 'Asia/Jakarta' as const;
/** 10:00:30 WIB on Monday 30 November 2026. */
const NOW = new Date('2026-11-30T03:00:30Z');

const slot = (date: string, start: string, end: string): OfferedSlot => ({ date, start, end });
const TUESDAY = slot('2026-12-01', '13:00', '15:30');
const NEXT_MONDAY = slot('2026-12-07', '09:00', '11:00');

/** A Bandung request waiting for the applicant's answer to `offers`. */
function waiting(offers: OfferedSlot[], over: Partial<VcRequest> = {}): VcRequest {
  return makeRequest({
    presetId: bandung.id,
    presetVersion: bandung.version,
    stepId: 'menunggu_pemohon',
    offers,
    ...over,
  });
}

describe('acceptActionAt', () => {
  const accept = act('terima_waktu', 'Terima', 'lanjut', { requires: ['alternative'], appliesAlternative: true });
  const at = (...actions: ReturnType<typeof act>[]) => step('tunggu', 'Menunggu', 'subkoor', null, 'Menunggu', actions);

  it('finds the non-negative action that applies a required alternative, wherever it is listed', () => {
    const other = act('lanjut', 'Lanjut', 'lanjut');
    expect(acceptActionAt(at(other, accept))?.id).toBe('terima_waktu');
    expect(acceptActionAt(bandung.steps.find((s) => s.id === 'menunggu_pemohon'))?.id).toBe('alternatif_diterima');
  });

  it('ignores an offer (alternative without applying it), an applied time without an alternative, and a negative one', () => {
    const offer = act('tawarkan', 'Tawarkan', 'tunggu', { requires: ['alternative'] });
    const noAlternative = act('geser', 'Geser', 'lanjut', { requires: ['note'], appliesAlternative: true });
    const negative = act('tolak', 'Tolak', 'lanjut', {
      requires: ['alternative'],
      appliesAlternative: true,
      negative: true,
    });
    expect([acceptActionAt(at(offer)), acceptActionAt(at(noAlternative)), acceptActionAt(at(negative))]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('has none at a terminal step or an unknown one', () => {
    expect(acceptActionAt(terminal('selesai', 'Selesai', 'Selesai', 'subkoor'))).toBeNull();
    expect(acceptActionAt(undefined)).toBeNull();
  });
});

describe('openOffers', () => {
  it('keeps only the offers that start after now in the office zone', () => {
    const offers = [
      slot('2026-11-29', '23:00', '23:30'),
      slot('2026-11-30', '09:00', '11:00'),
      slot('2026-11-30', '10:00', '11:00'),
      slot('2026-11-30', '10:01', '12:00'),
      slot('2026-12-01', '08:00', '09:00'),
    ];
    expect(openOffers(waiting(offers), bandung, NOW, ZONE)).toEqual([
      slot('2026-11-30', '10:01', '12:00'),
      slot('2026-12-01', '08:00', '09:00'),
    ]);
  });

  it('offers nothing when the request is not waiting for the applicant, or is being closed', () => {
    const offers = [TUESDAY];
    expect(openOffers(waiting(offers), bandung, NOW, ZONE)).toEqual([TUESDAY]);
    expect(openOffers(waiting(offers, { stepId: 'izin_subkoor' }), bandung, NOW, ZONE)).toEqual([]);
    expect(openOffers(waiting(offers, { stepId: 'tidak_ada' }), bandung, NOW, ZONE)).toEqual([]);
    expect(openOffers(waiting(offers, { pending: ['close|laporan'] }), bandung, NOW, ZONE)).toEqual([]);
  });
});

describe('offerText', () => {
  it('reads as a long Indonesian date with the time range and zone', () => {
    expect(offerText(NEXT_MONDAY, ZONE)).toBe('Senin, 7 Desember 2026 pukul 09.00–11.00 WIB');
    expect(offerText(TUESDAY, 'Asia/Makassar')).toBe('Selasa, 1 Desember 2026 pukul 13.00–15.30 WITA');
  });
});

describe('acceptByApplicant', () => {
  it('applies the chosen offer through the step’s accept action, in the applicant’s name', () => {
    const out = acceptByApplicant(waiting([TUESDAY, NEXT_MONDAY]), bandung, { ...NEXT_MONDAY }, NOW);
    if (!out.ok) throw new Error(out.reason);
    expect(out.action.id).toBe('alternatif_diterima');
    expect(out.request).toMatchObject({
      stepId: 'tunjuk_operator',
      eventDate: '2026-12-07',
      startTime: '09:00',
      endTime: '11:00',
      offers: [],
      note: 'Pemohon memilih waktu Senin, 7 Desember 2026 pukul 09.00–11.00 WIB.',
    });
    expect(out.history).toMatchObject({
      actorEmail: 'rina@disdik.go.id',
      actorLabel: 'Rina Marlina (pemohon)',
      action: 'alternatif_diterima',
      fromStep: 'menunggu_pemohon',
      toStep: 'tunjuk_operator',
      note: 'Pemohon memilih waktu Senin, 7 Desember 2026 pukul 09.00–11.00 WIB.',
    });
  });

  it('names an applicant without a name "Pemohon"', () => {
    const out = acceptByApplicant(waiting([TUESDAY], { applicantName: '' }), bandung, TUESDAY, NOW);
    if (!out.ok) throw new Error(out.reason);
    expect(out.history.actorLabel).toBe('Pemohon (pemohon)');
  });

  it('refuses a request that does not wait for the applicant’s answer', () => {
    for (const stepId of ['izin_subkoor', 'tidak_ada'])
      expect(acceptByApplicant(waiting([TUESDAY], { stepId }), bandung, TUESDAY, NOW)).toEqual({
        ok: false,
        code: 'wrong_step',
        reason: 'Permohonan ini tidak sedang menunggu jawaban Anda atas waktu lain.',
      });
  });

  it('refuses a request being closed, saying so', () => {
    expect(acceptByApplicant(waiting([TUESDAY], { pending: ['close|laporan'] }), bandung, TUESDAY, NOW)).toEqual({
      ok: false,
      code: 'terminal',
      reason:
        'Permohonan sedang diselesaikan: surat, tautan atau laporan penutupnya masih diproses dan akan dicoba lagi otomatis. Tidak ada tindakan lagi.',
    });
  });

  it('refuses a time that is not exactly one offered, or one already past', () => {
    const past = slot('2026-11-30', '08:00', '09:00');
    const r = waiting([TUESDAY, past]);
    const choices = [
      { ...TUESDAY, date: '2026-12-02' },
      { ...TUESDAY, start: '13:30' },
      { ...TUESDAY, end: '16:00' },
      past,
    ];
    for (const choice of choices)
      expect(acceptByApplicant(r, bandung, choice, NOW)).toEqual({
        ok: false,
        code: 'invalid_input',
        reason: 'Waktu itu tidak termasuk yang kami tawarkan atau sudah lewat. Muat ulang halaman.',
      });
  });
});
