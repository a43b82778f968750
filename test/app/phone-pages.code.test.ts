/**
 * The one-time code on the step page (POST, app/phone-pages.ts): sending it to the official's own
 * mail, refusing a second one within a minute or when the quota is spent, checking what is typed,
 * and a proven device's actions and links from then on.
 */
import { formsOf, linksOf, paramsOf, phoneOffice } from './fakes-phone-pages';

const KADIS = 'kadis@kominfo.go.id';
const statusOf = (html: string) => /<p class="ok" role="status">([^<]*)<\/p>/.exec(html)?.[1] ?? '';
const alertOf = (html: string) => /<p class="note" role="alert">([^<]*)<\/p>/.exec(html)?.[1] ?? '';

describe('the one-time code', () => {
  it('mails a code to the official and then asks for it; a second request within a minute is refused', () => {
    const o = phoneOffice();
    const link = o.stepParams(KADIS);
    const page = o.visit('post', link, { a: 'kode_kirim' });
    expect(o.mails.map((m) => [m.to, m.subject])).toEqual([[KADIS, 'Kode masuk Layanan Vicon: 246810']]);
    expect(page.html).toContain('<p>Kode 6 angka sudah dikirim ke email Anda. Ketik di sini (berlaku 10 menit).</p>');
    expect(alertOf(page.html)).toBe('');
    expect(formsOf(page)).toEqual([
      { ...link, a: 'kode_cek' },
      { ...link, a: 'kode_kirim' },
    ]);
    o.w.now.t = new Date(o.w.now.t.getTime() + 30_000);
    const again = o.visit('post', link, { a: 'kode_kirim' });
    expect(alertOf(again.html)).toBe(
      'Kode baru saja dikirim. Periksa email Anda, atau tunggu satu menit sebelum meminta kode lagi.',
    );
    expect(formsOf(again).map((f) => f.a)).toEqual(['kode_cek', 'kode_kirim']);
    expect(o.mails).toHaveLength(1);
  });

  it('with the mail quota spent, says so and still offers only to send one', () => {
    const o = phoneOffice();
    o.state.quota = true;
    const page = o.visit('post', o.stepParams(KADIS), { a: 'kode_kirim' });
    expect(alertOf(page.html)).toBe('Kode belum dapat dikirim (kuota email harian habis). Coba lagi nanti.');
    expect(formsOf(page).map((f) => f.a)).toEqual(['kode_kirim']);
    expect(page.html).toContain('Kirim kode ke email saya');
  });

  it('a wrong or missing code is refused with the tries left; the right one proves the device', () => {
    const o = phoneOffice();
    const link = o.stepParams(KADIS);
    o.visit('post', link, { a: 'kode_kirim' });
    const wrong = o.visit('post', link, { a: 'kode_cek', k: '135791' });
    expect(alertOf(wrong.html)).toBe('Kode salah. Sisa percobaan: 4.');
    expect(formsOf(wrong).map((f) => f.a)).toEqual(['kode_cek', 'kode_kirim']);
    expect(alertOf(o.visit('post', link, { a: 'kode_cek' }).html)).toBe('Kode salah. Sisa percobaan: 3.');
    const right = o.visit('post', link, { a: 'kode_cek', k: '246 810' });
    expect(statusOf(right.html)).toBe('Perangkat ini sudah dikenali. Silakan pilih tindakan.');
    const [form] = formsOf(right);
    expect(form).toEqual({
      ...link,
      dv: expect.stringMatching(/^\d+$/),
      dt: expect.any(String),
      a: 'aksi',
      x: 'disposisi',
    });
    expect(paramsOf(linksOf(right)[0][1])).toMatchObject({ p: 'tugas', r: KADIS, dv: form.dv, dt: form.dt });
  });
});
