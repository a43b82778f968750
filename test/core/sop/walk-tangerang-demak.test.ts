import { applyAction, enterStart, resubmit } from '../../../src/core/sop/engine';
import { DEMAK, TANGERANG } from '../../../src/core/sop/presets';
import { after, expectEveryActionWalked, makeActor, makeFields, makeRequest, T0, walk, walked } from './fixtures';
import type { Stride } from './fixtures';

describe('003 Tangerang', () => {
  test('verified, signed, link made: three steps and a 7-minute standard with intake', () => {
    const end = walk(TANGERANG, [
      { action: 'verifikasi', to: 'persetujuan', effects: ['notify_role'], minutes: 2 },
      { action: 'setujui', to: 'buat_link', checksSchedule: true, effects: ['reserve', 'notify_role'], minutes: 2 },
      { action: 'buat_link', to: 'selesai', effects: ['create_meeting', 'send_link', 'close'], minutes: 25 },
    ]);
    expect(end).toMatchObject({ status: 'Selesai', version: 4 });
    const timed = TANGERANG.steps.reduce((sum, s) => sum + (s.standardMinutes ?? 0), 0);
    expect((TANGERANG.intakeStandardMinutes ?? 0) + timed).toBe(7);
  });

  test('not signed → back to step 1 (the applicant) with the form edit link; resubmitted → verified again', () => {
    const returned = walk(TANGERANG, [
      { action: 'verifikasi', to: 'persetujuan', effects: ['notify_role'] },
      {
        action: 'tolak_tanda_tangan',
        to: 'perbaikan',
        effects: ['notify_applicant'],
        input: { note: 'Jumlah peserta belum diisi.' },
      },
    ]);
    expect(returned).toMatchObject({ status: 'Perlu Perbaikan', note: 'Jumlah peserta belum diisi.' });
    const out = resubmit(
      returned,
      TANGERANG,
      { fields: makeFields({ participants: 80 }), problems: [], warnings: [] },
      after(new Date(returned.stepSince), 60),
    );
    if (!out.ok) throw new Error(out.reason);
    walked.add('003-tangerang|perbaikan|ajukan_ulang');
    expect(out.request).toMatchObject({ stepId: 'verifikasi', participants: 80, note: '' });
    walk(TANGERANG, [{ action: 'verifikasi', to: 'persetujuan', effects: ['notify_role'] }], out.request);
  });

  test('the "perbaikan" notice carries the edit link and the reason', () => {
    const atApproval = walk(TANGERANG, [{ action: 'verifikasi', to: 'persetujuan', effects: ['notify_role'] }]);
    const out = applyAction(
      atApproval,
      TANGERANG,
      {
        requestId: atApproval.id,
        action: 'tolak_tanda_tangan',
        expectedVersion: 2,
        input: { note: 'Tanggal keliru.' },
      },
      makeActor(['subkoor']),
      after(T0, 10),
    );
    if (!out.ok) throw new Error(out.reason);
    expect(out.effects[0].params).toMatchObject({
      template: 'perbaikan',
      note: 'Tanggal keliru.',
      editUrl: atApproval.editUrl,
    });
  });

  test('staff can return an unverifiable FPVC to the applicant', () => {
    const end = walk(TANGERANG, [
      {
        action: 'kembalikan',
        to: 'perbaikan',
        effects: ['notify_applicant'],
        input: { note: 'Surat resmi belum dilampirkan.' },
      },
    ]);
    expect(end.stepId).toBe('perbaikan');
  });
});

const DEMAK_TO_DOCS: Stride[] = [
  {
    action: 'tugaskan_operator',
    to: 'rekap_jadwal',
    effects: ['notify_role'],
    input: {
      operator: 'cc1@demakkab.go.id',
      documentation: { disposisi: 'Disposisi Bupati 045/112 tgl 2 Maret 2026' },
    },
    minutes: 5,
  },
  {
    action: 'catat_jadwal',
    to: 'siapkan_host',
    checksSchedule: true,
    effects: ['reserve', 'notify_role'],
    minutes: 10,
  },
  { action: 'siapkan_host', to: 'peralatan', effects: ['create_meeting', 'send_link', 'notify_role'], minutes: 30 },
  { action: 'peralatan_siap', to: 'perekaman', effects: ['notify_role'], minutes: 120 },
  {
    action: 'rekaman_selesai',
    to: 'dokumentasi',
    effects: ['ask_documentation'],
    minutes: 150,
    input: { documentation: { video: 'https://drive/rekaman.mp4' } },
  },
];

