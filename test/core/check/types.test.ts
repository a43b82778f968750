/**
 * The checklist's line builders: a passed line carries no fix and no words; a failed line keeps
 * only the non-blank words Google or Zoom said; lineOf joins the problems it was given.
 */
import { failed, lineOf, passed } from '../../../src/core/check/types';

describe('passed', () => {
  it('has nothing to do and no words', () => {
    expect(passed('akun', 'Akun layanan', 'Baik.')).toEqual({
      id: 'akun',
      title: 'Akun layanan',
      ok: true,
      detail: 'Baik.',
      fix: '',
      raw: [],
    });
  });
});

describe('failed', () => {
  it('has no words when none were given', () => {
    expect(failed('email', 'Email', 'Tidak terkirim.', 'Tunggu.').raw).toEqual([]);
  });
  it('drops empty and blank words, keeps the rest as said', () => {
    expect(failed('email', 'Email', 'Tidak terkirim.', 'Tunggu.', ['', '  \n', ' Quota exceeded ']).raw).toEqual([
      ' Quota exceeded ',
    ]);
  });
});

describe('lineOf', () => {
  it('fails with the problems joined, and no words when none were given', () => {
    expect(lineOf('surat', 'Surat', ['Satu.', 'Dua.'], 'Baik.', 'Perbaiki.')).toEqual({
      id: 'surat',
      title: 'Surat',
      ok: false,
      detail: 'Satu. Dua.',
      fix: 'Perbaiki.',
      raw: [],
    });
  });
  it('passes with the ok detail when there is no problem', () => {
    expect(lineOf('surat', 'Surat', [], 'Baik.', 'Perbaiki.', ['kata'])).toEqual({
      id: 'surat',
      title: 'Surat',
      ok: true,
      detail: 'Baik.',
      fix: '',
      raw: [],
    });
  });
});
