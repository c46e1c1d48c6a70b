/**
 * Chromium for the console's browser tests: Debian's `chromium` package (/usr/bin/chromium, or $SAMSA_CHROMIUM)
 * driven by playwright-core, which never downloads a browser of its own. Every run saves its screenshots under
 * test-results/screenshots/ (ignored by git); with SAMSA_UPDATE_SCREENSHOTS=1 they go to docs/screenshots/ instead,
 * the committed set the README shows, so a plain test run leaves the working tree as it found it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env['SAMSA_CHROMIUM'] ?? '/usr/bin/chromium';
const ROOT = resolve(__dirname, '../../../..');
const SCREENSHOTS =
  process.env['SAMSA_UPDATE_SCREENSHOTS'] === '1'
    ? join(ROOT, 'docs', 'screenshots')
    : join(ROOT, 'test-results', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set SAMSA_CHROMIUM)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}

/** A page 1280x800 (small PNGs), failing the test on any script error the page throws. */
export async function openPage(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark'; httpCredentials?: { username: string; password: string } } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    ...(options.httpCredentials ? { httpCredentials: options.httpCredentials } : {}),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

/** Saves the page as <name>.png in the screenshot directory (above). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
