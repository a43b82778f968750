/**
 * What reaches the Log from the use cases: an effect handler that throws is recorded with the
 * adapter's original words (ZoomError/PermanentFailure `raw`) and the note the request shows,
 * then rethrown so the effect stays pending as before; the hourly run reports each failed job
 * and marks its summary error as already logged.
 */
import { isLogged, loggedHandlers, rawMessage, type ErrorEntry } from '../../src/app/error-log';
import { runEffects } from '../../src/app/effects';
import { PermanentFailure } from '../../src/app/failures';
import { runJobs } from '../../src/app/hourly';
import { emptyAssignments, type VcRequest } from '../../src/core/request';
import { presetById } from '../../src/core/sop/presets';

const request = { ...emptyAssignments(), id: 'VC-2026-0007', pending: [] } as unknown as VcRequest;
const preset = presetById('000-bandung')!;

describe('loggedHandlers', () => {
  it('records a failure with the original words and the shown note, and the effect stays pending as before', () => {
    const log: ErrorEntry[] = [];
    const handlers = loggedHandlers(
      {
        create_meeting: () => {
          throw new PermanentFailure(
            'Akun host Zoom tidak ada di akun Zoom kantor.',
            'HTTP 404, kode 1001: User does not exist: z@x.id.',
          );
        },
        send_link: () => ({ status: 'done', note: 'terkirim' }),
      },
      { record: (e) => log.push(e) },
    );
    const effects = [
      { kind: 'create_meeting' as const, key: 'k1', params: {} },
      { kind: 'send_link' as const, key: 'k2', params: {} },
    ];
    const done = runEffects(handlers, { now: () => new Date('2026-11-23T02:00:00Z') }, request, preset, effects);
    expect(log).toEqual([
      {
        source: 'Efek: membuat rapat',
        requestId: 'VC-2026-0007',
        raw: 'HTTP 404, kode 1001: User does not exist: z@x.id.',
        shown: 'gagal, perlu diperbaiki: Akun host Zoom tidak ada di akun Zoom kantor.',
      },
    ]);
    expect(done.records.map((r) => r.note)).toEqual([log[0].shown, 'terkirim']);
    expect(done.request.pending).toHaveLength(1);
  });

  it('rawMessage: the adapter’s original words when it kept them, else the message as thrown', () => {
    expect(rawMessage(Object.assign(new Error('Indonesia'), { raw: 'Google' }))).toBe('Google');
    expect(rawMessage(new Error('Action not allowed'))).toBe('Action not allowed');
    expect(rawMessage('kuota habis')).toBe('kuota habis');
  });
});

describe('runJobs and the Log', () => {
  it('each failed job is reported with its error; the summary it throws is marked as logged', () => {
    const failed: Array<[string, string]> = [];
    let thrown: unknown = null;
    try {
      runJobs(
        [
          [
            'Rekaman Zoom',
            () => {
              throw new Error('Zoom 500');
            },
          ],
          ['Pengingat', () => undefined],
        ],
        () => undefined,
        (name, error, line) => failed.push([name, `${rawMessage(error)} | ${line}`]),
      );
    } catch (error) {
      thrown = error;
    }
    expect(failed).toEqual([['Rekaman Zoom', 'Zoom 500 | Rekaman Zoom gagal: Zoom 500']]);
    expect(isLogged(thrown)).toBe(true);
    expect(isLogged(new Error('x'))).toBe(false);
  });
});
