import { notifiable, notifyAdmins, pendingSummary, pendingView } from '../../src/app/blocked';
import { pendingEntry } from '../../src/app/effects';
import { blockEffect, markNotified } from '../../src/app/failures';
import type { MailerPort } from '../../src/app/ports';
import type { Effect, EffectKind } from '../../src/core/sop/types';
import { makeRequest } from '../core/sop/fixtures';
import { world } from './fakes';

type Mail = Parameters<MailerPort['send']>[0];

const NO_HOST = 'Akun host Zoom tidak ada di akun Zoom kantor.';
const NO_SCOPE = 'Aplikasi Zoom belum diberi izin meeting:write.';
const AFTER =
  'Setelah diperbaiki (lembar Sumber Daya, Pengaturan, Pengguna, atau aplikasi Zoom lalu "Tes koneksi"), sistem mencoba lagi pada pemicu per jam berikutnya.';
const SHEET = 'https://docs.google.com/spreadsheets/d/kantor/edit';

function effect(kind: EffectKind, action = 'setujui'): Effect {
  return { kind, key: `VC-2026-0001:${action}:${kind}`, params: {} };
}
const ordinary = (kind: EffectKind) => pendingEntry(effect(kind));
const blocked = (kind: EffectKind, reason: string) => pendingEntry(blockEffect(effect(kind), reason));
const told = (kind: EffectKind, reason: string) => pendingEntry(markNotified(blockEffect(effect(kind), reason)));

/** A request with `pending` entries on its row. */
const withPending = (pending: string[], title = 'Rapat Koordinasi PPDB') =>
  makeRequest({ id: 'VC-2026-0001', stepId: 'buat_link', title, pending });

describe('pendingView', () => {
  it('lists every readable pending effect and one problem line per blocked one', () => {
    const r = withPending([ordinary('send_link'), 'rusak', blocked('create_meeting', NO_HOST)]);
    expect(pendingView(r)).toEqual({
      pending: ['Tertunda: mengirim tautan', 'Tertunda: membuat rapat (gagal, perlu diperbaiki)'],
      problems: [`Gagal membuat rapat: ${NO_HOST} ${AFTER}`],
    });
  });

  it('has no problem line when nothing is blocked', () => {
    expect(pendingView(withPending([ordinary('reserve')]))).toEqual({
      pending: ['Tertunda: memesan sumber daya'],
      problems: [],
    });
  });
});

describe('pendingSummary', () => {
  it('names each reason once with the effects it blocks, and counts the others as waiting', () => {
    const r = withPending([
      blocked('create_meeting', NO_HOST),
      ordinary('notify_applicant'),
      blocked('send_link', NO_SCOPE),
      blocked('reserve', NO_HOST),
    ]);
    expect(pendingSummary(r)).toEqual({
      blocked: `Gagal membuat rapat dan memesan sumber daya: ${NO_HOST} Gagal mengirim tautan: ${NO_SCOPE} ${AFTER}`,
      waiting: 1,
    });
  });

  it('is empty when nothing is blocked', () => {
    expect(pendingSummary(withPending([ordinary('reserve'), ordinary('send_link')]))).toEqual({
      blocked: '',
      waiting: 2,
    });
  });
});

describe('notifiable', () => {
  it('is true when one blocked effect among others was not told to the admins yet', () => {
    expect(notifiable(withPending([ordinary('reserve'), blocked('create_meeting', NO_HOST)]))).toBe(true);
  });

  it('is false for ordinary pending effects, told ones and unreadable entries', () => {
    expect(notifiable(withPending([ordinary('reserve')]))).toBe(false);
    expect(notifiable(withPending([told('create_meeting', NO_HOST), 'rusak']))).toBe(false);
  });
});

/** A world with a mailer that records what it sends (or answers 'quota'), and a second admin. */
function setup() {
  const w = world();
  const mails: Mail[] = [];
  const mailer = { quota: false };
  w.deps.mailer = {
    send: (mail) => (mailer.quota ? 'quota' : (mails.push(mail), 'sent')),
    officeUrl: () => SHEET,
  };
  w.users.push({ email: 'kabid@kominfo.go.id', name: 'Kabid', nip: '', roles: [], active: true, isAdmin: true });
  w.users.push({ email: 'lama@kominfo.go.id', name: 'Lama', nip: '', roles: [], active: false, isAdmin: true });
  return { w, mails, mailer };
}

