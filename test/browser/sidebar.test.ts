/**
 * The built sidebar (dist/panel/Sidebar.html) in headless Chromium at 300 px, talking to a
 * fake ServerApi through the google.script.run shim.
 */
import type { ActionRequestDto, LetterRequestDto } from '../../src/shared/rpc';
import {
  browserSkipReason,
  horizontalOverflow,
  openSidebar,
  screenshot,
  seriousA11yViolations,
  SidebarSession,
} from './harness';
import { FakeSidebarServer, STALE_MESSAGE } from './sidebar-fake-server';

const skipReason = browserSkipReason();
if (skipReason) console.warn(skipReason);
const describeBrowser = skipReason ? describe.skip : describe;

describeBrowser('sidebar in Chromium', () => {
  let server: FakeSidebarServer;
  let session: SidebarSession;

  beforeEach(async () => {
    server = new FakeSidebarServer();
    session = await openSidebar((name, args) => server.invoke(name, args));
  });
  afterEach(async () => session?.close());

  const page = () => session.page;
  const openTask = async (id: string) => {
    await page().locator(`button.task-open[data-id="${id}"]`).click();
    await page().locator('#detail-title').waitFor();
  };
  const actionLabels = () => page().locator('.actions button').allTextContents();
  const actionCalls = () =>
    server.calls.filter((c) => c.name === 'performAction').map((c) => c.args[0] as ActionRequestDto);

  test('renders the header and "Tugas saya" in server order with time left', async () => {
    await page().locator('.task-open').first().waitFor();
    expect(await page().locator('.task-id').allTextContents()).toEqual([
      'VC-2026-0001',
      'VC-2026-0002',
      'VC-2026-0003',
    ]);
    expect(await page().locator('.time-left').allTextContents()).toEqual([
      'terlambat 2 jam 5 menit',
      'sisa 3 menit',
      'tanpa batas waktu',
    ]);
    expect(await page().locator('.time-left.overdue').count()).toBe(1);
    const header = await page().locator('header').innerText();
    expect(header).toContain('Budi Santoso');
    expect(header).toContain('Plh Kepala Dinas (untuk Siti Rahmawati)');
    expect(header).toContain('WIB');
    await screenshot(page(), 'sidebar');
    expect(await horizontalOverflow(page())).toEqual([]);
    expect(await seriousA11yViolations(page())).toEqual([]);
  });

  test('works by keyboard alone: Tab reaches a task with a visible focus ring, Enter opens it', async () => {
    await page().locator('.task-open').first().waitFor();
    const focused = () =>
      page().evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { text: el.textContent ?? '', outline: getComputedStyle(el).outlineStyle };
      });
    const order: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await page().keyboard.press('Tab');
      order.push((await focused()).text.slice(0, 12));
    }
    expect(order).toEqual(['Tugas saya', 'Input surat', 'Muat ulang', 'VC-2026-0001']);
    expect((await focused()).outline).not.toBe('none');
    await page().keyboard.press('Enter');
    await page().locator('#detail-title').waitFor();
    expect(await page().evaluate(() => document.activeElement?.id)).toBe('detail-title');
  });

  test('a task shows only the actions the server offered', async () => {
    await openTask('VC-2026-0002');
    expect(await actionLabels()).toEqual(['Tugaskan operator', 'Jadwal penuh']);
    await page().getByRole('button', { name: 'Kembali ke Tugas saya' }).click();
    await openTask('VC-2026-0001');
    expect(await actionLabels()).toEqual(['Disposisi ke Subkoordinator', 'Tolak', 'Kembalikan untuk perbaikan']);
    expect(await page().locator('.sla.late').innerText()).toContain('✗ 45 menit (baku 30 menit)');
    expect(await page().getByRole('link', { name: 'Kabari pemohon lewat WhatsApp' }).getAttribute('href')).toMatch(
      /^https:\/\/wa\.me\//,
    );
    await screenshot(page(), 'sidebar-detail');
    expect(await horizontalOverflow(page())).toEqual([]);
    expect(await seriousA11yViolations(page())).toEqual([]);
  });

  test('a negative action is refused in place without a note and succeeds with one', async () => {
    await openTask('VC-2026-0001');
    await page().locator('.actions button[data-action="tolak"]').click();
    const form = page().locator('form.action-form');
    await form.getByRole('button', { name: 'Tolak' }).click();
    expect(await form.locator('.field-error').first().innerText()).toBe('Catatan wajib diisi: tuliskan alasannya.');
    expect(await form.getByLabel(/Catatan/).getAttribute('aria-invalid')).toBe('true');
    expect(actionCalls()).toEqual([]);
    const note = form.getByLabel(/Catatan/);
    expect(await note.getAttribute('maxlength')).toBe('1000');
    const hint = form.locator('[data-field="note"] .hint');
    expect(await hint.innerText()).toBe('Sisa 1000 dari 1000 karakter.');
    await note.fill('Kegiatan di luar kewenangan Diskominfo.');
    expect(await hint.innerText()).toBe('Sisa 961 dari 1000 karakter.');
    await note.fill('x'.repeat(998));
    await note.pressSequentially('abcde');
    expect(await note.inputValue()).toBe(`${'x'.repeat(998)}ab`);
    expect(await hint.innerText()).toBe('Sisa 0 dari 1000 karakter.');
    await note.fill('Kegiatan di luar kewenangan Diskominfo.');
    await form.getByRole('button', { name: 'Tolak' }).click();
    await page().getByRole('status').filter({ hasText: 'berhasil' }).waitFor();
    await expect(page().getByRole('status').innerText()).resolves.toBe('Tolak: berhasil untuk VC-2026-0001.');
    expect(actionCalls()).toEqual([
      {
        requestId: 'VC-2026-0001',
        action: 'tolak',
        expectedVersion: 3,
        input: { note: 'Kegiatan di luar kewenangan Diskominfo.' },
      },
    ]);
    expect(await page().locator('.actions button').count()).toBe(0);
  });

  test('a stale version is refused and offers "Muat ulang"', async () => {
    await openTask('VC-2026-0002');
    server.bumpVersion('VC-2026-0002');
    await page().locator('.actions button[data-action="tugaskan"]').click();
    await page()
      .getByLabel(/Operator/)
      .selectOption('andi@diskominfo.go.id');
    await page().locator('form.action-form button[type="submit"]').click();
    await expect(page().getByRole('alert').locator('p').innerText()).resolves.toBe(STALE_MESSAGE);
    await screenshot(page(), 'sidebar-stale');
    await page().getByRole('button', { name: 'Muat ulang' }).click();
    await page().locator('.actions button[data-action="tugaskan"]').click();
    await page()
      .getByLabel(/Operator/)
      .selectOption('andi@diskominfo.go.id');
    await page().locator('form.action-form button[type="submit"]').click();
    await page().getByRole('status').filter({ hasText: 'berhasil' }).waitFor();
    expect(actionCalls().map((c) => [c.expectedVersion, c.input.operator])).toEqual([
      [3, 'andi@diskominfo.go.id'],
      [4, 'andi@diskominfo.go.id'],
    ]);
  });

  test('the input forms of every requirement fit 300 px and pass axe', async () => {
    await openTask('VC-2026-0002');
    await page().locator('.actions button[data-action="jadwal_penuh"]').click();
    await page().locator('form.action-form button[type="submit"]').click();
    expect(await page().locator('form.action-form [aria-invalid="true"]').count()).toBe(4);
    await screenshot(page(), 'sidebar-action-form');
    expect(await horizontalOverflow(page())).toEqual([]);
    expect(await seriousA11yViolations(page())).toEqual([]);
    await page().getByRole('button', { name: 'Kembali ke Tugas saya' }).click();
    await openTask('VC-2026-0003');
    await page().locator('.actions button[data-action="dokumentasi"]').click();
    await page().getByLabel('Notulen (tautan atau ringkasan)').fill('https://drive.example/notulen');
    await page().getByLabel('Jumlah peserta').fill('42');
    await page().locator('form.action-form button[type="submit"]').click();
    await page().getByRole('status').waitFor();
    expect(actionCalls()[0].input).toEqual({
      documentation: { notulen: 'https://drive.example/notulen', jumlahPeserta: '42' },
    });
  });

  test('the letter form checks required fields, then submits and shows the number', async () => {
    await page().getByRole('button', { name: 'Input surat' }).click();
    await page().getByRole('button', { name: 'Simpan permohonan' }).click();
    expect(await page().getByRole('alert').innerText()).toBe('Periksa 8 isian yang ditandai.');
    expect(server.calls.some((c) => c.name === 'submitLetterRequest')).toBe(false);
    expect(await horizontalOverflow(page())).toEqual([]);
    await screenshot(page(), 'sidebar-letter');
    expect(await seriousA11yViolations(page())).toEqual([]);
    const fill = async (label: string, value: string) => page().getByLabel(label, { exact: true }).fill(value);
    await fill('Nama pemohon *', 'Rina Wulandari');
    await fill('Instansi/OPD *', 'Bappelitbang');
    await fill('Nomor SRIKANDI', 'B/123/2026');
    await fill('Judul kegiatan *', 'Rapat <b>koordinasi</b>');
    await fill('Tanggal kegiatan *', '2026-01-05');
    await fill('Jam mulai *', '09:00');
    await fill('Jam selesai *', '11:00');
    await page().getByLabel('Platform *').selectOption('Google Meet');
    await page().getByLabel('Perlu rekaman').check();
    await page().getByRole('button', { name: 'Simpan permohonan' }).click();
    await expect(page().locator('.request-id').innerText()).resolves.toBe('VC-2026-0004');
    await screenshot(page(), 'sidebar-intake');
    expect(await page().locator('.intake-result').innerText()).toContain(
      'Email atau nomor WhatsApp pemohon belum diisi.',
    );
    const sent = server.calls.find((c) => c.name === 'submitLetterRequest')?.args[0] as LetterRequestDto;
    expect(sent).toMatchObject({
      applicantName: 'Rina Wulandari',
      srikandiNumber: 'B/123/2026',
      title: 'Rapat <b>koordinasi</b>',
      platform: 'Google Meet',
      needsRecording: true,
      needsRoom: false,
      email: '',
    });
    expect(await horizontalOverflow(page())).toEqual([]);
  });
});

