import { letterHandlers } from '../../src/app/letters';
import { ID, effect, letterWorld, tarakan } from './fakes-letters';

const NUMBER = '1/555/Diskominfo/XI/2026';

/** A world whose request is signed (numbered PDF saved). */
function signed() {
  const lw = letterWorld();
  const h = letterHandlers(lw.ctx);
  const request = h.sign_letter!({
    request: lw.w.register.rows[0],
    preset: tarakan,
    effect: effect('sign_letter'),
  }).request!;
  return { ...lw, h, request };
}

describe('send_letter', () => {
  it('mails the numbered PDF once to the applicant, naming the number and the attachment', () => {
    const { h, request, sent } = signed();
    expect(h.send_letter!({ request, preset: tarakan, effect: effect('send_letter') })).toEqual({
      status: 'done',
      note: `surat ${NUMBER} terkirim ke siti@disdik.go.id (lampiran ${ID}.pdf)`,
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: 'siti@disdik.go.id', attachments: [{ fileId: `pdf-${ID}` }] });
    expect(sent[0].text).toContain(
      `Bersama pesan ini kami kirimkan surat balasan Nomor ${NUMBER} atas permohonan Anda.`,
    );
    expect(sent[0].text).toContain(`${ID}.pdf`);
    expect(sent[0].text).not.toContain('Surat balasan (PDF)');
  });

  it('waits without a mailer, and while the daily quota is used up; then sends', () => {
    const { h, request, ctx, mailer, sent } = signed();
    const noMailer = letterHandlers({ ...ctx, mailer: undefined });
    expect(noMailer.send_letter!({ request, preset: tarakan, effect: effect('send_letter') })).toEqual({
      status: 'pending',
      note: 'pengirim email belum tersedia',
      request: undefined,
    });
    mailer.quotaLeft = 0;
    expect(h.send_letter!({ request, preset: tarakan, effect: effect('send_letter') })).toMatchObject({
      status: 'pending',
      note: 'kuota email harian habis; dikirim ulang oleh pemicu berikutnya',
    });
    mailer.quotaLeft = 5;
    expect(h.send_letter!({ request, preset: tarakan, effect: effect('send_letter') }).status).toBe('done');
    expect(sent).toHaveLength(1);
  });

  it('refuses an applicant email that is not an address, showing it (or "-"), and sends to one typed with spaces around without them', () => {
    const { h, request, sent } = signed();
    const send = (email: string) =>
      h.send_letter!({ request: { ...request, email }, preset: tarakan, effect: effect('send_letter') });
    expect(send('siti(at)disdik.go.id')).toMatchObject({
      status: 'pending',
      note: 'email pemohon "siti(at)disdik.go.id" tidak valid; perbaiki email di Register',
    });
    expect(send('').note).toBe('email pemohon "-" tidak valid; perbaiki email di Register');
    expect(sent).toHaveLength(0);
    expect(send(' siti@disdik.go.id ')).toEqual({
      status: 'done',
      note: `surat ${NUMBER} terkirim ke siti@disdik.go.id (lampiran ${ID}.pdf)`,
    });
    expect(sent.map((m) => m.to)).toEqual(['siti@disdik.go.id']);
  });
});
