/// <reference lib="dom" />
/**
 * Helpers for walking the playground page in Chromium as a person would: pick a user
 * in the switcher, send the FPVC form, open a task in the sidebar iframe and click a
 * step, and read what the register table shows.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { startPlayground, type RunningPlayground } from '../../dev/playground/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness';

/** Each click reloads a page holding a month of data; allow for a busy machine. */
const PAGE_TIMEOUT_MS = 20000;

/** A playground on a free port with its own state file, and a Chromium page on it. */
export interface PlaygroundSession {
  server: RunningPlayground;
  stateFile: string;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** A fresh state file path in a new temporary folder. */
export function tempStateFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vicon-playground-')), 'state.json');
}

/** Starts the playground in-process and opens its page (network outside the playground blocked). */
export async function openPlayground(stateFile = tempStateFile()): Promise<PlaygroundSession> {
  const server = await startPlayground({ port: 0, stateFile, log: () => undefined });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'id-ID' });
  await context.route(
    (url) => !url.href.startsWith(server.url),
    (route) => route.abort(),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  await page.goto(server.url);
  return {
    server,
    stateFile,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The sidebar iframe. */
export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('#sidebar');
}

/** Acts as `email` through the user switcher; resolves when the reloaded page says so. */
export async function actAs(page: Page, email: string): Promise<void> {
  await page.selectOption('#pilih-pengguna', email);
  await page.getByRole('button', { name: 'Ganti pengguna' }).click();
  await page.locator('#aktor', { hasText: email }).waitFor();
}

/** Who the sidebar (the real panel, as the chosen user) says is signed in. */
export async function sidebarUser(page: Page): Promise<string> {
  const me = sidebar(page).locator('dl.me dd').first();
  await me.waitFor();
  return me.innerText();
}

/** The sender line of every mail in the outbox. */
export function outboxSenders(page: Page): Promise<string[]> {
  return page.locator('#surat-keluar details.mail .mail-from').allTextContents();
}

/** The text of register cell (request `id`, column `column`) as the page shows it now. */
export function registerCell(page: Page, id: string, column: string): Promise<string> {
  return page.locator(`#sheet-register tr[data-key="${id}"] td[data-col="${column}"]`).innerText();
}

/** Waits until the register table (refreshed after sidebar calls) shows `text` for `id` in `column`. */
export async function waitForRegister(page: Page, id: string, column: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([rid, col, want]) => {
      const cell = document.querySelector(`#sheet-register tr[data-key="${rid}"] td[data-col="${col}"]`);
      return cell !== null && cell.textContent === want;
    },
    [id, column, text],
  );
}

/** Fills the FPVC form (suggested answers + `answers` by field key), sends it, and returns the new request number. */
export async function sendFpvc(page: Page, answers: Record<string, string>): Promise<string> {
  for (const [field, value] of Object.entries(answers)) {
    const control = page.locator(`#q-${field}`);
    if (await control.evaluate((el) => el.tagName === 'SELECT')) await control.selectOption(value);
    else await control.fill(value);
  }
  await page.getByRole('button', { name: 'Kirim formulir' }).click();
  const notice = await page.locator('#pemberitahuan').innerText();
  const id = /permohonan (VC-\d{4}-\d{4})/.exec(notice)?.[1];
  if (!id) throw new Error(`Formulir tidak tercatat: ${notice}`);
  return id;
}

/**
 * In the sidebar: opens task `id` (unless its detail is already open), clicks action `action`,
 * fills its inline form (`fill`: control name → value) when it has one, and waits for the
 * "…: tercatat untuk <id>" message. Returns the sidebar's detail text afterwards.
 */
export async function sidebarStep(
  page: Page,
  id: string,
  action: string,
  fill: Record<string, string> = {},
): Promise<string> {
  const frame = sidebar(page);
  const detailOpen =
    (await frame.locator('#detail-title').count()) > 0 &&
    (await frame.locator('.fields.status dd').first().innerText()) === id;
  if (!detailOpen) {
    await frame.locator(`button.task-open[data-id="${id}"]`).click();
    await frame.locator('#detail-title').waitFor();
  }
  const button = frame.locator(`.actions button[data-action="${action}"]`);
  const label = await button.innerText();
  await button.click();
  if (Object.keys(fill).length) {
    const form = frame.locator('form.action-form');
    for (const [name, value] of Object.entries(fill)) {
      const control = form.locator(`[name="${name}"]`);
      if (await control.evaluate((el) => el.tagName === 'SELECT')) await control.selectOption(value);
      else await control.fill(value);
    }
    await form.locator('button[type="submit"]').click();
  }
  await frame.locator('[role="status"]', { hasText: `${label}: tercatat untuk ${id}` }).waitFor();
  return frame.locator('section.detail').innerText();
}
