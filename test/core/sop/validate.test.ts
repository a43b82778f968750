import { validatePreset } from '../../../src/core/sop/validate';
import { PRESETS, presetById, SINGKAWANG } from '../../../src/core/sop/presets';
import type { Preset } from '../../../src/core/sop/types';
import { broken, errorsOf, step } from './validate-fixture';

test.each(PRESETS.map((p) => [p.id, p] as const))('seed %s is valid', (_id, preset) => {
  expect(validatePreset(preset)).toEqual({ ok: true, preset });
});

test('presetById finds a seed by id and nothing else', () => {
  expect(presetById('002-singkawang')).toBe(SINGKAWANG);
  expect(presetById('005-jayapura')).toBeUndefined();
});

test('every seed has the ids, zones, lead days and documentation the SOPs call for', () => {
  expect(PRESETS.map((p) => [p.id, p.timeZone, p.minLeadDays, p.requiredDocumentation])).toEqual([
    ['000-bandung', 'Asia/Jakarta', 1, []],
    ['001-tarakan', 'Asia/Makassar', 0, []],
    ['002-singkawang', 'Asia/Pontianak', 0, ['laporan']],
    ['003-tangerang', 'Asia/Jakarta', 0, []],
    ['004-demak', 'Asia/Jakarta', 0, ['notulen', 'foto']],
  ]);
  for (const p of PRESETS) {
    expect(p.steps.find((s) => s.id === 'selesai')?.terminal).toBe(true);
    expect(step(p, p.revisionStep).actor).toBe('pemohon');
  }
});

test.each([
  [
    'an unknown role in a step',
    (p: Preset) => {
      step(p, 'disposisi_kadis').actor = 'sekda';
    },
    'Langkah "disposisi_kadis": pelaksana "sekda" bukan peran yang terdaftar.',
  ],
  [
    'an action pointing to an unknown step',
    (p: Preset) => {
      step(p, 'izin_subkoor').actions[0].to = 'tunjuk';
    },
    'Langkah "izin_subkoor", tindakan "setujui": menuju langkah "tunjuk" yang tidak ada.',
  ],
  [
    'a non-terminal step without an exit',
    (p: Preset) => {
      step(p, 'pendampingan').actions = [];
    },
    'Langkah "pendampingan" bukan langkah akhir tetapi tidak punya tindakan (tidak ada jalan keluar).',
  ],
  [
    'a terminal step with actions',
    (p: Preset) => {
      step(p, 'ditolak').actions = [step(p, 'pendampingan').actions[0]];
    },
    'Langkah "ditolak" adalah langkah akhir tetapi masih punya tindakan.',
  ],
  [
    'a missing standard time',
    (p: Preset) => {
      delete (step(p, 'terima_subkoor') as Partial<Preset['steps'][number]>).standardMinutes;
    },
    'Langkah "terima_subkoor": Mutu Baku harus berupa angka menit 0 atau lebih, atau kosong untuk "setiap saat".',
  ],
  [
    'a negative standard time',
    (p: Preset) => {
      step(p, 'terima_subkoor').standardMinutes = -5;
    },
    'Langkah "terima_subkoor": Mutu Baku harus berupa angka menit 0 atau lebih, atau kosong untuk "setiap saat".',
  ],
  [
    'a text standard time',
    (p: Preset) => {
      (step(p, 'terima_subkoor') as unknown as Record<string, unknown>).standardMinutes = '5 menit';
    },
    'Langkah "terima_subkoor": Mutu Baku harus berupa angka menit 0 atau lebih, atau kosong untuk "setiap saat".',
  ],
  [
    'a duplicate step id',
    (p: Preset) => {
      p.steps.push({ ...step(p, 'selesai') });
    },
    'ID langkah "selesai" dipakai lebih dari sekali.',
  ],
  [
    'an empty step label',
    (p: Preset) => {
      step(p, 'buat_rapat').label = '  ';
    },
    'Langkah "buat_rapat": nama langkah kosong.',
  ],
  [
    'an unknown effect kind',
    (p: Preset) => {
      (step(p, 'buat_rapat').actions[0].effects[0] as { kind: string }).kind = 'buat_zoom';
    },
    'Langkah "buat_rapat", tindakan "buat_rapat": efek "buat_zoom" tidak dikenal.',
  ],
  [
    'an unknown requirement',
    (p: Preset) => {
      (step(p, 'tunjuk_operator').actions[0].requires as string[]).push('tanda_tangan');
    },
    'Langkah "tunjuk_operator", tindakan "tugaskan_operator": isian wajib "tanda_tangan" tidak dikenal.',
  ],
  [
    'a missing start',
    (p: Preset) => {
      p.start = '';
    },
    'Langkah awal belum diisi.',
  ],
  [
    'an unknown start',
    (p: Preset) => {
      p.start = 'awal';
    },
    'Langkah awal "awal" tidak ada.',
  ],
  [
    'a missing revision step',
    (p: Preset) => {
      p.revisionStep = 'revisi';
    },
    'Langkah perbaikan "revisi" tidak ada.',
  ],
  [
    'a revision step that cannot resubmit',
    (p: Preset) => {
      step(p, 'perbaikan').actions.shift();
    },
    'Langkah perbaikan "perbaikan" harus punya tindakan "ajukan_ulang" untuk pengajuan ulang pemohon.',
  ],
  [
    'a duplicate action at a step',
    (p: Preset) => {
      step(p, 'izin_subkoor').actions[1].id = 'setujui';
    },
    'Langkah "izin_subkoor": tindakan "setujui" tercantum lebih dari sekali.',
  ],
  [
    'an empty role label',
    (p: Preset) => {
      p.roles[0].label = '';
    },
    'Peran "kadis": nama peran kosong.',
  ],
])('rejects %s with one clear message', (_what, edit, message) => {
  expect(errorsOf(broken(edit))).toEqual([message]);
});

