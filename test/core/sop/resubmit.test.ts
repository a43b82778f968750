import { enterStart } from '../../../src/core/sop/entry';
import { BANDUNG } from '../../../src/core/sop/presets';
import { resubmit } from '../../../src/core/sop/resubmit';
import type { Preset } from '../../../src/core/sop/types';
import type { VcRequest } from '../../../src/core/request';
import { after, makeFields, makeRequest, T0 } from './fixtures';

const LATER = after(T0, 30);
const waiting = (over: Partial<VcRequest> = {}): VcRequest => ({
  ...enterStart(makeRequest({ problems: ['Email tidak valid.'] }), BANDUNG, T0, false),
  ...over,
});
const valid = { fields: makeFields(), problems: [], warnings: [] };

describe('resubmit: what the applicant reads when a revision cannot be applied', () => {
  it('names both flows when the request belongs to another one', () => {
    expect(resubmit(waiting({ presetId: '001-tarakan' }), BANDUNG, valid, LATER)).toEqual({
      ok: false,
      code: 'broken_preset',
      reason: 'Permintaan ini memakai alur SOP "001-tarakan", bukan "000-bandung". Hubungi admin.',
    });
  });

  it('refuses a request that is not waiting for a revision', () => {
    expect(resubmit(waiting({ stepId: 'izin_subkoor' }), BANDUNG, valid, LATER)).toEqual({
      ok: false,
      code: 'wrong_step',
      reason: 'Permintaan ini tidak sedang menunggu perbaikan dari pemohon; perubahan belum diterapkan.',
    });
  });

  it('names the revision step that lacks its "ajukan_ulang" action', () => {
    const broken: Preset = JSON.parse(JSON.stringify(BANDUNG));
    const step = broken.steps.find((s) => s.id === 'perbaikan')!;
    step.actions = step.actions.filter((a) => a.id !== 'ajukan_ulang');
    expect(resubmit(waiting(), broken, valid, LATER)).toEqual({
      ok: false,
      code: 'broken_preset',
      reason: 'Langkah perbaikan "perbaikan" tidak punya tindakan "ajukan_ulang". Hubungi admin.',
    });
  });
});

describe('resubmit: the receipt and the history of a valid revision', () => {
  const receiptOf = (out: ReturnType<typeof resubmit>) =>
    out.ok ? out.effects.find((e) => e.kind === 'notify_applicant')?.params : undefined;

  it('repeats every lead-time warning on its own line, and none when there are none', () => {
    const lead = ['Permohonan diajukan H-1, kurang dari batas minimal H-3.', 'Tautan mungkin terlambat.'];
    const warned = resubmit(waiting(), BANDUNG, { ...valid, warnings: lead, lead }, LATER);
    expect(receiptOf(warned)).toMatchObject({
      template: 'diterima',
      correction: 'ya',
      warnings: 'Permohonan diajukan H-1, kurang dari batas minimal H-3.\nTautan mungkin terlambat.',
    });
    expect(receiptOf(resubmit(waiting(), BANDUNG, valid, LATER))).toMatchObject({ template: 'diterima', warnings: '' });
  });

  it('records the applicant by the name they sent now, else the one on file, else "Pemohon"', () => {
    const renamed = { ...valid, fields: makeFields({ applicantName: 'Rina M. Sari' }) };
    expect(resubmit(waiting(), BANDUNG, renamed, LATER)).toMatchObject({
      ok: true,
      history: { actorLabel: 'Rina M. Sari', actorEmail: 'rina@disdik.go.id' },
    });
    const unnamed = { ...valid, fields: makeFields({ applicantName: '' }) };
    expect(resubmit(waiting(), BANDUNG, unnamed, LATER)).toMatchObject({
      history: { actorLabel: 'Rina Marlina' },
    });
    expect(resubmit(waiting({ applicantName: '' }), BANDUNG, unnamed, LATER)).toMatchObject({
      history: { actorLabel: 'Pemohon' },
    });
  });
});
