/// <reference lib="dom" />
/**
 * The applicant's status page in Chromium: the built engine serves it (on the stand-in) through the
 * signed link from the applicant's mail; every request the page makes to script.google.com is
 * answered by the engine's web app, nothing else leaves the browser. A phone-sized viewport.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { validAnswers } from '../fixtures/answers';
import { type E2E, e2eWorld, stepAs } from '../e2e/world';
import { browserSkipReason, CHROMIUM_ARGS, CHROMIUM_PATH, horizontalOverflow, seriousA11yViolations } from './harness';

const skipReason = browserSkipReason();
if (skipReason) console.warn(skipReason);
const describeBrowser = skipReason ? describe.skip : describe;
const ID = 'VC-2026-0001';
const ENGINE = /^https:\/\/script\.google\.com\/macros\/s\//;

function statusLink(e: E2E): string {
  const mail = e.ws.mail.outbox.filter((m) => m.to.includes('siti@disdik.go.id')).at(-1)!;
  return /https:\/\/script\.google\.com\/macros\/s\/[^\s"<>]+\?p=status&r=[^\s"<>]+/.exec(mail.body)![0];
}

/** A Chromium page whose requests to the engine go to the built engine web app on the stand-in. */
async function browse(e: E2E): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'id-ID' });
  const fetch = e.ws.globals.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp;
  await context.route(/^https?:/, async (route) => {
    const req = route.request();
    if (!ENGINE.test(req.url())) return route.abort();
    const res = fetch.fetch(req.url(), {
      method: req.method() === 'POST' ? 'post' : 'get',
      ...(req.method() === 'POST'
        ? { contentType: 'application/x-www-form-urlencoded', payload: req.postData() ?? '' }
        : {}),
      muteHttpExceptions: true,
    });
    return route.fulfill({ status: res.getResponseCode(), contentType: 'text/html', body: res.getContentText() });
  });
  return { browser, page: await context.newPage() };
}

describeBrowser('status page in Chromium', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test('shows the offered times, accepts one with a click, fits a phone and passes axe', async () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    stepAs(e, 'kadis', ID, 'disposisi');
    stepAs(e, 'kabid', ID, 'disposisi');
    stepAs(e, 'subkoor', ID, 'terima');
    const alternative = { date: '2026-12-01', start: '13:00', end: '15:30' };
    stepAs(e, 'subkoor', ID, 'tawarkan_alternatif', { alternative });
    const session = await browse(e);
    browser = session.browser;
    const { page } = session;
    await page.goto(statusLink(e));
    await page.getByRole('heading', { name: `Status permohonan ${ID}` }).waitFor();
    expect(await page.getByRole('row', { name: /Sedang menunggu/ }).innerText()).toContain('Jawaban Anda');
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(e.column('Langkah')).toEqual(['menunggu_pemohon']);

    await page.getByRole('button', { name: /Pilih Selasa, 1 Desember 2026/ }).click();
    await page.getByRole('status').filter({ hasText: 'Waktu pilihan Anda sudah kami catat' }).waitFor();
    expect(e.column('Langkah')).toEqual(['tunjuk_operator']);
    expect(await page.getByRole('button', { name: /Pilih / }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('cancels with a reason typed on the page', async () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    const session = await browse(e);
    browser = session.browser;
    const { page } = session;
    await page.goto(statusLink(e));
    await page.getByLabel('Alasan pembatalan (boleh dikosongkan)').fill('Kegiatan diundur.');
    await page.getByRole('button', { name: 'Batalkan permohonan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Permohonan ${ID} dibatalkan` })
      .waitFor();
    expect(e.column('Status')).toEqual(['Dibatalkan']);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
