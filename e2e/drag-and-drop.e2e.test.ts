import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@safar/server';
import { launchBrowser, startTestServer } from './browser.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await server.services.workspaces.create({ id: 'dnd', name: 'DnD' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function drag(page: Page, from: Locator, to: Locator) {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('nothing to drag');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2 + 10, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

describe.each(['en', 'fa'])('drag and drop in %s', (locale) => {
  it('reorders stages and lanes by dragging their handles, and undo puts them back', async () => {
    const stored = await server.services.maps.create(
      'dnd',
      { templateId: 'service-blueprint', locale: 'en' },
      'e2e',
    );
    const stageIds = stored.map.stages.map((stage) => stage.id);
    const laneIds = stored.map.lanes.map((lane) => lane.id);
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`${server.url}/?lang=${locale}#/w/dnd/maps/${stored.map.id}`);
    await page.locator('[data-testid="map-grid"]').waitFor();

    const stageHandle = (id: string) => `[data-stage-id="${id}"] .drag-handle`;
    await drag(
      page,
      page.locator(stageHandle(stageIds[0] ?? '')),
      page.locator(`[data-stage-id="${stageIds[1] ?? ''}"]`),
    );
    const order = () =>
      page
        .locator('[data-testid="stage-header"]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-stage-id')));
    await expect.poll(order).toEqual([stageIds[1], stageIds[0], ...stageIds.slice(2)]);

    const lanes = page.locator('[data-testid="lane-header"]');
    await drag(page, lanes.nth(0).locator('.drag-handle'), lanes.nth(1));
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    const saved = await server.services.maps.get('dnd', stored.map.id);
    expect(saved.map.stages.map((stage) => stage.id)).toEqual([
      stageIds[1],
      stageIds[0],
      ...stageIds.slice(2),
    ]);
    expect(saved.map.lanes.map((lane) => lane.id)).toEqual([laneIds[1], laneIds[0], ...laneIds.slice(2)]);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(order).toEqual(stageIds);
    await page.close();
  });
});
