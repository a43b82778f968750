/**
 * Every notice to an official takes them straight to the work (issues 16 §2.4 and 18), on the built
 * bundles: one task mail per official when work arrives for their role, at most one digest a working
 * day, each with the official's own private links (the request at its step, and "Tugas saya"), and,
 * for an office that uses WhatsApp, a "Kabari lewat WhatsApp" link for the next official after an
 * action, whose text carries that official's own link (which refuses any other account).
 */
import { writeSettingByHand } from '../../dev/product';
import { validAnswers } from '../fixtures/answers';
import type { Result } from '../../src/shared/rpc';
import type { PeopleSaveResultDto } from '../../src/shared/admin-rpc';
import { formNamed, open, phoneLinkIn, press } from './phone-kit';
import { ADMIN, BANDUNG_TO_MEETING, e2eWorld, ok, stepAs, walkSteps, type E2E } from './world';

const ID = 'VC-2026-0001';
const ID2 = 'VC-2026-0002';
const KADIS = 'kadis@kominfo.go.id';
const KABID = 'kabid@kominfo.go.id';
const SUBKOOR = 'subkoor@kominfo.go.id';
const PLT = 'plt@kominfo.go.id';
const OTHER_ACCOUNT = 'Tautan untuk petugas lain';
const WA_SETTING = 'Kabari petugas lewat WhatsApp (Ya / Tidak)';

const digests = (e: E2E) => e.ws.mail.outbox.filter((m) => /Ringkasan langkah terlambat/.test(m.subject));
const tasksMails = (e: E2E, email: string, id = ID) =>
  e.ws.mail.outbox.filter((m) => m.to.includes(email) && m.subject.startsWith(`[${id}] Tugas baru`));

/** The URL after `label` in a mail's text ('label …: url'). */
function urlAfter(body: string, label: string): string {
  const found = new RegExp(`${label}[^\\n]*?: (https://\\S+)`).exec(body)?.[1];
  if (!found) throw new Error(`Tidak ada tautan "${label}" di: ${body.slice(0, 400)}`);
  return found;
}

function hourly(e: E2E, iso: string, runs = 2): void {
  e.ws.clock.set(new Date(iso));
  for (let i = 0; i < runs; i++) {
    e.app.call('runHourly');
    e.ws.clock.advance(60 * 60 * 1000);
  }
}

describe('the overdue digest on the built bundle', () => {
  const e = e2eWorld('000-bandung');
  e.addOfficial({ email: PLT, name: 'Plt Kadis dan Kabid', roles: ['kadis', 'kabid'] });
  e.submit(validAnswers());
  e.submit(validAnswers());
  stepAs(e, 'kadis', ID2, 'disposisi');

  it('goes at most once a working day to each official, one mail for all their roles, none on a day off', () => {
    hourly(e, '2026-11-23T04:00:00Z', 3);
    expect(digests(e).map((m) => m.to.join(','))).toEqual(expect.arrayContaining([KADIS, KABID, PLT]));
    expect(digests(e)).toHaveLength(3);
    writeSettingByHand(e.product, 'Hari libur tambahan (TTTT-BB-HH, pisahkan dengan koma)', '2026-11-24');
    hourly(e, '2026-11-24T02:00:00Z');
    hourly(e, '2026-11-28T02:00:00Z');
    hourly(e, '2026-11-29T02:00:00Z');
    expect(digests(e)).toHaveLength(3);
    hourly(e, '2026-11-30T02:00:00Z', 3);
    expect(
      digests(e)
        .slice(3)
        .map((m) => m.to.join(','))
        .sort(),
    ).toEqual([KABID, KADIS, PLT].sort());
  });

  it("links each late step to that official's own page, and their Tugas saya; another account is refused", () => {
    const plt = digests(e)
      .filter((m) => m.to.includes(PLT))
      .at(-1)!;
    const first = urlAfter(plt.body, `${ID} — `);
    const second = urlAfter(plt.body, `${ID2} — `);
    expect(open(e, PLT, first).title).toMatch(new RegExp(`^${ID}: `));
    const page = open(e, PLT, second);
    expect(page.title).toMatch(new RegExp(`^${ID2}: `));
    expect(page.forms.map((f) => f.button)).toContain('Disposisikan ke Subkoor');
    expect(open(e, KABID, second).title).toBe(OTHER_ACCOUNT);
    const tasks = open(e, PLT, urlAfter(plt.body, 'Buka semua tugas saya'));
    expect(tasks.title).toBe('Tugas saya');
    expect(tasks.text).toContain(ID);
    expect(tasks.text).toContain(ID2);
    expect(open(e, KADIS, urlAfter(plt.body, 'Buka semua tugas saya')).title).toBe(OTHER_ACCOUNT);
    const kadis = digests(e)
      .filter((m) => m.to.includes(KADIS))
      .at(-1)!;
    expect(kadis.body).toContain(ID);
    expect(kadis.body).not.toContain(`${ID2} — `);
    expect(kadis.body).not.toContain(encodeURIComponent(PLT));
  });
});

describe('work arriving for a role', () => {
  it('sends each official of the role one notice per hand-over, with their own Tugas saya link', () => {
    const e = e2eWorld('000-bandung');
    e.addOfficial({ email: PLT, name: 'Plt Kadis dan Kabid', roles: ['kadis', 'kabid'] });
    e.submit(validAnswers());
    walkSteps(e, ID, BANDUNG_TO_MEETING);
    const count = (email: string) => tasksMails(e, email).length;
    expect([KADIS, KABID, PLT, SUBKOOR, 'operator@kominfo.go.id'].map(count)).toEqual([1, 1, 2, 1, 1]);
    const [mail] = tasksMails(e, SUBKOOR);
    const tasks = open(e, SUBKOOR, urlAfter(mail.body, 'Buka semua tugas saya'));
    expect(tasks.title).toBe('Tugas saya');
    expect(open(e, KABID, urlAfter(mail.body, 'Buka semua tugas saya')).title).toBe(OTHER_ACCOUNT);
  });
});

