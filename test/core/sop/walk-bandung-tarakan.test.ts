import { applyAction, enterStart, resubmit } from '../../../src/core/sop/engine';
import { BANDUNG, TARAKAN } from '../../../src/core/sop/presets';
import { after, expectEveryActionWalked, makeActor, makeFields, makeRequest, T0, walk, walked } from './fixtures';

const note = { note: 'Akun Zoom sudah terpakai pada jam tersebut.' };
const BANDUNG_TO_DECISION = [
  { action: 'disposisi', to: 'disposisi_kabid', effects: ['notify_role' as const], minutes: 4 },
  { action: 'disposisi', to: 'terima_subkoor', effects: ['notify_role' as const], minutes: 7 },
  { action: 'terima', to: 'izin_subkoor', effects: ['notify_role' as const], minutes: 5 },
];

describe('000 Bandung', () => {
  test('approved: disposisi → izin → operator → link → pendampingan → selesai', () => {
    const end = walk(BANDUNG, [
      ...BANDUNG_TO_DECISION,
      { action: 'setujui', to: 'tunjuk_operator', checksSchedule: true, effects: ['reserve', 'notify_role'] },
      {
        action: 'tugaskan_operator',
        to: 'buat_rapat',
        checksSchedule: true,
        effects: ['reserve', 'notify_role'],
        input: { operator: 'budi@diskominfo.go.id' },
      },
      { action: 'buat_rapat', to: 'kirim_tautan', effects: ['create_meeting', 'notify_role'] },
      { action: 'kirim_tautan', to: 'pendampingan', effects: ['send_link', 'notify_role'] },
      { action: 'selesai', to: 'selesai', effects: ['close'], minutes: 180 },
    ]);
    expect(end.status).toBe('Selesai');
    expect(end.version).toBe(9);
    expect(end.operator).toBe('budi@diskominfo.go.id');
  });

  test('rescheduled after the meeting exists: check, release, reserve, move the meeting, then send the link again', () => {
    const atLink = walk(BANDUNG, [
      ...BANDUNG_TO_DECISION,
      { action: 'setujui', to: 'tunjuk_operator', checksSchedule: true, effects: ['reserve', 'notify_role'] },
      {
        action: 'tugaskan_operator',
        to: 'buat_rapat',
        checksSchedule: true,
        effects: ['reserve', 'notify_role'],
        input: { operator: 'budi@diskominfo.go.id' },
      },
      { action: 'buat_rapat', to: 'kirim_tautan', effects: ['create_meeting', 'notify_role'] },
    ]);
    const move = {
      note: 'Pemohon memajukan acara.',
      alternative: { date: '2026-12-02', start: '13:00', end: '14:00' },
    };
    const moved = walk(
      BANDUNG,
      [
        {
          action: 'ubah_jadwal',
          to: 'kirim_tautan',
          checksSchedule: true,
          effects: ['release', 'reserve', 'update_meeting', 'notify_role'],
          input: move,
        },
        { action: 'kirim_tautan', to: 'pendampingan', effects: ['send_link', 'notify_role'] },
        {
          action: 'ubah_jadwal',
          to: 'kirim_tautan',
          checksSchedule: true,
          effects: ['release', 'reserve', 'update_meeting', 'notify_role'],
          input: { ...move, alternative: { date: '2026-12-03', start: '09:00', end: '10:00' } },
        },
      ],
      atLink,
    );
    expect(moved).toMatchObject({ eventDate: '2026-12-03', startTime: '09:00', endTime: '10:00' });
  });

  test('not permitted: tolak needs a reason and tells the applicant with template "ditolak"', () => {
    const atDecision = walk(BANDUNG, BANDUNG_TO_DECISION);
    const end = walk(
      BANDUNG,
      [{ action: 'tolak', to: 'ditolak', effects: ['notify_applicant'], input: note }],
      atDecision,
    );
    expect(end.status).toBe('Ditolak');
    expect(end.note).toBe(note.note);
  });

  test('the notice params name the template, the note and the next role', () => {
    const atDecision = walk(BANDUNG, BANDUNG_TO_DECISION);
    const cmd = { requestId: atDecision.id, action: 'tolak', expectedVersion: atDecision.version, input: note };
    const out = applyAction(atDecision, BANDUNG, cmd, makeActor(['subkoor']), after(T0, 30));
    if (!out.ok) throw new Error(out.reason);
    expect(out.effects[0]).toEqual({
      kind: 'notify_applicant',
      key: 'VC-2026-0001:v5:notify_applicant',
      params: expect.objectContaining({ template: 'ditolak', note: note.note, toStep: 'ditolak', status: 'Ditolak' }),
    });
    const first = applyAction(
      enterStart(makeRequest(), BANDUNG, T0, true),
      BANDUNG,
      { requestId: 'VC-2026-0001', action: 'disposisi', expectedVersion: 1, input: {} },
      makeActor(['kadis']),
      T0,
    );
    if (!first.ok) throw new Error(first.reason);
    expect(first.effects[0].params).toMatchObject({ role: 'kabid', roleLabel: 'Kabid Diseminasi' });
  });

  test('invalid intake waits in perbaikan; the revision goes back to the Kepala Dinas', () => {
    const invalid = enterStart(makeRequest({ problems: ['Tanggal acara kosong.'] }), BANDUNG, T0, false);
    expect(invalid).toMatchObject({
      stepId: 'perbaikan',
      status: 'Perlu Perbaikan',
      version: 1,
      presetId: '000-bandung',
      presetVersion: BANDUNG.version,
    });
    const out = resubmit(invalid, BANDUNG, { fields: makeFields(), problems: [], warnings: [] }, after(T0, 90));
    if (!out.ok) throw new Error(out.reason);
    walked.add('000-bandung|perbaikan|ajukan_ulang');
    expect(out.request).toMatchObject({ stepId: 'disposisi_kadis', version: 2, problems: [] });
    expect(out.effects.map((e) => e.kind)).toEqual(['notify_role']);
    expect(out.history).toMatchObject({
      action: 'ajukan_ulang',
      actorLabel: 'Rina Marlina',
      minutesTaken: 90,
      standardMinutes: null,
    });
  });
});

