/**
 * Issue 18 on the built bundles: the Kadis and Kabid of Bandung act only through the private links
 * in their mails (the Kadis from a phone not signed in to Google, proven by a mailed code; the Kabid
 * signed in to the office's Google domain), the Subkoor and operator through the sidebar.
 */
import { validAnswers } from '../fixtures/answers';
import { historyOf, rowOf } from '../proof/kit';
import { codeMailedTo, formNamed, open, phoneLinkIn, press, type Page } from './phone-kit';
import { checkHistory, e2eWorld, ok, stepAs, type E2E } from './world';

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

describe('"Tugas saya" on the phone', () => {
  it('the Kadis proves the phone once and clears every waiting disposition in one sitting', () => {
    const e = e2eWorld('000-bandung');
    for (const day of ['2026-12-07', '2026-12-08', '2026-12-09']) e.submit(validAnswers({ 'Tanggal kegiatan': day }));
    const first = open(e, null, phoneLinkIn(e, KADIS, ID));
    const tasksUrl = first.links.find((l) => l.label === 'Tugas saya')!.url;
    const unproven = open(e, null, tasksUrl);
    expect(unproven.text).toContain('3 permohonan menunggu tindakan Anda');
    const asked = press(e, null, formNamed(unproven, 'Kirim kode ke email saya'));
    const tasks = press(e, null, formNamed(asked, 'Masuk dengan kode'), { k: codeMailedTo(e, KADIS) });
    const links = tasks.links.filter((l) => /^VC-2026-000\d/.test(l.label));
    expect(links.map((l) => l.label.slice(0, 12))).toEqual(['VC-2026-0001', 'VC-2026-0002', 'VC-2026-0003']);
    for (const l of links) {
      const page = open(e, null, l.url);
      expect(press(e, null, formNamed(page, DISPOSE_KADIS)).title).toBe('Tercatat');
    }
    expect(['VC-2026-0001', 'VC-2026-0002', 'VC-2026-0003'].map((id) => rowStep(e, id))).toEqual(
      Array(3).fill(expect.stringMatching(/Kepala Bidang/)),
    );
    expect(open(e, null, tasksUrl).text).toContain('0 permohonan menunggu tindakan Anda');
  });
});

describe('the phone offers what the sidebar offers, with the same inputs', () => {
  const SUBKOOR = 'subkoor@kominfo.go.id';

  /** The Subkoor's phone page of `id` at its current step, reached through their "Tugas saya". */
  function subkoorPage(e: E2E, id: string): Page {
    const tasksUrl = open(e, SUBKOOR, phoneLinkIn(e, SUBKOOR, id)).links.find((l) => l.label === 'Tugas saya')!.url;
    const link = open(e, SUBKOOR, tasksUrl).links.find((l) => l.label.startsWith(id))!;
    return open(e, SUBKOOR, link.url);
  }

  function atPermission(e: E2E, id: string): void {
    stepAs(e, 'kadis', id, 'disposisi');
    stepAs(e, 'kabid', id, 'disposisi');
    stepAs(e, 'subkoor', id, 'terima');
  }

  it('the buttons are the sidebar’s; an alternative time and a reason go through as the sidebar sends them', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.submit(validAnswers({ 'Tanggal kegiatan': '2026-12-08' }));
    atPermission(e, ID);
    atPermission(e, 'VC-2026-0002');
    e.as(SUBKOOR);
    const sidebar = ok(e.detail(ID)).actions.map((a) => a.label);
    const page = subkoorPage(e, ID);
    expect(page.forms.map((f) => f.button)).toEqual(sidebar);
    expect(page.html).toMatch(/name="altDate" type="date" required/);
    const offered = press(e, SUBKOOR, formNamed(page, 'Tawarkan Waktu Lain ke Pemohon'), {
      altDate: '2026-12-01',
      altStart: '13:00',
      altEnd: '14:30',
    });
    expect(offered.title).toBe('Tercatat');
    expect(ok(e.detail(ID)).stepLabel).toMatch(/jawaban pemohon/i);
    const second = subkoorPage(e, 'VC-2026-0002');
    const refused = press(e, SUBKOOR, formNamed(second, 'Tidak Diizinkan'));
    expect(refused.text).toMatch(/memerlukan: .*(alasan|catatan)/i);
    expect(rowStep(e, 'VC-2026-0002')).toMatch(/Izin/);
    const rejected = press(e, SUBKOOR, formNamed(second, 'Tidak Diizinkan'), { note: 'Akun Zoom penuh pada jam itu.' });
    expect(rejected.title).toBe('Tercatat');
    expect(rowStep(e, 'VC-2026-0002')).toBe('Ditolak');
  });

  it('the operator is chosen from the same list as in the sidebar', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    atPermission(e, ID);
    stepAs(e, 'subkoor', ID, 'setujui');
    const page = subkoorPage(e, ID);
    expect(page.html).toContain('<option value="operator@kominfo.go.id">Petugas Operator</option>');
    const done = press(e, SUBKOOR, formNamed(page, 'Tunjuk Operator'), { operator: 'operator@kominfo.go.id' });
    expect(done.title).toBe('Tercatat');
    expect(rowOf(e).Operator).toBe('operator@kominfo.go.id');
  });

  it('two holders of a role each get their own link, which opens only for them', () => {
    const e = e2eWorld('000-bandung');
    e.addOfficial({ email: 'kadis2@kominfo.go.id', name: 'Kadis Kedua', roles: ['kadis'] });
    e.submit(validAnswers());
    const mine = phoneLinkIn(e, KADIS, ID);
    const theirs = phoneLinkIn(e, 'kadis2@kominfo.go.id', ID);
    expect(mine).not.toBe(theirs);
    expect(open(e, 'kadis2@kominfo.go.id', mine).title).toBe('Tautan untuk petugas lain');
    expect(open(e, 'kadis2@kominfo.go.id', theirs).forms.map((f) => f.button)).toEqual([DISPOSE_KADIS]);
  });
});

describe('applicant text on a phone page', () => {
  it('is shown as typed, never as markup', () => {
    const e = e2eWorld('000-bandung');
    const title = '<script>alert("x")</script> & <b>Rapat</b>';
    e.submit(validAnswers({ 'Judul kegiatan': title }));
    const page = open(e, KADIS, phoneLinkIn(e, KADIS, ID));
    expect(page.html).not.toContain('<script>');
    expect(page.html).not.toContain('<b>Rapat</b>');
    expect(page.text).toContain(title);
  });
});
