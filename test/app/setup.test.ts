/** Setup (idempotent), copying the active SOP into an editable sheet, the active/custom preset, and the hourly jobs. */
import { withEngineSteps } from '../../src/core/sop/closing';
import { copyActivePreset } from '../../src/app/custom-preset';
import { runJobs } from '../../src/app/hourly';
import { activePreset, lookupWith, presetOf } from '../../src/app/preset';
import { runSetup, type SetupPort } from '../../src/app/setup';
import type { Settings } from '../../src/core/settings';
import { presetById } from '../../src/core/sop/presets';
import { presetToRows } from '../../src/core/sop/rows';
import { world, type TestWorld } from './fakes';

/** A workbook, form and trigger list in memory: each is made once, then found again. */
function memoryWorkbook(withTemplates = true) {
  const made = {
    sheets: new Set<string>(),
    secured: new Set<string>(),
    form: '',
    published: false,
    engineUrl: '',
    triggers: new Set<string>(),
    templates: new Set<string>(),
  };
  const seen: { settings: Settings[]; admins: string[]; officeNames: string[]; formIds: string[] } = {
    settings: [],
    admins: [],
    officeNames: [],
    formIds: [],
  };
  const port: SetupPort = {
    hasSettingsSheet: () => made.sheets.has('Pengaturan'),
    ensureSheets(settings, admin) {
      seen.settings.push(settings);
      seen.admins.push(admin);
      const missing = ['Register', 'Riwayat', 'Pengaturan'].filter((n) => !made.sheets.has(n));
      missing.forEach((n) => made.sheets.add(n));
      const weak = ['Pengguna'].filter((n) => !made.secured.has(n));
      weak.forEach((n) => made.secured.add(n));
      return { created: missing, secured: weak };
    },
    ensureForm(officeName) {
      seen.officeNames.push(officeName);
      const created = made.form === '';
      const published = !made.published;
      made.form = 'form-1';
      made.published = true;
      return { created, published, id: made.form, url: 'https://forms.example/fpvc' };
    },
    recordEngineUrl() {
      const changed = made.engineUrl === '';
      made.engineUrl = 'https://script.google.com/macros/s/AKfy-mesin/exec';
      return changed;
    },
    ensureTriggers(formId) {
      seen.formIds.push(formId);
      const missing = ['onFpvcSubmit', 'runHourly'].filter((t) => !made.triggers.has(t));
      missing.forEach((t) => made.triggers.add(t));
      return missing;
    },
  };
  if (withTemplates)
    port.ensureLetterTemplates = () => {
      const missing = ['Templat Surat Persetujuan', 'Templat Surat Penolakan'].filter((t) => !made.templates.has(t));
      missing.forEach((t) => made.templates.add(t));
      return missing;
    };
  return { port, made, seen };
}

describe('runSetup', () => {
  it('makes sheets, form, triggers and templates once, then says nothing changed', () => {
    const w = world({ officeName: 'Diskominfo Kota Contoh' });
    let invalidated = 0;
    w.deps.config.invalidate = () => void invalidated++;
    const { port, seen } = memoryWorkbook();
    const first = runSetup(w.deps, port);
    expect(first).toEqual({
      changed: true,
      formUrl: 'https://forms.example/fpvc',
      lines: [
        'Sheet dibuat: Register, Riwayat, Pengaturan.',
        'Perlindungan dipasang (hanya akun layanan yang dapat mengubah): Pengguna.',
        'Formulir FPVC dibuat dan ditautkan ke spreadsheet ini.',
        'Formulir FPVC diterbitkan: siap menerima jawaban.',
        'Alamat mesin Layanan Vicon dicatat di Pengaturan; panel para petugas memakainya.',
        'Pemicu dipasang: onFpvcSubmit, runHourly.',
        'Templat surat dibuat di folder Drive "Layanan Vicon": Templat Surat Persetujuan, Templat Surat Penolakan.',
        'Tautan formulir untuk pemohon: https://forms.example/fpvc',
      ],
    });
    expect(runSetup(w.deps, port)).toEqual({
      changed: false,
      formUrl: 'https://forms.example/fpvc',
      lines: ['Semua sudah siap; tidak ada yang diubah.', 'Tautan formulir untuk pemohon: https://forms.example/fpvc'],
    });
    expect(invalidated).toBe(4);
    expect(seen.admins).toEqual(['admin@kominfo.go.id', 'admin@kominfo.go.id']);
    expect(seen.officeNames).toEqual(['Diskominfo Kota Contoh', 'Diskominfo Kota Contoh']);
    expect(seen.formIds).toEqual(['form-1', 'form-1']);
  });

  it('writes default settings into a new workbook, and keeps the office settings in an existing one', () => {
    const w = world({ officeName: 'Kantor Lama' });
    const { port, seen } = memoryWorkbook(false);
    expect(runSetup(w.deps, port).lines.some((l) => l.startsWith('Templat'))).toBe(false);
    runSetup(w.deps, port);
    expect(seen.settings.map((s) => s.officeName)).toEqual(['Dinas Komunikasi dan Informatika', 'Kantor Lama']);
  });

  it('names every sheet it protects, and says, in order, when who may answer the form changed', () => {
    const w = world({ formResponders: 'kantor' });
    const { port } = memoryWorkbook(false);
    const open = new Set(['Register', 'Riwayat']);
    port.ensureSheets = () => {
      const secured = [...open];
      open.clear();
      return { created: [], secured };
    };
    let audience = 'semua';
    port.ensureResponders = (settings) => {
      if (audience === settings.formResponders) return null;
      audience = settings.formResponders;
      return 'Formulir FPVC hanya dapat diisi akun Google kominfo.go.id.';
    };
    expect(runSetup(w.deps, port).lines).toEqual([
      'Perlindungan dipasang (hanya akun layanan yang dapat mengubah): Register, Riwayat.',
      'Formulir FPVC dibuat dan ditautkan ke spreadsheet ini.',
      'Formulir FPVC diterbitkan: siap menerima jawaban.',
      'Formulir FPVC hanya dapat diisi akun Google kominfo.go.id.',
      'Alamat mesin Layanan Vicon dicatat di Pengaturan; panel para petugas memakainya.',
      'Pemicu dipasang: onFpvcSubmit, runHourly.',
      'Tautan formulir untuk pemohon: https://forms.example/fpvc',
    ]);
    expect(runSetup(w.deps, port)).toMatchObject({ changed: false });
  });

  it('runs under the script lock', () => {
    const w = world();
    const log: string[] = [];
    w.deps.lock = { run: (fn) => (log.push('lock'), fn()) };
    runSetup(w.deps, memoryWorkbook().port);
    expect(log).toEqual(['lock']);
  });
});

