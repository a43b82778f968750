/**
 * The applicant's status page (app/status-page.ts): the answers of its buttons on POST (accept an
 * offered time, cancel, anything else), and its signed links; every wrong link gets the same page.
 */
import { createHmac } from 'crypto';
import { acceptOffer } from '../../src/app/applicant-answer';
import { routePage } from '../../src/app/page-router';
import { statusRoute, STATUS_PAGE } from '../../src/app/status-page';
import { pageQuery, pageSigner, type PageClaim } from '../../src/core/page-token';
import type { TestWorld } from './fakes';
import { fact, forms, notice, offer, rowOf, snapshot, SELF, statusSetup as setup, story } from './fakes-applicant';

const INVALID = 'Tautan tidak berlaku';

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
