/**
 * The playground page (dev/playground) in Chromium, walked as people click it: the
 * FPVC form on the page, the user switcher, the real sidebar in its iframe calling the
 * BUILT panel (as the chosen official) through the HTTP shim, which forwards to the BUILT
 * engine (as the office account), the register table, outbox and calendar.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { startPlayground } from '../../dev/playground/server';
import { browserSkipReason, screenshot, seriousA11yViolations } from './harness';
import {
  actAs,
  openPlayground,
  outboxSenders,
  registerCell,
  sendFpvc,
  sidebar,
  sidebarStep,
  sidebarUser,
  tempStateFile,
  waitForRegister,
  type PlaygroundSession,
} from './playground-walk';

const skipReason = browserSkipReason();
const describeBrowser = skipReason ? describe.skip : describe;
const APPLICANT = 'siti@disdik.go.id';
/** Seeding a month of demo data through the bundle takes seconds on a busy machine. */
const WALK_TIMEOUT_MS = 300000;
/**
 * "Ganti alur" reseeds the demo data before the page comes back (the click waits for that
 * navigation): seconds alone, more than the page's 20 s default when the machine is busy.
 */
const RESEED_TIMEOUT_MS = 90000;

describeBrowser('playground page in Chromium', () => {
  let s: PlaygroundSession;
  afterEach(async () => s?.close());

  test(
    'Bandung: form → Kadis → Kabid → Subkoor approves → operator assigned → meeting → link mailed',
    async () => {
      s = await openPlayground();
      const { page } = s;
      expect(await page.locator('body').innerText()).toContain(
        'Zoom di playground ini adalah server Zoom palsu (dev/fake-zoom)',
      );
      expect(await page.locator('#sheet-register tbody tr').count()).toBeGreaterThan(20);
      expect(await seriousA11yViolations(page, '#formulir')).toEqual([]);
      await actAs(page, APPLICANT);
      const id = await sendFpvc(page, {
        title: 'Rapat Uji <Playground> Bandung',
        eventDate: '2026-12-01',
        startTime: '10:30',
        endTime: '11:30',
      });
      expect(await registerCell(page, id, 'Status')).toBe('Menunggu Disposisi Kepala Dinas');
      expect(await registerCell(page, id, 'Judul Kegiatan')).toBe('Rapat Uji <Playground> Bandung');

      await actAs(page, 'kadis@kominfo.go.id');
      expect(await sidebarUser(page)).toContain('(kadis@kominfo.go.id)');
      expect(await sidebarStep(page, id, 'disposisi')).toContain('Rapat Uji <Playground> Bandung');
      await waitForRegister(page, id, 'Status', 'Menunggu Disposisi Kepala Bidang');

      await actAs(page, 'kabid@kominfo.go.id');
      expect(await sidebarUser(page)).toContain('(kabid@kominfo.go.id)');
      await sidebarStep(page, id, 'disposisi');
      await waitForRegister(page, id, 'Status', 'Menunggu Penerimaan Subkoor');

      await actAs(page, 'subkoor@kominfo.go.id');
      expect(await sidebarUser(page)).toContain('(subkoor@kominfo.go.id)');
      await sidebarStep(page, id, 'terima');
      await waitForRegister(page, id, 'Status', 'Menunggu Izin Subkoor');
      await sidebarStep(page, id, 'setujui');
      await waitForRegister(page, id, 'Status', 'Menunggu Penunjukan Operator');
      expect(await sidebarStep(page, id, 'tugaskan_operator', { operator: 'operator@kominfo.go.id' })).toContain(
        'Menunggu Pembuatan Link Zoom',
      );
      await waitForRegister(page, id, 'Operator', 'operator@kominfo.go.id');

      await actAs(page, 'operator@kominfo.go.id');
      expect(await sidebarUser(page)).toContain('(operator@kominfo.go.id)');
      await sidebarStep(page, id, 'buat_rapat');
      await waitForRegister(page, id, 'Status', 'Menunggu Pengiriman Link');
      const link = await registerCell(page, id, 'Tautan Rapat');
      expect(link).toMatch(/^https:\/\/.*zoom\.us\/j\/\d+/);
      expect(await sidebarStep(page, id, 'kirim_tautan')).toContain('Menunggu Pelaksanaan');
      await waitForRegister(page, id, 'Status', 'Menunggu Pelaksanaan');

      const mail = page.locator('#surat-keluar details.mail').filter({ hasText: APPLICANT }).first();
      expect(await mail.getAttribute('data-index')).not.toBeNull();
      expect(await mail.locator('iframe').getAttribute('srcdoc')).toContain(link);
      expect(await mail.locator('iframe').getAttribute('sandbox')).toBe('');
      expect(await mail.locator('.mail-from').textContent()).toMatch(/^Dari: .*<layanan@kominfo\.go\.id>/);
      const senders = await outboxSenders(page);
      expect(senders.length).toBeGreaterThan(10);
      expect(senders.filter((f) => !/^Dari: Layanan Vicon .+ <layanan@kominfo\.go\.id>/.test(f))).toEqual([]);
      expect(await page.locator('#kalender').innerText()).toContain('Rapat Uji <Playground> Bandung');
      expect(await page.locator('b, script', { hasText: 'Playground' }).count()).toBe(0);
      await page.locator('#sheet-register').scrollIntoViewIfNeeded();
      await screenshot(page, 'playground-bandung');
    },
    WALK_TIMEOUT_MS,
  );

  test(
    'Tangerang: returned for revision, the applicant changes the answer, the request goes on and survives a restart',
    async () => {
      s = await openPlayground();
      const { page } = s;
      await page.selectOption('#pilih-alur', '003-tangerang');
      await page.getByRole('button', { name: /Ganti alur/ }).click({ timeout: RESEED_TIMEOUT_MS });
      await page.locator('#pemberitahuan', { hasText: 'Kota Tangerang' }).waitFor({ timeout: RESEED_TIMEOUT_MS });
      await actAs(page, APPLICANT);
      const id = await sendFpvc(page, {
        title: 'Sosialisasi Tangerang Uji',
        eventDate: '2026-12-02',
        participants: '400',
      });
      expect(await registerCell(page, id, 'Status')).toBe('Menunggu Verifikasi');

      await actAs(page, 'staf@kominfo.go.id');
      await sidebarStep(page, id, 'verifikasi');
      await waitForRegister(page, id, 'Status', 'Menunggu Persetujuan');
      await actAs(page, 'subkoor@kominfo.go.id');
      const note = 'Peserta melebihi kapasitas akun; kurangi jumlahnya.';
      await sidebarStep(page, id, 'tolak_tanda_tangan', { note });
      await waitForRegister(page, id, 'Status', 'Perlu Perbaikan');
      const mail = page.locator('#surat-keluar details.mail').filter({ hasText: APPLICANT }).first();
      expect(await mail.locator('iframe').getAttribute('srcdoc')).toContain('Peserta melebihi kapasitas akun');

      await actAs(page, APPLICANT);
      const option = page.locator('#ubah-respons option', { hasText: id });
      await page.selectOption('#ubah-respons', (await option.getAttribute('value'))!);
      await page.selectOption('#ubah-pertanyaan', 'Perkiraan jumlah peserta');
      await page.fill('#ubah-nilai', '90');
      await page.getByRole('button', { name: 'Ubah jawaban dan kirim ulang' }).click();
      await page.locator('#pemberitahuan', { hasText: 'diubah dan dikirim ulang' }).waitFor();
      expect(await registerCell(page, id, 'Status')).toBe('Menunggu Verifikasi');
      expect(await registerCell(page, id, 'Peserta')).toBe('90');

      await actAs(page, 'staf@kominfo.go.id');
      await sidebarStep(page, id, 'verifikasi');
      await actAs(page, 'subkoor@kominfo.go.id');
      await sidebarStep(page, id, 'setujui');
      await actAs(page, 'staf@kominfo.go.id');
      expect(await sidebarStep(page, id, 'buat_link')).toContain('Selesai');
      await waitForRegister(page, id, 'Status', 'Selesai');
      await screenshot(page, 'playground-tangerang');

      await s.close();
      s = await openPlayground(s.stateFile);
      expect(await registerCell(s.page, id, 'Status')).toBe('Selesai');
      expect(await registerCell(s.page, id, 'Peserta')).toBe('90');
      expect(await s.page.locator('#pilih-alur').inputValue()).toBe('003-tangerang');
    },
    WALK_TIMEOUT_MS,
  );
});

