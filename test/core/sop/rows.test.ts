import { presetFromRows, presetToRows, STEP_HEADER } from '../../../src/core/sop/rows';
import { PRESETS, TANGERANG } from '../../../src/core/sop/presets';

test.each(PRESETS.map((p) => [p.id, p] as const))(
  '%s survives presetToRows → presetFromRows unchanged',
  (_id, preset) => {
    const rows = presetToRows(preset);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([STEP_HEADER.length]));
    expect(presetFromRows(rows)).toStrictEqual({ ok: true, preset });
  },
);

test('the sheet shows one row per action with effects and flags readable', () => {
  const rows = presetToRows(TANGERANG);
  expect(rows[0].slice(0, 2)).toEqual(['ID Alur', '003-tangerang']);
  expect(rows).toContainEqual(['Mutu Baku Pengajuan (menit)', '3', '', '', '', '', '', '', '', '', '', '', '', '']);
  expect(rows).toContainEqual([
    'persetujuan',
    'Memberi persetujuan atas permintaan (FPVC disetujui/tidak dengan tanda tangan)',
    'subkoor',
    '2',
    'Menunggu Persetujuan',
    'penentu_jadwal',
    'setujui',
    'Setujui (Tandatangani FPVC)',
    'buat_link',
    '',
    'reserve',
    'periksa_jadwal',
    '',
    '',
  ]);
  expect(rows).toContainEqual([
    'persetujuan',
    '',
    '',
    '',
    '',
    '',
    'tolak_tanda_tangan',
    'Tidak Disetujui — Kembali ke Pemohon',
    'perbaikan',
    'note',
    'notify_applicant(template=perbaikan)',
    'negatif',
    '',
    '',
  ]);
  expect(rows).toContainEqual([
    'buat_link',
    'Membuat link jadwal video conference untuk User sesuai permintaan',
    'staf',
    '',
    'Menunggu Pembuatan Link',
    '',
    'buat_link',
    'Buat dan Kirim Link',
    'selesai',
    '',
    'create_meeting, send_link, close',
    '',
    '',
    '',
  ]);
});

test('the SOP timing and sharing read plainly: shared roles, "1 hari", event clocks, deadlines, documents asked', () => {
  const cells = (preset: (typeof PRESETS)[number], stepId: string) =>
    presetToRows(preset).find((r) => r[0] === stepId && r[1] !== '')!;
  const [bandung, tarakan, singkawang, , demak] = PRESETS;
  expect(cells(singkawang, 'cek_tim')[2]).toBe('subkoor, tim');
  expect(cells(tarakan, 'telaah_kabid')[3]).toBe('1 hari');
  expect(cells(demak, 'peralatan').slice(12)).toEqual(['mulai_acara-120', '']);
  expect(cells(singkawang, 'pelaksanaan').slice(12)).toEqual(['mulai_acara', '']);
  expect(cells(bandung, 'kirim_tautan').slice(12)).toEqual(['', 'H-1: Link terkirim paling lambat H-1']);
  expect(cells(demak, 'penugasan')[9]).toBe('operator, documentation(disposisi)');
  expect(presetToRows(bandung)).toContainEqual(expect.arrayContaining(['Peringatan Batas Hari']));
});

test("a step's timing is written on its first row only; its other rows leave Patokan Waktu and Tenggat blank", () => {
  const [bandung] = PRESETS;
  const timing = presetToRows(bandung)
    .filter((r) => r[0] === 'kirim_tautan')
    .map((r) => [r[6], ...r.slice(12)]);
  expect(timing).toEqual([
    ['kirim_tautan', '', 'H-1: Link terkirim paling lambat H-1'],
    ['ubah_jadwal', '', ''],
    ['batalkan', '', ''],
  ]);
});

test('unreadable timing cells are named with their row', () => {
  const rows = presetToRows(TANGERANG).map((r) => [...r]);
  const verif = rows.findIndex((r) => r[0] === 'verifikasi' && r[1] !== '');
  rows[verif][12] = 'sebelum acara';
  rows[verif][13] = 'besok';
  const out = presetFromRows(rows);
  expect(out).toEqual({
    ok: false,
    errors: [
      `Baris ${verif + 1}: Patokan Waktu "sebelum acara" tidak terbaca; tulis misalnya mulai_acara-120.`,
      `Baris ${verif + 1}: Tenggat "besok" tidak terbaca; tulis misalnya H-1: Link terkirim paling lambat H-1.`,
    ],
  });
});