test('an unreachable step is named', () => {
  const errors = errorsOf(
    broken((p) => {
      step(p, 'izin_subkoor').actions = step(p, 'izin_subkoor').actions.filter((a) => a.id !== 'tolak');
    }),
  );
  expect(errors).toEqual([
    'Langkah "ditolak" tidak dapat dicapai dari langkah awal "disposisi_kadis" (tidak ada tindakan yang menuju ke sana).',
  ]);
});

test('the revision step and what it reaches count as reachable', () => {
  const onlyViaRevision = broken((p) => {
    p.steps.push({
      id: 'arsip',
      label: 'Arsip',
      actor: 'kadis',
      standardMinutes: null,
      status: 'Diarsipkan',
      actions: [],
      terminal: true,
    });
    step(p, 'perbaikan').actions.push({ id: 'arsipkan', label: 'Arsipkan', to: 'arsip', requires: [], effects: [] });
  });
  expect(validatePreset(onlyViaRevision).ok).toBe(true);
});

test('a loop that never finishes is reported once for all its steps (plus the step it cut off)', () => {
  const loop = broken((p) => {
    for (const id of ['tunjuk_operator', 'buat_rapat', 'kirim_tautan', 'pendampingan'])
      step(p, id).actions = step(p, id).actions.filter((a) => a.id !== 'batalkan');
    step(p, 'pendampingan').actions[0].to = 'buat_rapat';
  });
  expect(errorsOf(loop)).toEqual([
    'Langkah "selesai" tidak dapat dicapai dari langkah awal "disposisi_kadis" (tidak ada tindakan yang menuju ke sana).',
    'Langkah "tunjuk_operator", "buat_rapat", "kirim_tautan", "pendampingan" tidak pernah sampai ke langkah akhir (Selesai/Ditolak/Dibatalkan).',
  ]);
});

test('meta mistakes are each named', () => {
  const p = broken((x) => {
    Object.assign(x, {
      id: '',
      version: 0,
      name: '',
      timeZone: '',
      minLeadDays: -1,
      requiredDocumentation: [''],
      intakeStandardMinutes: -3,
      roles: [],
    });
  }, SINGKAWANG);
  expect(errorsOf(p)).toEqual(
    expect.arrayContaining([
      'ID alur SOP belum diisi.',
      'Versi alur SOP harus bilangan bulat 1 atau lebih.',
      'Nama alur SOP belum diisi.',
      'Zona waktu belum diisi (misalnya Asia/Jakarta).',
      'Minimal hari sebelum acara harus bilangan bulat 0 atau lebih.',
      'Dokumentasi wajib harus berupa daftar nama dokumen (boleh kosong).',
      'Mutu Baku pengajuan harus berupa angka menit 0 atau lebih.',
      'Daftar peran kosong: tambahkan minimal satu peran.',
    ]),
  );
});

test('non-objects and presets without steps are refused', () => {
  expect(errorsOf(null)).toEqual(['Alur SOP kosong atau tidak terbaca.']);
  expect(
    errorsOf(
      broken((p) => {
        p.steps = [];
      }),
    ),
  ).toEqual(['Alur SOP belum punya langkah.']);
  expect(
    errorsOf(
      broken((p) => {
        p.roles.push({ id: 'pemohon', label: 'Pemohon' });
      }),
    ),
  ).toEqual(['"pemohon" sudah disediakan untuk pemohon; jangan didaftarkan sebagai peran.']);
});
