import { letterHandlers } from '../../src/app/letters';
import type { VcRequest } from '../../src/core/request';
import { ID, effect, letterWorld, tarakan } from './fakes-letters';

const NUMBER = '1/555/Diskominfo/XI/2026';
const DRAFT_URL = `https://docs/${ID}/persetujuan`;

describe('draft_letter', () => {
  it('makes the draft of the kind in lower case in its note and leaves the number empty', () => {
    const { w, docs, numbers, ctx } = letterWorld();
    const h = letterHandlers(ctx);
    const r = w.register.rows[0];
    expect(h.draft_letter!({ request: r, preset: tarakan, effect: effect('draft_letter') })).toEqual({
      status: 'done',
      note: `draf surat persetujuan dibuat: ${DRAFT_URL}`,
      request: { ...r, replyLetterUrl: DRAFT_URL },
    });
    expect(
      h.draft_letter!({
        request: r,
        preset: tarakan,
        effect: effect('draft_letter', { kind: 'jadwal_penuh', note: 'Semua akun Zoom terpakai' }),
      }),
    ).toMatchObject({ status: 'done', note: `draf surat jadwal penuh dibuat: https://docs/${ID}/jadwal_penuh` });
    expect(docs.drafts.get(`${ID}|persetujuan`)).toContain('Nomor\t: (nomor diberikan saat surat ditandatangani)');
    expect(numbers.rows).toEqual([]);
  });

  it('does not redraft once the request has left the step the effect was for', () => {
    const { w, docs, ctx } = letterWorld();
    const h = letterHandlers(ctx);
    const r: VcRequest = { ...w.register.rows[0], stepId: 'kirim_surat' };
    expect(
      h.draft_letter!({ request: r, preset: tarakan, effect: effect('draft_letter', { toStep: 'draf_surat' }) }),
    ).toEqual({ status: 'done', note: 'langkah sudah dilewati; draf tidak dibuat ulang' });
    expect(docs.renders).toBe(0);
    const here = h.draft_letter!({
      request: r,
      preset: tarakan,
      effect: effect('draft_letter', { toStep: 'kirim_surat' }),
    });
    expect([here.status, docs.renders]).toEqual(['done', 1]);
  });

  it('voids the number already taken for this request even when the Register lost it, and only that one', () => {
    const { w, numbers, ctx } = letterWorld();
    numbers.rows.push({ number: NUMBER, year: 2026, seq: 1, void: false, requestId: ID });
    numbers.rows.push({
      number: '2/555/Diskominfo/XI/2026',
      year: 2026,
      seq: 2,
      void: false,
      requestId: 'VC-2026-0002',
    });
    const r = { ...w.register.rows[0], replyLetterNumber: '' };
    const out = letterHandlers(ctx).draft_letter!({ request: r, preset: tarakan, effect: effect('draft_letter') });
    expect(out).toMatchObject({
      status: 'done',
      note: `nomor ${NUMBER} dibatalkan (void); draf surat persetujuan dibuat: ${DRAFT_URL}`,
      request: { replyLetterNumber: '', replyLetterUrl: DRAFT_URL },
    });
    expect(numbers.rows.map((n) => [n.number, n.void, n.note])).toEqual([
      [NUMBER, true, `draf ${ID} dibuat ulang`],
      ['2/555/Diskominfo/XI/2026', false, undefined],
    ]);
  });

  it('an incomplete draft waits with every missing item named, and still links the draft', () => {
    const { w, docs, ctx } = letterWorld();
    docs.templates.persetujuan = 'Acara: {{nama_kegiatan}}\nTautan: {{tautan}}\nSandi: {{kode_sandi}}';
    const r = { ...w.register.rows[0], joinUrl: '', meetingId: '', passcode: '' };
    const out = letterHandlers(ctx).draft_letter!({ request: r, preset: tarakan, effect: effect('draft_letter') });
    expect(out).toEqual({
      status: 'pending',
      note:
        'draf surat persetujuan belum lengkap: ' +
        'Data untuk {{tautan}} belum ada; lengkapi lalu buat ulang surat. Bagian itu dikosongkan. ' +
        'Data untuk {{kode_sandi}} belum ada; lengkapi lalu buat ulang surat. Bagian itu dikosongkan.',
      request: { ...r, replyLetterUrl: DRAFT_URL },
    });
    expect(docs.drafts.get(`${ID}|persetujuan`)).toBe(`Acara: ${r.title}\nTautan: ……\nSandi: ……`);
  });

  it('a refusal letter gives the reason typed with the action, else the note in the Register', () => {
    const { w, docs, ctx } = letterWorld();
    const h = letterHandlers(ctx);
    const r = { ...w.register.rows[0], stepId: 'ditolak', note: 'Catatan di Register.' };
    h.draft_letter!({ request: r, preset: tarakan, effect: effect('draft_letter', { note: 'Ruang rapat dipakai.' }) });
    expect(docs.drafts.get(`${ID}|penolakan`)).toContain(
      'belum dapat kami fasilitasi dengan alasan: Ruang rapat dipakai.',
    );
    h.draft_letter!({ request: r, preset: tarakan, effect: effect('draft_letter', { note: '' }) });
    expect(docs.drafts.get(`${ID}|penolakan`)).toContain('dengan alasan: Catatan di Register.');
  });
});
