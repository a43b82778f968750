/**
 * The settings wizard's Pengguna section in Chromium, on the BUILT panel and engine: an admin
 * adds an official (a bad email is shown beside its field first), sees them listed, and
 * deactivates them — without touching the protected sheet. Accessible (axe) and 300 px wide.
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
const NEW = 'operator.dua@kominfo.go.id';

describeBrowser('Pengaturan › Pengguna on the real bundle', () => {
  let e: E2E;
  let session: SidebarSession;

  beforeEach(async () => {
    e = e2eWorld('000-bandung');
    e.as(ADMIN);
    session = await openSidebar((name, args) => e.app.callFromClient(name, ...args));
  });
  afterEach(async () => session?.close());

  test('an admin adds an official, then deactivates them', async () => {
    const page = session.page;
    await page.locator('button[data-tab="settings"]').click();
    const section = page.locator('section.people[data-section="pengguna"]');
    await section.waitFor();
    await section.getByRole('button', { name: 'Tambah Pengguna' }).click();
    const form = section.locator('form.people-form');
    const input = (name: string) => form.locator(`[data-field="${name}"] input`);
    expect(await form.getByRole('textbox', { name: /Email akun Google/ }).count()).toBe(1);
    await input('email').fill('operator dua');
    await input('name').fill('Operator Dua');
    await input('roles').fill('operator');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.locator('.field-error', { hasText: 'Email tidak valid.' }).waitFor();
    expect(await input('email').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousA11yViolations(page, 'section.people[data-section="pengguna"]')).toEqual([]);

    await input('email').fill(NEW);
    await form.getByRole('button', { name: 'Simpan' }).click();
    const status = section.locator('.people-status');
    await status.getByText(`Pengguna disimpan. Spreadsheet dibagikan sebagai editor kepada: ${NEW}.`).waitFor();
    expect(e.sheet('Pengguna').find((r) => r[0] === NEW)).toEqual([
      NEW,
      'Operator Dua',
      '',
      'operator',
      'Ya',
      'Tidak',
      '',
    ]);
    const item = page.locator(`section.people[data-section="pengguna"] li[data-key="${NEW}"]`);
    expect(await item.locator('p').innerText()).toBe(`Operator Dua — ${NEW} · operator`);

    await item.getByRole('button', { name: /^Nonaktifkan/ }).click();
    await page
      .locator('section.people[data-section="pengguna"] .people-status')
      .getByText(`Akses editor spreadsheet dicabut: ${NEW}.`, { exact: false })
      .waitFor();
    expect(e.sheet('Pengguna').find((r) => r[0] === NEW)?.[4]).toBe('Tidak');
    expect(await item.locator('p').innerText()).toContain('nonaktif');
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'sidebar-people');
  });
});
