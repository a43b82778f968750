/**
 * Reading an 'Alur SOP' sheet as an administrator leaves it: blank and short rows, stray spaces,
 * optional rows left out or left blank, and continuation rows that restate their step.
 */
import { presetFromRows, presetToRows, STEP_HEADER } from '../../../src/core/sop/rows';
import { PRESETS, TANGERANG } from '../../../src/core/sop/presets';
import type { Preset } from '../../../src/core/sop/types';

/** TANGERANG as editable sheet rows. */
function sheet(): string[][] {
  return presetToRows(TANGERANG).map((r) => [...r]);
}

/** The 1-based sheet row of the action `actionId` in `rows`. */
function rowOfAction(rows: string[][], actionId: string): number {
  return rows.findIndex((r) => r[6] === actionId) + 1;
}

/** The sentence for a continuation row that restates its step differently. */
function restated(line: number, stepId: string): string {
  return `Baris ${line}: langkah "${stepId}" sudah ditulis dengan isi lain di baris sebelumnya; samakan atau kosongkan.`;
}

test('blank rows inside and after the step table are skipped', () => {
  const rows = sheet();
  const at = rowOfAction(rows, 'setujui') - 1;
  rows.splice(at, 0, Array<string>(STEP_HEADER.length).fill(''), []);
  rows.push(['', '', ''], []);
  expect(presetFromRows(rows)).toStrictEqual({ ok: true, preset: TANGERANG });
});

test('spaces around a cell are dropped before reading it', () => {
  const rows = sheet().map((r) => r.map((c) => (c === '' ? '  ' : ` ${c}  `)));
  expect(presetFromRows(rows)).toStrictEqual({ ok: true, preset: TANGERANG });
});

test('no Dokumentasi Wajib row means no documents are required; a blank Mutu Baku Pengajuan means none', () => {
  const rows = sheet().filter((r) => r[0] !== 'Dokumentasi Wajib');
  rows.find((r) => r[0] === 'Mutu Baku Pengajuan (menit)')![1] = '';
  const expected: Preset = { ...TANGERANG };
  delete expected.intakeStandardMinutes;
  expect(expected.requiredDocumentation).toEqual([]);
  expect(presetFromRows(rows)).toStrictEqual({ ok: true, preset: expected });
});

test('a blank Versi or Minimal Hari Sebelum Acara is refused, not read as 0', () => {
  const rows = sheet();
  rows.find((r) => r[0] === 'Versi')![1] = '';
  rows.find((r) => r[0] === 'Minimal Hari Sebelum Acara')![1] = '';
  expect(presetFromRows(rows)).toEqual({
    ok: false,
    errors: [
      'Versi alur SOP harus bilangan bulat 1 atau lebih.',
      'Minimal hari sebelum acara harus bilangan bulat 0 atau lebih.',
    ],
  });
});

test('a short row in the top part reads its missing cells as blank', () => {
  const rows = sheet();
  rows[rows.findIndex((r) => r[0] === 'Nama')] = ['Nama'];
  rows[rows.findIndex((r) => r[0] === 'Peran' && r[1] === 'staf')] = ['Peran', 'staf'];
  expect(presetFromRows(rows)).toEqual({
    ok: false,
    errors: ['Nama alur SOP belum diisi.', 'Peran "staf": nama peran kosong.'],
  });
});

test('a sheet that begins with the step header has an empty top part: each missing item is named', () => {
  expect(presetFromRows([STEP_HEADER])).toEqual({
    ok: false,
    errors: [
      'ID alur SOP belum diisi.',
      'Versi alur SOP harus bilangan bulat 1 atau lebih.',
      'Nama alur SOP belum diisi.',
      'Zona waktu belum diisi (misalnya Asia/Jakarta).',
      'Minimal hari sebelum acara harus bilangan bulat 0 atau lebih.',
      'Daftar peran kosong: tambahkan minimal satu peran.',
      'Alur SOP belum punya langkah.',
    ],
  });
});

