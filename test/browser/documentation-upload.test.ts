/**
 * Demak's documentation step in the built sidebar, on the built panel and engine: the
 * operator uploads a photo from the panel (base64 through google.script.run, then on to the
 * engine), the link lands in the field, and the request closes with notulen + foto.
 */
import { validAnswers } from '../fixtures/answers';
import { e2eWorld, type E2E } from '../e2e/world';
import { browserSkipReason, openSidebar, screenshot, type SidebarSession } from './harness';

const describeBrowser = browserSkipReason() ? describe.skip : describe;

describeBrowser('documentation upload on the real bundle', () => {
  let e: E2E;
  let session: SidebarSession;
  afterEach(async () => session?.close());

  test('the operator uploads a photo, writes the minutes and closes the request', async () => {
    e = e2eWorld('004-demak');
    e.submit(validAnswers());
    const id = 'VC-2026-0001';
    const steps: Array<[string, string, object?]> = [
      ['subkoor', 'tugaskan_operator', { operator: 'operator@kominfo.go.id', documentation: { disposisi: '045/112' } }],
      ['operator', 'catat_jadwal'],
      ['operator', 'siapkan_host'],
      ['operator', 'peralatan_siap'],
      ['operator', 'rekaman_selesai', { documentation: { video: 'https://drive.google.com/file/d/rekaman' } }],
    ];
    for (const [who, action, input] of steps) {
      e.as(`${who}@kominfo.go.id`);
      expect(e.act(id, action, input ?? {})).toMatchObject({ ok: true });
    }
    session = await openSidebar((name, args) => e.app.callFromClient(name, ...args));
    const page = session.page;
    await page.locator(`button.task-open[data-id="${id}"]`).click();
    await page.locator('.actions button[data-action="unggah_dokumentasi"]').click();
    const form = page.locator('form.action-form');
    await form
      .getByLabel('Unggah berkas foto')
      .setInputFiles({ name: 'foto-kegiatan.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('JPEG-data') });
    await form.locator('.upload .upload-status', { hasText: 'foto-kegiatan.jpg tersimpan' }).waitFor();
    expect(await form.getByLabel(/^Foto kegiatan \(tautan\)( \*)?$/).inputValue()).toMatch(
      /^https:\/\/drive\.google\.com\//,
    );
    await form.getByLabel(/^Notulen/).fill('Rapat membahas PPDB; 3 keputusan.');
    // The event (30 November) is still ahead of the clock (23 November): closing now asks first, and why.
    expect(await form.locator('.confirm-question').textContent()).toMatch(/belum selesai menurut jadwalnya/);
    const before = e.column('Status');
    await form.locator('button[type="submit"]').click();
    await form.getByText('Catatan wajib diisi: tuliskan alasannya.').waitFor();
    expect(e.column('Status')).toEqual(before);
    expect(before).not.toEqual(['Selesai']);
    await form.getByLabel(/^Catatan \(alasan\)/).fill('Kegiatan dimajukan; dokumentasi sudah lengkap.');
    await form.locator('button[type="submit"]').click();
    await page.getByRole('status').filter({ hasText: 'tercatat untuk VC-2026-0001' }).waitFor();
    expect(e.column('Status')).toEqual(['Selesai']);
    await screenshot(page, 'sidebar-documentation');
  });
});
