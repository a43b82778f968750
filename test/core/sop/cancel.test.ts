import { cancelAt, cancelByApplicant } from '../../../src/core/sop/cancel';
import { enterStart } from '../../../src/core/sop/engine';
import { BANDUNG } from '../../../src/core/sop/presets';
import type { Preset, StepDef } from '../../../src/core/sop/types';
import type { VcRequest } from '../../../src/core/request';
import { makeRequest, T0 } from './fixtures';

/** Two days before the fixture's event (20 March 2026, 09:00 WIB). */
const NOW = new Date('2026-03-18T03:00:00.000Z');
const EVENT_START = new Date('2026-03-20T02:00:00.000Z');

function at(preset: Preset, stepId: string, overrides: Partial<VcRequest> = {}): VcRequest {
  return { ...enterStart(makeRequest(), preset, T0, true), stepId, version: 4, ...overrides };
}

function stepOf(preset: Preset, id: string): StepDef {
  const found = preset.steps.find((s) => s.id === id);
  if (!found) throw new Error(`langkah ${id} tidak ada di ${preset.id}`);
  return found;
}

/** Bandung with its "dibatalkan" step replaced by `replacement` (none when absent). */
function withoutCancelledStep(replacement?: StepDef): Preset {
  const steps = BANDUNG.steps.filter((s) => s.id !== 'dibatalkan');
  return { ...BANDUNG, steps: replacement ? [...steps, replacement] : steps };
}

describe('cancelAt', () => {
  it("is the step's own cancel when the SOP lists one", () => {
    expect(cancelAt(BANDUNG, stepOf(BANDUNG, 'menunggu_pemohon'))?.label).toBe('Pemohon Membatalkan');
  });

  it("is the engine's cancel, to the cancelled step, where the SOP lists none", () => {
    expect(cancelAt(BANDUNG, stepOf(BANDUNG, 'disposisi_kadis'))).toMatchObject({
      id: 'batalkan',
      label: 'Batalkan Permohonan',
      to: 'dibatalkan',
      requires: ['note'],
    });
  });

  it('is none when the preset has no terminal "dibatalkan" step', () => {
    const bare = withoutCancelledStep();
    expect(cancelAt(bare, stepOf(bare, 'disposisi_kadis'))).toBeNull();
    const open = withoutCancelledStep({ ...stepOf(BANDUNG, 'dibatalkan'), terminal: false });
    expect(cancelAt(open, stepOf(open, 'disposisi_kadis'))).toBeNull();
  });
});

describe('cancelByApplicant', () => {
  it('cancels with their reason, naming the applicant in Riwayat', () => {
    const out = cancelByApplicant(at(BANDUNG, 'menunggu_pemohon'), BANDUNG, '  Acara diundur  ', NOW);
    if (!out.ok) throw new Error(out.reason);
    expect(out.action.label).toBe('Pemohon Membatalkan');
    expect(out.request).toMatchObject({
      stepId: 'dibatalkan',
      status: 'Dibatalkan',
      note: 'Dibatalkan oleh pemohon: Acara diundur',
    });
    expect(out.history).toMatchObject({
      fromStep: 'menunggu_pemohon',
      toStep: 'dibatalkan',
      actorEmail: 'rina@disdik.go.id',
      actorLabel: 'Rina Marlina (pemohon)',
      note: 'Dibatalkan oleh pemohon: Acara diundur',
    });
  });

  it("uses the engine's cancel at a step without one, and says when no reason or name was given", () => {
    const r = at(BANDUNG, 'disposisi_kabid', { applicantName: '' });
    const out = cancelByApplicant(r, BANDUNG, '   ', NOW);
    if (!out.ok) throw new Error(out.reason);
    expect(out.action.label).toBe('Batalkan Permohonan');
    expect(out.request.note).toBe('Dibatalkan oleh pemohon: (tanpa alasan)');
    expect(out.history).toMatchObject({ fromStep: 'disposisi_kabid', actorLabel: 'Pemohon (pemohon)' });
  });

  it('refuses once the event has started', () => {
    expect(cancelByApplicant(at(BANDUNG, 'pendampingan'), BANDUNG, 'x', EVENT_START)).toEqual({
      ok: false,
      code: 'too_late',
      reason: 'Kegiatan sudah dimulai atau sudah lewat; permohonan tidak dapat dibatalkan lagi.',
    });
  });

  it('refuses a request that has ended or is being closed', () => {
    expect(cancelByApplicant(at(BANDUNG, 'selesai'), BANDUNG, 'x', NOW)).toEqual({
      ok: false,
      code: 'terminal',
      reason: 'Permohonan sudah berstatus "Selesai".',
    });
    const closing = at(BANDUNG, 'pendampingan', { pending: ['close|VC-2026-0001:v5:close'] });
    expect(cancelByApplicant(closing, BANDUNG, 'x', NOW)).toEqual({
      ok: false,
      code: 'terminal',
      reason:
        'Permohonan sedang diselesaikan: surat, tautan atau laporan penutupnya masih diproses dan akan dicoba lagi otomatis. Tidak ada tindakan lagi.',
    });
  });

  it('refuses when the step or the cancelled step is missing from the preset', () => {
    expect(cancelByApplicant(at(BANDUNG, 'hilang'), BANDUNG, 'x', NOW)).toEqual({
      ok: false,
      code: 'broken_preset',
      reason: 'Langkah "hilang" tidak ada di alur SOP Kota Bandung — Pengajuan Pembuatan Link Zoom Meeting.',
    });
    const bare = withoutCancelledStep();
    expect(cancelByApplicant(at(bare, 'disposisi_kadis'), bare, 'x', NOW)).toEqual({
      ok: false,
      code: 'broken_preset',
      reason: 'Alur SOP ini tidak punya langkah "dibatalkan". Hubungi kantor layanan.',
    });
  });
});
