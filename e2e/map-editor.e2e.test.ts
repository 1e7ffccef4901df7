import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '@safar/core';
import type { RunningServer } from '@safar/server';
import { launchBrowser, SCREENSHOT_DIR, startTestServer } from './browser.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await server.services.workspaces.create({ id: 'e2e', name: 'E2E' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(locale: string, hash: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${server.url}/?lang=${locale}${hash}`);
  return page;
}

const stageBoxes = (page: Page) =>
  page
    .locator('[data-testid="stage-header"]')
    .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().left));

async function waitSaved(page: Page) {
  await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor({ timeout: 10_000 });
}

describe.each([
  { locale: 'en', dir: 'ltr', text: 'Customers compare prices' },
  { locale: 'fa', dir: 'rtl', text: 'مشتری‌ها قیمت را در Digikala مقایسه می‌کنند' },
])('map editor in $locale', ({ locale, dir, text }) => {
  it('creates a map from a template, edits it, undoes and redoes, and keeps the edits after reload', async () => {
    const page = await openPage(locale, '#/w/e2e');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);

    await page.locator('button[data-template="ecommerce-purchase"]').click();
    await page.locator('[data-testid="map-grid"]').waitFor();
    const mapUrl = page.url();

    // The first stage sits on the left in en and on the right in fa.
    const lefts = await stageBoxes(page);
    expect(lefts.length).toBe(4);
    const [first, second] = lefts;
    if (dir === 'rtl') expect(first).toBeGreaterThan(second ?? 0);
    else expect(first).toBeLessThan(second ?? 0);

    await page.locator('[data-testid="add-stage"]').click();
    await expect.poll(() => page.locator('[data-testid="stage-header"]').count()).toBe(5);

    const stepsBefore = await page.locator('[data-testid="step-header"]').count();
    await page.locator('[data-testid="stage-header"]').first().locator('[data-testid="add-step"]').click();
    await expect.poll(() => page.locator('[data-testid="step-header"]').count()).toBe(stepsBefore + 1);

    const cell = page.locator('[data-testid="text-cell"]').first();
    await cell.click();
    await cell.fill(text);
    await cell.press('Tab');
    await expect.poll(() => cell.textContent()).toBe(text);

    const point = page.locator('[data-testid="emotion-point"]').first();
    const scoreBefore = Number(await point.getAttribute('aria-valuenow'));
    const target = scoreBefore >= 2 ? scoreBefore - 1 : scoreBefore + 1;
    await point.focus();
    await point.press(target > scoreBefore ? 'ArrowUp' : 'ArrowDown');
    await expect.poll(async () => Number(await point.getAttribute('aria-valuenow'))).toBe(target);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => Number(await point.getAttribute('aria-valuenow'))).toBe(scoreBefore);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => Number(await point.getAttribute('aria-valuenow'))).toBe(target);

    await waitSaved(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}editor-${locale}.png` });

    await page.goto(mapUrl);
    await page.reload();
    await page.locator('[data-testid="map-grid"]').waitFor();
    expect(await page.locator('[data-testid="stage-header"]').count()).toBe(5);
    expect(await page.locator('[data-testid="step-header"]').count()).toBe(stepsBefore + 1);
    expect(await page.locator('[data-testid="text-cell"]').first().textContent()).toBe(text);
    expect(
      Number(await page.locator('[data-testid="emotion-point"]').first().getAttribute('aria-valuenow')),
    ).toBe(target);
    await page.close();
  });
});

describe('editor screenshots in every language', () => {
  it.each(LOCALES)('renders the demo purchase map in %s', async (locale) => {
    const stored = await server.services.maps.create(
      'e2e',
      { templateId: 'ecommerce-purchase', locale },
      'e2e',
    );
    const page = await openPage(locale, `#/w/e2e/maps/${stored.map.id}`);
    await page.locator('[data-testid="map-grid"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await page.screenshot({ path: `${SCREENSHOT_DIR}map-${locale}.png` });
    await page.close();
  });
});

describe.each([
  { locale: 'en', forward: 'ArrowRight' },
  { locale: 'fa', forward: 'ArrowLeft' },
])('presentation and side by side in $locale', ({ locale, forward }) => {
  it('presents the map stage by stage and opens current and future state side by side', async () => {
    const current = await server.services.maps.create(
      'e2e',
      { templateId: 'ecommerce-purchase', locale: 'en' },
      'e2e',
    );
    const future = await server.services.maps.create('e2e', { title: `Future ${locale}` }, 'e2e');
    const page = await openPage(locale, `#/w/e2e/maps/${current.map.id}`);
    await page.locator('[data-testid="map-grid"]').waitFor();

    await page.locator('[data-testid="counterpart"]').selectOption(future.map.id);
    await waitSaved(page);
    await page.locator('[data-testid="side-by-side-link"]').click();
    await expect
      .poll(() => page.locator('[data-testid="side-by-side"] [data-testid="map-grid"]').count())
      .toBe(2);
    await page.screenshot({ path: `${SCREENSHOT_DIR}side-by-side-${locale}.png` });

    await page.goto(`${server.url}/?lang=${locale}#/w/e2e/maps/${current.map.id}/present`);
    const slide = page.locator('.slide h1');
    await slide.waitFor();
    const firstStage = await slide.textContent();
    expect(await page.locator('[data-testid="slide-step"]').count()).toBeGreaterThan(0);
    await page.keyboard.press(forward);
    await expect.poll(() => slide.textContent()).not.toBe(firstStage);
    await page.screenshot({ path: `${SCREENSHOT_DIR}presentation-${locale}.png` });
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="map-grid"]').waitFor();
    await page.close();
  });
});

describe('duplicating and editing cards', () => {
  it('duplicates a step with its cells and edits an opportunity’s impact, effort and status', async () => {
    const stored = await server.services.maps.create(
      'e2e',
      { templateId: 'ecommerce-purchase', locale: 'en' },
      'e2e',
    );
    const page = await openPage('en', `#/w/e2e/maps/${stored.map.id}`);
    await page.locator('[data-testid="map-grid"]').waitFor();
    const steps = await page.locator('[data-testid="step-header"]').count();
    await page
      .locator('[data-testid="step-header"]')
      .first()
      .getByRole('button', { name: /^Duplicate step/ })
      .click();
    await expect.poll(() => page.locator('[data-testid="step-header"]').count()).toBe(steps + 1);

    const card = page.locator('.card.opportunities').first();
    await card.getByRole('button', { name: /^Edit/ }).click();
    await card.getByLabel('Impact').selectOption('5');
    await card.getByLabel('Effort').selectOption('1');
    await card.getByLabel('Status').selectOption('planned');
    await waitSaved(page);

    const saved = await server.services.maps.get('e2e', stored.map.id);
    const firstStage = saved.map.stages[0];
    expect(firstStage?.steps[1]?.name).toMatch(/\(copy\)$/);
    const copyId = firstStage?.steps[1]?.id ?? '';
    const originalId = firstStage?.steps[0]?.id ?? '';
    const copiedLanes = saved.map.lanes.filter((lane) => saved.map.cells[lane.id]?.[copyId]).length;
    const originalLanes = saved.map.lanes.filter((lane) => saved.map.cells[lane.id]?.[originalId]).length;
    expect(copiedLanes).toBe(originalLanes);
    const opportunities = Object.values(saved.map.cells)
      .flatMap((row) => Object.values(row))
      .flatMap((content) => (content.shape === 'opportunities' ? content.items : []));
    expect(
      opportunities.some((item) => item.impact === 5 && item.effort === 1 && item.status === 'planned'),
    ).toBe(true);
    await page.close();
  });
});
