/**
 * A link sent in the same click as a letter (Singkawang's step 8, Tarakan's Surat Tanggapan) goes
 * out with the letter: not before the letter is signed and sent. Other effects do not hold it.
 */
import { pendingEntry } from '../../src/app/effects';
import type { VcRequest } from '../../src/core/request';
import type { Effect } from '../../src/core/sop/types';
import { makeRequest } from '../core/sop/fixtures';
import { clickEffects, notes, recordingHandlers, run } from './fakes-effects';

const ID = 'VC-2026-0001';
const KINDS = ['create_meeting', 'sign_letter', 'send_letter', 'send_link'] as const;
const CLICK = clickEffects(ID, 5, [...KINDS]);
const HELD = 'tautan dikirim bersama surat, setelah surat ditandatangani dan dikirim';

const request = (pending: Effect[] = CLICK) =>
  makeRequest({ presetId: '002-singkawang', stepId: 'pelaksanaan', pending: pending.map(pendingEntry) });

const pendingKinds = (r: VcRequest) => r.pending.map((p) => p.split('|')[0]);

describe('a link sent with a letter', () => {
  it('waits while the letter is not signed, and the letter is still sent on its own terms', () => {
    const log = recordingHandlers([...KINDS]);
    log.failing.sign_letter = new Error('Tanda tangan belum tersedia.');
    const done = run(log.handlers, request(), CLICK);
    expect(log.ran).toEqual([`${ID}:v5:create_meeting`, `${ID}:v5:sign_letter`, `${ID}:v5:send_letter`]);
    expect(notes(done.records)).toEqual([
      ['membuat rapat', 'berhasil'],
      ['menandatangani surat', 'gagal, akan dicoba lagi: Tanda tangan belum tersedia.'],
      ['mengirim surat', 'berhasil'],
      ['mengirim tautan', HELD],
    ]);
    expect(pendingKinds(done.request)).toEqual(['sign_letter', 'send_link']);
  });

  it('waits while the signed letter is not sent', () => {
    const log = recordingHandlers([...KINDS]);
    log.failing.send_letter = new Error('Kuota email habis.');
    const done = run(log.handlers, request(), CLICK);
    expect(log.ran).not.toContain(`${ID}:v5:send_link`);
    expect(done.records[3].note).toBe(HELD);
    expect(pendingKinds(done.request)).toEqual(['send_letter', 'send_link']);
  });

  it('does not wait for a meeting that failed: only the letter holds it', () => {
    const log = recordingHandlers([...KINDS]);
    log.failing.create_meeting = new Error('Layanan Zoom sedang bermasalah (HTTP 500).');
    const done = run(log.handlers, request(), CLICK);
    expect(log.ran).toContain(`${ID}:v5:send_link`);
    expect(notes(done.records)[3]).toEqual(['mengirim tautan', 'berhasil']);
    expect(pendingKinds(done.request)).toEqual(['create_meeting']);
  });

  it('goes out on the retry that sends the letter, after it', () => {
    const left = [CLICK[2], CLICK[3]];
    const log = recordingHandlers([...KINDS]);
    const done = run(log.handlers, request(left), left);
    expect(log.ran).toEqual([`${ID}:v5:send_letter`, `${ID}:v5:send_link`]);
    expect(done.request.pending).toEqual([]);
  });

  it('is not held by a letter left over from an earlier click', () => {
    const earlier = clickEffects(ID, 3, ['send_letter'])[0];
    const link = clickEffects(ID, 6, ['send_link']);
    const log = recordingHandlers(['send_link']);
    const done = run(log.handlers, request([earlier, ...link]), link);
    expect(log.ran).toEqual([`${ID}:v6:send_link`]);
    expect(pendingKinds(done.request)).toEqual(['send_letter']);
  });
});
