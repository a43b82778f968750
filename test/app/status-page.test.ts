/**
 * The applicant's status page (app/status-page.ts) over the use-case fakes: what the applicant reads
 * on GET (facts, what it waits for, the story, the meeting once sent, offered times, the cancel
 * button), and the answers of its buttons on POST; every wrong link gets the same page.
 */
import { createHmac } from 'crypto';
import { acceptOffer } from '../../src/app/applicant-answer';
import { routePage } from '../../src/app/page-router';
import { statusRoute, STATUS_PAGE } from '../../src/app/status-page';
import { historyRecord } from '../../src/core/history';
import type { PageView } from '../../src/core/page-html';
import { pageQuery, pageSigner, type PageClaim } from '../../src/core/page-token';
import { world, type TestWorld } from './fakes';
import { click, rowOf, statusContext, submitted, trailHistory } from './fakes-applicant';

const INVALID = 'Tautan tidak berlaku';
const SELF = 'https://script.google.com/macros/s/ENGINE/exec';

/** The page's fact table as [label, value] pairs (the first table on the page). */
function facts(v: PageView): Array<[string, string]> {
  const table = /<table>(.*?)<\/table>/.exec(v.html)![1];
  return [...table.matchAll(/<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
}
const fact = (v: PageView, label: string) => facts(v).find(([k]) => k === label)?.[1];
const story = (v: PageView) =>
  [...v.html.matchAll(/<li><strong>(.*?)<\/strong>: (.*?)<\/li>/g)].map((m) => [m[1], m[2]]);
/** Each form on the page: its hidden fields and its button's label. */
function forms(v: PageView): Array<{ fields: Record<string, string>; label: string }> {
  return [...v.html.matchAll(/<form method="post" action="([^"]*)" target="_top">(.*?)<\/form>/g)].map((m) => {
    expect(m[1]).toBe(SELF);
    const fields = Object.fromEntries(
      [...m[2].matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((f) => [f[1], f[2]]),
    );
    return { fields, label: /<button[^>]*>(.*?)<\/button>/.exec(m[2])![1] };
  });
}
const notice = (v: PageView) => /^<p class="(ok|note)" role="status">(.*?)<\/p>/.exec(v.html)?.slice(1) ?? null;

function setup(over: Record<string, string> = {}) {
  const w = world();
  const id = submitted(w, over);
  const route = statusRoute(w.deps);
  const show = (ref = id) => route.show(statusContext(ref, w.now.t));
  const act = (params: Record<string, string>, ref = id) => route.act!(statusContext(ref, w.now.t, params));
  return { w, id, show, act };
}

/** Walks `id` to the Subkoor's decision and offers 1 December, 13.00–15.30. */
function offer(w: TestWorld, id: string): void {
  click(w, 'kadis', id, 'disposisi');
  click(w, 'kabid', id, 'disposisi');
  click(w, 'subkoor', id, 'terima');
  click(w, 'subkoor', id, 'tawarkan_alternatif', { alternative: { date: '2026-12-01', start: '13:00', end: '15:30' } });
}

const snapshot = (w: TestWorld) => structuredClone({ rows: w.register.rows, history: w.history.records });
const CANCEL_FORM = (id: string) => ({
  fields: { p: 'status', r: id, t: `tok-${id}`, a: 'batal' },
  label: 'Batalkan permohonan',
});

describe('status page: what the applicant reads', () => {
  it('shows a new request: its facts, who processes it, its story, a cancel button; and changes nothing', () => {
    const { w, id, show } = setup();
    const before = snapshot(w);
    const v = show();
    expect(v.title).toBe('Status permohonan VC-2026-0001');
    expect(facts(v)).toEqual([
      ['Nomor permohonan', 'VC-2026-0001'],
      ['Kegiatan', 'Rapat Koordinasi PPDB'],
      ['Waktu', 'Senin, 30 November 2026 pukul 09.00–11.30 WIB'],
      ['Status', 'Menunggu Disposisi Kepala Dinas'],
      ['Sedang menunggu', 'Diproses oleh Kepala Dinas'],
    ]);
    // The intake's notice to officials (an effect entry) is not the applicant's to see.
    expect(w.history.records.map((h) => h.kind)).toContain('efek');
    expect(story(v)).toEqual([['23 November 2026 pukul 09.00 WIB', 'Permohonan diterima.']]);
    expect(forms(v)).toEqual([CANCEL_FORM(id)]);
    expect(v.html).toContain('<textarea id="alasan" name="alasan"');
    expect(v.html).not.toContain('<h2>Tautan rapat</h2>');
    expect(v.html).not.toContain('Waktu lain yang kami tawarkan');
    expect(notice(v)).toBeNull();
    expect(snapshot(w)).toEqual(before);
  });

  it('tells the applicant when it waits for their revision, and reads the office’s time zone', () => {
    const w = world({ timeZone: 'Asia/Makassar' });
    const id = submitted(w);
    Object.assign(rowOf(w, id), { stepId: 'perbaikan', status: 'Perlu Perbaikan' });
    const v = statusRoute(w.deps).show(statusContext(id, w.now.t));
    expect(fact(v, 'Sedang menunggu')).toBe('Perbaikan dari Anda (lihat email permintaan perbaikan dari kami)');
    expect(fact(v, 'Waktu')).toBe('Senin, 30 November 2026 pukul 09.00–11.30 WITA');
    expect(story(v)[0]).toEqual(['23 November 2026 pukul 10.00 WITA', 'Permohonan diterima.']);
  });

  it('offers the times still ahead with one button each, until they pass', () => {
    const { w, id, show } = setup();
    offer(w, id);
    const v = show();
    expect(fact(v, 'Status')).toBe('Menunggu Jawaban Pemohon');
    expect(fact(v, 'Sedang menunggu')).toBe('Jawaban Anda atas waktu lain yang kami tawarkan (lihat di bawah)');
    expect(v.html).toContain('<h2>Waktu lain yang kami tawarkan</h2>');
    expect(forms(v)).toEqual([
      {
        fields: { p: 'status', r: id, t: `tok-${id}`, a: 'terima', pilihan: '2026-12-01 13:00-15:30' },
        label: 'Pilih Selasa, 1 Desember 2026 pukul 13.00–15.30 WIB',
      },
      CANCEL_FORM(id),
    ]);
    expect(story(v).map(([, t]) => t)).toEqual([
      'Permohonan diterima.',
      'Diproses oleh Kepala Dinas.',
      'Diproses oleh Kabid Diseminasi.',
      'Diproses oleh Subkoor PKIP.',
      'Kami menawarkan waktu lain kepada Anda.',
    ]);
    w.now.t = new Date('2026-12-01T06:00:00Z'); // 13.00 WIB: the offered time has come
    const late = show();
    expect(fact(late, 'Sedang menunggu')).toBe('Diproses oleh Subkoor PKIP');
    expect(late.html).not.toContain('Waktu lain yang kami tawarkan');
  });

  it('shows the meeting’s access once the link reached the applicant, and only then', () => {
    const { w, id, show } = setup();
    Object.assign(rowOf(w, id), {
      platform: 'zoom',
      joinUrl: 'https://zoom.us/j/12345678901',
      meetingId: '12345678901',
      passcode: 'abc123',
    });
    expect(show().html).not.toContain('<h2>Tautan rapat</h2>');
    w.history.append([
      historyRecord({
        at: '2026-11-24T03:00:00.000Z',
        requestId: id,
        kind: 'efek',
        action: 'mengirim tautan',
        note: 'terkirim ke siti@disdik.go.id',
        key: `${id}:v7:send_link`,
      }),
    ]);
    const v = show();
    expect(v.html).toContain(
      '<h2>Tautan rapat</h2><p><a href="https://zoom.us/j/12345678901" target="_blank" rel="noopener">Buka rapat</a></p>' +
        '<table><tr><th scope="row">Platform</th><td>Zoom</td></tr><tr><th scope="row">ID rapat</th><td>123 4567 8901</td></tr>' +
        '<tr><th scope="row">Kode sandi</th><td>abc123</td></tr></table>',
    );
    expect(story(v).at(-1)).toEqual(['24 November 2026 pukul 10.00 WIB', 'Tautan rapat dikirim kepada Anda.']);
    rowOf(w, id).platform = '';
    expect(show().html).toContain('<th scope="row">Platform</th><td>Rapat daring</td>');
    rowOf(w, id).joinUrl = '';
    expect(show().html).not.toContain('<h2>Tautan rapat</h2>');
  });

  it('shows no cancel button once the event has started, one a minute before', () => {
    const { w, id, show } = setup();
    w.now.t = new Date('2026-11-30T02:00:00Z'); // 09.00 WIB, the start
    expect(forms(show())).toEqual([]);
    w.now.t = new Date('2026-11-30T01:59:00Z');
    expect(forms(show())).toEqual([CANCEL_FORM(id)]);
  });

  it('while the request is being closed: waits for the officials, no offers, no cancel', () => {
    const { w, id, show } = setup();
    offer(w, id);
    rowOf(w, id).pending = [`close|${id}:v9:close|{}`];
    const v = show();
    expect(fact(v, 'Sedang menunggu')).toBe('Penyelesaian oleh petugas');
    expect(forms(v)).toEqual([]);
  });

  it('says the time is not clear when the row’s date cannot be read, and copes with an unknown step', () => {
    const { w, id, show } = setup();
    rowOf(w, id).eventDate = '30/11/2026';
    expect(fact(show(), 'Waktu')).toBe('belum jelas');
    rowOf(w, id).stepId = 'langkah-lama';
    const v = show();
    expect(fact(v, 'Status')).toBe('Menunggu Disposisi Kepala Dinas');
    expect(fact(v, 'Sedang menunggu')).toBeUndefined();
  });

  it('reads only the request’s own Riwayat rows (its trail), not the whole sheet', () => {
    const w = world();
    const history = trailHistory();
    w.deps.history = history;
    const id = submitted(w);
    for (let i = 0; i < 5; i++) submitted(w);
    click(w, 'kadis', id, 'disposisi');
    const own = history.records.filter((r) => r.requestId === id).length;
    expect(own).toBeLessThan(history.records.length / 2);
    history.rowsRead = 0;
    const v = statusRoute(w.deps).show(statusContext(id, w.now.t));
    expect(story(v).map(([, t]) => t)).toEqual(['Permohonan diterima.', 'Diproses oleh Kepala Dinas.']);
    expect(history.rowsRead).toBe(own);
    delete rowOf(w, id).trail; // a row from before trails: found by reading the request numbers
    history.rowsRead = 0;
    expect(story(statusRoute(w.deps).show(statusContext(id, w.now.t)))).toHaveLength(2);
    expect(history.rowsRead).toBe(history.records.length + own);
  });

  it('keeps the applicant’s own text as text', () => {
    const { show } = setup({ 'Judul kegiatan': '<img src=x onerror=alert(1)> & "rapat"' });
    const v = show();
    expect(fact(v, 'Kegiatan')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;rapat&quot;');
    expect(v.html).not.toContain('<img');
  });
});

describe('status page: its buttons', () => {
  it('accepts an offered time and shows the request at its new time, with the answer on top', () => {
    const { w, id, act } = setup();
    offer(w, id);
    const v = act({ a: 'terima', pilihan: '2026-12-01 13:00-15:30' });
    expect(notice(v)).toEqual(['ok', 'Terima kasih. Waktu pilihan Anda sudah kami catat dan jadwalnya dipesan.']);
    expect(fact(v, 'Status')).toBe('Menunggu Penunjukan Operator');
    expect(fact(v, 'Waktu')).toBe('Selasa, 1 Desember 2026 pukul 13.00–15.30 WIB');
    expect(rowOf(w, id).startTime).toBe('13:00');
  });

  it('answers a choice it cannot read as a refusal, writing nothing', () => {
    const { w, id, act } = setup();
    offer(w, id);
    const before = snapshot(w);
    expect(notice(act({ a: 'terima' }))).toEqual([
      'note',
      'Pilihan waktu tidak terbaca. Muat ulang halaman lalu pilih lagi.',
    ]);
    expect(snapshot(w)).toEqual(before);
  });

  it('cancels with the applicant’s reason, then shows the end and no more buttons', () => {
    const { w, id, act } = setup();
    const v = act({ a: 'batal', alasan: 'Acara ditunda.' });
    expect(notice(v)).toEqual(['ok', 'Permohonan VC-2026-0001 dibatalkan. Terima kasih telah memberi tahu kami.']);
    expect(fact(v, 'Status')).toBe('Dibatalkan');
    expect(fact(v, 'Sedang menunggu')).toBeUndefined();
    expect(forms(v)).toEqual([]);
    expect(story(v).map(([, t]) => t)).toEqual(['Permohonan diterima.', 'Status akhir: Dibatalkan.']);
    expect(rowOf(w, id).note).toBe('Dibatalkan oleh pemohon: Acara ditunda.');
    const before = snapshot(w);
    expect(notice(act({ a: 'batal', alasan: 'lagi' }))).toEqual([
      'note',
      'Permohonan sudah berstatus &quot;Dibatalkan&quot;.',
    ]);
    expect(snapshot(w)).toEqual(before);
  });

  it('cancels without a reason when the box was left out', () => {
    const { w, id, act } = setup();
    act({ a: 'batal' });
    expect(rowOf(w, id).note).toBe('Dibatalkan oleh pemohon: (tanpa alasan)');
  });

  it('refuses an unknown action, writing nothing', () => {
    const { w, act } = setup();
    const before = snapshot(w);
    for (const params of [{ a: 'hapus' }, {}] as Array<Record<string, string>>)
      expect(notice(act(params))).toEqual(['note', 'Tindakan tidak dikenal. Muat ulang halaman.']);
    expect(snapshot(w)).toEqual(before);
  });
});

describe('status page: links', () => {
  const signer = pageSigner((m, s) => [...createHmac('sha256', s).update(m).digest()], 's'.repeat(40));
  const hit = (w: TestWorld, claim: PageClaim, extra: Record<string, string> = {}, method: 'get' | 'post' = 'get') =>
    routePage({ [STATUS_PAGE]: statusRoute(w.deps) }, signer, {
      method,
      params: { ...Object.fromEntries(new URLSearchParams(pageQuery(claim, signer.sign(claim)))), ...extra },
      selfUrl: SELF,
      now: w.now.t,
    });

  it('opens for its signed link, whose buttons carry the same signed parameters back', () => {
    const { w, id } = setup();
    const v = hit(w, { page: 'status', ref: id });
    expect(v.title).toBe('Status permohonan VC-2026-0001');
    const [cancel] = forms(v);
    expect(cancel.fields).toEqual({ p: 'status', r: id, t: signer.sign({ page: 'status', ref: id }), a: 'batal' });
    const done = hit(w, { page: 'status', ref: id }, { a: 'batal', alasan: 'Batal.' }, 'post');
    expect(notice(done)).toEqual(['ok', 'Permohonan VC-2026-0001 dibatalkan. Terima kasih telah memberi tahu kami.']);
  });

  it('answers an expired link, another request’s token, a request gone or a flow unknown with the same page', () => {
    const { w, id } = setup();
    expect(hit(w, { page: 'status', ref: id, until: w.now.t.getTime() - 1 }).title).toBe(INVALID);
    const forged = hit(w, { page: 'status', ref: 'VC-2026-0002' }, { r: id });
    expect(forged.title).toBe(INVALID);
    expect(hit(w, { page: 'status', ref: 'VC-2026-0999' }).title).toBe(INVALID);
    const before = snapshot(w);
    expect(hit(w, { page: 'status', ref: 'VC-2026-0999' }, { a: 'batal' }, 'post').title).toBe(INVALID);
    rowOf(w, id).presetId = '999-hilang';
    expect(hit(w, { page: 'status', ref: id }).title).toBe(INVALID);
    expect(hit(w, { page: 'status', ref: id }, { a: 'batal' }, 'post').title).toBe(INVALID);
    expect(snapshot(w).history).toEqual(before.history);
  });
});

describe('status page and the answer use case agree', () => {
  it('a second accept of the same time is refused on the page as by the use case', () => {
    const { w, id, act } = setup();
    offer(w, id);
    act({ a: 'terima', pilihan: '2026-12-01 13:00-15:30' });
    const direct = acceptOffer(w.deps, id, '2026-12-01 13:00-15:30');
    expect(direct.ok).toBe(false);
    const v = act({ a: 'terima', pilihan: '2026-12-01 13:00-15:30' });
    expect(notice(v)).toEqual(['note', direct.ok ? '' : direct.error]);
  });
});