describe('copyActivePreset', () => {
  function setup(): { w: TestWorld; sheets: string[][][]; exists: { v: boolean }; invalidated: { n: number } } {
    const w = world({ presetId: '003-tangerang' });
    const sheets: string[][][] = [];
    const exists = { v: false };
    const invalidated = { n: 0 };
    w.deps.config.invalidate = () => void invalidated.n++;
    return { w, sheets, exists, invalidated };
  }
  const writer = (sheets: string[][][], exists: { v: boolean }) => (rows: string[][]) => {
    if (exists.v) return false;
    sheets.push(rows);
    exists.v = true;
    return true;
  };

  it('copies the active preset as "kustom" for an admin, once', () => {
    const { w, sheets, exists, invalidated } = setup();
    const tangerang = presetById('003-tangerang')!;
    expect(copyActivePreset(w.deps, writer(sheets, exists))).toEqual([
      `Alur "${tangerang.name}" disalin ke sheet "Alur SOP".`,
      'Ubah langkah, peran, dan Mutu Baku di sana, lalu isi Pengaturan › Alur SOP dengan "kustom". Kesalahan ditampilkan di panel.',
    ]);
    expect(sheets).toEqual([presetToRows({ ...tangerang, id: 'kustom', name: `${tangerang.name} (salinan kantor)` })]);
    expect(invalidated.n).toBe(1);
    expect(copyActivePreset(w.deps, writer(sheets, exists))).toEqual([
      'Sheet "Alur SOP" sudah ada; ubah sheet itu, atau hapus dulu bila ingin menyalin ulang.',
    ]);
    expect(invalidated.n).toBe(1);
  });

  it('refuses an official who is not admin, and a stranger', () => {
    const { w, sheets, exists } = setup();
    w.as('staf@kominfo.go.id');
    expect(copyActivePreset(w.deps, writer(sheets, exists))).toEqual(['Hanya admin yang dapat menyalin alur SOP.']);
    w.as('orang@luar.id');
    expect(copyActivePreset(w.deps, writer(sheets, exists))).toEqual([
      'orang@luar.id tidak terdaftar di sheet Pengguna. Minta admin menambahkan Anda.',
    ]);
    expect(sheets).toEqual([]);
  });

  it('says why when the active preset is unknown', () => {
    const { w, sheets, exists } = setup();
    const settings = { ...w.deps.config.settings().settings, presetId: '999-x' };
    w.deps.config.settings = () => ({ settings, problems: [] });
    expect(copyActivePreset(w.deps, writer(sheets, exists))).toEqual([
      'Alur SOP "999-x" tidak dikenal. Pilih salah satu alur di sheet Pengaturan.',
    ]);
  });
});

