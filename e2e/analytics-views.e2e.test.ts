import { DEMO_WORKSPACE_ID, seedDemoEvents, seedDemoWorkspace, type RunningServer } from '@safar/server';
import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { launchBrowser, SCREENSHOT_DIR, startTestServer, PERSIAN_DIGITS } from './browser.js';

const FUNNEL_STEPS = ['tp-website-product-page', 'tp-shopping-cart', 'tp-checkout', 'tp-online-payment'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface FunnelAnswer {
  steps: { label: string; persons: number; droppedOff: number }[];
}

/** Runs the form's query and returns the spec the page sent and the answer it got. */
async function run(page: Page, kind: string) {
  const answer = page.waitForResponse(
    (response) => response.url().endsWith(`/analytics/${kind}`) && response.request().method() === 'POST',
  );
  await page.locator('[data-testid="analytics-run"]').click();
  const response = await answer;
  expect(response.status(), await response.text()).toBe(200);
  return {
    spec: JSON.parse(response.request().postData() ?? '{}') as unknown,
    result: await response.json(),
  };
}

/** Picks catalogue touchpoints for the steps of a step list, adding rows as needed. */
async function chooseTouchpoints(list: Locator, ids: readonly string[]) {
  for (const [index, id] of ids.entries()) {
    await list.locator(`[data-testid$="-add"]`).click();
    await list.locator('[data-testid="step-touchpoint"]').nth(index).selectOption(id);
  }
}

/** The text of a download, and its file name. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** The whole page: the form with the kind's fields, and the chart it ran. */
async function screenshot(page: Page, kind: string, locale: string) {
  await page.locator('[data-testid="chart-frame"]').waitFor();
  await page.screenshot({ path: `${SCREENSHOT_DIR}analytics-${kind}-${locale}.png`, fullPage: true });
}

describe.each([
  { locale: 'en', digits: /[0-9]/, name: 'Checkout funnel' },
  { locale: 'fa', digits: PERSIAN_DIGITS, name: 'قیف خرید فروشگاه' },
] as const)('the analytics page in $locale', ({ locale, digits, name }) => {
  let server: RunningServer;
  let page: Page;
  beforeAll(async () => {
    server = await startTestServer();
    await seedDemoWorkspace(server.services, { locale });
    await seedDemoEvents(server.services, { events: 10_000 });
    page = await browser.newPage({ viewport: { width: 1400, height: 1200 }, acceptDownloads: true });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${server.url}/?lang=${locale}#/w/${DEMO_WORKSPACE_ID}/analytics`);
    await page.locator('[data-testid="analytics-form"]').waitFor();
  }, 120_000);
  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  it('draws a funnel whose bars are the API numbers, drills into them, exports and saves it', async () => {
    expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'fa' ? 'rtl' : 'ltr');
    await chooseTouchpoints(page.locator('[data-testid="funnel-steps"]'), FUNNEL_STEPS);
    const { spec, result } = await run(page, 'funnel');
    const funnel = result as FunnelAnswer;
    await page.locator('[data-testid="funnel-chart"]').waitFor();

    // The bars carry the persons the API answers for the same spec, asked again here.
    const again = await fetch(`${server.url}/api/workspaces/${DEMO_WORKSPACE_ID}/analytics/funnel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(spec),
    }).then((answer) => answer.json() as Promise<FunnelAnswer>);
    expect(again).toEqual(funnel);
    const bars = page.locator('[data-testid="funnel-bar-persons"]');
    const shown = await bars.evaluateAll((elements) =>
      elements.map((element) => Number(element.getAttribute('data-persons'))),
    );
    expect(shown).toEqual(funnel.steps.map((step) => step.persons));
    expect(funnel.steps[0]?.persons).toBeGreaterThan(0);
    expect(funnel.steps.at(-1)?.persons).toBeGreaterThan(0);
    const formatted = new Intl.NumberFormat(locale === 'fa' ? 'fa-IR-u-nu-arabext' : 'en-GB');
    const texts = await bars.allTextContents();
    funnel.steps.forEach((step, index) => expect(texts[index]).toContain(formatted.format(step.persons)));
    expect(texts.join(' ')).toMatch(digits);
    const dropped = await page
      .locator('[data-testid="funnel-dropped"]')
      .evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('data-persons'))));
    expect(dropped).toEqual(funnel.steps.slice(1).map((step) => step.droppedOff));

    // Bars grow from the start edge: the left in en, the right in fa.
    const chart = await page.locator('[data-testid="funnel-chart"]').boundingBox();
    const firstBar = await page.locator('[data-testid="funnel-step"] rect').first().boundingBox();
    if (!chart || !firstBar) throw new Error('no funnel chart on the page');
    if (locale === 'fa') expect(chart.x + chart.width - (firstBar.x + firstBar.width)).toBeLessThan(30);
    else expect(firstBar.x - chart.x).toBeLessThan(30);
    await screenshot(page, 'funnel', locale);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A number opens the persons behind it.
    const drill = page.waitForResponse((response) => response.url().endsWith('/analytics/funnel/persons'));
    await bars.nth(1).click();
    const persons = (await (await drill).json()) as { total: number };
    expect(persons.total).toBe(funnel.steps[1]?.persons);
    const dialog = page.locator('[role="dialog"]');
    await dialog.waitFor();
    await expect
      .poll(() => dialog.locator('[data-testid="drill-down-total"]').textContent())
      .toContain(formatted.format(persons.total));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // CSV: UTF-8 with a BOM, the step labels and persons as the API gave them.
    const frame = page.locator('[data-testid="chart-frame"]');
    const csv = await download(page, () => frame.locator('[data-testid="export-csv"]').click());
    expect(csv.name).toMatch(/^safar-funnel-.*\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + funnel.steps.length);
    funnel.steps.forEach((step, index) => {
      const cells = lines[index + 1]?.split(',') ?? [];
      expect(cells[1]).toBe(String(index + 1));
      expect(lines[index + 1]).toContain(step.label);
      expect(cells[3]).toBe(String(step.persons));
    });

    // SVG: a standalone file with the chart's text; PNG: an image.
    const svg = await download(page, () => frame.locator('[data-testid="export-svg"]').click());
    const svgText = svg.bytes.toString('utf8');
    expect(svgText.startsWith('<?xml')).toBe(true);
    expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svgText).toContain(funnel.steps[0]?.label);
    expect(svgText).toContain(`direction="${locale === 'fa' ? 'rtl' : 'ltr'}"`);
    const png = await download(page, () => frame.locator('[data-testid="export-png"]').click());
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.bytes.length).toBeGreaterThan(5_000);

    // Saved, it has a route of its own that opens and runs it again.
    await page.locator('[data-testid="save-query-name"]').fill(name);
    await page.locator('[data-testid="save-query-submit"]').click();
    await page.waitForURL(/#\/w\/demo\/analytics\/[^/]+$/);
    await page.locator('[data-testid="saved-query"]', { hasText: name }).waitFor();
    const route = page.url();
    const reopened = await browser.newPage({ viewport: { width: 1400, height: 1200 } });
    const answer = reopened.waitForResponse((response) => response.url().endsWith('/analytics/funnel'));
    await reopened.goto(route);
    expect(await (await answer).json()).toEqual(funnel);
    await reopened.locator('[data-testid="funnel-chart"]').waitFor();
    expect(await reopened.locator('h1').textContent()).toContain(name);
    const reopenedBars = await reopened
      .locator('[data-testid="funnel-bar-persons"]')
      .evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('data-persons'))));
    expect(reopenedBars).toEqual(shown);
    await reopened.close();
  });

  it('breaks a funnel down by persona into grouped bars', async () => {
    await page.locator('[data-testid="kind-funnel"]').click();
    await page.locator('[data-testid="funnel-breakdown"]').selectOption('persona');
    const { result } = await run(page, 'funnel');
    const funnel = result as FunnelAnswer & {
      breakdown: { value: string | null; steps: { persons: number }[] }[];
    };
    expect(funnel.breakdown.length).toBeGreaterThan(1);
    await page.locator('[data-testid="funnel-chart"]').waitFor();
    const shown = await page
      .locator('[data-testid="funnel-bar-persons"]')
      .evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('data-persons'))));
    const groups = funnel.breakdown.slice(0, 6);
    const expected = funnel.steps.flatMap((step, index) => [
      step.persons,
      ...groups.map((group) => group.steps[index]?.persons ?? 0),
    ]);
    expect(shown).toEqual(expected);
    await screenshot(page, 'funnel-breakdown', locale);
    await page.locator('[data-testid="funnel-breakdown"]').selectOption('none');
  });

  it('draws paths as a Sankey that flows with the reading direction', async () => {
    await page.locator('[data-testid="kind-paths"]').click();
    type Edges = { edges: { level: number; source: string; target: string; persons: number }[] };
    const named = (edges: Edges['edges'], name: string) =>
      edges.filter((edge) => edge.source === name || edge.target === name).length;
    // Identify calls are left out unless the user counts them again, and then they are steps.
    const excluded = page.locator('[data-testid="paths-excluded"]');
    await excluded.locator('[data-testid="paths-include-identify"]').click();
    const withCalls = await run(page, 'paths');
    expect((withCalls.spec as { excludeEvents: string[] }).excludeEvents).toEqual(['alias', 'group']);
    expect(named((withCalls.result as Edges).edges, 'identify')).toBeGreaterThan(0);
    await excluded.locator('[data-testid="paths-exclude-input"]').fill('identify');
    await excluded.locator('[data-testid="paths-exclude-input"]').press('Enter');
    const { spec, result } = await run(page, 'paths');
    expect((spec as { excludeEvents: string[] }).excludeEvents).toEqual(['alias', 'group', 'identify']);
    const { edges } = result as Edges;
    expect(named(edges, 'identify')).toBe(0);
    expect(edges.length).toBeGreaterThan(3);
    await page.locator('[data-testid="paths-sankey"]').waitFor();
    expect(await page.locator('[data-testid="sankey-link"]').count()).toBe(edges.length);
    // Level 0 sits at the start edge: its nodes are left of the last level's in en, right in fa.
    const xs = await page
      .locator('[data-testid="sankey-node"] rect')
      .evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('x'))));
    const first = xs[0] ?? 0;
    const last = Math.max(...xs);
    const lowest = Math.min(...xs);
    if (locale === 'fa') expect(first).toBe(last);
    else expect(first).toBe(lowest);
    await screenshot(page, 'paths', locale);
  });

  it('draws retention as a cohort heat map', async () => {
    await page.locator('[data-testid="kind-retention"]').click();
    await page.locator('[data-testid="retention-start"] [data-testid="step-event"]').fill('Product Viewed');
    await page.locator('[data-testid="retention-return"] [data-testid="step-event"]').fill('Product Viewed');
    const { result } = await run(page, 'retention');
    const { cohorts } = result as { cohorts: { persons: number; returned: number[] }[] };
    expect(cohorts.length).toBeGreaterThan(3);
    await page.locator('[data-testid="retention-heatmap"]').waitFor();
    expect(await page.locator('[data-testid="retention-row"]').count()).toBe(cohorts.length);
    const firstRow = await page
      .locator('[data-testid="retention-row"]')
      .first()
      .locator('[data-testid="retention-cell"]')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-persons'))));
    expect(firstRow).toEqual(cohorts[0]?.returned);
    await screenshot(page, 'retention', locale);
  });

  it('compares attribution models side by side', async () => {
    await page.locator('[data-testid="kind-attribution"]').click();
    await page.locator('[data-testid="step-event"]').first().fill('Order Completed');
    const { result } = await run(page, 'attribution');
    const { rows, conversions } = result as { rows: unknown[]; conversions: number };
    expect(conversions).toBeGreaterThan(0);
    await page.locator('[data-testid="attribution-chart"]').waitFor();
    expect(await page.locator('[data-testid="attribution-table"] tbody tr').count()).toBe(rows.length);
    await screenshot(page, 'attribution', locale);
  });

  it('ranks friction on the purchase journey', async () => {
    await page.locator('[data-testid="kind-friction"]').click();
    await chooseTouchpoints(page.locator('[data-testid="friction-steps"]'), FUNNEL_STEPS);
    await chooseTouchpoints(page.locator('[data-testid="friction-errors"]'), [
      'tp-payment-error',
      'tp-page-not-found',
    ]);
    const { result } = await run(page, 'friction');
    const { items } = result as { items: { persons: number }[] };
    await page.locator('[data-testid="friction-list"]').waitFor();
    const shown = await page
      .locator('[data-testid="friction-item"]')
      .evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('data-persons'))));
    expect(shown).toEqual(items.map((item) => item.persons));
    await screenshot(page, 'friction', locale);
  });

  it('measures conformance to the purchase map', async () => {
    await page.locator('[data-testid="kind-conformance"]').click();
    await page.locator('[data-testid="conformance-from-map"]').check();
    await page.locator('[data-testid="conformance-map"]').selectOption('demo-ecommerce-purchase');
    const { result } = await run(page, 'conformance');
    const { journeys, touchpointCount } = result as {
      journeys: number;
      touchpointCount: { histogram: { touches: number; journeys: number }[] };
    };
    expect(journeys).toBeGreaterThan(0);
    await page.locator('[data-testid="touches-histogram"]').waitFor();
    expect(await page.locator('[data-testid="histogram-bar"]').count()).toBe(
      touchpointCount.histogram.length,
    );
    await screenshot(page, 'conformance', locale);

    // The saved query goes when deleted (after the confirmation), and its route with it.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('[data-testid="saved-query"]', { hasText: name }).getByRole('button').click();
    await page.locator('[data-testid="saved-query"]').waitFor({ state: 'detached' });
    await page.waitForURL(/#\/w\/demo\/analytics$/);
  });
});
