import { pendingView } from '../../src/app/blocked';
import { pendingEntry, runEffects } from '../../src/app/effects';
import { PermanentFailure } from '../../src/app/failures';
import type { KeyValuePort, MailerPort } from '../../src/app/ports';
import { retryPending } from '../../src/app/retry';
import { presetById } from '../../src/core/sop/presets';
import { makeRequest } from '../core/sop/fixtures';
import { world } from './fakes';

type Mail = Parameters<MailerPort['send']>[0];
const EFFECT = { kind: 'create_meeting' as const, key: 'VC-2026-0001:buat_rapat:create_meeting', params: {} };
const CAUSE = 'Akun host Zoom tidak ada di akun Zoom kantor. Periksa alamat email akun host di lembar Sumber Daya.';

/** A world whose create_meeting handler fails permanently until `fixed`, with a mailer and a property store. */
function setup() {
  const w = world();
  const state = new Map<string, string>();
  const mails: Mail[] = [];
  const zoom = { calls: 0, fixed: false, quota: true, retryable: false };
  w.deps.state = {
    get: (k) => state.get(k) ?? null,
    set: (k, v) => void state.set(k, v),
    remove: (k) => void state.delete(k),
  } satisfies KeyValuePort;
  w.deps.mailer = {
    send: (mail) => (zoom.quota ? (mails.push(mail), 'sent') : 'quota'),
    officeUrl: () => 'https://docs.google.com/spreadsheets/d/kantor/edit',
  };
  w.deps.effects = {
    create_meeting: ({ request }) => {
      zoom.calls += 1;
      if (zoom.retryable) throw new Error('Layanan Zoom sedang bermasalah (HTTP 500).');
      if (!zoom.fixed) throw new PermanentFailure(CAUSE);
      return {
        status: 'done',
        note: 'rapat Zoom dibuat',
        request: { ...request, meetingId: '1', joinUrl: 'https://x' },
      };
    },
  };
  const rows: unknown[][] = [
    ['Jenis', 'Nama', 'Email'],
    ['Akun Zoom', 'Zoom 1', 'zoom1@kominfo.go.id'],
  ];
  w.deps.config.resourceRows = () => rows;
  const request = makeRequest({ presetId: '000-bandung', stepId: 'kirim_tautan' });
  const first = runEffects(w.deps.effects, w.deps.clock, request, presetById('000-bandung')!, [EFFECT]);
  w.register.rows.push(first.request);
  return { w, mails, zoom, state, rows };
}

describe('retryPending with a permanently failed effect', () => {
  it('marks it blocked with the reason, shown in the detail with what to fix', () => {
    const { w } = setup();
    const view = pendingView(w.register.rows[0]);
    expect(view.pending).toEqual(['Tertunda: membuat rapat (gagal, perlu diperbaiki)']);
    expect(view.problems).toEqual([
      expect.stringMatching(/^Gagal membuat rapat: Akun host Zoom tidak ada.*pemicu per jam/),
    ]);
  });

  it('skips it on every run and tells the admins once', () => {
    const { w, mails, zoom } = setup();
    for (let i = 0; i < 3; i += 1) retryPending(w.deps);
    expect(zoom.calls).toBe(1);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: 'admin@kominfo.go.id', subject: expect.stringContaining('VC-2026-0001') });
    expect(mails[0].text).toContain(CAUSE);
    expect(w.history.records.filter((h) => h.action === 'admin diberi tahu')).toHaveLength(1);
  });

  it('tells the admins on the next run when the mail quota was used up', () => {
    const { w, mails, zoom } = setup();
    zoom.quota = false;
    retryPending(w.deps);
    expect(mails).toHaveLength(0);
    zoom.quota = true;
    retryPending(w.deps);
    retryPending(w.deps);
    expect(mails).toHaveLength(1);
  });

  it('tries it again once Sumber Daya changed, and clears it when it succeeds', () => {
    const { w, zoom, rows } = setup();
    retryPending(w.deps);
    rows[1][2] = 'zoom2@kominfo.go.id';
    zoom.fixed = true;
    expect(retryPending(w.deps)).toBe(1);
    expect(zoom.calls).toBe(2);
    expect(w.register.rows[0]).toMatchObject({ pending: [], meetingId: '1' });
  });

  it('blocks it again, without a second mail, when the change did not fix it', () => {
    const { w, zoom, rows, mails } = setup();
    retryPending(w.deps);
    rows[1][2] = 'zoom3@kominfo.go.id';
    retryPending(w.deps);
    retryPending(w.deps);
    expect(zoom.calls).toBe(2);
    expect(pendingView(w.register.rows[0]).pending).toEqual(['Tertunda: membuat rapat (gagal, perlu diperbaiki)']);
    expect(mails).toHaveLength(1);
  });

  it('keeps retrying an ordinary pending effect every run', () => {
    const { w, zoom } = setup();
    zoom.retryable = true;
    w.register.rows[0] = { ...w.register.rows[0], pending: [pendingEntry(EFFECT)] };
    retryPending(w.deps);
    retryPending(w.deps);
    expect(zoom.calls).toBe(3);
  });
});
