import type { MapMetrics, MapMetricsAnswer, MapMetricsQueryInput } from '@safar/core';
import { DEMO_WORKSPACE_ID, seedDemoEvents, seedDemoWorkspace, type RunningServer } from '@safar/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { launchBrowser, SCREENSHOT_DIR, startTestServer, PERSIAN_DIGITS } from './browser.js';

const MAP_ID = 'demo-ecommerce-purchase';

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
 * The whole map wide enough for every stage, scrolled so a lane (the touchpoints, or the KPIs)
 * sits right under the sticky stage and step headers: volumes, the funnel ribbon, friction and
 * the flow overlay in one picture.
 */
async function screenshotLivingMap(page: Page, path: string, laneKind = 'touchpoints') {
  await page.setViewportSize({ width: 3000, height: 1400 });
  await page.evaluate((kind) => {
    const scroll = document.querySelector('.grid-scroll');
    // A lane far down the map needs the page scrolled to the grid, whose height the viewport caps.
    if (kind !== 'touchpoints') scroll?.scrollIntoView({ block: 'end' });
    const lane = document.querySelector(`.lane-${kind} .lane-header`);
    const step = document.querySelector('[data-testid="step-header"]');
    if (!scroll || !lane || !step) return;
    const origin = scroll.getBoundingClientRect().top;
    const laneTop = lane.getBoundingClientRect().top - origin + scroll.scrollTop;
    scroll.scrollTop = laneTop - (step.getBoundingClientRect().bottom - origin);
  }, laneKind);
  await page.screenshot({ path });
  await page.setViewportSize({ width: 1600, height: 1300 });
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

    // When the numbers were computed (the server caches them per map and period), in the language's digits.
    const asOf = page.locator('[data-testid="metrics-as-of"]');
    expect(await asOf.getAttribute('data-as-of')).toBe((metrics as MapMetricsAnswer).freshness.asOf);
    expect(await asOf.textContent()).toMatch(digits);

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

    // KPI cells: the checkout completion rate computed and coloured against its target, in the
    // language's digits; the payment failure rate (events, no measure) says it is not computed.
    const kpiIn = (stepId: string) =>
      page.locator(`.cell[data-lane-id="metrics"][data-step-id="${stepId}"] [data-testid="kpi-value"]`);
    const checkoutKpi = kpiIn('go-to-checkout').first();
    const checkoutAnswer = metrics.kpis.find((kpi) => kpi.stepId === 'go-to-checkout');
    expect(checkoutAnswer?.value).toBeGreaterThan(0);
    expect(Number(await checkoutKpi.getAttribute('data-value'))).toBe(checkoutAnswer?.value);
    expect(await checkoutKpi.getAttribute('data-standing')).toBe(checkoutAnswer?.standing);
    expect(['met', 'near', 'missed']).toContain(checkoutAnswer?.standing);
    expect(await checkoutKpi.textContent()).toMatch(digits);
    const colour = await checkoutKpi.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(colour).not.toBe('rgba(0, 0, 0, 0)');
    const failureKpi = kpiIn('pay').nth(1);
    expect(await failureKpi.getAttribute('data-standing')).toBe('none');
    expect(await failureKpi.textContent()).not.toMatch(/[0-9۰-۹]/);

    // Designed vs actual: the fitness share and the moves between steps drawn over the headers.
    await page.locator('[data-testid="flow-toggle"]').click();
    const fitness = page.locator('[data-testid="flow-fitness"]');
    await fitness.waitFor();
    expect(Number(await fitness.getAttribute('data-fit-share'))).toBe(metrics.flow?.fitShare);
    const percent = new Intl.NumberFormat(locale === 'fa' ? 'fa-IR-u-nu-arabext' : 'en-GB', {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    expect(await fitness.textContent()).toContain(percent.format(metrics.flow?.fitShare ?? -1));
    const edges = page.locator('[data-testid="flow-edge"]');
    await edges.first().waitFor();
    const drawn = await numbersOf(page, '[data-testid="flow-edge"]', ['data-source', 'data-designed']);
    expect(drawn.some(([, designed]) => designed === 'true')).toBe(true);
    expect(drawn.some(([, designed]) => designed === 'false')).toBe(true);
    // The first designed move runs towards the reading direction's end: mirrored in fa.
    const designedEdge = edges.and(page.locator('[data-designed="true"]')).first();
    const [fromX, toX] = await designedEdge.evaluate((path) => {
      const geometry = path as SVGPathElement;
      const length = geometry.getTotalLength();
      return [geometry.getPointAtLength(0).x, geometry.getPointAtLength(length).x];
    });
    expect(locale === 'fa' ? fromX > toX : fromX < toX).toBe(true);
    await screenshotLivingMap(page, `${SCREENSHOT_DIR}living-map-flow-${locale}.png`, 'metrics');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A KPI without a measure gets one in its card editor and is computed once the edit is saved.
    const adCell = page.locator('.cell[data-lane-id="metrics"][data-step-id="see-display-ad"]');
    await adCell.locator('[data-testid="card"]').first().locator('.card-actions button').first().click();
    await adCell.locator('[data-testid="measure-editor"] select').first().selectOption('persons');
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor({ timeout: 10_000 });
    await expect
      .poll(() => kpiIn('see-display-ad').first().getAttribute('data-standing'), { timeout: 15_000 })
      .not.toBe('none');
    expect(await kpiIn('see-display-ad').first().textContent()).toMatch(digits);
    await adCell.screenshot({ path: `${SCREENSHOT_DIR}kpi-measure-${locale}.png` });

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