test('a continuation row with another Nama Langkah, Mutu Baku or Status than its first row is refused', () => {
  const rows = sheet();
  const kembalikan = rowOfAction(rows, 'kembalikan');
  const tolak = rowOfAction(rows, 'tolak_tanda_tangan');
  const batalkan = rowOfAction(rows, 'batalkan');
  rows[kembalikan - 1][1] = 'Verifikasi ulang';
  rows[tolak - 1][3] = '3';
  rows[batalkan - 1][4] = 'Menunggu Pembatalan';
  expect(presetFromRows(rows)).toEqual({
    ok: false,
    errors: [restated(kembalikan, 'verifikasi'), restated(tolak, 'persetujuan'), restated(batalkan, 'persetujuan')],
  });
});

test('a continuation row with another Sifat Langkah is refused, one differing flag is enough', () => {
  const rows = sheet();
  const kembalikan = rowOfAction(rows, 'kembalikan');
  const tolak = rowOfAction(rows, 'tolak_tanda_tangan');
  const batalkan = rowOfAction(rows, 'batalkan');
  const ulang = rows.findIndex((r) => r[0] === 'perbaikan' && r[6] === 'batalkan') + 1;
  rows[kembalikan - 1][5] = 'penentu_jadwal';
  rows[tolak - 1][5] = 'penentu_jadwal, akhir';
  rows[batalkan - 1][5] = 'penentu_jadwal';
  rows[ulang - 1][5] = 'akhir';
  expect(presetFromRows(rows)).toEqual({
    ok: false,
    errors: [restated(kembalikan, 'verifikasi'), restated(tolak, 'persetujuan'), restated(ulang, 'perbaikan')],
  });
});

describe('a later row of a step with its own timing or flags', () => {
  const [bandung] = PRESETS;
  const rowsOf = () => presetToRows(bandung).map((r) => [...r]);
  /** The 1-based sheet row of the second row of step kirim_tautan, and that row. */
  const secondRow = (rows: string[][]) => {
    const i = rows.findIndex((r) => r[0] === 'kirim_tautan' && r[6] === 'ubah_jadwal');
    return { line: i + 1, row: rows[i] };
  };

  it('may repeat the first row exactly', () => {
    const rows = rowsOf();
    const { row } = secondRow(rows);
    row[12] = '';
    row[13] = 'H-1: Link terkirim paling lambat H-1';
    expect(presetFromRows(rows)).toStrictEqual({ ok: true, preset: bandung });
  });

  it('is refused when its Tenggat or Patokan Waktu differs from the first row, not silently dropped', () => {
    const rows = rowsOf();
    const { line, row } = secondRow(rows);
    row[11] = '';
    row[13] = 'H-2: Link terkirim paling lambat H-2';
    expect(presetFromRows(rows)).toEqual({ ok: false, errors: [restated(line, 'kirim_tautan')] });
    row[13] = '';
    row[12] = 'mulai_acara-60';
    expect(presetFromRows(rows)).toEqual({ ok: false, errors: [restated(line, 'kirim_tautan')] });
  });

  it('may leave Patokan Waktu blank under a first row that has one', () => {
    const rows = rowsOf();
    rows.find((r) => r[0] === 'kirim_tautan' && r[6] === 'kirim_tautan')![12] = 'mulai_acara-60';
    const out = presetFromRows(rows);
    const step = out.ok ? out.preset.steps.find((s) => s.id === 'kirim_tautan') : undefined;
    expect(step?.clock).toEqual({ anchor: 'event_start', offsetMinutes: -60 });
  });

  it('names an unreadable Patokan Waktu or Tenggat on that row once, not also as a restatement', () => {
    const rows = rowsOf();
    rows.find((r) => r[0] === 'kirim_tautan' && r[6] === 'kirim_tautan')![12] = 'mulai_acara-60';
    const { line, row } = secondRow(rows);
    row[12] = 'sebelum acara';
    row[13] = 'besok';
    expect(presetFromRows(rows)).toEqual({
      ok: false,
      errors: [
        `Baris ${line}: Patokan Waktu "sebelum acara" tidak terbaca; tulis misalnya mulai_acara-120.`,
        `Baris ${line}: Tenggat "besok" tidak terbaca; tulis misalnya H-1: Link terkirim paling lambat H-1.`,
      ],
    });
  });

  it('names an unreadable Sifat Langkah on that row', () => {
    const rows = rowsOf();
    const { line, row } = secondRow(rows);
    row[5] = 'penting';
    const out = presetFromRows(rows);
    expect(
      out.ok ? [] : out.errors.filter((e) => e.startsWith(`Baris ${line}:`) && e.includes('penting')),
    ).toHaveLength(1);
  });
});