test('continuation rows may repeat the step columns; an office can edit minutes and params', () => {
  const rows = presetToRows(TANGERANG).map((r) => [...r]);
  const [first, second] = rows.filter((r) => r[0] === 'persetujuan');
  second.splice(0, 6, ...first.slice(0, 6));
  rows.find((r) => r[0] === 'verifikasi')![3] = '4';
  rows.find((r) => r[6] === 'setujui')![10] = 'reserve, notify_applicant(template=disetujui; cc=ya)';
  const out = presetFromRows(rows);
  if (!out.ok) throw new Error(out.errors.join('\n'));
  expect(out.preset.steps.find((s) => s.id === 'verifikasi')?.standardMinutes).toBe(4);
  expect(out.preset.steps.find((s) => s.id === 'persetujuan')?.actions.map((a) => a.id)).toEqual([
    'setujui',
    'tolak_tanda_tangan',
    'batalkan',
  ]);
  expect(out.preset.steps.find((s) => s.id === 'persetujuan')?.actions[0].effects[1]).toEqual({
    kind: 'notify_applicant',
    params: { template: 'disetujui', cc: 'ya' },
  });
});

test('layout mistakes are reported with their row number', () => {
  const rows = presetToRows(TANGERANG).map((r) => [...r]);
  rows.splice(1, 0, ['Warna', 'biru']);
  const verify = rows.findIndex((r) => r[0] === 'verifikasi');
  rows[verify][11] = 'penting';
  rows[verify + 1][2] = 'subkoor';
  rows.splice(verify + 2, 0, ['', 'tanpa id']);
  rows[verify + 1][10] = 'notify_applicant(template)';
  expect(presetFromRows(rows)).toEqual({
    ok: false,
    errors: [
      'Baris 2: "Warna" tidak dikenal di bagian atas Alur SOP.',
      `Baris ${verify + 1}: sifat "penting" tidak dikenal (pilihan: negatif, terapkan_alternatif, periksa_jadwal).`,
      `Baris ${verify + 2}: langkah "verifikasi" sudah ditulis dengan isi lain di baris sebelumnya; samakan atau kosongkan.`,
      `Baris ${verify + 2}: efek "notify_applicant(template)" tidak terbaca; tulis misalnya notify_applicant(template=ditolak).`,
      `Baris ${verify + 3}: ID Langkah kosong.`,
    ],
  });
});

test('content mistakes go through validatePreset', () => {
  const rows = presetToRows(TANGERANG).map((r) => [...r]);
  rows.find((r) => r[0] === 'verifikasi')![3] = 'dua';
  rows.find((r) => r[6] === 'setujui')![8] = 'buat';
  expect(presetFromRows(rows)).toEqual({
    ok: false,
    errors: [
      'Langkah "verifikasi": Mutu Baku harus berupa angka menit 0 atau lebih, atau kosong untuk "setiap saat".',
      'Langkah "persetujuan", tindakan "setujui": menuju langkah "buat" yang tidak ada.',
    ],
  });
});

test('a sheet without the step header is refused', () => {
  expect(presetFromRows([['ID Alur', 'x']])).toEqual({
    ok: false,
    errors: ['Baris judul tabel langkah ("ID Langkah", …) tidak ditemukan.'],
  });
});

test("a copy made when the schedule check was written as the effect 'check_schedule' reads as 'periksa_jadwal'", () => {
  const rows = presetToRows(TANGERANG).map((r) => [...r]);
  const setujui = rows.find((r) => r[6] === 'setujui')!;
  setujui[10] = 'check_schedule, reserve';
  setujui[11] = '';
  expect(presetFromRows(rows)).toStrictEqual({ ok: true, preset: TANGERANG });
  setujui[10] = 'reserve';
  expect(presetFromRows(rows)).toMatchObject({ ok: true, preset: { steps: expect.any(Array) } });
  const unchecked = presetFromRows(rows);
  const action = unchecked.ok && unchecked.preset.steps.find((s) => s.id === 'persetujuan')!.actions[0];
  expect(action).toMatchObject({ id: 'setujui', effects: [{ kind: 'reserve' }] });
  expect(action && action.checksSchedule).toBeUndefined();
});
