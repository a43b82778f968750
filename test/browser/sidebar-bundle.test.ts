/**
 * The built sidebar (dist/panel/Sidebar.html) in headless Chromium, wired through the
 * google.script.run shim to the BUILT panel (dist/panel/Code.js, as the official) which
 * forwards every change to the BUILT engine (dist/engine/Code.js, as the office account), on
 * the Workspace stand-in: what an official sees and clicks is what ships.
 */
import { validAnswers } from '../fixtures/answers';
import { e2eWorld, type E2E } from '../e2e/world';
import {
  browserSkipReason,
  horizontalOverflow,
  openSidebar,
  screenshot,
  seriousA11yViolations,
  type SidebarSession,
} from './harness';

const skipReason = browserSkipReason();
const describeBrowser = skipReason ? describe.skip : describe;

describeBrowser('sidebar on the real bundle', () => {
  let e: E2E;
  let session: SidebarSession;

  beforeEach(async () => {
    e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.submit(validAnswers({ 'Judul kegiatan': 'Sosialisasi SPBE <b>penting</b>' }));
    e.as('kadis@kominfo.go.id');
    session = await openSidebar((name, args) => e.app.callFromClient(name, ...args));
  });
  afterEach(async () => session?.close());

  test('Kadis sees his tasks, performs the disposition, and the register moves on', async () => {
    const page = session.page;
    await page.locator('.task-open').first().waitFor();
    expect(await page.locator('.task-id').allTextContents()).toEqual(['VC-2026-0001', 'VC-2026-0002']);
    expect(await page.locator('body').innerText()).toContain('Sosialisasi SPBE <b>penting</b>');
    expect(await page.locator('b').count()).toBe(0);
    await page.locator('button.task-open[data-id="VC-2026-0001"]').click();
    await page.locator('#detail-title').waitFor();
    expect(await page.locator('.actions button').allTextContents()).toEqual(['Disposisikan ke Kepala Bidang']);
    await page.locator('.actions button[data-action="disposisi"]').click();
    await page
      .getByRole('status')
      .filter({ hasText: /tercatat untuk VC-2026-0001/ })
      .waitFor();
    expect(e.column('Langkah')).toEqual(['disposisi_kabid', 'disposisi_kadis']);
    expect(e.column('Versi')).toEqual([2, 1]);
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'sidebar-bundle');
  });

  test('a click from a stale panel is refused by the server and offers reload', async () => {
    const page = session.page;
    await page.locator('button.task-open[data-id="VC-2026-0001"]').click();
    await page.locator('#detail-title').waitFor();
    e.as('kadis@kominfo.go.id');
    expect(e.act('VC-2026-0001', 'disposisi')).toMatchObject({ ok: true });
    await page.locator('.actions button[data-action="disposisi"]').click();
    await page.getByRole('alert').filter({ hasText: 'Permintaan sudah diperbarui, muat ulang.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Muat ulang' }).count()).toBe(1);
    expect(e.column('Versi')).toEqual([2, 1]);
  });

  test('an admin opens "Pengaturan", sees errors beside the fields, then saves', async () => {
    await session.close();
    e.as('admin@kominfo.go.id');
    session = await openSidebar((name, args) => e.app.callFromClient(name, ...args));
    const page = session.page;
    await page.locator('button[data-tab="settings"]').click();
    const form = page.locator('form.settings-form');
    await form.waitFor();
    await form.getByLabel(/Jeda antar rapat/).fill('abc');
    await form.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await form.locator('.field-error', { hasText: 'Jeda antar rapat harus angka.' }).waitFor();
    expect(await form.getByLabel(/Jeda antar rapat/).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel(/Jeda antar rapat/).fill('30');
    await form.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await form.locator('.form-summary', { hasText: 'Pengaturan disimpan' }).waitFor();
    expect(e.sheet('Pengaturan').find((r) => r[0] === 'Jeda antar rapat (menit)')?.[1]).toBe(30);
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'sidebar-settings');
  });
});
