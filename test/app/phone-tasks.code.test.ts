/**
 * "Tugas saya" on the phone (app/phone-tasks.ts), posted (POST): a device not yet proven asks for a
 * one-time code mailed to the official and types it; from then on its links carry the device.
 */
import { tasksRoute } from '../../src/app/phone-tasks';
import { ctxOf, hrefs, KADIS, later, linkOf, SELF, twoWaiting } from './fakes-phone-view';

const notSentBox =
  '<h2>Perangkat ini</h2><div class="act">' +
  '<p>Perangkat ini belum dikenal. Sebelum bertindak, minta kode sekali pakai yang dikirim ke email Anda sendiri.</p>';
const sentIntro = '<p>Kode 6 angka sudah dikirim ke email Anda. Ketik di sini (berlaku 10 menit).</p>';
const alert = (text: string) => `<p class="note" role="alert">${text}</p>`;

/** The hidden fields of the page's forms: the link's own signed fields only. */
function signedFields(ctx: ReturnType<typeof ctxOf>): string {
  return ['p', 'r', 'u', 't'].map((k) => `<input type="hidden" name="${k}" value="${ctx.params[k]}">`).join('');
}

describe('tasksRoute act: asking for a code', () => {
  it('mails a code to the official and then asks for it, offering a new one', () => {
    const { env, mailer, codes } = twoWaiting();
    const ctx = ctxOf(KADIS, { a: 'kode_kirim' });
    const html = tasksRoute(env).act!(ctx).html;
    expect(mailer.sent.map((m) => [m.to, m.subject])).toEqual([[KADIS, 'Kode masuk Layanan Vicon: 123456']]);
    expect(codes.has(KADIS)).toBe(true);
    const form = `<form method="post" action="${SELF}" target="_top">${signedFields(ctx)}`;
    expect(html).toContain(
      `</ul><h2>Perangkat ini</h2><div class="act">${sentIntro}` +
        `${form}<input type="hidden" name="a" value="kode_cek"><label for="kode">Kode</label>`,
    );
    expect(html).toContain(
      `${form}<input type="hidden" name="a" value="kode_kirim"><button type="submit">Kirim kode baru</button></form></div>`,
    );
    expect(html).not.toContain('role="alert"');
  });

  it('a second request within a minute sends nothing and says why, still asking for the first code', () => {
    const { env, mailer } = twoWaiting();
    tasksRoute(env).act!(ctxOf(KADIS, { a: 'kode_kirim' }));
    const html = tasksRoute(env).act!(ctxOf(KADIS, { a: 'kode_kirim' }, later(30))).html;
    expect(mailer.sent).toHaveLength(1);
    expect(html).toContain(
      `<div class="act">${alert('Kode baru saja dikirim. Periksa email Anda, atau tunggu satu menit sebelum meminta kode lagi.')}${sentIntro}`,
    );
  });

  it('with the mail quota spent, says so and offers to send again, asking for no code', () => {
    const { env, mailer, codes } = twoWaiting();
    mailer.quotaLeft = 0;
    const html = tasksRoute(env).act!(ctxOf(KADIS, { a: 'kode_kirim' })).html;
    expect(codes.size).toBe(0);
    expect(html).toContain(
      `<h2>Perangkat ini</h2><div class="act">${alert('Kode belum dapat dikirim (kuota email harian habis). Coba lagi nanti.')}` +
        '<p>Perangkat ini belum dikenal.',
    );
    expect(html).toContain('<button type="submit">Kirim kode ke email saya</button>');
    expect(html).not.toContain('kode_cek');
  });

  it('another signed-in account gets the refusal and no code is mailed', () => {
    const { env, mailer, visitor } = twoWaiting();
    visitor.email = 'kabid@kominfo.go.id';
    expect(tasksRoute(env).act!(ctxOf(KADIS, { a: 'kode_kirim' })).title).toBe('Tautan untuk petugas lain');
    expect(tasksRoute(env).act!(ctxOf(KADIS, { a: 'kode_cek', k: '123456' })).title).toBe('Tautan untuk petugas lain');
    expect(mailer.sent).toEqual([]);
  });
});

