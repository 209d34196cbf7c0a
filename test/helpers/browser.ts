import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, which `.ci/run` installs when it is missing. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium through playwright-core, with the flags every browser test uses. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}

export interface OfflinePage {
  page: Page;
  /** Every request to another origin, aborted. */
  refused: string[];
  /** Console errors and uncaught page errors. */
  problems: string[];
}

/**
 * Opens `url` in a fresh context with every request to another origin than `origin` aborted and
 * recorded (as on a network with no internet), and waits for `ready` to appear.
 */
export async function openOffline(
  browser: Browser,
  origin: string,
  url: string,
  ready: string,
  viewport: { width: number; height: number },
): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const refused: string[] = [];
  const problems: string[] = [];
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (new URL(target).origin === origin) return route.continue();
    refused.push(target);
    return route.abort();
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 60_000 });
  return { page, refused, problems };
}
