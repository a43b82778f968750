/**
 * The step page of an official's private link (app/phone-pages.ts), opened with GET: who sees what
 * (the official signed in, a proven device, an unknown device, another account), the request's
 * essentials escaped, and the plain answers when the link no longer leads anywhere. GET writes nothing.
 */
import { performStep } from '../../src/app/act';
import { stepClaim } from '../../src/core/official-link';
import { pageLink } from '../../src/core/page-token';
import { historyRecord } from '../../src/core/history';
import { formsOf, ID, linksOf, paramsOf, phoneOffice, SELF } from './fakes-phone-pages';

const KADIS = 'kadis@kominfo.go.id';
const STEP_TITLE =
  'VC-2026-0001: Kepala Dinas menerima surat permohonan dari Instansi/pemohon dan mendisposisikan kepada kepala bidang';
const TASKS_ONLY = (email: string) => ({ p: 'tugas', r: email });

/** A link of KADIS to `requestId` at `stepId`/`version` (to name something the register does not hold). */
function linkTo(o: ReturnType<typeof phoneOffice>, requestId: string, stepId: string, version: number) {
  const claim = stepClaim({ requestId, stepId, email: KADIS, version }, o.w.now.t);
  return paramsOf(pageLink(SELF, o.signer, claim));
}

describe('the step page (GET)', () => {
  it("shows the signed-in official the request's essentials, their actions and the short history", () => {
    const o = phoneOffice();
    o.state.visitor = KADIS;
    const link = o.stepParams(KADIS);
    const before = JSON.stringify([o.w.register.rows, o.w.history.records]);
    const page = o.visit('get', link, { junk: 'x', a: 'aksi' });
    expect(page.title).toBe(STEP_TITLE);
    expect(page.html).toContain('<tr><th scope="row">Kegiatan</th><td>Rapat Koordinasi PPDB</td></tr>');
    expect(page.html).toContain('<tr><th scope="row">Pemohon</th><td>Siti Rahma, Kepala Bidang</td></tr>');
    expect(formsOf(page)).toEqual([{ p: 'langkah', r: link.r, u: link.u, t: link.t, a: 'aksi', x: 'disposisi' }]);
    expect(page.html).toContain('<button type="submit">Disposisikan ke Kepala Bidang</button>');
    expect(page.html).toContain('<li>23 November 2026 pukul 09.00 WIB: formulir diterima, oleh Siti Rahma</li>');
    expect(page.html).not.toContain('role="status"');
    const [[label, url]] = linksOf(page);
    expect(label).toBe('Tugas saya');
    expect(paramsOf(url)).toMatchObject(TASKS_ONLY(KADIS));
    expect(paramsOf(url)).not.toHaveProperty('dv');
    expect(JSON.stringify([o.w.register.rows, o.w.history.records])).toBe(before);
  });

  it("escapes the applicant's text", () => {
    const o = phoneOffice({}, { 'Judul kegiatan': '<b>Rapat</b> & "Kopi"', 'Nama pemohon': '<i>Siti</i>' });
    o.state.visitor = KADIS;
    const page = o.visit('get', o.stepParams(KADIS));
    expect(page.html).toContain('<td>&lt;b&gt;Rapat&lt;/b&gt; &amp; &quot;Kopi&quot;</td>');
    expect(page.html).toContain('&lt;i&gt;Siti&lt;/i&gt;');
    expect(page.html).not.toMatch(/<b>|<i>/);
  });

  it('asks an unknown device for a code instead of showing actions, and gives no device to its links', () => {
    const o = phoneOffice();
    const link = o.stepParams(KADIS);
    const page = o.visit('get', link);
    expect(page.title).toBe(STEP_TITLE);
    expect(page.html).toContain(
      '<p>Perangkat ini belum dikenal. Sebelum bertindak, minta kode sekali pakai yang dikirim ke email Anda sendiri.</p>',
    );
    expect(formsOf(page)).toEqual([{ p: 'langkah', r: link.r, u: link.u, t: link.t, a: 'kode_kirim' }]);
    expect(page.html).toContain('Kirim kode ke email saya');
    expect(page.html).not.toContain('role="alert"');
    expect(paramsOf(linksOf(page)[0][1])).not.toHaveProperty('dv');
  });

  it('shows a proven device its actions, carrying the device on every form and on Tugas saya', () => {
    const o = phoneOffice();
    const link = o.stepParams(KADIS);
    o.visit('post', link, { a: 'kode_kirim' });
    const proven = o.visit('post', link, { a: 'kode_cek', k: '246810' });
    const device = { dv: formsOf(proven)[0].dv, dt: formsOf(proven)[0].dt };
    expect(device.dt).toMatch(/^[0-9a-f]{32}$/);
    const page = o.visit('get', { ...link, ...device });
    expect(formsOf(page)).toEqual([{ ...link, ...device, a: 'aksi', x: 'disposisi' }]);
    expect(paramsOf(linksOf(page)[0][1])).toMatchObject({ ...TASKS_ONLY(KADIS), ...device });
    expect(formsOf(o.visit('get', { ...link, ...device, dt: 'palsu' }))).toEqual([{ ...link, a: 'kode_kirim' }]);
  });

  it('shows nothing to another signed-in account', () => {
    const o = phoneOffice();
    o.state.visitor = 'kabid@kominfo.go.id';
    expect(o.visit('get', o.stepParams(KADIS))).toEqual({
      title: 'Tautan untuk petugas lain',
      html: expect.stringContaining(
        '<p>Tautan ini dibuat untuk petugas lain. Anda masuk ke Google sebagai kabid@kominfo.go.id, jadi tidak ada yang ditampilkan atau dijalankan. Buka tautan dari email Anda sendiri.</p>',
      ),
    });
  });

  it('refuses an official the Pengguna sheet no longer lets act', () => {
    const o = phoneOffice();
    o.state.visitor = KADIS;
    o.w.users.find((u) => u.email === KADIS)!.active = false;
    const page = o.visit('get', o.stepParams(KADIS));
    expect(page.title).toBe('Tidak dapat bertindak');
    expect(page.html).toMatch(/<p>Akun kadis@kominfo\.go\.id dinonaktifkan di sheet Pengguna\.<\/p>$/);
  });

  it('says the link is not valid for a malformed reference or a request that does not exist', () => {
    const o = phoneOffice();
    o.state.visitor = KADIS;
    const bad = paramsOf(pageLink(SELF, o.signer, { page: 'langkah', ref: `${ID}|disposisi_kadis`, until: 2e12 }));
    expect(o.visit('get', bad).title).toBe('Tautan tidak berlaku');
    expect(o.visit('get', linkTo(o, 'VC-2026-0099', 'disposisi_kadis', 1)).title).toBe('Tautan tidak berlaku');
  });
});

