import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@safar/server';
import { launchBrowser, startTestServer } from './browser.js';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await server.services.workspaces.create({ id: 'team', name: 'Team' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openMap(mapId: string, locale = 'en'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.url}/?lang=${locale}#/w/team/maps/${mapId}`);
  await page.locator('[data-testid="map-grid"]').waitFor();
  return page;
}

async function typeInFirstCell(page: Page, text: string) {
  const cell = page.locator('[data-testid="text-cell"]').first();
  await cell.click();
  await cell.fill(text);
  await cell.press('Tab');
}

describe('two tabs editing one map', () => {
  it('shows a conflict instead of overwriting, and re-applies my edit on the newest revision', async () => {
    const stored = await server.services.maps.create('team', { templateId: 'service-blueprint' }, 'e2e');
    const mine = await openMap(stored.map.id);
    const theirs = await openMap(stored.map.id);

    await typeInFirstCell(theirs, 'their edit');
    await theirs.locator('[data-testid="save-status"][data-status="saved"]').waitFor();

    await mine.locator('[data-testid="step-header"] input').nth(1).fill('My step name');
    await mine.locator('[data-testid="step-header"] input').nth(1).press('Enter');
    await mine.locator('[data-testid="save-status"][data-status="conflict"]').waitFor();
    expect(await mine.getByRole('alert').first().textContent()).toMatch(/revision 2/);

    const afterConflict = await server.services.maps.get('team', stored.map.id);
    expect(afterConflict.revision).toBe(2);
    expect(afterConflict.map.stages.flatMap((stage) => stage.steps).map((step) => step.name)).not.toContain(
      'My step name',
    );

    await mine.getByRole('button', { name: 'Reload and re-apply my changes' }).click();
    await mine.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    const merged = await server.services.maps.get('team', stored.map.id);
    expect(merged.revision).toBe(3);
    const steps = merged.map.stages.flatMap((stage) => stage.steps).map((step) => step.name);
    expect(steps).toContain('My step name');
    expect(await mine.locator('[data-testid="text-cell"]').first().textContent()).toBe('their edit');
    await mine.close();
    await theirs.close();
  });
});

describe('accessibility', () => {
  it.each(['en', 'fa'])(
    'has no serious axe violations on the home page and the editor in %s',
    async (locale) => {
      const stored = await server.services.maps.create(
        'team',
        { templateId: 'ecommerce-purchase', locale: locale === 'fa' ? 'fa' : 'en' },
        'e2e',
      );
      const home = await browser.newPage();
      await home.goto(`${server.url}/?lang=${locale}#/w/team`);
      await home.locator('button[data-template]').first().waitFor();
      const editor = await openMap(stored.map.id, locale);
      for (const page of [home, editor]) {
        await page.addScriptTag({ path: AXE_PATH });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  context: Document,
                  options: object,
                ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
              };
            }
          ).axe;
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((violation) => ({
            id: violation.id,
            impact: violation.impact,
            nodes: violation.nodes.length,
          }));
        });
        const serious = violations.filter(
          (violation) => violation.impact === 'serious' || violation.impact === 'critical',
        );
        expect(serious, JSON.stringify(serious)).toEqual([]);
        await page.close();
      }
    },
  );
});
