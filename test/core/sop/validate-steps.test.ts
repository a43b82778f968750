import type { Preset } from '../../../src/core/sop/types';
import { broken, errorsOf, loose, step } from './validate-fixture';

/** Bandung with `fields` written over the action "buat_rapat" of the step "buat_rapat". */
function meetingActionWith(fields: Record<string, unknown>): unknown {
  return broken((p: Preset) => Object.assign(step(p, 'buat_rapat').actions[0], fields));
}

const AT_ACTION = 'Langkah "buat_rapat", tindakan "buat_rapat"';

describe('the list of steps', () => {
  it('names each step without an id once and checks nothing else of it', () => {
    const p = broken((x) => {
      loose(x).steps = [...x.steps, 'selesai', null, { id: '' }, { id: '  ', label: 'Arsip' }];
    });
    expect(errorsOf(p)).toEqual([
      'Ada langkah tanpa ID.',
      'Ada langkah tanpa ID.',
      'Ada langkah tanpa ID.',
      'Ada langkah tanpa ID.',
    ]);
  });

  it('refuses a finished step as the start, and a missing revision step', () => {
    expect(errorsOf(broken((x) => (x.start = 'selesai')))).toEqual([
      'Langkah awal "selesai" tidak boleh langkah akhir.',
    ]);
    for (const revisionStep of ['  ', 5])
      expect(errorsOf(broken((x) => (loose(x).revisionStep = revisionStep)))).toEqual([
        'Langkah perbaikan belum diisi.',
      ]);
  });
});

describe('a step', () => {
  it('names a blank status and a blank actor', () => {
    const p = broken((x) => Object.assign(step(x, 'buat_rapat'), { status: ' ', actor: '' }));
    expect(errorsOf(p)).toEqual([
      'Langkah "buat_rapat": status belum diisi.',
      'Langkah "buat_rapat": pelaksana belum diisi.',
    ]);
  });

  it('refuses actions that are not a list', () => {
    const p = broken((x) => (loose(step(x, 'selesai')).actions = 'selesai'));
    expect(errorsOf(p)).toEqual(['Langkah "selesai": daftar tindakan tidak terbaca.']);
  });
});

describe('an action', () => {
  it('names each action without an id at its step', () => {
    const p = broken((x) => {
      loose(step(x, 'buat_rapat')).actions = [...step(x, 'buat_rapat').actions, 'batal', null, { id: ' ' }];
    });
    expect(errorsOf(p)).toEqual([
      'Langkah "buat_rapat": ada tindakan tanpa ID.',
      'Langkah "buat_rapat": ada tindakan tanpa ID.',
      'Langkah "buat_rapat": ada tindakan tanpa ID.',
    ]);
  });

  it('names a blank button label and a missing target step', () => {
    expect(errorsOf(meetingActionWith({ label: '  ', to: '' }))).toEqual([
      `${AT_ACTION}: nama tindakan kosong.`,
      `${AT_ACTION}: langkah tujuan belum diisi.`,
    ]);
    expect(errorsOf(meetingActionWith({ to: 5 }))).toEqual([`${AT_ACTION}: langkah tujuan belum diisi.`]);
  });

  it('refuses requirements that are not a list', () => {
    expect(errorsOf(meetingActionWith({ requires: 'operator' }))).toEqual([
      `${AT_ACTION}: daftar isian wajib tidak terbaca.`,
    ]);
  });

  it('accepts named documents and refuses a list with a blank name or a bare name', () => {
    expect(errorsOf(meetingActionWith({ documents: ['notulen', 'foto'] }))).toEqual([]);
    for (const documents of [['notulen', ' '], 'notulen'])
      expect(errorsOf(meetingActionWith({ documents }))).toEqual([
        `${AT_ACTION}: daftar dokumen yang diminta harus berisi nama dokumen.`,
      ]);
  });
});

describe('the effects of an action', () => {
  it('refuses effects that are not a list', () => {
    for (const effects of [undefined, 'create_meeting'])
      expect(errorsOf(meetingActionWith({ effects }))).toEqual([`${AT_ACTION}: daftar efek tidak terbaca.`]);
  });

  it('accepts text parameters and refuses any that is not text', () => {
    const withParams = (params: unknown) => meetingActionWith({ effects: [{ kind: 'notify_applicant', params }] });
    expect(errorsOf(withParams({ template: 'ditolak', salinan: 'kabid' }))).toEqual([]);
    for (const params of [{ template: 'ditolak', salinan: 2 }, { template: null }, 'template=ditolak'])
      expect(errorsOf(withParams(params))).toEqual([
        `${AT_ACTION}: parameter efek "notify_applicant" harus berupa pasangan nama=nilai.`,
      ]);
  });
});
