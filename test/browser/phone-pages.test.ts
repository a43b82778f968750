/**
 * Issue 18 in Chromium with mobile emulation (360 × 740, touch): the Kadis's "Tugas saya" and a
 * disposition page, as the built engine serves them, fit the screen, have thumb-sized buttons,
 * are axe clean (no serious or critical violation), and are kept as screenshots.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page as BrowserPage } from 'playwright-core';
import { validAnswers } from '../fixtures/answers';
import { codeMailedTo, formNamed, open, phoneLinkIn, press, type Page } from '../e2e/phone-kit';
import { e2eWorld } from '../e2e/world';
import { browserSkipReason, CHROMIUM_ARGS, CHROMIUM_PATH, horizontalOverflow, seriousA11yViolations } from './harness';

const SHOTS = path.resolve(__dirname, '__screenshots__');
const KADIS = 'kadis@kominfo.go.id';
const skip = browserSkipReason();
const maybe = skip ? describe.skip : describe;
if (skip) console.warn(skip);

/** The Kadis's phone pages from the built engine: the task list (device proven) and one disposition. */
function kadisPages(): { tasks: Page; disposition: Page } {
  const e = e2eWorld('000-bandung');
  e.submit(validAnswers());
  e.submit(validAnswers({ 'Tanggal kegiatan': '2026-12-08', 'Judul kegiatan': 'Sosialisasi Aplikasi SRIKANDI' }));
  const first = open(e, null, phoneLinkIn(e, KADIS, 'VC-2026-0001'));
  const tasksUrl = first.links.find((l) => l.label === 'Tugas saya')!.url;
  const asked = press(e, null, formNamed(open(e, null, tasksUrl), 'Kirim kode ke email saya'));
  const tasks = press(e, null, formNamed(asked, 'Masuk dengan kode'), { k: codeMailedTo(e, KADIS) });
  const disposition = open(e, null, tasks.links.find((l) => l.label.startsWith('VC-2026-0001'))!.url);
  return { tasks, disposition };
}

/** Heights of the page's buttons and links meant for a thumb. */
function targetHeights(page: BrowserPage): Promise<number[]> {
  return page.$$eval('button, a.big, .tasks a', (els) => els.map((el) => el.getBoundingClientRect().height));
}

maybe('phone pages at 360 × 740 in Chromium', () => {
  let browser: Browser;
  const pages = kadisPages();

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(() => browser?.close());

  it.each([
    ['phone-tugas-saya', 'tasks' as const],
    ['phone-disposisi', 'disposition' as const],
  ])('%s fits, is thumb-sized and axe clean', async (name, which) => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      locale: 'id-ID',
    });
    await context.route(/^https?:/, (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(pages[which].html);
    expect(await horizontalOverflow(page)).toEqual([]);
    const heights = await targetHeights(page);
    expect(heights.length).toBeGreaterThan(0);
    expect(heights.filter((h) => h < 44)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
    await context.close();
  });

  it('the disposition page offers exactly the Kadis button and the task list links both requests', () => {
    expect(pages.disposition.forms.map((f) => f.button)).toEqual(['Disposisikan ke Kepala Bidang']);
    expect(pages.tasks.links.filter((l) => l.label.startsWith('VC-2026-')).map((l) => l.label.slice(0, 12))).toEqual([
      'VC-2026-0001',
      'VC-2026-0002',
    ]);
  });
});
