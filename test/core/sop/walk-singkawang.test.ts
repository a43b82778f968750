import { applyAction, resubmit, enterStart } from '../../../src/core/sop/engine';
import { SINGKAWANG } from '../../../src/core/sop/presets';
import { after, expectEveryActionWalked, makeActor, makeFields, makeRequest, T0, walk, walked } from './fixtures';
import type { Stride } from './fixtures';

const toCheck: Stride[] = [
  { action: 'catat', to: 'disposisi_kadis', effects: ['notify_role'], minutes: 5 },
  { action: 'disposisi', to: 'disposisi_kabid', effects: ['notify_role'], minutes: 5 },
  { action: 'disposisi', to: 'periksa', effects: ['notify_role'], minutes: 30 },
  { action: 'arahkan_tim', to: 'cek_tim', effects: ['notify_role'], minutes: 30 },
];
const fromPreparation: Stride[] = [
  { action: 'jadwalkan_uji', to: 'pelaksanaan', effects: ['create_meeting', 'send_link', 'notify_role'], minutes: 30 },
  { action: 'selesai_pelaksanaan', to: 'laporan', effects: ['ask_documentation', 'notify_role'], minutes: 120 },
  {
    action: 'unggah_laporan',
    to: 'selesai',
    effects: ['make_report', 'close'],
    input: { documentation: { laporan: 'https://drive/laporan' } },
  },
];
const alternative = { date: '2026-03-23', start: '13:00', end: '15:00' };
const toAlternative: Stride[] = [
  ...toCheck,
  {
    action: 'bentrok',
    to: 'info_bentrok',
    effects: ['notify_role'],
    input: { note: 'TCM Room dipakai acara Wali Kota.' },
  },
  {
    action: 'tawarkan_alternatif',
    to: 'menunggu_pemohon',
    effects: ['notify_applicant', 'notify_role'],
    input: { alternative },
    minutes: 15,
  },
];

describe('002 Singkawang', () => {
  test('team confirms: TU → Kadis → Kabid Aptika → Subkor ILE → Tim TCMR → uji koneksi → laporan → selesai', () => {
    const end = walk(SINGKAWANG, [
      ...toCheck,
      { action: 'konfirmasi', to: 'persiapan', checksSchedule: true, effects: ['reserve', 'notify_role'], minutes: 30 },
      ...fromPreparation,
    ]);
    expect(end).toMatchObject({ status: 'Selesai', version: 9 });
  });

  test('clash: an alternative is offered, accepted, becomes the new time, and the flow goes on', () => {
    const waiting = walk(SINGKAWANG, toAlternative);
    expect(waiting.eventDate).toBe('2026-03-20');
    const end = walk(
      SINGKAWANG,
      [
        {
          action: 'alternatif_diterima',
          to: 'persiapan',
          checksSchedule: true,
          effects: ['reserve', 'notify_role'],
          input: { alternative },
        },
        ...fromPreparation,
      ],
      waiting,
    );
    expect(end).toMatchObject({ status: 'Selesai', eventDate: '2026-03-23', startTime: '13:00', endTime: '15:00' });
  });

  test('the alternative offer carries its time and the "alternatif" template to the applicant', () => {
    const atOffer = walk(SINGKAWANG, toAlternative.slice(0, -1));
    const out = applyAction(
      atOffer,
      SINGKAWANG,
      {
        requestId: atOffer.id,
        action: 'tawarkan_alternatif',
        expectedVersion: atOffer.version,
        input: { alternative },
      },
      makeActor(['subkoor']),
      after(T0, 200),
    );
    if (!out.ok) throw new Error(out.reason);
    expect(out.effects[0].params).toMatchObject({
      template: 'alternatif',
      date: '2026-03-23',
      start: '13:00',
      end: '15:00',
    });
    expect(out.request.eventDate).toBe('2026-03-20');
  });

  test('clash: the applicant declines the alternative and the request is cancelled', () => {
    const waiting = walk(SINGKAWANG, toAlternative);
    const end = walk(
      SINGKAWANG,
      [
        {
          action: 'batalkan',
          to: 'dibatalkan',
          effects: ['release', 'cancel_meeting', 'notify_applicant'],
          input: { note: 'Pemohon memilih menunda acara.' },
        },
      ],
      waiting,
    );
    expect(end.status).toBe('Dibatalkan');
  });

  test('wrong data: the Subkor returns it for revision with the edit link; the revision restarts at TU', () => {
    const returned = walk(SINGKAWANG, [
      ...toCheck.slice(0, 3),
      {
        action: 'kembalikan',
        to: 'perbaikan',
        effects: ['notify_applicant'],
        input: { note: 'Nomor surat tidak sesuai.' },
      },
    ]);
    const out = resubmit(
      returned,
      SINGKAWANG,
      { fields: makeFields({ letterNumber: '005/124/Disdik' }), problems: [], warnings: [] },
      after(T0, 600),
    );
    if (!out.ok) throw new Error(out.reason);
    walked.add('002-singkawang|perbaikan|ajukan_ulang');
    expect(out.request).toMatchObject({ stepId: 'terima_tu', letterNumber: '005/124/Disdik' });
  });

  test('the report closes only with a laporan attached', () => {
    const atReport = walk(SINGKAWANG, [
      ...toCheck,
      { action: 'konfirmasi', to: 'persiapan', checksSchedule: true, effects: ['reserve', 'notify_role'] },
      ...fromPreparation.slice(0, 2),
    ]);
    const out = applyAction(
      atReport,
      SINGKAWANG,
      {
        requestId: atReport.id,
        action: 'unggah_laporan',
        expectedVersion: atReport.version,
        input: { documentation: { foto: 'x' } },
      },
      makeActor(['tim']),
      after(T0, 500),
    );
    expect(out).toEqual({
      ok: false,
      code: 'missing_input',
      reason: 'Tindakan "Unggah Laporan Hasil Pelaksanaan" memerlukan: dokumentasi (laporan).',
    });
  });

  test('is in Asia/Pontianak and starts at the TU desk', () => {
    expect(enterStart(makeRequest(), SINGKAWANG, T0, true)).toMatchObject({
      stepId: 'terima_tu',
      status: 'Menunggu Pencatatan TU',
    });
    expect(SINGKAWANG.timeZone).toBe('Asia/Pontianak');
  });
});

test('every Singkawang action was walked', () => expectEveryActionWalked(SINGKAWANG));