describe('001 Tarakan', () => {
  const toSchedule = [
    { action: 'disposisi', to: 'disposisi_kabid', effects: ['notify_role' as const] },
    { action: 'disposisi', to: 'cek_jadwal', effects: ['notify_role' as const] },
  ];

  test('free schedule, draft returned once by the Kabid, then signed and sent', () => {
    const end = walk(TARAKAN, [
      ...toSchedule,
      { action: 'jadwal_kosong', to: 'buat_id', checksSchedule: true, effects: ['reserve', 'notify_role'] },
      { action: 'buat_rapat', to: 'lapor_staf', effects: ['create_meeting', 'notify_role'], minutes: 15 },
      { action: 'laporkan', to: 'draf_surat', effects: ['notify_role'] },
      { action: 'buat_draf', to: 'telaah_kabid', effects: ['draft_letter', 'notify_role'] },
      {
        action: 'kembalikan_draf',
        to: 'draf_surat',
        effects: ['notify_role'],
        input: { note: 'Nomor surat keliru.' },
        minutes: 1500,
      },
      { action: 'buat_draf', to: 'telaah_kabid', effects: ['draft_letter', 'notify_role'] },
      { action: 'teruskan', to: 'kirim_surat', effects: ['notify_role'], minutes: 600 },
      { action: 'kirim_surat', to: 'selesai', effects: ['sign_letter', 'send_letter', 'send_link', 'close'] },
    ]);
    expect(end).toMatchObject({ status: 'Selesai', version: 11 });
  });

  test('full schedule ends at "Jadwal Penuh" with a jadwal_penuh notice', () => {
    const end = walk(TARAKAN, [
      ...toSchedule,
      {
        action: 'jadwal_penuh',
        to: 'penuh',
        effects: ['notify_applicant'],
        input: { note: 'Semua akun Zoom terpakai.' },
      },
    ]);
    expect(end.status).toBe('Jadwal Penuh');
  });

  test('the Kabid review is measured against 1 hari (one working day, not 1440 menit) and times are WITA', () => {
    expect(TARAKAN.steps.find((s) => s.id === 'telaah_kabid')).toMatchObject({
      standardMinutes: null,
      standardDays: 1,
    });
    expect(TARAKAN.timeZone).toBe('Asia/Makassar');
  });

  test('a still-invalid revision stays in perbaikan; a valid one goes to the Kepala Dinas', () => {
    const invalid = enterStart(makeRequest({ problems: ['Email tidak valid.'] }), TARAKAN, T0, false);
    const again = resubmit(
      invalid,
      TARAKAN,
      { fields: makeFields({ email: 'salah' }), problems: ['Email tidak valid.'], warnings: [] },
      after(T0, 10),
    );
    if (!again.ok) throw new Error(again.reason);
    expect(again.request).toMatchObject({
      stepId: 'perbaikan',
      version: 2,
      email: 'salah',
      problems: ['Email tidak valid.'],
    });
    expect(again.effects).toEqual([
      {
        kind: 'notify_applicant',
        key: 'VC-2026-0001:v2:notify_applicant',
        params: expect.objectContaining({
          template: 'perbaikan',
          problems: 'Email tidak valid.',
          editUrl: invalid.editUrl,
        }),
      },
    ]);
    const fixed = resubmit(
      again.request,
      TARAKAN,
      { fields: makeFields(), problems: [], warnings: ['H-1'] },
      after(T0, 20),
    );
    if (!fixed.ok) throw new Error(fixed.reason);
    walked.add('001-tarakan|perbaikan|ajukan_ulang');
    expect(fixed.request).toMatchObject({
      stepId: 'disposisi_kadis',
      version: 3,
      status: 'Menunggu Disposisi Kepala Dinas',
      warnings: ['H-1'],
    });
    expect(fixed.history).toMatchObject({
      fromStep: 'perbaikan',
      toStep: 'disposisi_kadis',
      minutesTaken: 10,
      actorEmail: 'rina@disdik.go.id',
    });
  });
});

test('every Bandung and Tarakan action was walked', () => {
  expectEveryActionWalked(BANDUNG);
  expectEveryActionWalked(TARAKAN);
});
