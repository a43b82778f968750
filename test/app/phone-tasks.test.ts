/**
 * "Tugas saya" on the phone (app/phone-tasks.ts), as shown (GET): the official's waiting requests,
 * oldest first, each with its private step link, and the one-time-code box for a device not yet
 * proven.
 */
import { tasksRoute } from '../../src/app/phone-tasks';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { presetById } from '../../src/core/sop/presets';
import { presetToRows } from '../../src/core/sop/rows';
import { ctxOf, hrefs, KADIS, linkOf, NOW, phoneWorld, SELF, submit, twoWaiting } from './fakes-phone-view';

/** The default SOP copied as the office's own ("kustom"), as its sheet rows. */
const customRows = () =>
  presetToRows({ ...presetById(DEFAULT_SETTINGS.presetId)!, id: 'kustom', name: 'Alur Kantor' }).map((r) => [...r]);

const codeIntro =
  '<p>Perangkat ini belum dikenal. Sebelum bertindak, minta kode sekali pakai yang dikirim ke email Anda sendiri.</p>';

describe('tasksRoute show', () => {
  it('for an unknown device: the waiting requests with their links, then the box asking for a code', () => {
    const { w, env } = twoWaiting();
    const ctx = ctxOf(KADIS, { dv: '1', x: 'lain' });
    const view = tasksRoute(env).show(ctx);
    expect(view.title).toBe('Tugas saya');
    expect(view.html).toContain('<p>Dr. Kadis &amp; Co: 2 permohonan menunggu tindakan Anda.</p><ul class="tasks">');
    expect(view.html).toContain('<strong>VC-2026-0001</strong> Rapat Satu<br>');
    expect(view.html).toContain('<strong>VC-2026-0002</strong> Rapat &lt;Dua&gt;<br>');
    expect(hrefs(view.html)).toEqual([linkOf(w, 'VC-2026-0001'), linkOf(w, 'VC-2026-0002')]);
    const { p, r, u, t } = ctx.params;
    const hidden =
      `<input type="hidden" name="p" value="${p}"><input type="hidden" name="r" value="${r}">` +
      `<input type="hidden" name="u" value="${u}"><input type="hidden" name="t" value="${t}">`;
    expect(view.html).toContain(
      `</ul><h2>Perangkat ini</h2><div class="act">${codeIntro}` +
        `<form method="post" action="${SELF}" target="_top">${hidden}<input type="hidden" name="a" value="kode_kirim">` +
        '<button type="submit">Kirim kode ke email saya</button></form></div>',
    );
    expect(view.html.endsWith('</div>')).toBe(true);
  });

  it('the code box carries only the link’s own signed fields that are present', () => {
    const { env } = twoWaiting();
    const ctx = ctxOf(KADIS);
    delete ctx.params.u;
    const html = tasksRoute(env).show(ctx).html;
    expect(html).toContain(
      `<input type="hidden" name="p" value="tugas"><input type="hidden" name="r" value="${KADIS}">` +
        `<input type="hidden" name="t" value="${ctx.token}"><input type="hidden" name="a" value="kode_kirim">`,
    );
    expect(html).not.toContain('name="u"');
  });

  it('for the official signed in with Google: the list alone, links without device fields', () => {
    const { w, env, visitor } = twoWaiting();
    visitor.email = 'Kadis@Kominfo.go.id';
    const html = tasksRoute(env).show(ctxOf(KADIS)).html;
    expect(hrefs(html)).toEqual([linkOf(w, 'VC-2026-0001'), linkOf(w, 'VC-2026-0002')]);
    expect(html).not.toContain('Perangkat ini');
    expect(html.endsWith('</a></li></ul>')).toBe(true);
  });

  it('for another signed-in account: the refusal, naming that account, and nothing of the list', () => {
    const { env, visitor } = twoWaiting();
    visitor.email = 'kabid@kominfo.go.id';
    expect(tasksRoute(env).show(ctxOf(KADIS))).toEqual({
      title: 'Tautan untuk petugas lain',
      html: expect.stringContaining(
        '<p>Tautan ini dibuat untuk petugas lain. Anda masuk ke Google sebagai kabid@kominfo.go.id, jadi tidak ada',
      ),
    });
  });

  it('for an address no longer in Pengguna: says why nothing can be done', () => {
    const { w, env } = twoWaiting();
    w.users.find((u) => u.email === KADIS)!.active = false;
    const view = tasksRoute(env).show(ctxOf(KADIS));
    expect(view.title).toBe('Tidak dapat bertindak');
    expect(view.html).toContain(`<p>Akun ${KADIS} dinonaktifkan di sheet Pengguna.</p>`);
    expect(view.html).not.toContain('VC-2026');
  });

  it('names the official by address when Pengguna has no name, and lists nothing for one with no task', () => {
    const { w, env, visitor } = twoWaiting();
    visitor.email = 'kabid@kominfo.go.id';
    w.users.find((u) => u.email === 'kabid@kominfo.go.id')!.name = '';
    const html = tasksRoute(env).show(ctxOf('kabid@kominfo.go.id')).html;
    expect(html).toContain(
      '<p>kabid@kominfo.go.id: 0 permohonan menunggu tindakan Anda.</p><p>Tidak ada tugas yang menunggu Anda.</p>',
    );
  });

  it('lists at most 25, oldest first, and says how many more wait', () => {
    const { w, env, visitor } = phoneWorld();
    for (let i = 1; i <= 27; i++) {
      w.now.t = new Date(NOW.getTime() - (30 - i) * 60_000);
      submit(w, `r${i}`, `Rapat ${i}`);
    }
    visitor.email = KADIS;
    const html = tasksRoute(env).show(ctxOf(KADIS)).html;
    const ids = Array.from({ length: 25 }, (_, i) => `VC-2026-${String(i + 1).padStart(4, '0')}`);
    expect(hrefs(html)).toEqual(ids.map((id) => linkOf(w, id)));
    expect(html).toContain(': 27 permohonan menunggu tindakan Anda.</p>');
    expect(html).toContain('</ul><p>2 permohonan lain menyusul setelah yang di atas selesai.</p>');
  });

  it("follows the office's own SOP (kustom) for the requests made under it", () => {
    const { w, env, visitor } = phoneWorld();
    const rows = customRows();
    const settings = { ...w.deps.config.settings().settings, presetId: 'kustom' };
    w.deps.config.settings = () => ({ settings, problems: [] });
    w.deps.config.customPreset = () => rows;
    submit(w, 'r1', 'Rapat Kustom');
    expect(w.register.rows[0].presetId).toBe('kustom');
    visitor.email = KADIS;
    expect(hrefs(tasksRoute(env).show(ctxOf(KADIS)).html)).toEqual([linkOf(w, 'VC-2026-0001')]);
  });
});