describe('notifyAdmins', () => {
  it('mails the active admins once about the blocked effects not told yet, and marks them told', () => {
    const { w, mails } = setup();
    const r = withPending([
      ordinary('reserve'),
      blocked('create_meeting', NO_HOST),
      told('update_meeting', NO_HOST),
      blocked('send_link', NO_SCOPE),
    ]);
    const out = notifyAdmins(w.deps, r);
    const text = [
      'Permohonan VC-2026-0001 (Rapat Koordinasi PPDB) tidak dapat diproses sampai penyebab berikut diperbaiki:',
      `- membuat rapat: ${NO_HOST}`,
      `- mengirim tautan: ${NO_SCOPE}`,
      '',
      AFTER,
      `Spreadsheet layanan: ${SHEET}`,
    ].join('\n');
    const key = 'VC-2026-0001:admin:VC-2026-0001:setujui:create_meeting,VC-2026-0001:setujui:send_link';
    expect(mails).toEqual([
      {
        to: 'admin@kominfo.go.id, kabid@kominfo.go.id',
        subject: 'Layanan Vicon VC-2026-0001: perlu diperbaiki admin',
        text,
        html: expect.any(String),
        replyTo: '',
        key,
      },
    ]);
    expect(out!.record).toMatchObject({
      requestId: 'VC-2026-0001',
      kind: 'sistem',
      action: 'admin diberi tahu',
      note: 'email ke admin@kominfo.go.id, kabid@kominfo.go.id: membuat rapat, mengirim tautan perlu diperbaiki',
      key,
      at: '2026-11-23T02:00:00.000Z',
    });
    expect(out!.request.pending).toEqual([
      ordinary('reserve'),
      told('create_meeting', NO_HOST),
      told('update_meeting', NO_HOST),
      told('send_link', NO_SCOPE),
    ]);
    expect(notifiable(out!.request)).toBe(false);
    expect(notifyAdmins(w.deps, out!.request)).toBeNull();
    expect(mails).toHaveLength(1);
  });

  it('writes the same text, escaped, in the HTML part, and says "tanpa judul" for an untitled request', () => {
    const { w, mails } = setup();
    notifyAdmins(w.deps, withPending([blocked('create_meeting', 'Host <zoom1> & "tamu" salah.')], ''));
    expect(mails[0].html).toBe(
      '<pre style="font-family:inherit;white-space:pre-wrap">' +
        'Permohonan VC-2026-0001 (tanpa judul) tidak dapat diproses sampai penyebab berikut diperbaiki:\n' +
        '- membuat rapat: Host &lt;zoom1&gt; &amp; &quot;tamu&quot; salah.\n' +
        '\n' +
        `${AFTER.replace(/"/g, '&quot;')}\n` +
        `Spreadsheet layanan: ${SHEET}</pre>`,
    );
  });

  it('tells nobody about ordinary pending effects', () => {
    const { w, mails } = setup();
    expect(notifyAdmins(w.deps, withPending([ordinary('reserve'), told('create_meeting', NO_HOST)]))).toBeNull();
    expect(mails).toEqual([]);
  });

  it('sends nothing, and keeps the effects to tell, with no active admin or no mail quota', () => {
    const { w, mails, mailer } = setup();
    const r = withPending([blocked('create_meeting', NO_HOST)]);
    for (const u of w.users) u.isAdmin = u.email === 'lama@kominfo.go.id';
    expect(notifyAdmins(w.deps, r)).toBeNull();
    expect(mails).toEqual([]);
    for (const u of w.users) u.isAdmin = u.email === 'admin@kominfo.go.id';
    mailer.quota = true;
    expect(notifyAdmins(w.deps, r)).toBeNull();
    mailer.quota = false;
    expect(notifyAdmins(w.deps, r)?.request.pending).toEqual([told('create_meeting', NO_HOST)]);
    expect(mails.map((m) => m.to)).toEqual(['admin@kominfo.go.id']);
  });

  it('sends nothing without a mailer', () => {
    const { w } = setup();
    w.deps.mailer = undefined;
    expect(notifyAdmins(w.deps, withPending([blocked('create_meeting', NO_HOST)]))).toBeNull();
  });
});
