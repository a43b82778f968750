/**
 * The engine's own 'close': a request reaches its final step only when the other effects of the
 * same click are done (a notice to officials excepted). Until then it waits, taking no action, at
 * the step it left with the status 'Sedang diselesaikan', and the history says what it waits for.
 */
import { effectFromPending, pendingEntry } from '../../src/app/effects';
import type { VcRequest } from '../../src/core/request';
import type { Effect } from '../../src/core/sop/types';
import { makeRequest } from '../core/sop/fixtures';
import { clickEffects, notes, recordingHandlers, run } from './fakes-effects';

const ID = 'VC-2026-0001';
const SINCE = '2026-11-22T08:00:00.000Z';
const NOW = '2026-11-23T02:00:00.000Z';
/** Singkawang's last click ('Unggah Laporan Hasil Pelaksanaan', version 7): the report, then the close. */
const CLICK = clickEffects(ID, 7, ['make_report', 'close'], { fromStep: 'laporan', toStep: 'selesai' });

/** A Singkawang request as the click leaves it: already moved to 'Selesai' by the engine. */
const request = (over: Partial<VcRequest> = {}) =>
  makeRequest({ presetId: '002-singkawang', stepId: 'selesai', status: 'Selesai', stepSince: SINCE, ...over });

const kindsOf = (pending: string[]) => pending.map((p) => p.split('|').slice(0, 2).join('|'));

describe('a close waiting for the effects of its click', () => {
  it('keeps the request at the step it left, marked Sedang diselesaikan, while the report failed', () => {
    const log = recordingHandlers(['make_report']);
    log.failing.make_report = new Error('Dokumen laporan belum bisa dibuat.');
    const done = run(log.handlers, request({ pending: CLICK.map(pendingEntry) }), CLICK, NOW);
    expect(done.request.stepId).toBe('laporan');
    expect(done.request.status).toBe('Sedang diselesaikan');
    expect(done.request.stepSince).toBe(SINCE);
    expect(notes(done.records)).toEqual([
      ['membuat laporan pelaksanaan', 'gagal, akan dicoba lagi: Dokumen laporan belum bisa dibuat.'],
      ['menutup permohonan', 'belum selesai: menunggu membuat laporan pelaksanaan'],
    ]);
    expect(done.records[1]).toMatchObject({ fromStep: 'laporan', toStep: 'laporan', key: `${ID}:v7:close` });
    expect(kindsOf(done.request.pending)).toEqual([`make_report|${ID}:v7:make_report`, `close|${ID}:v7:close`]);
  });

  it('waits at the step the request is at when the close does not name the step it left', () => {
    const click = clickEffects(ID, 7, ['make_report', 'close'], { toStep: 'selesai' });
    const log = recordingHandlers(['make_report']);
    log.failing.make_report = 'kuota habis';
    const done = run(log.handlers, request(), click, NOW);
    expect(done.request.stepId).toBe('selesai');
    expect(done.request.status).toBe('Sedang diselesaikan');
    expect(notes(done.records)[0]).toEqual(['membuat laporan pelaksanaan', 'gagal, akan dicoba lagi: kuota habis']);
  });

  it('does not wait for a notice to officials, nor for an effect left over from an earlier click', () => {
    const earlier = pendingEntry({ kind: 'make_report', key: `${ID}:v6:make_report`, params: {} });
    const click = clickEffects(ID, 7, ['notify_role', 'close'], { fromStep: 'laporan', toStep: 'selesai' });
    const log = recordingHandlers(['notify_role']);
    log.failing.notify_role = new Error('Kuota email habis.');
    const done = run(
      log.handlers,
      request({ stepId: 'laporan', status: 'Menunggu Laporan', pending: [earlier] }),
      click,
      NOW,
    );
    expect(done.request.stepId).toBe('selesai');
    expect(done.request.status).toBe('Selesai');
    expect(notes(done.records)[1]).toEqual(['menutup permohonan', 'permohonan selesai']);
    expect(kindsOf(done.request.pending)).toEqual([
      `make_report|${ID}:v6:make_report`,
      `notify_role|${ID}:v7:notify_role`,
    ]);
  });

  it('names every effect it waits for, in order, when the letter and the link are still out', () => {
    const click = clickEffects(ID, 4, ['sign_letter', 'send_letter', 'send_link', 'close'], {
      fromStep: 'kirim_surat',
      toStep: 'selesai',
    });
    const log = recordingHandlers(['sign_letter', 'send_letter', 'send_link']);
    log.failing.sign_letter = new Error('Tanda tangan belum tersedia.');
    const r = makeRequest({ presetId: '001-tarakan', stepId: 'selesai', status: 'Selesai', stepSince: SINCE });
    const done = run(log.handlers, r, click, NOW);
    expect(done.request.stepId).toBe('kirim_surat');
    expect(done.records[3].note).toBe('belum selesai: menunggu menandatangani surat, mengirim tautan');
  });

  it('does not count a close as work to wait for (an office flow may declare the close twice)', () => {
    const again: Effect = { kind: 'close', key: `${ID}:v7:close:2`, params: CLICK[1].params };
    const log = recordingHandlers(['make_report']);
    log.failing.make_report = new Error('Dokumen laporan belum bisa dibuat.');
    const done = run(log.handlers, request(), [...CLICK, again], NOW);
    expect(notes(done.records).slice(1)).toEqual([
      ['menutup permohonan', 'belum selesai: menunggu membuat laporan pelaksanaan'],
      ['menutup permohonan', 'belum selesai: menunggu membuat laporan pelaksanaan'],
    ]);
  });

  it('stays pending, saying so, when the final step it names is not in the flow', () => {
    const click = clickEffects(ID, 7, ['close'], { fromStep: 'laporan', toStep: 'tidak_ada' });
    const done = run({}, request(), click, NOW);
    expect(done.request.stepId).toBe('laporan');
    expect(done.request.status).toBe('Sedang diselesaikan');
    expect(notes(done.records)).toEqual([
      ['menutup permohonan', 'belum selesai: menunggu langkah akhir tidak ditemukan'],
    ]);
    expect(kindsOf(done.request.pending)).toEqual([`close|${ID}:v7:close`]);
  });
});

