import { SINGKAWANG } from '../../../src/core/sop/presets';
import type { Preset } from '../../../src/core/sop/types';
import { broken, errorsOf, loose, step } from './validate-fixture';

describe('the preset as a whole', () => {
  it('refuses a text, a number or a list instead of a preset with one sentence', () => {
    for (const p of ['000-bandung', 42, [SINGKAWANG]])
      expect(errorsOf(p)).toEqual(['Alur SOP kosong atau tidak terbaca.']);
  });

  it('counts an id, name or time zone that is not text as not filled in', () => {
    const p = broken((x) => Object.assign(x, { id: 7, name: ['Bandung'], timeZone: null }));
    expect(errorsOf(p)).toEqual([
      'ID alur SOP belum diisi.',
      'Nama alur SOP belum diisi.',
      'Zona waktu belum diisi (misalnya Asia/Jakarta).',
    ]);
  });

  it('accepts an intake standard of exactly 0 minutes and refuses one below or not a number', () => {
    expect(errorsOf(broken((x) => (x.intakeStandardMinutes = 0)))).toEqual([]);
    for (const minutes of [-1, '5 menit', Infinity])
      expect(errorsOf(broken((x) => (loose(x).intakeStandardMinutes = minutes)))).toEqual([
        'Mutu Baku pengajuan harus berupa angka menit 0 atau lebih.',
      ]);
  });

  it('refuses a blank lead warning and accepts a preset without one', () => {
    expect(errorsOf(broken((x) => (x.leadWarning = '   ')))).toEqual(['Peringatan batas hari kosong; hapus barisnya.']);
    expect(errorsOf(broken((x) => delete x.leadWarning))).toEqual([]);
  });
});

describe('roles', () => {
  it('names each role without an id once, whether blank, a bare name or an empty row', () => {
    const p = broken((x) => {
      x.roles.push({ id: '', label: '' }, { id: '  ', label: 'Sekretaris' });
      loose(x).roles = [...x.roles, 'sekda', null];
    });
    expect(errorsOf(p)).toEqual([
      'Ada peran tanpa ID.',
      'Ada peran tanpa ID.',
      'Ada peran tanpa ID.',
      'Ada peran tanpa ID.',
    ]);
  });

  it('does not register an empty name as a role when a role has no id', () => {
    const p = broken((x) => {
      x.roles.push({ id: '', label: 'Tanpa ID' });
      step(x, 'kirim_tautan').alsoActors = [''];
    });
    expect(errorsOf(p)).toEqual([
      'Ada peran tanpa ID.',
      'Langkah "kirim_tautan": pelaksana "" bukan peran yang terdaftar.',
    ]);
  });

  it('refuses a role id used twice, naming it without its spaces', () => {
    const p = broken((x) => x.roles.push({ id: ' kadis ', label: 'Kepala Dinas (lagi)' }));
    expect(errorsOf(p)).toEqual(['ID peran "kadis" dipakai lebih dari sekali.']);
  });

  it('refuses an action asking for an operator when the preset has no operator role', () => {
    const asksOperator = (x: Preset) => step(x, 'cek_tim').actions[0].requires.push('operator');
    expect(errorsOf(broken(asksOperator, SINGKAWANG))).toEqual([
      'Langkah "cek_tim", tindakan "konfirmasi": meminta operator, tetapi peran "operator" tidak terdaftar; operator dipilih dari pemegang peran itu.',
    ]);
    const withOperator = broken((x) => {
      asksOperator(x);
      x.roles.push({ id: 'operator', label: 'Operator TCMR' });
    }, SINGKAWANG);
    expect(errorsOf(withOperator)).toEqual([]);
  });
});
