import { createHmac } from 'crypto';
import { deliveryHandlers } from '../../src/app/delivery';
import { intake } from '../../src/app/intake';
import { signedLinks } from '../../src/app/official-links';
import { actAndTell } from '../../src/app/official-whatsapp';
import type { MailerPort } from '../../src/app/ports';
import { parseStepRef } from '../../src/core/official-link';
import { claimOf, pageSigner } from '../../src/core/page-token';
import { validAnswers } from '../fixtures/answers';
import { world, type TestWorld } from './fakes';

type Mail = Parameters<MailerPort['send']>[0];
const SELF = 'https://script.google.com/macros/s/ENGINE/exec';
const signer = pageSigner((m, s) => [...createHmac('sha256', s).update(m).digest()], 'w'.repeat(40));
const links = signedLinks(SELF, signer);
const ID = 'VC-2026-0001';

function office(whatsApp: boolean) {
  const w = world({ officeEmail: 'vicon@kominfo.go.id', officialWhatsApp: whatsApp });
  const sent: Mail[] = [];
  const mailer: MailerPort = { send: (m) => (sent.push(m), 'sent'), officeUrl: () => 'https://docs.google.com/x' };
  w.deps.effects = deliveryHandlers(mailer, {
    clock: w.deps.clock,
    settings: () => w.deps.config.settings().settings,
    users: () => w.deps.config.users(),
    officialLinks: links,
  });
  const number = (email: string, whatsapp: string) => {
    w.users.find((u) => u.email === email)!.whatsapp = whatsapp;
  };
  number('kabid@kominfo.go.id', '0813-2222-3333');
  intake(w.deps, { answers: validAnswers(), responseRef: 'r1', receivedAt: w.now.t, source: 'form' });
  return { w, sent, number };
}

function act(w: TestWorld, role: string, action: string) {
  w.as(`${role}@kominfo.go.id`);
  w.now.t = new Date(w.now.t.getTime() + 60_000);
  const dto = { requestId: ID, action, expectedVersion: w.register.rows[0].version, input: {} };
  const done = actAndTell(w.deps, dto, links);
  if (!done.ok) throw new Error(done.error);
  return done.value.detail.whatsapp.filter((l) => l.label.startsWith('Kabari lewat WhatsApp'));
}

const textOf = (url: string) => new URL(url).searchParams.get('text') ?? '';
const signedIn = (text: string) =>
  [...text.matchAll(/https:\/\/script\S+/g)].map((m) => claimOf(Object.fromEntries(new URL(m[0]).searchParams))!);

describe('Kabari lewat WhatsApp', () => {
  it('after a hand-over, one chat link per next official with a number, carrying their own signed step link', () => {
    const { w, sent } = office(true);
    const [tell, ...more] = act(w, 'kadis', 'disposisi');
    expect(more).toEqual([]);
    expect(tell.url.startsWith('https://wa.me/6281322223333?text=')).toBe(true);
    const text = textOf(tell.url);
    expect(text).toMatch(/^Yth\. Petugas Kabid/);
    expect(text).toContain(`permohonan video conference ${ID} dari Siti Rahma (Dinas Pendidikan)`);
    expect(text).not.toMatch(/balas email|siti@disdik|0812/i);
    const [claim] = signedIn(text);
    expect(signer.verify(claim.claim, claim.token, w.now.t)).toBe(true);
    expect(parseStepRef(claim.claim.ref)).toEqual({
      requestId: ID,
      stepId: w.register.rows[0].stepId,
      email: 'kabid@kominfo.go.id',
      version: w.register.rows[0].version,
    });
    const chatLink = /https:\/\/script\S+/.exec(text)![0];
    expect(sent.find((m) => m.to === 'kabid@kominfo.go.id')!.text).toContain(chatLink);
  });

  it('nothing when the office has not turned WhatsApp on, when the next official has no number, or when the work stays with the same role', () => {
    const off = office(false);
    expect(act(off.w, 'kadis', 'disposisi')).toEqual([]);
    const on = office(true);
    act(on.w, 'kadis', 'disposisi');
    expect(act(on.w, 'kabid', 'disposisi')).toEqual([]);
    on.number('subkoor@kominfo.go.id', '+62 813 4444 5555');
    expect(act(on.w, 'subkoor', 'terima')).toEqual([]);
  });

  it('a Plh of the next role is told too, by the role they stand in for', () => {
    const { w, number } = office(true);
    const plh = { role: 'kabid', forName: 'Kabid', from: '2026-11-01', to: '2026-12-31' };
    w.delegations.push({ ...plh, substitute: 'subkoor@kominfo.go.id' });
    number('subkoor@kominfo.go.id', '081377778888');
    const tells = act(w, 'kadis', 'disposisi');
    expect(tells.map((t) => new URL(t.url).pathname)).toEqual(['/6281322223333', '/6281377778888']);
    expect(tells[1].label).toMatch(/^Kabari lewat WhatsApp: Petugas Subkoor.* \(Kabid/);
    expect(signedIn(textOf(tells[1].url)).map((c) => parseStepRef(c.claim.ref)?.email)).toEqual([
      'subkoor@kominfo.go.id',
    ]);
  });

  it('the official who acted is never offered their own link, even standing in for the next role', () => {
    const { w, number } = office(true);
    number('kadis@kominfo.go.id', '0813-9999-0000');
    w.delegations.push({
      role: 'kabid',
      substitute: 'kadis@kominfo.go.id',
      forName: 'Kabid',
      from: '2026-11-01',
      to: '2026-12-31',
    });
    expect(act(w, 'kadis', 'disposisi').map((t) => new URL(t.url).pathname)).toEqual(['/6281322223333']);
  });
});

describe('the task mail', () => {
  it("carries each holder's own step link and own Tugas saya link", () => {
    const { w, sent } = office(false);
    act(w, 'kadis', 'disposisi');
    const mail = sent.find((m) => m.to === 'kabid@kominfo.go.id' && m.subject.includes('Tugas baru'))!;
    const claims = signedIn(mail.text).map((c) => c.claim);
    expect(claims.map((c) => [c.page, c.ref])).toEqual([
      ['langkah', `${ID}|${w.register.rows[0].stepId}|kabid@kominfo.go.id|${w.register.rows[0].version}`],
      ['tugas', 'kabid@kominfo.go.id'],
    ]);
    expect(mail.text).toMatch(/Buka semua tugas saya \(tautan pribadi Anda; jangan diteruskan\): https:/);
  });
});