describe('activePreset and presetOf', () => {
  const custom = (w: TestWorld, rows: string[][] | null) => {
    w.deps.config.customPreset = () => rows;
  };
  const kustomRows = () =>
    presetToRows({ ...presetById('000-bandung')!, id: 'kustom', name: 'Alur Kantor' }).map((r) => [...r]);

  it('is the seed named in Pengaturan', () => {
    const w = world({ presetId: '002-singkawang' });
    expect(activePreset(w.deps)).toEqual({ ok: true, preset: presetById('002-singkawang') });
  });

  it('is the office sheet when Pengaturan says "kustom", validated on load', () => {
    const w = world();
    const settings = { ...w.deps.config.settings().settings, presetId: 'kustom' };
    w.deps.config.settings = () => ({ settings, problems: [] });
    custom(w, null);
    expect(activePreset(w.deps)).toEqual({
      ok: false,
      problem: 'Alur SOP "kustom" dipilih tetapi sheet "Alur SOP" tidak ada.',
    });
    custom(w, kustomRows());
    expect(activePreset(w.deps)).toMatchObject({ ok: true, preset: { id: 'kustom', name: 'Alur Kantor' } });
    const broken = kustomRows();
    broken.find((r) => r[0] === 'Zona Waktu')![1] = 'Asia/Tokyo';
    custom(w, broken);
    expect(activePreset(w.deps)).toEqual({
      ok: false,
      problem:
        'Sheet "Alur SOP" belum benar: Zona waktu "Asia/Tokyo" tidak dikenal; pilih Asia/Jakarta, Asia/Pontianak, Asia/Makassar, Asia/Jayapura.',
    });
    const unreadable = kustomRows().filter((r) => r[0] !== 'ID Langkah');
    custom(w, unreadable);
    expect(activePreset(w.deps)).toEqual({
      ok: false,
      problem: 'Sheet "Alur SOP" belum benar: Baris judul tabel langkah ("ID Langkah", …) tidak ditemukan.',
    });
    const twoMistakes = kustomRows();
    twoMistakes.find((r) => r[0] === 'Nama')![1] = '';
    twoMistakes.find((r) => r[0] === 'Langkah Awal')![1] = 'mulai';
    custom(w, twoMistakes);
    expect(activePreset(w.deps)).toEqual({
      ok: false,
      problem: 'Sheet "Alur SOP" belum benar: Nama alur SOP belum diisi. Langkah awal "mulai" tidak ada.',
    });
    custom(w, [[null, 'x'], ...kustomRows()] as unknown as string[][]);
    expect(activePreset(w.deps)).toMatchObject({ ok: true });
  });

  it('a request keeps the preset it started with', () => {
    const w = world({ presetId: '000-bandung' });
    custom(w, kustomRows());
    const request = (presetId: string) => ({ ...w.register.rows[0], id: 'VC-2026-0009', presetId }) as never;
    // With the engine's own closing step ("tidak terlaksana") that every preset gets.
    expect(presetOf(request('001-tarakan'), w.deps)).toEqual({
      ok: true,
      preset: withEngineSteps(presetById('001-tarakan')!),
    });
    expect(presetOf(request('kustom'), w.deps)).toMatchObject({ ok: true, preset: { id: 'kustom' } });
    expect(presetOf(request('hilang'), w.deps)).toEqual({
      ok: false,
      problem: 'Alur SOP "hilang" milik VC-2026-0009 tidak dikenal.',
    });
  });

  it('lookupWith: the active preset wins for its own id, the seeds answer the rest', () => {
    const mine = { ...presetById('000-bandung')!, name: 'Bandung versi kantor' };
    const lookup = lookupWith(mine, { byId: presetById });
    expect(lookup('000-bandung')).toBe(mine);
    expect(lookup('001-tarakan')).toBe(presetById('001-tarakan'));
    expect(lookupWith(null, { byId: presetById })('000-bandung')).toBe(presetById('000-bandung'));
  });
});

describe('runJobs (the hourly trigger)', () => {
  it('runs every job even when one fails, then throws one error naming each failure', () => {
    const ran: string[] = [];
    const log: string[] = [];
    const jobs: Array<[string, () => unknown]> = [
      ['Ambil jawaban formulir', () => ran.push('a')],
      [
        'Ulang efek tertunda',
        () => {
          throw new Error('Zoom tidak dapat dihubungi');
        },
      ],
      ['Pengingat', () => ran.push('c')],
      [
        'Rekap',
        () => {
          throw 'kuota habis';
        },
      ],
    ];
    expect(() => runJobs(jobs, (l) => log.push(l))).toThrow(
      'Pemicu per jam: 2 tugas gagal dan akan diulang — Ulang efek tertunda: Zoom tidak dapat dihubungi | Rekap: kuota habis',
    );
    expect(ran).toEqual(['a', 'c']);
    expect(log).toEqual(['Ulang efek tertunda gagal: Zoom tidak dapat dihubungi', 'Rekap gagal: kuota habis']);
  });

  it('is silent when every job succeeds', () => {
    const log: string[] = [];
    expect(() => runJobs([['Pengingat', () => 1]], (l) => log.push(l))).not.toThrow();
    expect(log).toEqual([]);
  });
});