describeBrowser('the playground offers everything the product does (issue 16 §2.7)', () => {
  let s: PlaygroundSession;
  afterEach(async () => s?.close());

  /** Where `selector` sits against the viewport: its top, and whether it is (at least partly) in view. */
  const placeOf = (page: PlaygroundSession['page'], selector: string) =>
    page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top + window.scrollY), inView: r.bottom > 0 && r.top < window.innerHeight };
    });

  test(
    'applicant form near the top with its notice in view; whole mails; Rekap charts; status pages; settings wizard',
    async () => {
      s = await openPlayground();
      const { page } = s;
      const form = await placeOf(page, '#formulir');
      expect(form.top).toBeLessThan((await placeOf(page, '#panels')).top);
      expect(form.inView).toBe(true);

      await actAs(page, APPLICANT);
      const id = await sendFpvc(page, { title: 'Rapat Uji Pemberitahuan', eventDate: '2026-12-03' });
      expect((await placeOf(page, '#pemberitahuan')).inView).toBe(true);
      expect(await page.locator('#pemberitahuan').innerText()).toContain(id);

      const mails = page.locator('#surat-keluar details.mail').filter({ has: page.locator('iframe') });
      for (let i = 0; i < 3; i++) {
        const mail = mails.nth(i);
        await mail.locator('summary').click();
        const frame = await (await mail.locator('iframe').elementHandle())!.contentFrame();
        const content = await frame!.evaluate(() => document.documentElement.scrollHeight);
        const box = await mail.locator('iframe').evaluate((el) => el.clientHeight);
        expect(content).toBeLessThanOrEqual(box);
      }

      const charts = page.locator('#panels .charts figure.chart');
      expect(await charts.count()).toBeGreaterThanOrEqual(3);
      expect(await charts.locator('figcaption').allInnerTexts()).toContain('Permohonan per pekan');
      expect(await charts.first().locator('li').count()).toBeGreaterThan(1);

      const statusHref = await page.locator('#halaman-status a').first().getAttribute('href');
      expect(statusHref).toMatch(/^\/mesin\?p=status&r=VC-\d{4}-\d{4}&t=[0-9a-f]+$/);

      await page.getByRole('button', { name: 'Pengaturan', exact: true }).click();
      await page.locator('#pemberitahuan', { hasText: 'Pengaturan' }).waitFor();
      const wizard = sidebar(page);
      await wizard.locator('h2', { hasText: 'Pengaturan' }).waitFor();
      expect(await wizard.locator('body').innerText()).not.toMatch(/tidak ditemukan/);
      expect(await wizard.locator('form').count()).toBeGreaterThan(0);

      await page.goto(`${s.server.url}${statusHref!.slice(1)}`);
      const statusText = await page.locator('body').innerText();
      expect(statusText).toMatch(/VC-\d{4}-\d{4}/);
      expect(statusText).not.toMatch(/Galat|tidak ditemukan/);
    },
    WALK_TIMEOUT_MS,
  );
});

