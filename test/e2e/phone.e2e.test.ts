/**
 * Issue 18 on the built bundles: the Kadis and Kabid of Bandung act only through the private links
 * in their mails (the Kadis from a phone not signed in to Google, proven by a mailed code; the Kabid
 * signed in to the office's Google domain), the Subkoor and operator through the sidebar.
 */
import { validAnswers } from '../fixtures/answers';
import { historyOf, rowOf } from '../proof/kit';
import { codeMailedTo, formNamed, open, phoneLinkIn, press, type Page } from './phone-kit';
import { checkHistory, e2eWorld, stepAs, type E2E } from './world';

const ID = 'VC-2026-0001';
const KADIS = 'kadis@kominfo.go.id';
const KABID = 'kabid@kominfo.go.id';
const DISPOSE_KADIS = 'Disposisikan ke Kepala Bidang';
const DISPOSE_KABID = 'Disposisikan ke Subkoor';

function rowStep(e: E2E, id = ID): string {
  return String(rowOf(e, id).Status);
}

/** One Riwayat column of the request's action entries. */
function riwayat(e: E2E, header: string): string[] {
  const [head, ...rows] = e.sheet('Riwayat');
  const at = (h: string) => head.indexOf(h);
  return rows
    .filter((r) => r[at('Nomor Permohonan')] === ID && r[at('Jenis')] === 'aksi')
    .map((r) => String(r[at(header)]));
}

/** The Kadis's phone (not signed in to Google) proves itself with the mailed code on `page`. */
function proveWithCode(e: E2E, page: Page): Page {
  const asked = press(e, null, formNamed(page, 'Kirim kode ke email saya'));
  expect(asked.text).toContain('Kode 6 angka sudah dikirim ke email Anda');
  return press(e, null, formNamed(asked, 'Masuk dengan kode'), { k: codeMailedTo(e, KADIS) });
}

describe('officials act from their phones (Bandung)', () => {
  it('Kadis and Kabid through their links, Subkoor and operator through the sidebar, to the end', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    const kadisLink = phoneLinkIn(e, KADIS, ID);
    const first = open(e, null, kadisLink);
    expect(first.title).toMatch(new RegExp(`^${ID}: Kepala Dinas`));
    expect(first.text).toContain('Siti Rahma');
    expect(first.text).toContain('Dinas Pendidikan');
    expect(first.forms.map((f) => f.button)).toEqual(['Kirim kode ke email saya']);
    expect(first.text).not.toContain('siti@disdik.go.id');
    const proven = proveWithCode(e, first);
    expect(proven.forms.map((f) => f.button)).toEqual([DISPOSE_KADIS]);
    const done = press(e, null, formNamed(proven, DISPOSE_KADIS));
    expect(done.title).toBe('Tercatat');
    expect(rowStep(e)).toMatch(/Kepala Bidang/);
    const kabidPage = open(e, KABID, phoneLinkIn(e, KABID, ID));
    expect(kabidPage.forms.map((f) => f.button)).toEqual([DISPOSE_KABID]);
    expect(press(e, KABID, formNamed(kabidPage, DISPOSE_KABID)).title).toBe('Tercatat');
    stepAs(e, 'subkoor', ID, 'terima');
    stepAs(e, 'subkoor', ID, 'setujui');
    stepAs(e, 'subkoor', ID, 'tugaskan_operator', { operator: 'operator@kominfo.go.id' });
    stepAs(e, 'operator', ID, 'buat_rapat');
    stepAs(e, 'operator', ID, 'kirim_tautan');
    expect(stepAs(e, 'operator', ID, 'selesai').detail.status).toBe('Selesai');
    const actions = historyOf(e).filter((h) => h.kind === 'aksi');
    expect(actions.map((h) => h.action)).toEqual([
      'disposisi',
      'disposisi',
      'terima',
      'setujui',
      'tugaskan_operator',
      'buat_rapat',
      'kirim_tautan',
      'selesai',
    ]);
    const by = riwayat(e, 'Oleh').filter((b) => b !== '');
    expect(by.filter((b) => b.endsWith('(via ponsel)'))).toEqual([
      'Petugas Kepala Dinas (via ponsel)',
      'Petugas Kabid Diseminasi (via ponsel)',
    ]);
    expect(checkHistory(e)).toMatch(/Riwayat utuh/);
  });
});
