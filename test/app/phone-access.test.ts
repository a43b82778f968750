/**
 * Who may act through an official's private link (app/phone-access.ts): the visitor Google reveals
 * must be the official; otherwise a one-time code mailed to the official proves the device once, and
 * the device's signed fields travel on its links.
 */
import { createHmac } from 'crypto';
import { accessOf, acceptCode, sendCode, stepLink, withDevice, type PhoneEnv } from '../../src/app/phone-access';
import type { MailerPort } from '../../src/app/ports';
import type { CodeRecord } from '../../src/core/official-link';
import { pageSigner } from '../../src/core/page-token';
import { makeRequest } from '../core/sop/fixtures';
import { world } from './fakes';

const signer = pageSigner((m, s) => [...createHmac('sha256', s).update(m).digest()], 'p'.repeat(40));
const OFFICIAL = 'subkoor@kominfo.go.id';
const NOW = new Date('2026-11-23T02:00:00Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

type Mail = Parameters<MailerPort['send']>[0];

/** A phone environment with a code store, a mailbox (or a spent quota) and a visitor. */
function phone(opts: { visitor?: string; quota?: boolean; officeName?: string } = {}) {
  const w = world({
    officeName: opts.officeName ?? 'Diskominfo Kota Contoh',
    officeEmail: 'layanan@kominfo.go.id',
  });
  const mails: Mail[] = [];
  w.deps.mailer = {
    send: (m) => {
      if (opts.quota) return 'quota';
      mails.push(m);
      return 'sent';
    },
    officeUrl: () => 'https://docs.google.com/spreadsheets/d/x',
  };
  const codes = new Map<string, CodeRecord>();
  let next = 0;
  const env: PhoneEnv = {
    signer,
    depsFor: () => w.deps,
    visitor: () => opts.visitor ?? '',
    codes: {
      get: (e) => codes.get(e) ?? null,
      put: (e, r) => (r ? codes.set(e, r) : codes.delete(e)),
    },
    newCode: () => ['123456', '654321', '111111'][next++],
  };
  return { w, env, mails, codes };
}

describe('accessOf', () => {
  it('a signed-in visitor who is another account is named, whatever the device fields say', () => {
    const { env } = phone({ visitor: ' Kadis@Kominfo.go.id ' });
    expect(accessOf(env, OFFICIAL, {}, NOW)).toEqual({ kind: 'other', visitor: 'kadis@kominfo.go.id' });
  });

  it('the official themself, signed in, is trusted without a device', () => {
    const { env } = phone({ visitor: 'SUBKOOR@kominfo.go.id' });
    expect(accessOf(env, OFFICIAL, {}, NOW)).toEqual({ kind: 'trusted', device: {} });
  });

  it('an anonymous visitor is trusted only with a valid device of this official', () => {
    const { w, env } = phone();
    expect(accessOf(env, OFFICIAL, {}, NOW)).toEqual({ kind: 'unknown' });
    sendCode(env, w.deps, OFFICIAL, NOW);
    const accepted = acceptCode(env, OFFICIAL, '123456', NOW);
    if (!accepted.ok) throw new Error(accepted.reason);
    const params = { ...accepted.device, p: 'langkah' };
    expect(accessOf(env, OFFICIAL, params, later(60))).toEqual({ kind: 'trusted', device: accepted.device });
    expect(accessOf(env, 'kadis@kominfo.go.id', params, later(60))).toEqual({ kind: 'unknown' });
    expect(accessOf(env, OFFICIAL, { ...params, dt: 'palsu' }, later(60))).toEqual({ kind: 'unknown' });
  });
});

describe('sendCode', () => {
  it("mails the code to the official, in Indonesian, from the office's address, and keeps only its hash", () => {
    const { w, env, mails, codes } = phone();
    expect(sendCode(env, w.deps, OFFICIAL, NOW)).toBe('');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      to: OFFICIAL,
      subject: 'Kode masuk Layanan Vicon: 123456',
      replyTo: 'layanan@kominfo.go.id',
    });
    expect(mails[0].text).toBe(
      'Kode masuk Layanan Vicon Anda: 123456\n\nKode ini berlaku 10 menit untuk membuka tindakan dari ponsel. ' +
        'Jangan berikan kode ini kepada siapa pun. Bila Anda tidak memintanya, abaikan email ini.\n\nDiskominfo Kota Contoh',
    );
    expect(mails[0].html).toBe(
      '<p>Kode masuk Layanan Vicon Anda: 123456</p><p>Kode ini berlaku 10 menit untuk membuka tindakan dari ponsel. ' +
        'Jangan berikan kode ini kepada siapa pun. Bila Anda tidak memintanya, abaikan email ini.</p><p>Diskominfo Kota Contoh</p>',
    );
    expect(JSON.stringify([...codes.values()])).not.toContain('123456');
  });

  it('escapes the office name in the HTML mail', () => {
    const { w, env, mails } = phone({ officeName: 'Dinas <Kominfo> & Statistik' });
    sendCode(env, w.deps, OFFICIAL, NOW);
    expect(mails[0].html).toContain('<p>Dinas &lt;Kominfo&gt; &amp; Statistik</p>');
  });

  it('sends no second code within a minute; from a minute on, a new one that replaces the first', () => {
    const { w, env, mails } = phone();
    sendCode(env, w.deps, OFFICIAL, NOW);
    expect(sendCode(env, w.deps, OFFICIAL, later(59))).toBe(
      'Kode baru saja dikirim. Periksa email Anda, atau tunggu satu menit sebelum meminta kode lagi.',
    );
    expect(mails).toHaveLength(1);
    expect(sendCode(env, w.deps, OFFICIAL, later(60))).toBe('');
    expect(mails.map((m) => m.subject)).toEqual([
      'Kode masuk Layanan Vicon: 123456',
      'Kode masuk Layanan Vicon: 654321',
    ]);
    expect(acceptCode(env, OFFICIAL, '123456', later(61)).ok).toBe(false);
    expect(acceptCode(env, OFFICIAL, '654321', later(61)).ok).toBe(true);
  });

  it('with the mail quota spent, says so and keeps no code', () => {
    const { w, env, codes } = phone({ quota: true });
    expect(sendCode(env, w.deps, OFFICIAL, NOW)).toBe(
      'Kode belum dapat dikirim (kuota email harian habis). Coba lagi nanti.',
    );
    expect(codes.size).toBe(0);
  });

  it('without a mailer at all, says the same and keeps no code', () => {
    const { w, env, codes } = phone();
    delete w.deps.mailer;
    expect(sendCode(env, w.deps, OFFICIAL, NOW)).toBe(
      'Kode belum dapat dikirim (kuota email harian habis). Coba lagi nanti.',
    );
    expect(codes.size).toBe(0);
  });
});