describe('playground server start', () => {
  test(
    'a second start on the same port is refused with an Indonesian message (exit code 1 from the CLI); letters are served as PDF',
    async () => {
      const first = await startPlayground({ port: 0, stateFile: tempStateFile(), log: () => undefined });
      try {
        const port = Number(new URL(first.url).port);
        await expect(startPlayground({ port, stateFile: tempStateFile() })).rejects.toThrow(
          `Port ${port} sudah dipakai program lain`,
        );
        const root = path.resolve(__dirname, '../..');
        const cli = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['dev/playground/server.ts'], {
          cwd: root,
          env: { ...process.env, PORT: String(port) },
          encoding: 'utf8',
          timeout: 30000,
        });
        expect(cli.status).toBe(1);
        expect(cli.stderr).toContain(`Playground tidak bisa dijalankan: Port ${port} sudah dipakai program lain`);
        const page = await (await fetch(first.url)).text();
        const letter = /href="(\/berkas\/[^"]+)"/.exec(page)?.[1];
        expect(letter).toBeDefined();
        const pdf = await fetch(new URL(letter!, first.url));
        expect(pdf.headers.get('content-type')).toBe('application/pdf');
        expect(
          Buffer.from(await pdf.arrayBuffer())
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
      } finally {
        await first.close();
      }
    },
    WALK_TIMEOUT_MS,
  );
});
