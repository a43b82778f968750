/**
 * Issue 18 on the built bundles: what an official's phone link refuses. Opening changes nothing;
 * another signed-in account, a forwarded link without the mailed code, a tampered, expired or
 * replayed link, and a step someone else did are all answered in Indonesian and act on nothing.
 */
import { validAnswers } from '../fixtures/answers';
import { codeMailedTo, formNamed, open, phoneLinkIn, press } from './phone-kit';
import { e2eWorld, stepAs, type E2E } from './world';

const ID = 'VC-2026-0001';
const KADIS = 'kadis@kominfo.go.id';
const KABID = 'kabid@kominfo.go.id';
const DISPOSE_KADIS = 'Disposisikan ke Kepala Bidang';
const DISPOSE_KABID = 'Disposisikan ke Subkoor';

/** Everything a refused page hit must leave as it was: the Register, Riwayat and the outbox. */
function fingerprint(e: E2E): string {
  return JSON.stringify([e.sheet('Register'), e.sheet('Riwayat'), e.ws.mail.outbox.length]);
}

describe('what a phone link refuses', () => {
  const e = e2eWorld('000-bandung');
  e.submit(validAnswers());
  const link = phoneLinkIn(e, KADIS, ID);
  const signedIn = open(e, KADIS, link);
  const disposeForm = formNamed(signedIn, DISPOSE_KADIS);

  it('a GET changes nothing, even with the action in its query (mail scanners follow links)', () => {
    const before = fingerprint(e);
    const page = open(e, null, `${link}&a=aksi&x=disposisi`);
    open(e, KADIS, `${link}&a=aksi&x=disposisi`);
    expect(page.forms.map((f) => f.button)).toEqual(['Kirim kode ke email saya']);
    expect(fingerprint(e)).toBe(before);
  });

  it('another signed-in account of the office sees and does nothing', () => {
    const before = fingerprint(e);
    const seen = open(e, KABID, link);
    expect(seen.title).toBe('Tautan untuk petugas lain');
    expect(seen.text).not.toContain('Siti Rahma');
    expect(press(e, KABID, disposeForm).title).toBe('Tautan untuk petugas lain');
    expect(fingerprint(e)).toBe(before);
  });

  it('a forwarded link on a phone without the code cannot act, nor with a wrong code', () => {
    const before = fingerprint(e);
    const page = press(e, null, disposeForm);
    expect(page.text).toContain('Masukkan kode dari email Anda sebelum bertindak.');
    const asked = press(e, null, formNamed(page, 'Kirim kode ke email saya'));
    const mails = e.ws.mail.outbox.length;
    const again = press(e, null, formNamed(asked, 'Kirim kode baru'));
    expect(again.text).toContain('Kode baru saja dikirim.');
    expect(e.ws.mail.outbox.length).toBe(mails);
    const wrong = codeMailedTo(e, KADIS) === '000000' ? '111111' : '000000';
    const refused = press(e, null, formNamed(asked, 'Masuk dengan kode'), { k: wrong });
    expect(refused.text).toContain('Kode salah. Sisa percobaan: 4.');
    expect(refused.forms.map((f) => f.button)).not.toContain(DISPOSE_KADIS);
    expect(fingerprint(e).replace(/,\d+\]$/, '')).toBe(before.replace(/,\d+\]$/, ''));
  });

  it('a tampered link (another request, step or official) gets the one "not valid" page', () => {
    const before = fingerprint(e);
    const tampered = [
      link.replace(encodeURIComponent(KADIS), encodeURIComponent(KABID)),
      link.replace('disposisi_kadis', 'disposisi_kabid'),
      link.replace(/t=[0-9a-f]+/, 't=0123456789abcdef0123456789abcdef'),
    ];
    for (const url of tampered) expect(open(e, KABID, url).title).toBe('Tautan tidak berlaku');
    const forged = { ...disposeForm, fields: { ...disposeForm.fields, r: disposeForm.fields.r.replace(KADIS, KABID) } };
    expect(press(e, KABID, forged).title).toBe('Tautan tidak berlaku');
    expect(fingerprint(e)).toBe(before);
  });

  it('the press acts once: a replay says it was done, by whom', () => {
    expect(press(e, KADIS, disposeForm).title).toBe('Tercatat');
    const before = fingerprint(e);
    const again = press(e, KADIS, disposeForm);
    expect(again.title).toBe('Langkah sudah selesai');
    expect(again.text).toContain('sudah dikerjakan oleh Anda sendiri');
    expect(open(e, KADIS, link).text).toContain('sudah dikerjakan oleh Anda sendiri');
    expect(fingerprint(e)).toBe(before);
  });

  it('a step done by someone else (the sidebar) is said so on the link', () => {
    const kabidLink = phoneLinkIn(e, KABID, ID);
    const form = formNamed(open(e, KABID, kabidLink), DISPOSE_KABID);
    e.addOfficial({ email: 'plh.kabid@kominfo.go.id', name: 'Plh Kabid', roles: ['kabid'] });
    stepAs(e, 'plh.kabid', ID, 'disposisi');
    const before = fingerprint(e);
    const page = press(e, KABID, form);
    expect(page.text).toContain('sudah dikerjakan oleh Plh Kabid');
    expect(fingerprint(e)).toBe(before);
  });

  it('an expired link (three days) gets the "not valid" page', () => {
    const f = e2eWorld('000-bandung');
    f.submit(validAnswers());
    const url = phoneLinkIn(f, KADIS, ID);
    f.ws.clock.advance(3 * 24 * 60 * 60 * 1000 + 60 * 1000);
    const before = fingerprint(f);
    expect(open(f, KADIS, url).title).toBe('Tautan tidak berlaku');
    expect(fingerprint(f)).toBe(before);
  });
});
