/**
 * The hourly retry over the Register: which pending effects it runs and how many requests a run
 * takes, that each effect runs at most once a run, what it records, and when it notices that the
 * configuration changed (Script Properties).
 */
import { blockEffect } from '../../src/app/failures';
import { retryPending } from '../../src/app/retry';
import { world } from './fakes';
import { countingLock, memoryMailer } from './fakes-hourly';
import { countingState, effectOf, linkSender, toldBlocked, waiting } from './fakes-retry';

const REASON = 'Akun host Zoom tidak ada di akun Zoom kantor.';

/** Ten days before the events of the requests; a link sender, a Zoom handler that works, mail, Script Properties. */
function setup() {
  const w = world({}, new Date('2026-03-10T02:00:00Z'));
  const links = linkSender();
  const zoom = { calls: 0 };
  const state = countingState();
  const mailer = memoryMailer();
  const rows: unknown[][] = [
    ['Jenis', 'Nama', 'Email'],
    ['Akun Zoom', 'Zoom 1', 'zoom1@kominfo.go.id'],
  ];
  w.deps.state = state;
  w.deps.mailer = mailer;
  w.deps.config.resourceRows = () => rows;
  w.deps.effects = {
    send_link: links.handler,
    create_meeting: ({ request }) => {
      zoom.calls += 1;
      return {
        status: 'done',
        note: 'rapat Zoom dibuat',
        request: { ...request, meetingId: '1', joinUrl: 'https://x' },
      };
    },
  };
  return { w, links, zoom, state, mailer, rows };
}

const stillPending = (w: ReturnType<typeof world>) =>
  w.register.rows.filter((r) => r.pending.length > 0).map((r) => r.id);

describe('retryPending: which requests a run takes', () => {
  it('takes at most 50 requests a run; the rest go on the next run, none twice', () => {
    const { w, links } = setup();
    for (let n = 1; n <= 51; n++) w.register.rows.push(waiting(n, (id) => [effectOf(id, 'send_link')]));
    expect(retryPending(w.deps)).toBe(50);
    expect(links.calls).toHaveLength(50);
    expect(stillPending(w)).toEqual(['VC-2026-0051']);
    expect(retryPending(w.deps)).toBe(1);
    expect(links.calls).toHaveLength(51);
    expect(new Set(links.calls).size).toBe(51);
    expect(stillPending(w)).toEqual([]);
  });

  it('does not let requests that cannot run now take the places of those that can', () => {
    const { w, links, zoom } = setup();
    for (let n = 1; n <= 25; n++)
      w.register.rows.push(waiting(n, (id) => [toldBlocked(effectOf(id, 'create_meeting'))]));
    for (let n = 26; n <= 50; n++) w.register.rows.push(waiting(n, (id) => [effectOf(id, 'draft_letter')]));
    w.register.rows.push(waiting(51, (id) => [effectOf(id, 'send_link')]));
    expect(retryPending(w.deps)).toBe(1);
    expect(links.calls).toEqual(['VC-2026-0051']);
    expect(zoom.calls).toBe(0);
    expect(stillPending(w)).toHaveLength(50);
    expect(w.register.writes).toBe(1);
  });

  it('records only the effects it could run; one with no handler yet waits without a record', () => {
    const { w } = setup();
    w.register.rows.push(waiting(1, (id) => [effectOf(id, 'send_link'), effectOf(id, 'draft_letter')]));
    expect(retryPending(w.deps)).toBe(1);
    expect(w.history.records.map((h) => [h.requestId, h.action, h.note])).toEqual([
      ['VC-2026-0001', 'mengirim tautan', 'tautan dikirim ke pemohon'],
    ]);
    expect(w.register.rows[0].pending).toEqual(['draft_letter|VC-2026-0001:v3:draft_letter|{}']);
    expect(retryPending(w.deps)).toBe(0);
    expect(w.history.records).toHaveLength(1);
  });

  it('counts nothing for a request removed from the Register while the run waited for the lock', () => {
    const { w, links } = setup();
    const lock = countingLock();
    lock.meanwhile = [() => undefined, () => void w.register.rows.splice(0, 1)];
    w.deps.lock = lock;
    w.register.rows.push(waiting(1, (id) => [effectOf(id, 'send_link')]));
    expect(retryPending(w.deps)).toBe(0);
    expect(links.calls).toEqual([]);
    expect(w.history.records).toEqual([]);
  });
});

describe('retryPending: a request with a new blocked effect and a failing one', () => {
  it('retries the failing effect once a run and tells the admins once, by mail and in the history', () => {
    const { w, links, mailer } = setup();
    links.failing = true;
    w.register.rows.push(
      waiting(1, (id) => [blockEffect(effectOf(id, 'create_meeting'), REASON), effectOf(id, 'send_link')]),
    );
    expect(retryPending(w.deps)).toBe(1);
    expect(links.calls).toEqual(['VC-2026-0001']);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({
      to: 'admin@kominfo.go.id',
      subject: 'Layanan Vicon VC-2026-0001: perlu diperbaiki admin',
      text: [
        'Permohonan VC-2026-0001 (Rapat Koordinasi PPDB) tidak dapat diproses sampai penyebab berikut diperbaiki:',
        '- membuat rapat: Akun host Zoom tidak ada di akun Zoom kantor.',
        '',
        'Setelah diperbaiki (lembar Sumber Daya, Pengaturan, Pengguna, atau aplikasi Zoom lalu "Tes koneksi"), sistem mencoba lagi pada pemicu per jam berikutnya.',
        'Spreadsheet layanan: https://docs.google.com/spreadsheets/d/kantor',
      ].join('\n'),
    });
    expect(w.history.records.map((h) => [h.action, h.note])).toEqual([
      ['admin diberi tahu', 'email ke admin@kominfo.go.id: membuat rapat perlu diperbaiki'],
    ]);
    expect(retryPending(w.deps)).toBe(0);
    expect(links.calls).toEqual(['VC-2026-0001', 'VC-2026-0001']);
    expect(mailer.sent).toHaveLength(1);
  });
});

describe('retryPending: noticing a configuration change', () => {
  it('keeps its fingerprint in Script Properties, written only when the configuration changed', () => {
    const { w, state, rows } = setup();
    retryPending(w.deps);
    expect(state.writes).toBe(1);
    retryPending(w.deps);
    expect(state.writes).toBe(1);
    rows[1][2] = 'zoom2@kominfo.go.id';
    retryPending(w.deps);
    expect(state.writes).toBe(2);
    retryPending(w.deps);
    expect(state.writes).toBe(2);
  });

  it('without Script Properties it cannot notice a fix, so a blocked effect keeps waiting', () => {
    const { w, zoom, rows } = setup();
    w.deps.state = undefined;
    w.register.rows.push(waiting(1, (id) => [toldBlocked(effectOf(id, 'create_meeting'))]));
    retryPending(w.deps);
    rows[1][2] = 'zoom2@kominfo.go.id';
    expect(retryPending(w.deps)).toBe(0);
    expect(zoom.calls).toBe(0);
    expect(stillPending(w)).toEqual(['VC-2026-0001']);
  });

  it('with Script Properties the same fix retries the blocked effect once', () => {
    const { w, zoom, rows } = setup();
    w.register.rows.push(waiting(1, (id) => [toldBlocked(effectOf(id, 'create_meeting'))]));
    retryPending(w.deps);
    rows[1][2] = 'zoom2@kominfo.go.id';
    expect(retryPending(w.deps)).toBe(1);
    expect(retryPending(w.deps)).toBe(0);
    expect(zoom.calls).toBe(1);
    expect(stillPending(w)).toEqual([]);
  });
});
