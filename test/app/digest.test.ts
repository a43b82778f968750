import { createHmac } from 'crypto';
import { intake } from '../../src/app/intake';
import type { KeyValuePort, MailerPort } from '../../src/app/ports';
import { runReminders } from '../../src/app/reminders';
import { signedLinks } from '../../src/app/official-links';
import { parseStepRef } from '../../src/core/official-link';
import { claimOf, pageSigner } from '../../src/core/page-token';
import { validAnswers } from '../fixtures/answers';
import { world } from './fakes';

type Mail = Parameters<MailerPort['send']>[0];
const SELF = 'https://script.google.com/macros/s/ENGINE/exec';
const signer = pageSigner((m, s) => [...createHmac('sha256', s).update(m).digest()], 'r'.repeat(40));
const KADIS = 'kadis@kominfo.go.id';
const KABID = 'kabid@kominfo.go.id';

function office() {
  const w = world({ officeEmail: 'vicon@kominfo.go.id' }, new Date('2026-11-23T00:00:00Z'));
  const sent: Mail[] = [];
  const values = new Map<string, string>();
  const state: KeyValuePort = {
    get: (k) => values.get(k) ?? null,
    set: (k, v) => void values.set(k, v),
    remove: (k) => void values.delete(k),
  };
  const mailer: MailerPort = {
    send: (mail) => (sent.push(mail), 'sent'),
    officeUrl: () => 'https://docs.google.com/spreadsheets/d/kantor/edit',
  };
  Object.assign(w.deps, { mailer, state });
  for (const ref of ['a', 'b'])
    intake(w.deps, { answers: validAnswers(), responseRef: ref, receivedAt: w.now.t, source: 'form' });
  // The Kepala Dinas also acts as Kabid (Plt): both late steps are theirs.
  w.users.find((u) => u.email === KADIS)!.roles.push('kabid');
  w.register.rows[1] = { ...w.register.rows[1], stepId: 'disposisi_kabid', version: 3 };
  const digests = () => sent.filter((m) => /Ringkasan langkah terlambat/.test(m.subject));
  const run = (iso: string) => {
    w.now.t = new Date(iso);
    return runReminders(w.deps, signedLinks(SELF, signer));
  };
  return { w, digests, run, values };
}

/** The signed links in a mail's text, with what they claim. */
function linksIn(text: string) {
  return [...text.matchAll(/https:\/\/script\.google\.com\/\S+/g)].map((m) => {
    const url = new URL(m[0]);
    const found = claimOf(Object.fromEntries(url.searchParams))!;
    return { ...found, valid: signer.verify(found.claim, found.token, new Date('2026-11-23T02:00:00Z')) };
  });
}

describe('the overdue digest', () => {
  it('reaches each official once a working day, whatever their roles and however many hourly runs', () => {
    const { digests, run } = office();
    run('2026-11-23T01:00:00Z');
    run('2026-11-23T02:00:00Z');
    run('2026-11-23T08:00:00Z');
    expect(digests().map((m) => m.to)).toEqual([KADIS, KABID]);
    const [kadis] = digests();
    expect(kadis.text).toMatch(/VC-2026-0001 — Kepala Dinas menerima .*terlambat 25 menit/);
    expect(kadis.text).toMatch(/VC-2026-0002 — .*terlambat/);
    run('2026-11-28T02:00:00Z');
    run('2026-11-29T03:00:00Z');
    expect(digests()).toHaveLength(2);
    run('2026-11-30T02:00:00Z');
    run('2026-11-30T03:00:00Z');
    expect(digests().map((m) => m.to)).toEqual([KADIS, KABID, KADIS, KABID]);
  });

  it("carries, for each late step, that official's own signed link to it, and their Tugas saya", () => {
    const { w, digests, run } = office();
    run('2026-11-23T02:00:00Z');
    const [kadis, kabid] = digests();
    const kadisLinks = linksIn(kadis.text);
    expect(kadisLinks.every((l) => l.valid)).toBe(true);
    expect(kadisLinks.map((l) => (l.claim.page === 'langkah' ? parseStepRef(l.claim.ref) : l.claim.ref))).toEqual([
      { requestId: 'VC-2026-0001', stepId: w.register.rows[0].stepId, email: KADIS, version: 1 },
      { requestId: 'VC-2026-0002', stepId: 'disposisi_kabid', email: KADIS, version: 3 },
      KADIS,
    ]);
    expect(kadis.text).toMatch(/Buka semua tugas saya/);
    const kabidRefs = linksIn(kabid.text).map((l) => l.claim.ref);
    expect(kabidRefs).toEqual(['VC-2026-0002|disposisi_kabid|kabid@kominfo.go.id|3', KABID]);
    expect(kabid.text).not.toContain(KADIS);
  });

  it('without the engine address the steps are listed without links, and the spreadsheet is linked', () => {
    const { w, digests } = office();
    w.now.t = new Date('2026-11-23T02:00:00Z');
    runReminders(w.deps);
    expect(digests()[0].text).toMatch(/VC-2026-0001 — Kepala Dinas menerima .*terlambat/);
    expect(digests()[0].text).not.toMatch(/script\.google\.com/);
    expect(digests()[0].text).toContain('https://docs.google.com/spreadsheets/d/kantor/edit');
  });
});
