import { enterStart, intakeEffects } from '../../../src/core/sop/entry';
import { BANDUNG, TARAKAN } from '../../../src/core/sop/presets';
import { makeRequest, T0 } from './fixtures';

/** Two lead-time warnings as the intake writes them (too little notice before the event). */
const LEAD = [
  'Permohonan diajukan H-1 sebelum kegiatan; batas minimal H-3.',
  'Mohon segera dikonfirmasi karena waktunya singkat.',
];
const LEAD_TEXT =
  'Permohonan diajukan H-1 sebelum kegiatan; batas minimal H-3.\nMohon segera dikonfirmasi karena waktunya singkat.';

describe('intakeEffects: the notices that go out when a request enters its flow', () => {
  const valid = () => enterStart(makeRequest(), BANDUNG, T0, true);
  /** What both notices of a valid Bandung request say about the move itself. */
  const entered = {
    action: 'masuk',
    fromStep: '',
    toStep: 'disposisi_kadis',
    status: 'Menunggu Disposisi Kepala Dinas',
  };

  it('tells the start role and the applicant, both with every lead-time warning on its own line', () => {
    expect(intakeEffects(valid(), BANDUNG, LEAD)).toEqual([
      {
        kind: 'notify_role',
        key: 'VC-2026-0001:v1:notify_role',
        params: { ...entered, warnings: LEAD_TEXT, role: 'kadis', roleLabel: 'Kepala Dinas' },
      },
      {
        kind: 'notify_applicant',
        key: 'VC-2026-0001:v1:notify_applicant',
        params: { ...entered, warnings: LEAD_TEXT, template: 'diterima' },
      },
    ]);
  });

  it('without warnings the officials get no warnings line and the receipt an empty one', () => {
    const [notice, receipt] = intakeEffects(valid(), BANDUNG);
    expect(notice.params).toEqual({ ...entered, role: 'kadis', roleLabel: 'Kepala Dinas' });
    expect(notice.params).not.toHaveProperty('warnings');
    expect(receipt.params).toEqual({ ...entered, warnings: '', template: 'diterima' });
  });

  it('asks the applicant for a revision, one problem a line, with the edit link when there is one', () => {
    const problems = ['Jam selesai kosong.', 'Email salah.'];
    const invalid = enterStart(makeRequest({ problems }), TARAKAN, T0, false);
    const perbaikan = {
      action: 'masuk',
      fromStep: '',
      toStep: 'perbaikan',
      status: 'Perlu Perbaikan',
      template: 'perbaikan',
      problems: 'Jam selesai kosong.\nEmail salah.',
    };
    expect(intakeEffects(invalid, TARAKAN)).toEqual([
      {
        kind: 'notify_applicant',
        key: 'VC-2026-0001:v1:notify_applicant',
        params: { ...perbaikan, editUrl: 'https://docs.google.com/forms/d/e/abc/viewform?edit2=xyz' },
      },
    ]);
    // A letter has no form to edit: no link at all rather than an empty one.
    const letter = enterStart(makeRequest({ problems, source: 'letter', editUrl: '' }), TARAKAN, T0, false);
    const [notice] = intakeEffects(letter, TARAKAN);
    expect(notice.params).toEqual(perbaikan);
    expect(notice.params).not.toHaveProperty('editUrl');
  });
});