/** The admin saves `email`'s WhatsApp number in the settings wizard (the other fields as they are). */
function setWhatsApp(e: E2E, email: string, number: string): PeopleSaveResultDto {
  e.as(ADMIN);
  const people = ok(
    e.app.callFromClient<Result<{ sections: Array<{ rows: Array<{ key: string; values: Record<string, string> }> }> }>>(
      'getPeople',
    ),
  );
  const row = people.sections[0].rows.find((r) => r.key === email)!;
  const dto = { section: 'pengguna', key: email, values: { ...row.values, whatsapp: number } };
  return ok(e.app.callFromClient<Result<PeopleSaveResultDto>>('savePeopleRow', dto));
}

const tells = (links: Array<{ label: string; url: string }>) =>
  links.filter((l) => l.label.startsWith('Kabari lewat WhatsApp'));

describe('WhatsApp numbers in Pengguna', () => {
  it('an office whose Pengguna has no WhatsApp column yet gets it when the admin saves a number', () => {
    const e = e2eWorld('000-bandung');
    expect(setWhatsApp(e, KABID, '0813-2222-3333').saved).toBe(true);
    const at = e.sheet('Pengguna')[0].indexOf('WhatsApp');
    e.ws.acl.manualEdit(e.product.office, { sheet: 'Pengguna', range: `${String.fromCharCode(65 + at)}1` }, [['']]);
    expect(e.sheet('Pengguna')[0]).not.toContain('WhatsApp');
    expect(setWhatsApp(e, 'operator@kominfo.go.id', '0813 6666 7777').saved).toBe(true);
    const [head, ...rows] = e.sheet('Pengguna');
    expect(rows.find((r) => r[0] === 'operator@kominfo.go.id')?.[head.indexOf('WhatsApp')]).toBe('+6281366667777');
    const kabid = rows.find((r) => r[0] === KABID)!;
    expect(kabid[head.indexOf('WhatsApp')]).toBe('');
    expect(kabid[at]).toBe('+6281322223333');
    e.submit(validAnswers());
    expect(stepAs(e, 'kadis', ID, 'disposisi').detail.status).toMatch(/Kepala Bidang/);
  });
});

describe('Kabari lewat WhatsApp', () => {
  const e = e2eWorld('000-bandung');

  it('keeps the number in Pengguna as text, and refuses one that is not an Indonesian mobile', () => {
    expect(setWhatsApp(e, KABID, '0813-2222-3333').saved).toBe(true);
    expect(setWhatsApp(e, SUBKOOR, '+62 813 4444 5555').saved).toBe(true);
    const bad = setWhatsApp(e, KADIS, '=IMPORTXML("x")');
    expect(bad).toMatchObject({ saved: false, errors: { whatsapp: expect.stringMatching(/nomor ponsel Indonesia/) } });
    const [head, ...rows] = e.sheet('Pengguna');
    const at = head.indexOf('WhatsApp');
    expect(rows.find((r) => r[0] === KABID)?.[at]).toBe('+6281322223333');
    expect(rows.find((r) => r[0] === KADIS)?.[at]).toBe('');
  });

  it('offers nothing while the office has not turned WhatsApp on', () => {
    e.submit(validAnswers());
    expect(tells(stepAs(e, 'kadis', ID, 'disposisi').detail.whatsapp)).toEqual([]);
  });

  it("gives the official who acted a chat link per next official, carrying only that official's own link", () => {
    writeSettingByHand(e.product, WA_SETTING, 'Ya');
    e.submit(validAnswers());
    const [tell, ...more] = tells(stepAs(e, 'kadis', ID2, 'disposisi').detail.whatsapp);
    expect(more).toEqual([]);
    expect(tell.label).toMatch(/^Kabari lewat WhatsApp: Petugas Kabid .* \(.*\)$/);
    const url = new URL(tell.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/6281322223333');
    const text = url.searchParams.get('text') ?? '';
    expect(text).toContain(ID2);
    expect(text).toContain('Dinas Pendidikan');
    expect(text).not.toMatch(/balas email/i);
    expect(text).not.toContain('siti@disdik.go.id');
    expect(text).not.toContain('3456');
    expect(text).not.toContain(encodeURIComponent(KADIS));
    const links = [...text.matchAll(/https:\/\/\S+/g)].map((m) => m[0]);
    expect(links).toEqual([phoneLinkIn(e, KABID, ID2)]);
    expect(open(e, KADIS, links[0]).title).toBe(OTHER_ACCOUNT);
    const page = open(e, KABID, links[0]);
    expect(page.title).toMatch(new RegExp(`^${ID2}: `));
    const done = press(e, KABID, formNamed(page, 'Disposisikan ke Subkoor'));
    expect(done.title).toBe('Tercatat');
    const [next] = tells(done.links);
    expect(next.url).toMatch(/^https:\/\/wa\.me\/6281344445555\?text=/);
    const nextText = new URL(next.url).searchParams.get('text') ?? '';
    expect([...nextText.matchAll(/https:\/\/\S+/g)].map((m) => m[0])).toEqual([phoneLinkIn(e, SUBKOOR, ID2)]);
    expect(tells(stepAs(e, 'subkoor', ID2, 'terima').detail.whatsapp)).toEqual([]);
  });
});
