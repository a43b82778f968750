/// <reference lib="dom" />
/**
 * Browser-test wiring: headless Debian Chromium through playwright-core, the panel's built
 * dist/panel/Sidebar.html, and the google.script.run shim backed by ONE swappable function
 * `invoke(name, args)` — an in-test fake, or the built panel bundle on the stand-in (which
 * forwards every change to the built engine).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Browser, chromium, Page } from 'playwright-core';
import { buildSidebar } from '../../dev/build-sidebar';
import { handleShimCall, ServerInvoke, shimScript } from '../../dev/sidebar-shim';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SIDEBAR_WIDTH_PX = 300;
/** Fail a click or wait quickly instead of at jest's timeout. */
export const ACTION_TIMEOUT_MS = 15000;
export const RESULTS_DIR = path.resolve(__dirname, '../../test-results');

/**
 * Why the browser tests cannot run here, or null when they should. They are skipped only
 * when Chromium is missing on a developer's machine; in CI (CI=true) and before a deploy
 * (REQUIRE_BROWSER_TESTS=1, set by `npm run deploy`) they always run, and fail loudly
 * without Chromium, so nothing is pushed untested.
 */
export function browserSkipReason(): string | null {
  if (fs.existsSync(CHROMIUM_PATH) || process.env.CI === 'true' || process.env.REQUIRE_BROWSER_TESTS === '1')
    return null;
  return `Uji browser dilewati: Chromium tidak ada di ${CHROMIUM_PATH} (pasang: apt-get install -y chromium, atau set CHROMIUM_PATH).`;
}

/** An open sidebar page; close() ends the browser. */
export interface SidebarSession {
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/**
 * Builds dist/panel/Sidebar.html, launches Chromium, blocks all network access, exposes
 * `window.__gasInvoke` backed by `invoke`, injects the shim and opens the sidebar at
 * a 300 px wide viewport. Resolves once the page has loaded.
 */
export async function openSidebar(
  invoke: ServerInvoke,
  viewport = { width: SIDEBAR_WIDTH_PX, height: 900 },
): Promise<SidebarSession> {
  const { outFile } = await buildSidebar();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport, locale: 'id-ID' });
    await context.route(/^https?:/, (route) => route.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    await page.exposeFunction('__gasInvoke', (name: string, argsJson: string) =>
      handleShimCall(invoke, name, argsJson),
    );
    await page.addInitScript(shimScript({ transport: 'exposed' }));
    await page.goto(`file://${outFile}`);
    return { browser, page, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Elements (described by tag.class and text) that stick out of the viewport horizontally, plus html/body overflow. */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const el of [document.documentElement, document.body]) {
      if (el.scrollWidth > el.clientWidth)
        found.push(`${el.tagName} scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
    }
    document.body.querySelectorAll('*').forEach((el) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (!rect.width || style.display === 'none' || style.visibility === 'hidden') return;
      if (rect.right > width + 0.5 || rect.left < -0.5) {
        found.push(
          `${el.tagName.toLowerCase()}.${el.className} [${Math.round(rect.left)}, ${Math.round(rect.right)}] ${(el.textContent ?? '').slice(0, 40)}`,
        );
      }
    });
    return found;
  });
}

/** Runs axe-core on the page (or only inside `selector`) and returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page, selector?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  }
  return page.evaluate(async (scope) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document | Element,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(scope ? (document.querySelector(scope) as Element) : document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector ?? null);
}

/** Saves a full-page screenshot as test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