describe('acceptCode', () => {
  it('a right code is used once: it gives the device fields and is forgotten', () => {
    const { w, env, codes } = phone();
    sendCode(env, w.deps, OFFICIAL, NOW);
    const first = acceptCode(env, OFFICIAL, ' 123 456 ', later(30));
    expect(first.ok && Object.keys(first.device).sort()).toEqual(['dt', 'dv']);
    expect(codes.size).toBe(0);
    expect(acceptCode(env, OFFICIAL, '123456', later(31))).toMatchObject({
      ok: false,
      reason: 'Kode sudah tidak berlaku. Minta kode baru lalu coba lagi.',
    });
  });

  it('a wrong code counts a try and keeps the code for the next one', () => {
    const { w, env, codes } = phone();
    sendCode(env, w.deps, OFFICIAL, NOW);
    expect(acceptCode(env, OFFICIAL, '000000', later(30))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Kode salah/),
    });
    expect(codes.get(OFFICIAL)?.tries).toBe(1);
    expect(acceptCode(env, OFFICIAL, '123456', later(31)).ok).toBe(true);
  });
});

describe('withDevice', () => {
  it('appends the device fields, encoded, to a link that has a query', () => {
    expect(withDevice('https://x/exec?p=a', { dv: '1', dt: 'a b&c' })).toBe('https://x/exec?p=a&dv=1&dt=a%20b%26c');
  });

  it('leaves the link alone without fields, and gives no link without a link', () => {
    expect(withDevice('https://x/exec?p=a', {})).toBe('https://x/exec?p=a');
    expect(withDevice('', { dv: '1' })).toBe('');
  });
});

describe('stepLink', () => {
  it('names the request, its step, its version and the official, signed, running 3 days', () => {
    const r = makeRequest({ id: 'VC-2026-0007', stepId: 'izin_subkoor', version: 3 });
    const link = stepLink('https://script.google.com/macros/s/abc/exec', signer, r, OFFICIAL, NOW);
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://script.google.com/macros/s/abc/exec');
    const claim = {
      page: url.searchParams.get('p')!,
      ref: url.searchParams.get('r')!,
      until: Number(url.searchParams.get('u')),
    };
    expect(claim).toEqual({
      page: 'langkah',
      ref: 'VC-2026-0007|izin_subkoor|subkoor@kominfo.go.id|3',
      until: NOW.getTime() + 3 * 24 * 60 * 60 * 1000,
    });
    expect(signer.verify(claim, url.searchParams.get('t'), NOW)).toBe(true);
    expect(stepLink('', signer, r, OFFICIAL, NOW)).toBe('');
  });
});