describe('tasksRoute act: typing the code', () => {
  it('the right code proves the device: every link carries it, the box is gone, the code is used up', () => {
    const { w, env, codes } = twoWaiting();
    const route = tasksRoute(env);
    route.act!(ctxOf(KADIS, { a: 'kode_kirim' }));
    const html = route.act!(ctxOf(KADIS, { a: 'kode_cek', k: '123 456' }, later(60))).html;
    expect(codes.size).toBe(0);
    expect(html).not.toContain('Perangkat ini');
    const links = hrefs(html);
    expect(links).toHaveLength(2);
    const device = new URL(links[0]).searchParams;
    const dv = device.get('dv')!;
    const dt = device.get('dt')!;
    expect(links).toEqual(
      ['VC-2026-0001', 'VC-2026-0002'].map(
        (id) => `${linkOf(w, id, KADIS, later(60))}&dv=${encodeURIComponent(dv)}&dt=${encodeURIComponent(dt)}`,
      ),
    );
    const again = route.show(ctxOf(KADIS, { dv, dt }, later(120))).html;
    expect(again).not.toContain('Perangkat ini');
    expect(hrefs(again)[0]).toBe(`${linkOf(w, 'VC-2026-0001', KADIS, later(120))}&dv=${dv}&dt=${dt}`);
  });

  it('a wrong or missing code says so and asks again, keeping the code', () => {
    const { env, codes } = twoWaiting();
    const route = tasksRoute(env);
    route.act!(ctxOf(KADIS, { a: 'kode_kirim' }));
    const wrong = route.act!(ctxOf(KADIS, { a: 'kode_cek', k: '000000' })).html;
    expect(wrong).toContain(`<div class="act">${alert('Kode salah. Sisa percobaan: 4.')}${sentIntro}`);
    expect(wrong).toContain('name="a" value="kode_cek"');
    const missing = route.act!(ctxOf(KADIS, { a: 'kode_cek' })).html;
    expect(missing).toContain(alert('Kode salah. Sisa percobaan: 3.'));
    expect(codes.get(KADIS)?.tries).toBe(2);
  });

  it('without a code sent, a typed code has expired', () => {
    const { env } = twoWaiting();
    const html = tasksRoute(env).act!(ctxOf(KADIS, { a: 'kode_cek', k: '123456' })).html;
    expect(html).toContain(`${alert('Kode sudah tidak berlaku. Minta kode baru lalu coba lagi.')}${sentIntro}`);
  });
});

describe('tasksRoute act: anything else', () => {
  it('shows the list as a GET would: links carrying a proven device, or the box for an unknown one', () => {
    const { w, env, mailer } = twoWaiting();
    const route = tasksRoute(env);
    route.act!(ctxOf(KADIS, { a: 'kode_kirim' }));
    const proven = new URL(hrefs(route.act!(ctxOf(KADIS, { a: 'kode_cek', k: '123456' })).html)[0]).searchParams;
    const device = { dv: proven.get('dv')!, dt: proven.get('dt')! };
    const trusted = route.act!(ctxOf(KADIS, { a: 'lain', ...device })).html;
    expect(trusted).not.toContain('Perangkat ini');
    expect(hrefs(trusted)[1]).toBe(`${linkOf(w, 'VC-2026-0002')}&dv=${device.dv}&dt=${device.dt}`);
    const unknown = route.act!(ctxOf(KADIS, { a: 'lain' })).html;
    expect(unknown).toContain(`</ul>${notSentBox}`);
    expect(hrefs(unknown)[1]).toBe(linkOf(w, 'VC-2026-0002'));
    expect(mailer.sent).toHaveLength(1);
  });
});
