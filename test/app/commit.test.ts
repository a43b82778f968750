/**
 * The one way a request and its history are written: which rows its trail gains, whether it stays
 * in the index of live requests, how planned effects replace earlier ones, and what is logged when
 * putting a row back fails.
 */
import { commit, commitNew, recordDecision, recordOutcome, withPlanned } from '../../src/app/commit';
import { pendingEntry } from '../../src/app/effects';
import { systemNote, type HistoryRecord } from '../../src/core/history';
import type { VcRequest } from '../../src/core/request';
import type { Effect } from '../../src/core/sop/types';
import { makeRequest } from '../core/sop/fixtures';
import { world, type TestWorld } from './fakes';

/** A request of the Bandung flow whose event (20 March 2026) is long past at the world's now. */
const request = (over: Partial<VcRequest> = {}) =>
  makeRequest({ presetId: '000-bandung', stepId: 'disposisi_kadis', version: 1, ...over });

const note = (w: TestWorld, text: string): HistoryRecord =>
  systemNote({ id: 'VC-2026-0001', stepId: 'disposisi_kadis' }, w.now.t.toISOString(), 'catatan', text);

function stored(w: TestWorld, r: VcRequest) {
  return w.register.append(r);
}

/** Captures what is written to console.error while `fn` runs. */
function errorsLogged(fn: () => void): string[] {
  const logged: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args.map(String).join(' '));
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return logged;
}

describe('the trail of history rows', () => {
  it('gains the rows the new entries take', () => {
    const w = world();
    w.history.append([note(w, 'lama'), note(w, 'lama')]);
    const s = stored(w, request());
    const written = commit(w.deps, s, request({ version: 2 }), [note(w, 'satu'), note(w, 'dua')]);
    expect(written.trail).toBe('4-5');
    expect(w.register.rows[0].trail).toBe('4-5');
    expect(w.history.records.map((r) => r.note)).toEqual(['lama', 'lama', 'satu', 'dua']);
  });

  it('adds to the trail it already has', () => {
    const w = world();
    w.history.append([note(w, 'satu')]);
    const s = stored(w, request({ trail: '2' }));
    expect(commit(w.deps, s, request({ trail: '2' }), [note(w, 'dua')]).trail).toBe('2-3');
  });

  it('is left exactly as it is when no entry is written', () => {
    const w = world();
    const s = stored(w, request({ trail: '9,2-3' }));
    expect(recordOutcome(w.deps, s, { request: request({ trail: '9,2-3' }), records: [] }).request.trail).toBe('9,2-3');
    expect(w.register.rows[0].trail).toBe('9,2-3');
  });
});

describe('the index of live requests', () => {
  it('keeps a request at a step that is not final, even long after its event', () => {
    const w = world();
    commit(w.deps, stored(w, request()), request(), [note(w, 'x')]);
    expect(w.register.closed.has('VC-2026-0001')).toBe(false);
  });

  it('drops a finished request long after its event', () => {
    const w = world();
    commit(w.deps, stored(w, request()), request({ stepId: 'selesai', status: 'Selesai' }), [note(w, 'x')]);
    expect(w.register.closed.has('VC-2026-0001')).toBe(true);
  });

  it('keeps a request whose flow is unknown (an admin must see it), even long after its event', () => {
    const w = world();
    commit(w.deps, stored(w, request()), request({ presetId: '999-hilang', stepId: 'selesai' }), [note(w, 'x')]);
    expect(w.register.closed.has('VC-2026-0001')).toBe(false);
  });
});

describe('withPlanned', () => {
  const effect = (key: string, params: Record<string, string> = {}): Effect =>
    ({ kind: 'notify_applicant', key, params }) as Effect;

  it('replaces an earlier entry with the same key and keeps the others', () => {
    const earlier = [pendingEntry(effect('a', { v: 'lama' })), pendingEntry(effect('b'))];
    const planned = withPlanned(request({ pending: earlier }), [effect('a', { v: 'baru' })]);
    expect(planned.pending).toEqual([pendingEntry(effect('b')), pendingEntry(effect('a', { v: 'baru' }))]);
  });
});

describe('when putting a row back fails', () => {
  it('after a failed decision, logs that the row could not be restored and rethrows the first error', () => {
    const w = world();
    const s = stored(w, request());
    w.history.append = () => {
      throw new Error('Riwayat penuh');
    };
    let writes = 0;
    w.register.write = () => {
      writes++;
      if (writes > 1) throw new Error('Register terkunci');
    };
    const logged = errorsLogged(() =>
      expect(() => recordDecision(w.deps, s, request({ version: 2 }), [note(w, 'x')])).toThrow('Riwayat penuh'),
    );
    expect(logged).toEqual(['Baris VC-2026-0001 tidak dapat dikembalikan: Register terkunci']);
  });

  it('after a failed intake, logs that the new row could not be cleared and rethrows the first error', () => {
    const w = world();
    w.history.append = () => {
      throw new Error('Riwayat penuh');
    };
    w.register.discard = () => {
      throw 'lembar hilang';
    };
    const logged = errorsLogged(() =>
      expect(() => commitNew(w.deps, request(), [note(w, 'x')])).toThrow('Riwayat penuh'),
    );
    expect(logged).toEqual(['Baris VC-2026-0001 tidak dapat dikosongkan: lembar hilang']);
  });
});