describe('a step link that no longer leads anywhere', () => {
  const after = (o: ReturnType<typeof phoneOffice>, email: string) => {
    o.w.as(email);
    o.w.now.t = new Date(o.w.now.t.getTime() + 5 * 60_000);
    expect(performStep(o.w.deps, { requestId: ID, action: 'disposisi', expectedVersion: 1, input: {} }).ok).toBe(true);
  };

  it('names who did the step and when: the official themself, or another holder', () => {
    const o = phoneOffice();
    o.w.users.push({ ...o.w.users.find((u) => u.email === KADIS)!, email: 'wakil@kominfo.go.id', name: 'Wakil' });
    const mine = o.stepParams(KADIS);
    const theirs = o.stepParams('wakil@kominfo.go.id');
    after(o, KADIS);
    const page = o.visit('get', mine);
    expect(page.title).toBe('Langkah sudah selesai');
    expect(page.html).toContain(
      '<p>Langkah ini sudah dikerjakan oleh Anda sendiri pada 23 November 2026 pukul 09.05 WIB. Tidak ada yang perlu dilakukan lagi dari tautan ini.</p>',
    );
    expect(linksOf(page).map(([l, u]) => [l, paramsOf(u).r])).toEqual([['Tugas saya', KADIS]]);
    expect(o.visit('get', theirs).html).toContain(
      '<p>Langkah ini sudah dikerjakan oleh Petugas Kepala Dinas pada 23 November 2026 pukul 09.05 WIB.',
    );
  });

  it('names the latest action from the step, compares emails without case, and ignores other kinds of rows', () => {
    const o = phoneOffice();
    o.w.users.push({ ...o.w.users.find((u) => u.email === KADIS)!, email: 'wakil@kominfo.go.id', name: 'Wakil' });
    const mine = o.stepParams(KADIS);
    after(o, 'wakil@kominfo.go.id');
    const row = { requestId: ID, fromStep: 'disposisi_kadis', toStep: 'disposisi_kabid', action: 'disposisi' };
    o.w.history.append([
      historyRecord({ ...row, at: '2026-11-23T02:30:00Z', kind: 'aksi', actorEmail: 'wakil@kominfo.go.id' }),
      historyRecord({ ...row, at: '2026-11-23T03:00:00Z', kind: 'aksi', actorEmail: 'KADIS@kominfo.go.id' }),
      historyRecord({ ...row, at: '2026-11-23T04:00:00Z', kind: 'sistem', actorLabel: 'Layanan Vicon' }),
      historyRecord({
        ...row,
        at: '2026-11-23T04:30:00Z',
        kind: 'aksi',
        fromStep: 'izin_subkoor',
        actorLabel: 'Subkoor',
      }),
    ]);
    expect(o.visit('get', mine).html).toContain('oleh Anda sendiri pada 23 November 2026 pukul 10.00 WIB.');
  });

  it('says the request left the step when nobody acted from it, and that it changed when only the version moved', () => {
    const o = phoneOffice();
    o.state.visitor = KADIS;
    expect(o.visit('get', linkTo(o, ID, 'izin_subkoor', 1)).html).toContain(
      '<p>Permohonan ini sudah tidak berada pada langkah tersebut.</p>',
    );
    const changed = o.visit('get', linkTo(o, ID, 'disposisi_kadis', 0));
    expect(changed.title).toBe('Langkah sudah selesai');
    expect(changed.html).toContain(
      '<p>Permohonan ini sudah berubah sejak tautan ini dibuat. Buka &quot;Tugas saya&quot; untuk tautan yang terbaru.</p>',
    );
  });
});