describeBrowser('sidebar failures and the shim', () => {
  test('a thrown server error is shown as text, never as HTML', async () => {
    const session = await openSidebar(() => {
      throw new Error('Gagal <img src=x onerror="document.title=1"> membaca sheet.');
    });
    try {
      const alert = session.page.getByRole('alert');
      await expect(alert.locator('p').innerText()).resolves.toBe(
        'Gagal <img src=x onerror="document.title=1"> membaca sheet.',
      );
      expect(await session.page.locator('img').count()).toBe(0);
      expect(await alert.getByRole('button', { name: 'Coba lagi' }).count()).toBe(1);
    } finally {
      await session.close();
    }
  });

  test('google.script.run rejects Date arguments and turns Date results into null', async () => {
    const session = await openSidebar((name) => (name === 'getRequestDetail' ? { at: new Date(0) } : { ok: true }));
    try {
      const outcome = await session.page.evaluate(
        () =>
          new Promise((resolve) => {
            const run = (window as any).google.script.run;
            let thrown = '';
            try {
              run.getRequestDetail(new Date(0));
            } catch (e) {
              thrown = (e as Error).message;
            }
            run
              .withSuccessHandler((value: unknown, user: unknown) => resolve({ thrown, value, user }))
              .withUserObject('u1')
              .getRequestDetail('x');
          }),
      );
      expect(outcome).toEqual({ thrown: 'Failed due to illegal value in property: 0', value: null, user: 'u1' });
    } finally {
      await session.close();
    }
  });
});
