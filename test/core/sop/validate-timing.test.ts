import type { Preset } from '../../../src/core/sop/types';
import { broken, errorsOf, loose, step } from './validate-fixture';

/** Bandung with `fields` written over its step "kirim_tautan" (the link step, with its H-1 deadline). */
function linkStepWith(fields: Record<string, unknown>): unknown {
  return broken((p: Preset) => Object.assign(step(p, 'kirim_tautan'), fields));
}

const DAYS = 'Langkah "kirim_tautan": Mutu Baku dalam hari harus angka lebih dari 0, misalnya "1 hari".';
const CLOCK =
  'Langkah "kirim_tautan": Patokan Waktu harus mulai_acara atau selesai_acara, boleh dengan menit, misalnya mulai_acara-120.';
const DEADLINE =
  'Langkah "kirim_tautan": Tenggat harus H-1 atau lebih, dengan nama, misalnya "H-1: Link terkirim paling lambat H-1".';

describe('standard time in minutes', () => {
  it('accepts exactly 0 minutes and "setiap saat" (empty), refuses -1', () => {
    expect(errorsOf(linkStepWith({ standardMinutes: 0 }))).toEqual([]);
    expect(errorsOf(linkStepWith({ standardMinutes: null }))).toEqual([]);
    expect(errorsOf(linkStepWith({ standardMinutes: -1 }))).toEqual([
      'Langkah "kirim_tautan": Mutu Baku harus berupa angka menit 0 atau lebih, atau kosong untuk "setiap saat".',
    ]);
  });
});

describe('standard time in days', () => {
  it('accepts any positive number of days, even half a day', () => {
    for (const standardDays of [1, 0.5, 3]) expect(errorsOf(linkStepWith({ standardDays }))).toEqual([]);
  });

  it.each([[0], [-1], ['1 hari'], [Infinity], [null]])('refuses %p days', (standardDays) => {
    expect(errorsOf(linkStepWith({ standardDays }))).toEqual([DAYS]);
  });
});

describe('event clock', () => {
  it('accepts the start or the end of the event, with minutes before or after', () => {
    for (const clock of [
      { anchor: 'event_end', offsetMinutes: 30 },
      { anchor: 'event_end', offsetMinutes: 0 },
      { anchor: 'event_start', offsetMinutes: -120 },
    ])
      expect(errorsOf(linkStepWith({ clock }))).toEqual([]);
  });

  it.each([
    ['an unknown anchor', { anchor: 'mulai_acara', offsetMinutes: -120 }],
    ['a fraction of a minute', { anchor: 'event_start', offsetMinutes: 1.5 }],
    ['no minutes', { anchor: 'event_end' }],
    ['the cell text instead of a clock', 'mulai_acara-120'],
    ['an empty clock', null],
  ])('refuses %s', (_what, clock) => {
    expect(errorsOf(linkStepWith({ clock }))).toEqual([CLOCK]);
  });
});

describe('deadline against the event day', () => {
  it('accepts H-1 and earlier deadlines with a name', () => {
    for (const daysBeforeEvent of [1, 2])
      expect(errorsOf(linkStepWith({ deadline: { daysBeforeEvent, label: 'Link terkirim' } }))).toEqual([]);
  });

  it.each([
    ['the event day itself (H-0)', { daysBeforeEvent: 0, label: 'Link terkirim' }],
    ['a day after the event', { daysBeforeEvent: -1, label: 'Link terkirim' }],
    ['a fraction of a day', { daysBeforeEvent: 1.5, label: 'Link terkirim' }],
    ['a deadline without a name', { daysBeforeEvent: 1, label: '  ' }],
    ['the cell text instead of a deadline', 'H-1'],
  ])('refuses %s', (_what, deadline) => {
    expect(errorsOf(linkStepWith({ deadline }))).toEqual([DEADLINE]);
  });
});

describe('shared actors', () => {
  it('accepts registered roles beside the actor', () => {
    expect(errorsOf(linkStepWith({ alsoActors: ['subkoor', 'kabid'] }))).toEqual([]);
  });

  it('refuses an empty list or a bare name instead of a list, once', () => {
    for (const alsoActors of [[], 'subkoor'])
      expect(errorsOf(linkStepWith({ alsoActors }))).toEqual([
        'Langkah "kirim_tautan": daftar pelaksana tambahan tidak terbaca.',
      ]);
  });

  it('names each shared actor that is not a registered role', () => {
    expect(errorsOf(linkStepWith({ alsoActors: ['kabid', 'sekda', 7] }))).toEqual([
      'Langkah "kirim_tautan": pelaksana "sekda" bukan peran yang terdaftar.',
      'Langkah "kirim_tautan": pelaksana "7" bukan peran yang terdaftar.',
    ]);
  });
});

it('names every timing mistake of one step', () => {
  const p = broken((x) => {
    Object.assign(loose(step(x, 'kirim_tautan')), { standardDays: 0, clock: 'x', deadline: null, alsoActors: [] });
  });
  expect(errorsOf(p)).toEqual([
    DAYS,
    CLOCK,
    DEADLINE,
    'Langkah "kirim_tautan": daftar pelaksana tambahan tidak terbaca.',
  ]);
});
