import { applyAction, resubmit, enterStart } from '../../../src/core/sop/engine';
import { SINGKAWANG } from '../../../src/core/sop/presets';
import { after, expectEveryActionWalked, makeActor, makeFields, makeRequest, T0, walk, walked } from './fixtures';
import type { Stride } from './fixtures';

const toCheck: Stride[] = [
  {
    action: 'catat',
    to: 'disposisi_kadis',
    effects: ['notify_role'],
    minutes: 5,
    input: { srikandiNumber: 'B/123/DISKOMINFO/2026' },
  },
  { action: 'disposisi', to: 'disposisi_kabid', effects: ['notify_role'], minutes: 5 },
  { action: 'disposisi', to: 'periksa', effects: ['notify_role'], minutes: 30 },
  { action: 'arahkan_tim', to: 'cek_tim', effects: ['notify_role'], minutes: 30 },
];
const fromPreparation: Stride[] = [
  {
    action: 'jadwalkan_uji',
    to: 'pelaksanaan',
    effects: ['create_meeting', 'sign_letter', 'send_letter', 'send_link', 'notify_role'],
    minutes: 30,
    input: { testTime: { date: '2026-03-19', time: '13:00' } },
  },
  { action: 'selesai_pelaksanaan', to: 'laporan', effects: ['ask_documentation'], minutes: 120 },
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
          effects: ['release', 'cancel_meeting', 'notify_applicant', 'notify_role'],
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

  test('TU records the SRIKANDI number; step 8 records the connection test; both land in the row and the history', () => {
    const atTu = enterStart(makeRequest({ srikandiNumber: '' }), SINGKAWANG, T0, true);
    const cmd = (r: typeof atTu, action: string, input: object) => ({
      requestId: r.id,
      action,
      expectedVersion: r.version,
      input,
    });
    expect(applyAction(atTu, SINGKAWANG, cmd(atTu, 'catat', {}), makeActor(['tu']), after(T0, 5))).toMatchObject({
      ok: false,
      reason: 'Tindakan "Catat Surat (Nomor SRIKANDI)" memerlukan: nomor SRIKANDI.',
    });
    const out = applyAction(
      atTu,
      SINGKAWANG,
      cmd(atTu, 'catat', { srikandiNumber: ' B/77/DISKOMINFO/2026 ' }),
      makeActor(['tu']),
      after(T0, 5),
    );
    expect(out).toMatchObject({
      ok: true,
      request: { srikandiNumber: 'B/77/DISKOMINFO/2026' },
      history: { note: 'Nomor SRIKANDI: B/77/DISKOMINFO/2026' },
    });
    const atPrep = walk(SINGKAWANG, [
      ...toCheck,
      { action: 'konfirmasi', to: 'persiapan', checksSchedule: true, effects: ['reserve', 'notify_role'] },
    ]);
    const late = applyAction(
      atPrep,
      SINGKAWANG,
      cmd(atPrep, 'jadwalkan_uji', { testTime: { date: '2026-03-01', time: '13:00' } }),
      makeActor(['subkoor']),
      after(T0, 200),
    );
    expect(late).toMatchObject({ ok: false, reason: 'Tanggal uji koneksi sudah lewat.' });
    const set = applyAction(
      atPrep,
      SINGKAWANG,
      cmd(atPrep, 'jadwalkan_uji', { testTime: { date: '2026-03-19', time: '13:00' } }),
      makeActor(['subkoor']),
      after(T0, 200),
    );
    expect(set).toMatchObject({
      ok: true,
      request: { testTime: '2026-03-19 13:00' },
      history: { note: 'Uji koneksi: 2026-03-19 13:00' },
    });
  });

  test('step 6 is done by "Subkor ILE dan Tim TCMR": either role may record it, no other', () => {
    const atCheck = walk(SINGKAWANG, toCheck);
    const cmd = { requestId: atCheck.id, action: 'konfirmasi', expectedVersion: atCheck.version, input: {} };
    for (const role of ['subkoor', 'tim'])
      expect(applyAction(atCheck, SINGKAWANG, cmd, makeActor([role]), after(T0, 100))).toMatchObject({ ok: true });
    expect(applyAction(atCheck, SINGKAWANG, cmd, makeActor(['kabid']), after(T0, 100))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Subkor ILE atau Tim TCMR'),
    });
  });

  test('the 120 menit of the execution run from the event start, not from the previous click', () => {
    const prep = walk(SINGKAWANG, [
      ...toCheck,
      { action: 'konfirmasi', to: 'persiapan', checksSchedule: true, effects: ['reserve', 'notify_role'] },
      fromPreparation[0],
    ]);
    const start = new Date('2026-03-20T02:00:00Z');
    const done = (minutes: number) =>
      applyAction(
        prep,
        SINGKAWANG,
        { requestId: prep.id, action: 'selesai_pelaksanaan', expectedVersion: prep.version, input: {} },
        makeActor(['tim']),
        after(start, minutes),
      );
    expect(done(115)).toMatchObject({ ok: true, history: { minutesTaken: 115, standardMinutes: 120 } });
    expect(done(150)).toMatchObject({ ok: true, history: { minutesTaken: 150, standardMinutes: 120 } });
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