describe('004 Demak', () => {
  test('operator assigned, recap, Zoom host, equipment, recording, notulen and foto → selesai', () => {
    const end = walk(DEMAK, [
      ...DEMAK_TO_DOCS,
      {
        action: 'unggah_dokumentasi',
        to: 'selesai',
        effects: ['close'],
        minutes: 10,
        input: { documentation: { notulen: 'https://drive/n', foto: 'https://drive/f' } },
      },
    ]);
    expect(end).toMatchObject({ status: 'Selesai', version: 7, operator: 'cc1@demakkab.go.id' });
  });

  test('documentation without the photos is refused, naming what is missing', () => {
    const atDocs = walk(DEMAK, DEMAK_TO_DOCS);
    const out = applyAction(
      atDocs,
      DEMAK,
      {
        requestId: atDocs.id,
        action: 'unggah_dokumentasi',
        expectedVersion: atDocs.version,
        input: { documentation: { notulen: 'https://drive/n', foto: ' ' } },
      },
      makeActor(['operator']),
      after(T0, 400),
    );
    expect(out).toEqual({
      ok: false,
      code: 'missing_input',
      reason: 'Tindakan "Unggah Notulen dan Foto" memerlukan: dokumentasi (foto).',
    });
  });

  test('the documentation effects carry each document', () => {
    const atDocs = walk(DEMAK, DEMAK_TO_DOCS);
    const out = applyAction(
      atDocs,
      DEMAK,
      {
        requestId: atDocs.id,
        action: 'unggah_dokumentasi',
        expectedVersion: atDocs.version,
        input: { documentation: { notulen: 'n.pdf', foto: 'f.jpg' } },
      },
      makeActor(['operator']),
      after(T0, 400),
    );
    if (!out.ok) throw new Error(out.reason);
    expect(out.effects[0]).toMatchObject({
      kind: 'close',
      key: 'VC-2026-0001:v7:close',
      params: { doc_notulen: 'n.pdf', doc_foto: 'f.jpg' },
    });
  });

  test('the leadership disposisi is a prerequisite of the assignment, and the video file the output of step 5', () => {
    const start = enterStart(makeRequest(), DEMAK, T0, true);
    const assign = (documentation: Record<string, string>) =>
      applyAction(
        start,
        DEMAK,
        {
          requestId: start.id,
          action: 'tugaskan_operator',
          expectedVersion: start.version,
          input: { operator: 'cc1@demakkab.go.id', documentation },
        },
        makeActor(['subkoor']),
        after(T0, 5),
      );
    expect(assign({})).toMatchObject({ ok: false, reason: expect.stringContaining('dokumentasi (disposisi)') });
    expect(assign({ disposisi: 'Disposisi 045/112' })).toMatchObject({
      ok: true,
      history: { note: 'Dokumentasi — disposisi: Disposisi 045/112' },
    });
    const atRecording = walk(DEMAK, DEMAK_TO_DOCS.slice(0, 4));
    const out = applyAction(
      atRecording,
      DEMAK,
      { requestId: atRecording.id, action: 'rekaman_selesai', expectedVersion: atRecording.version, input: {} },
      makeActor(['operator']),
      after(T0, 400),
    );
    expect(out).toMatchObject({ ok: false, reason: expect.stringContaining('dokumentasi (video)') });
  });

  test('"2 Jam" of equipment end at the event start: the clock starts two hours before it', () => {
    const atEquipment = walk(DEMAK, DEMAK_TO_DOCS.slice(0, 3));
    const start = new Date('2026-03-20T02:00:00Z');
    const ready = (minutes: number) =>
      applyAction(
        atEquipment,
        DEMAK,
        { requestId: atEquipment.id, action: 'peralatan_siap', expectedVersion: atEquipment.version, input: {} },
        makeActor(['operator']),
        after(start, minutes),
      );
    expect(ready(-150)).toMatchObject({ ok: true, history: { minutesTaken: 0, standardMinutes: 120 } });
    expect(ready(-30)).toMatchObject({ ok: true, history: { minutesTaken: 90 } });
    expect(ready(10)).toMatchObject({ ok: true, history: { minutesTaken: 130 } });
  });

  test('an invalid request waits for the applicant, then starts at the Sub Koor SPA', () => {
    const invalid = enterStart(makeRequest(), DEMAK, T0, false);
    const out = resubmit(invalid, DEMAK, { fields: makeFields(), problems: [], warnings: [] }, T0);
    if (!out.ok) throw new Error(out.reason);
    walked.add('004-demak|perbaikan|ajukan_ulang');
    expect(out.request.stepId).toBe('penugasan');
    expect(out.effects[0].params).toMatchObject({ role: 'subkoor', roleLabel: 'Sub Koordinator SPA' });
  });
});

test('every Tangerang and Demak action was walked', () => {
  expectEveryActionWalked(TANGERANG);
  expectEveryActionWalked(DEMAK);
});
