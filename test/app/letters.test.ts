import { performStep } from '../../src/app/act';
import { letterHandlers, letterKindOf, signingRole } from '../../src/app/letters';
import { retryPending } from '../../src/app/retry';
import type { VcRequest } from '../../src/core/request';
import { type TestWorld } from './fakes';
import { ID, effect, letterWorld as setup, tarakan } from './fakes-letters';

function act(w: TestWorld, who: string, action: string, note?: string) {
  w.as(`${who}@kominfo.go.id`);
  const r = performStep(w.deps, {
    requestId: ID,
    action,
    expectedVersion: w.register.rows[0].version,
    input: note ? { note } : {},
  });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function toDraft(w: TestWorld): void {
  act(w, 'kadis', 'disposisi');
  act(w, 'kabid', 'disposisi');
  act(w, 'subkoor', 'jadwal_kosong');
  act(w, 'staf', 'buat_rapat');
  act(w, 'staf', 'laporkan');
  act(w, 'subkoor', 'buat_draf');
}

const letterPending = (r: VcRequest) => r.pending.map((p) => p.split('|')[0]).filter((k) => k.endsWith('_letter'));

describe('letter handlers', () => {
  it('Tarakan: draft, return, re-draft (one draft), sign with the next number, send the PDF to the applicant', () => {
    const { w, docs, numbers, sent } = setup();
    toDraft(w);
    expect(docs.drafts.get(`${ID}|persetujuan`)).toContain('Nomor\t: (nomor diberikan saat surat ditandatangani)');
    expect(w.register.rows[0].replyLetterUrl).toBe(`https://docs/${ID}/persetujuan`);
    act(w, 'kabid', 'kembalikan_draf', 'Perbaiki perihal.');
    act(w, 'subkoor', 'buat_draf');
    expect([docs.drafts.size, docs.renders, numbers.rows.length]).toEqual([1, 2, 0]);
    act(w, 'kabid', 'teruskan');
    act(w, 'kadis', 'kirim_surat');
    const r = w.register.rows[0];
    expect([r.replyLetterNumber, r.replyLetterUrl, letterPending(r)]).toEqual([
      '1/555/Diskominfo/XI/2026',
      `https://drive/${ID}.pdf`,
      [],
    ]);
    const pdf = docs.pdfs.get(`${ID}|persetujuan`)!;
    expect(pdf).toContain('Nomor\t: 1/555/Diskominfo/XI/2026');
    expect(pdf).toContain('Hari/Tanggal\t: Senin, 30 November 2026');
    expect(pdf).toContain('Pukul\t: 09.00–11.30 WITA');
    expect(pdf).toContain('NIP. 197001012000031001');
    const letterMail = sent.filter((m) => m.attachments?.length);
    expect(letterMail).toHaveLength(1);
    expect(letterMail[0]).toMatchObject({
      to: 'siti@disdik.go.id',
      attachments: [{ fileId: `pdf-${ID}` }],
      subject: expect.stringContaining('1/555/Diskominfo/XI/2026'),
    });
  });

  it('a retried sign_letter keeps its number; a failed export after numbering stays pending with the number', () => {
    const { w, docs, numbers, ctx } = setup();
    const h = letterHandlers(ctx);
    docs.failExport = true;
    const request = w.register.rows[0];
    const first = h.sign_letter!({ request, preset: tarakan, effect: effect('sign_letter') });
    expect(first).toMatchObject({
      status: 'pending',
      note: expect.stringMatching(/nomor 1\/555.* sudah dicatat.*Drive sedang sibuk/),
    });
    docs.failExport = false;
    const second = h.sign_letter!({ request: first.request!, preset: tarakan, effect: effect('sign_letter') });
    const third = h.sign_letter!({ request, preset: tarakan, effect: effect('sign_letter') });
    expect([second.status, second.request?.replyLetterNumber, third.request?.replyLetterNumber]).toEqual([
      'done',
      '1/555/Diskominfo/XI/2026',
      '1/555/Diskominfo/XI/2026',
    ]);
    expect(numbers.rows).toHaveLength(1);
  });

  it('a re-drafted numbered letter voids its number, and the next signature takes the following one', () => {
    const { w, numbers, ctx } = setup();
    const h = letterHandlers(ctx);
    const signed = h.sign_letter!({
      request: w.register.rows[0],
      preset: tarakan,
      effect: effect('sign_letter'),
    }).request!;
    const redrafted = h.draft_letter!({ request: signed, preset: tarakan, effect: effect('draft_letter') });
    expect(redrafted).toMatchObject({
      status: 'done',
      note: expect.stringContaining('nomor 1/555/Diskominfo/XI/2026 dibatalkan (void)'),
    });
    expect(redrafted.request!.replyLetterNumber).toBe('');
    const again = h.sign_letter!({ request: redrafted.request!, preset: tarakan, effect: effect('sign_letter') });
    expect(again.request!.replyLetterNumber).toBe('2/555/Diskominfo/XI/2026');
    expect(numbers.rows.map((r) => [r.seq, r.void])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('numbers run per year: voided numbers count, other years do not', () => {
    const { w, numbers, ctx } = setup();
    numbers.rows.push({
      number: '40/555/Diskominfo/XII/2025',
      year: 2025,
      seq: 40,
      void: false,
      requestId: 'VC-2025-0100',
    });
    numbers.rows.push({
      number: '6/555/Diskominfo/XI/2026',
      year: 2026,
      seq: 6,
      void: true,
      requestId: 'VC-2026-0000',
    });
    const out = letterHandlers(ctx).sign_letter!({
      request: w.register.rows[0],
      preset: tarakan,
      effect: effect('sign_letter'),
    });
    expect(out.request!.replyLetterNumber).toBe('7/555/Diskominfo/XI/2026');
  });

  it('a missing setting blocks drafting and signing with the setting named, takes no number, and is not retried until the settings change; fixed, a retry signs and sends once', () => {
    const { w, numbers, sent, ctx } = setup({ letterCity: '' });
    let templateReads = 0;
    const read = ctx.docs.templateText.bind(ctx.docs);
    ctx.docs.templateText = (kind) => {
      templateReads += 1;
      return read(kind);
    };
    const values = new Map<string, string>();
    w.deps.state = {
      get: (k) => values.get(k) ?? null,
      set: (k, v) => void values.set(k, v),
      remove: (k) => void values.delete(k),
    };
    toDraft(w);
    act(w, 'kabid', 'teruskan');
    const out = act(w, 'kadis', 'kirim_surat');
    expect(out.message).toContain(
      'Gagal membuat draf surat dan menandatangani surat: Surat belum dapat dibuat: pengaturan "Kota (tempat surat)" belum diisi.',
    );
    expect(letterPending(w.register.rows[0])).toEqual(['draft_letter', 'sign_letter', 'send_letter']);
    expect(numbers.rows).toHaveLength(0);
    const reads = templateReads;
    retryPending(w.deps);
    retryPending(w.deps);
    expect(templateReads).toBe(reads);
    (w.deps.config.settings().settings as { letterCity: string }).letterCity = 'Tarakan';
    retryPending(w.deps);
    retryPending(w.deps);
    expect(letterPending(w.register.rows[0])).toEqual([]);
    expect(numbers.rows).toHaveLength(1);
    expect(sent.filter((m) => m.attachments?.length)).toHaveLength(1);
  });

  it('send_letter waits for the signed PDF', () => {
    const { w, ctx } = setup();
    const r: VcRequest = w.register.rows[0];
    expect(
      letterHandlers(ctx).send_letter!({ request: r, preset: tarakan, effect: effect('send_letter') }),
    ).toMatchObject({ status: 'pending', note: expect.stringContaining('belum ditandatangani') });
  });

  it('kind and signer come from the request and the preset', () => {
    const { w } = setup();
    const r = w.register.rows[0];
    expect([
      letterKindOf(r, {}),
      letterKindOf({ ...r, stepId: 'ditolak' }, {}),
      letterKindOf(r, { kind: 'jadwal_penuh' }),
    ]).toEqual(['persetujuan', 'penolakan', 'jadwal_penuh']);
    expect(signingRole(tarakan)).toBe('kadis');
  });
});
