import { mkdirSync, statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSnapshot } from '../../subgraphs/indicators/live/run.js';
import { testClock } from '../helpers/clock.js';
import { tokenFor } from '../helpers/graphql.js';
import { startStack, type Stack } from '../helpers/stack.js';
import { launchChromium, openOffline } from '../helpers/browser.js';

/*
 * The researcher page in Debian's Chromium (headless, through playwright-core): it must
 * load with every request to another host refused, and draw what the API says.
 */
const SCREENSHOTS = 'test-results';

let stack: Stack;
let browser: Browser;
let origin: string;
/** A year of seeded volunteer hours that is over by the test clock however it is set. */
const PERIOD = '2025';

beforeAll(async () => {
  stack = await startStack();
  origin = new URL(stack.gatewayUrl).origin;
  await runSnapshot({ gatewayUrl: stack.gatewayUrl, token: await tokenFor({ role: 'service' }), period: PERIOD, clock: testClock() });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

interface Drawn {
  area: string;
  areaLabel: string;
  value: number | null;
  status: string | null;
}

/** Opens the page with every request to another origin aborted; returns what was refused and what the console complained of. */
const open = (path: string) => openOffline(browser, origin, `${origin}${path}`, 'body[data-ready="true"]', { width: 1200, height: 1800 });

/** What the page says it drew (window.researchPage). The callbacks run in the browser, hence `globalThis`. */
const drawn = (page: Page): Promise<{ ranking: Drawn[]; selection: string }> => page.evaluate(() => (globalThis as any).researchPage);
const chartData = (page: Page, id: string): Promise<{ painted: number; width: number; height: number }> =>
  page.evaluate((canvasId) => {
    const canvas = (globalThis as any).document.getElementById(canvasId);
    const pixels: Uint8ClampedArray = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
    return { painted, width: canvas.width, height: canvas.height };
  }, id);

async function api(query: string) {
  const response = await fetch(`${origin}/export/observations.json-stat?${query}`);
  expect(response.status).toBe(200);
  const ds = (await response.json()) as {
    dimension: { area: { category: { index: string[] } } };
    value: (number | null)[];
    status?: Record<string, string>;
  };
  return new Map(ds.dimension.area.category.index.map((area, i) => [area, { value: ds.value[i], status: ds.status?.[String(i)] ?? null }]));
}

describe('the researcher page', () => {
  it('loads from the gateway with every other host refused, ranks the municipalities per 1,000 inhabitants as the API gives them, and is saved as a screenshot', async () => {
    const { page, refused, problems } = await open(`/research?county=56&period=${PERIOD}`);
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.locator('#indicator').inputValue()).toBe('volunteer_hours_per_1000');
    const { ranking, selection } = await drawn(page);
    expect(selection).toBe(`indicators=volunteer_hours_per_1000&within=56&lang=nb&periods=${PERIOD}`);
    const truth = await api(selection);
    const municipalities = [...truth].filter(([area]) => area.length === 4);
    expect(ranking).toHaveLength(municipalities.length);
    for (const cell of ranking)
      expect({ area: cell.area, value: cell.value, status: cell.status }).toEqual({ area: cell.area, ...truth.get(cell.area) });
    // Ranked: every known value before the held-back ones, highest first
    const known = ranking.filter((c) => c.value != null).map((c) => c.value as number);
    expect(known.length).toBeGreaterThan(0);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(ranking.slice(known.length).every((c) => c.value == null && (c.status === '..' || c.status === ':'))).toBe(true);
    // Missing cells are shown as such in the table, never as 0
    const missing = ranking.find((c) => c.status === '..');
    expect(missing, 'a Finnmark municipality without reporting organisations').toBeDefined();
    await expect.poll(() => page.locator(`#ranking-table tr[data-area="${missing!.area}"] td.held`).textContent()).toBe('..');
    expect((await chartData(page, 'ranking')).painted).toBeGreaterThan(1000);
    expect((await chartData(page, 'series')).painted).toBeGreaterThan(1000);
    expect(await page.locator('#download-csv').getAttribute('href')).toBe(`/export/observations.csv?${selection}`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/research-page.png`, fullPage: true });
    expect(statSync(`${SCREENSHOTS}/research-page.png`).size).toBeGreaterThan(20_000);
    // The top of the page, small enough for the README (web/research/screenshot.jpg is a copy of one)
    await page.screenshot({
      path: `${SCREENSHOTS}/research-page.jpg`,
      type: 'jpeg',
      quality: 70,
      clip: { x: 0, y: 0, width: 1200, height: 1250 },
    });
    await page.context().close();
  });

  it('draws the seeded population of a county, Alta first in Finnmark with 21,708', async () => {
    const { page, refused } = await open('/research?indicator=population&county=56&period=2024');
    expect(refused).toEqual([]);
    const { ranking } = await drawn(page);
    const truth = await api('indicators=population&within=56&periods=2024');
    expect(ranking[0]).toMatchObject({ area: '5601', value: 21708 });
    expect(ranking.map((c) => [c.area, c.value])).toEqual(
      [...truth]
        .filter(([area]) => area.length === 4)
        .map(([area, cell]) => [area, cell.value])
        .sort((a, b) => (b[1] as number) - (a[1] as number)),
    );
    await page.context().close();
  });

  it('speaks English with lang=en, labels and units included', async () => {
    const { page } = await open(`/research?lang=en&county=56&period=${PERIOD}`);
    expect(await page.locator('h1').textContent()).toMatch(/for researchers/);
    expect(await page.locator('#unit').textContent()).toMatch(/hours per 1,000 inhabitants/);
    expect(await page.locator('#ranking-title').textContent()).toMatch(
      /Volunteer hours per 1,000 inhabitants: the municipalities of Finnmark/,
    );
    await page.context().close();
  });

  it('is passed through with the catalogue by the gateway', async () => {
    const tables = await fetch(`${origin}/export/tables`);
    expect(tables.status).toBe(200);
    expect(((await tables.json()) as { tables: { id: string }[] }).tables.map((t) => t.id)).toContain('volunteer_hours_per_1000');
    const page = await fetch(`${origin}/research`);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await page.text()).toMatch(/<script type="module" src="\/research\/app.js">/);
  });
});
