/**
 * Running a request's effects: in order, one history row each, a failure leaving exactly that
 * effect pending (retried later, blocked when permanent), and a retry never running twice what
 * is done, even when another run overlaps it under the script lock.
 */
import { effectFromPending, hasRunner, pendingEntry } from '../../src/app/effects';
import { PermanentFailure } from '../../src/app/failures';
import { retryPending } from '../../src/app/retry';
import type { VcRequest } from '../../src/core/request';
import { makeRequest } from '../core/sop/fixtures';
import { clickEffects, notes, recordingHandlers, run } from './fakes-effects';
import { world } from './fakes';
import { countingLock } from './fakes-hourly';

const ID = 'VC-2026-0001';
const NOW = '2026-11-23T02:00:00.000Z';
const CLICK = clickEffects(ID, 3, ['reserve', 'create_meeting', 'notify_applicant']);

const request = (over: Partial<VcRequest> = {}) =>
  makeRequest({ presetId: '000-bandung', stepId: 'kirim_tautan', pending: CLICK.map(pendingEntry), ...over });

describe('running the effects of a click', () => {
  it('runs them in order and writes one history row each, as the system', () => {
    const log = recordingHandlers(['reserve', 'create_meeting', 'notify_applicant']);
    const done = run(log.handlers, request(), CLICK, NOW);
    expect(log.ran).toEqual(CLICK.map((e) => e.key));
    expect(done.request.pending).toEqual([]);
    expect(done.records.map((r) => [r.kind, r.action, r.actorEmail, r.actorLabel, r.at, r.key])).toEqual([
      ['efek', 'memesan sumber daya', 'sistem', 'Layanan Vicon', NOW, `${ID}:v3:reserve`],
      ['efek', 'membuat rapat', 'sistem', 'Layanan Vicon', NOW, `${ID}:v3:create_meeting`],
      ['efek', 'memberi tahu pemohon', 'sistem', 'Layanan Vicon', NOW, `${ID}:v3:notify_applicant`],
    ]);
  });

  it('keeps a failed effect pending with its reason and still runs the rest', () => {
    const log = recordingHandlers(['reserve', 'create_meeting', 'notify_applicant']);
    log.failing.create_meeting = new Error('Layanan Zoom sedang bermasalah (HTTP 500).');
    const done = run(log.handlers, request(), CLICK, NOW);
    expect(log.ran).toEqual(CLICK.map((e) => e.key));
    expect(notes(done.records)).toEqual([
      ['memesan sumber daya', 'berhasil'],
      ['membuat rapat', 'gagal, akan dicoba lagi: Layanan Zoom sedang bermasalah (HTTP 500).'],
      ['memberi tahu pemohon', 'berhasil'],
    ]);
    expect(done.request.pending).toEqual([pendingEntry(CLICK[1])]);
  });

  it('keeps an effect with no adapter pending, saying so', () => {
    const done = run({}, request(), [CLICK[0]], NOW);
    expect(notes(done.records)).toEqual([['memesan sumber daya', 'tertunda: belum ada adaptor untuk efek ini']]);
    expect(done.request.pending.filter((p) => p.startsWith('reserve|'))).toEqual([pendingEntry(CLICK[0])]);
  });

  it('marks a permanent failure blocked, with what to fix', () => {
    const log = recordingHandlers(['create_meeting']);
    log.failing.create_meeting = new PermanentFailure('Akun host Zoom tidak ada di akun Zoom kantor.');
    const done = run(log.handlers, request(), [CLICK[1]], NOW);
    expect(done.records[0].note).toBe('gagal, perlu diperbaiki: Akun host Zoom tidak ada di akun Zoom kantor.');
    const entry = done.request.pending.map(effectFromPending).find((e) => e?.kind === 'create_meeting');
    expect(entry?.params).toEqual({ _gagal: 'Akun host Zoom tidak ada di akun Zoom kantor.' });
  });

  it('replaces the pending entry of an effect that fails again instead of adding a second', () => {
    const log = recordingHandlers(['create_meeting']);
    log.failing.create_meeting = new Error('Waktu habis.');
    const once = run(log.handlers, request({ pending: [pendingEntry(CLICK[1])] }), [CLICK[1]], NOW);
    const twice = run(log.handlers, once.request, [CLICK[1]], NOW);
    expect(twice.request.pending).toEqual([pendingEntry(CLICK[1])]);
  });
});

describe('which pending effects can run', () => {
  it('runs the close without a handler, and nothing else without one', () => {
    const handlers = recordingHandlers(['send_link']).handlers;
    expect(hasRunner(handlers, 'close')).toBe(true);
    expect(hasRunner(handlers, 'send_link')).toBe(true);
    expect(hasRunner(handlers, 'create_meeting')).toBe(false);
  });

  it('reads a pending cell back, and refuses one without a kind, a key or a known kind', () => {
    expect(effectFromPending('send_link|VC-1:v2:send_link|{"a":"b|c"}')).toEqual({
      kind: 'send_link',
      key: 'VC-1:v2:send_link',
      params: { a: 'b|c' },
    });
    expect(effectFromPending('send_link||{}')).toBeNull();
    expect(effectFromPending('|VC-1:v2:send_link|{}')).toBeNull();
    expect(effectFromPending('kirim_fax|VC-1:v2:kirim_fax|{}')).toBeNull();
  });
});

describe('the hourly retry', () => {
  it('runs only what is still pending, once, even when another run finished it meanwhile', () => {
    const w = world();
    const log = recordingHandlers(['reserve', 'create_meeting', 'notify_applicant']);
    log.failing.create_meeting = new Error('Layanan Zoom sedang bermasalah (HTTP 500).');
    w.deps.effects = log.handlers;
    w.register.append(run(log.handlers, request(), CLICK, NOW).request);
    delete log.failing.create_meeting;
    const lock = countingLock();
    lock.meanwhile.push(
      () => undefined,
      () => retryPending(w.deps),
    );
    w.deps.lock = lock;
    expect(retryPending(w.deps)).toBe(0);
    expect(log.ran.filter((k) => k === `${ID}:v3:create_meeting`)).toHaveLength(2);
    expect(log.ran.filter((k) => k !== `${ID}:v3:create_meeting`)).toHaveLength(2);
    expect(lock.runs).toBe(4);
    expect(w.register.rows[0].pending).toEqual([]);
    expect(notes(w.history.records)).toEqual([['membuat rapat', 'berhasil']]);
  });

  it('completes a close left pending, though no handler is named for it', () => {
    const w = world();
    const close = clickEffects(ID, 9, ['close'], { fromStep: 'pendampingan', toStep: 'selesai' });
    w.register.append(
      request({ stepId: 'pendampingan', status: 'Sedang diselesaikan', pending: close.map(pendingEntry) }),
    );
    expect(retryPending(w.deps)).toBe(1);
    expect(w.register.rows[0]).toMatchObject({ stepId: 'selesai', status: 'Selesai', pending: [] });
  });

  it('leaves a mangled pending cell alone', () => {
    const w = world();
    const log = recordingHandlers(['send_link']);
    w.deps.effects = log.handlers;
    w.register.append(request({ pending: ['send_link||{}'] }));
    expect(retryPending(w.deps)).toBe(0);
    expect(log.ran).toEqual([]);
  });
});
