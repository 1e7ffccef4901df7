import type { MapMetrics, MapMetricsQueryInput } from '@safar/core';
import { DEMO_WORKSPACE_ID, seedDemoEvents, seedDemoWorkspace, type RunningServer } from '@safar/server';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, startTestServer } from './browser.js';

const MAP_ID = 'demo-ecommerce-purchase';
const PERSIAN_DIGITS = /[۰-۹]/;
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The living map's numbers as the page carries them (data attributes hold the raw counts). */
const numbersOf = (page: Page, selector: string, attributes: readonly string[]) =>
  page
    .locator(selector)
    .evaluateAll(
      (elements, names) => elements.map((element) => names.map((name) => element.getAttribute(name) ?? '')),
      [...attributes],
    );

/**
 * The whole map wide enough for every stage, scrolled so the touchpoints lane sits right under
 * the sticky stage and step headers: volumes, the funnel ribbon and friction in one picture.
 */
async function screenshotLivingMap(page: Page, path: string) {
  await page.setViewportSize({ width: 3000, height: 1400 });
  await page.evaluate(() => {
    const scroll = document.querySelector('.grid-scroll');
    const lane = document.querySelector('.lane-touchpoints .lane-header');
    const step = document.querySelector('[data-testid="step-header"]');
    if (!scroll || !lane || !step) return;
    const origin = scroll.getBoundingClientRect().top;
    const laneTop = lane.getBoundingClientRect().top - origin + scroll.scrollTop;
    scroll.scrollTop = laneTop - (step.getBoundingClientRect().bottom - origin);
  });
  await page.screenshot({ path });
  await page.setViewportSize({ width: 1600, height: 1300 });
}

/** Serious and critical accessibility violations axe finds on the page as it is. */
async function seriousAxeViolations(page: Page) {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string }[] }> };
    };
    const { violations } = await axe.run(document);
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id);
  });
}

describe.each([
  { locale: 'en', digits: /[0-9]/ },
  { locale: 'fa', digits: PERSIAN_DIGITS },
] as const)('the living map in $locale', ({ locale, digits }) => {
  let server: RunningServer;
  beforeAll(async () => {
    // The demo as `safar demo --locale <locale>` seeds it: map, catalogue and personas in the language.
    server = await startTestServer();
    await seedDemoWorkspace(server.services, { locale });
    await seedDemoEvents(server.services, { events: 10_000 });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it('draws volumes, the stage funnel, friction and unmapped events on the demo purchase map', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1300 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${server.url}/?lang=${locale}#/w/${DEMO_WORKSPACE_ID}/maps/${MAP_ID}`);
    await page.locator('[data-testid="map-grid"]').waitFor();

    const metricsResponse = page.waitForResponse((response) => response.url().endsWith('/metrics'));
    await page.locator('[data-testid="metrics-toggle"]').click();
    const response = await metricsResponse;
    expect(response.status()).toBe(200);
    const query = JSON.parse(response.request().postData() ?? '{}') as MapMetricsQueryInput;
    const metrics = (await response.json()) as MapMetrics;
    await page.locator('[data-testid="touchpoint-volume"]').first().waitFor();

    // Volumes on the touchpoint chips, in the language's digits.
    const volumes = await numbersOf(page, '[data-testid="touchpoint-volume"]', [
      'data-touchpoint-id',
      'data-persons',
    ]);
    expect(volumes.filter(([, persons]) => Number(persons) > 0).length).toBeGreaterThan(10);
    const payment = page
      .locator('[data-testid="touchpoint-volume"][data-touchpoint-id="tp-online-payment"]')
      .first();
    expect(Number(await payment.getAttribute('data-persons'))).toBeGreaterThan(0);
    expect(await payment.textContent()).toMatch(digits);

    // The funnel ribbon equals the analytics API's funnel over the same stages, window and dates.
    const ribbon = await numbersOf(page, '[data-testid="stage-funnel"]', [
      'data-stage-id',
      'data-persons',
      'data-dropped-to-next',
    ]);
    expect(ribbon.map(([stageId]) => stageId)).toEqual(['awareness', 'evaluation', 'purchase', 'loyalty']);
    const funnel = await fetch(`${server.url}/api/workspaces/${DEMO_WORKSPACE_ID}/analytics/funnel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'funnel',
        dateRange: query.dateRange,
        window: metrics.stageFunnel.window,
        steps: ribbon.map(([stageId]) => ({ kind: 'stage', mapId: MAP_ID, stageId })),
      }),
    }).then((answer) => answer.json() as Promise<{ steps: { persons: number; droppedOff: number }[] }>);
    expect(ribbon.map(([, persons]) => Number(persons))).toEqual(funnel.steps.map((step) => step.persons));
    expect(ribbon.slice(0, -1).map(([, , dropped]) => Number(dropped))).toEqual(
      funnel.steps.slice(1).map((step) => step.droppedOff),
    );
    expect(funnel.steps[0]?.persons).toBeGreaterThan(0);
    const shown = await page.locator('[data-testid="stage-persons"]').allTextContents();
    const formatted = new Intl.NumberFormat(locale === 'fa' ? 'fa-IR-u-nu-arabext' : 'en-GB');
    funnel.steps.forEach((step, index) => expect(shown[index]).toContain(formatted.format(step.persons)));

    // A friction marker on the payment step.
    const paymentStep = page.locator('[data-testid="step-header"][data-step-id="pay"]');
    await paymentStep.locator('[data-testid="friction-marker"]').waitFor();
    expect(await paymentStep.locator('[data-testid="friction-marker"]').textContent()).toMatch(digits);

    await screenshotLivingMap(page, `${SCREENSHOT_DIR}living-map-${locale}.png`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The most frequent unmapped event becomes a touchpoint of "Adds to cart" in one step.
    const suggestion = page.locator('[data-testid="unmapped-event"]').first();
    const [event, value] = [
      await suggestion.getAttribute('data-event'),
      await suggestion.getAttribute('data-value'),
    ];
    const sameSuggestion = `[data-testid="unmapped-event"][data-event="${event}"][data-value="${value}"]`;
    await suggestion.locator('[data-testid="add-unmapped"]').selectOption('add-to-cart');
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.locator(sameSuggestion).count(), { timeout: 15_000 }).toBe(0);
    const saved = await server.services.maps.get(DEMO_WORKSPACE_ID, MAP_ID);
    const cartCell = saved.map.cells['touchpoints']?.['add-to-cart'];
    const added = cartCell?.shape === 'touchpoints' ? cartCell.touchpointIds.at(-1) : undefined;
    const { touchpoint } = await server.services.touchpoints.get(DEMO_WORKSPACE_ID, added ?? '');
    expect(touchpoint.eventMatcher?.event).toBe(event);
    const newVolume = page.locator(
      `[data-testid="touchpoint-volume"][data-touchpoint-id="${touchpoint.id}"]`,
    );
    await expect.poll(async () => Number(await newVolume.getAttribute('data-persons'))).toBeGreaterThan(0);
    await page.close();
  });
});
