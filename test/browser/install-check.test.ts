/**
 * "Periksa pemasangan" in the settings wizard, in Chromium, on the BUILT panel and engine: an
 * admin runs the check and reads one line per thing checked — failed lines first, each with
 * what to do and Google's own words — copies the report, and the menu's dialog runs it at once.
 * Accessible (axe) and 300 px wide.
 */
import { e2eWorld, ADMIN, type E2E } from '../e2e/world';
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

describeBrowser('Pengaturan › Periksa pemasangan on the real bundle', () => {
  let e: E2E;
  let session: SidebarSession;

  beforeEach(async () => {
    e = e2eWorld('000-bandung');
    const sheets = e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const users = sheets.getActiveSpreadsheet().getSheetByName('Pengguna')!;
    users.getProtections(sheets.ProtectionType.SHEET)[0].remove();
    e.as(ADMIN);
    session = await openSidebar((name, args) => e.app.callFromClient(name, ...args));
  });
  afterEach(async () => session?.close());

  test('an admin runs the check from the wizard, reads what failed and what to do, and copies the report', async () => {
    const page = session.page;
    await page.locator('button[data-tab="settings"]').click();
    const block = page.locator('.install-check');
    await block.getByRole('button', { name: 'Periksa pemasangan' }).click();
    const list = block.locator('.check-list');
    await list.waitFor();
    const items = list.locator('li.check-line');
    expect(await items.count()).toBe(19);
    const first = items.first();
    expect(await first.getAttribute('data-check')).toBe('perlindungan');
    expect(await first.locator('.check-title').textContent()).toBe('Gagal: Sheet data terlindungi');
    expect(await first.innerText()).toContain('"Pengguna" tidak dilindungi.');
    expect(await first.locator('.check-fix').innerText()).toMatch(
      /^Yang harus dilakukan: Jalankan Layanan Vicon › Siapkan/,
    );
    expect(await block.locator('.message-alert').innerText()).toBe(
      '1 dari 19 pemeriksaan gagal. Lihat yang harus dilakukan di bawah.',
    );
    expect(await items.nth(1).locator('.check-title').textContent()).toMatch(/^Berhasil: /);

    await block.getByRole('button', { name: 'Salin laporan' }).click();
    const status = block.locator('.check-result [role="status"]').last();
    await status.filter({ hasText: /Laporan (disalin|sudah dipilih)/ }).waitFor();
    const report = await block.locator('textarea.check-report').inputValue();
    expect(report).toMatch(/^Laporan Periksa pemasangan — Layanan Vicon\n/);
    expect(report).toContain('✗ Sheet data terlindungi [perlindungan]');
    expect(report).not.toMatch(/@kominfo\.go\.id/);

    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await seriousA11yViolations(page, '.install-check')).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'sidebar-install-check');
  });

  test('the menu item opens the wizard on the check, which runs at once', async () => {
    const page = session.page;
    await page.addInitScript(() => {
      (window as unknown as { __VICON_VIEW: string }).__VICON_VIEW = 'periksa';
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Periksa pemasangan' }).waitFor();
    await page.locator('.check-list').waitFor();
    expect(await page.locator('li.check-fail').count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('an official who is not an admin, opening the menu item, is told only admins may check', async () => {
    await session.close();
    e.as('operator@kominfo.go.id');
    session = await openSidebar((name, args) => e.app.callFromClient(name, ...args));
    const page = session.page;
    await page.addInitScript(() => {
      (window as unknown as { __VICON_VIEW: string }).__VICON_VIEW = 'periksa';
    });
    await page.reload();
    const alert = page.locator('.message-alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(
      'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat memeriksa pemasangan.',
    );
    expect(await page.locator('.install-check').count()).toBe(0);
  });
});
