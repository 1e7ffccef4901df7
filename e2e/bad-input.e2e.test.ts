import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@safar/server';
import { launchBrowser, startTestServer } from './browser.js';

const SCRIPT = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await server.services.workspaces.create({ id: 'bad', name: 'Bad input' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openMap(mapId: string, locale = 'en'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.url}/?lang=${locale}#/w/bad/maps/${mapId}`);
  return page;
}

describe('bad input in the browser', () => {
  it('refuses 1 MB pasted into a cell with a message, keeps the typing and the stored map', async () => {
    const stored = await server.services.maps.create('bad', { templateId: 'retention' }, 'e2e');
    const page = await openMap(stored.map.id);
    const cell = page.locator('[data-testid="text-cell"]').first();
    const before = await cell.textContent();
    await cell.click();
    await cell.fill('x'.repeat(1024 * 1024));
    await cell.press('Tab');
    const alert = page.getByRole('alert').filter({ hasText: 'text' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/20000|20,000/);
    expect((await page.locator('textarea[data-testid="text-cell"]').first().inputValue()).length).toBe(
      1024 * 1024,
    );
    const after = await server.services.maps.get('bad', stored.map.id);
    expect(after.revision).toBe(stored.revision);
    expect(before).not.toBe('');
    await page.close();
  });

  it('renders HTML and script typed into text fields as inert text', async () => {
    const stored = await server.services.maps.create('bad', { templateId: 'retention' }, 'e2e');
    await server.services.personas.create('bad', { id: 'persona-xss', name: SCRIPT, quote: SCRIPT });
    const page = await openMap(stored.map.id);
    const cell = page.locator('[data-testid="text-cell"]').first();
    await cell.click();
    await cell.fill(SCRIPT);
    await cell.press('Tab');
    await page.locator('[data-testid="map-personas"] button').last().click();
    await page.locator('[data-testid="map-personas"] select').selectOption('persona-xss');
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    await page.reload();
    await page.locator('[data-testid="map-grid"]').waitFor();
    expect(await page.locator('[data-testid="text-cell"]').first().textContent()).toBe(SCRIPT);
    await expect.poll(() => page.locator('[data-testid="map-personas"]').textContent()).toContain(SCRIPT);
    await page.goto(`${server.url}/?lang=en#/w/bad/personas`);
    await page.locator('[data-testid="persona-card"]').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('[data-testid="persona-card"] img[src="x"]').count()).toBe(0);
    await page.close();
  });

  it('explains that a deleted map is gone and leads back to the maps', async () => {
    const stored = await server.services.maps.create('bad', { title: 'Soon gone' }, 'e2e');
    await server.services.maps.delete('bad', stored.map.id);
    for (const locale of ['en', 'fa']) {
      const page = await openMap(stored.map.id, locale);
      const missing = page.locator('[data-testid="map-missing"]');
      await missing.waitFor();
      expect(await missing.textContent()).toMatch(locale === 'en' ? /does not exist/ : /وجود ندارد/);
      await missing.locator('a').click();
      await page.locator('button[data-template]').first().waitFor();
      await page.close();
    }
  });

  it('refuses an oversized avatar before uploading it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/?lang=en#/w/bad/personas`);
    await page.locator('[data-testid="new-persona"]').click();
    const big = join(tmpdir(), 'big-avatar.png');
    writeFileSync(big, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(600 * 1024)]));
    await page.locator('[data-testid="persona-form"] input[type="file"]').setInputFiles(big);
    const alert = page.locator('[data-testid="persona-form"]').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('512 KB');
    await page.close();
  });
});