describe('a close that completes', () => {
  it('completes on the hourly retry once the report is made: final step, its status, since now', () => {
    const waiting = request({ stepId: 'laporan', status: 'Sedang diselesaikan', pending: CLICK.map(pendingEntry) });
    const log = recordingHandlers(['make_report']);
    const effects = waiting.pending.map(effectFromPending) as Effect[];
    const done = run(log.handlers, waiting, effects, NOW);
    expect(log.ran).toEqual([`${ID}:v7:make_report`]);
    expect(done.request).toMatchObject({ stepId: 'selesai', status: 'Selesai', stepSince: NOW, pending: [] });
    expect(notes(done.records)).toEqual([
      ['membuat laporan pelaksanaan', 'berhasil'],
      ['menutup permohonan', 'permohonan selesai'],
    ]);
    expect(done.records[1]).toMatchObject({ fromStep: 'selesai', toStep: 'selesai', actorLabel: 'Layanan Vicon' });
  });

  it('leaves a request the click already put at its final step as it is (same time since)', () => {
    const log = recordingHandlers(['make_report']);
    const done = run(log.handlers, request({ pending: CLICK.map(pendingEntry) }), CLICK, NOW);
    expect(done.request).toEqual(request());
  });

  it('finishes a request at the final step that still reads Sedang diselesaikan', () => {
    const close = clickEffects(ID, 7, ['close'], { fromStep: 'laporan', toStep: 'selesai' });
    const done = run({}, request({ status: 'Sedang diselesaikan' }), close, NOW);
    expect(done.request).toMatchObject({ stepId: 'selesai', status: 'Selesai', stepSince: NOW });
  });

  it('moves a request still at the earlier step even when its status already reads Selesai', () => {
    const close = clickEffects(ID, 7, ['close'], { fromStep: 'laporan', toStep: 'selesai' });
    const done = run({}, request({ stepId: 'laporan' }), close, NOW);
    expect(done.request).toMatchObject({ stepId: 'selesai', status: 'Selesai', stepSince: NOW });
  });
});
