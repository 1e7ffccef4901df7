import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@safar/server';
import { launchBrowser, SCREENSHOT_DIR, startTestServer } from './browser.js';

// A 1x1 PNG and a text file pretending to be an image.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await server.services.workspaces.create({ id: 'cat', name: 'Catalogue' });
  await server.services.maps.create('cat', { templateId: 'ecommerce-purchase' }, 'e2e');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['en', 'fa'])('catalogue pages in %s', (locale) => {
  it('creates a touchpoint with an event matcher, filters by channel and shows where one is used', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}/?lang=${locale}#/w/cat`);
    await page.locator('nav a[href="#/w/cat/touchpoints"]').click();
    await page.locator('[data-testid="touchpoint-row"]').first().waitFor();
    const before = await page.locator('[data-testid="touchpoint-row"]').count();

    await page.locator('[data-testid="new-touchpoint"]').click();
    const form = page.locator('[data-testid="touchpoint-form"]');
    const name = `Checkout ${locale}`;
    await form.locator('input').first().fill(name);
    await form.locator('select').first().selectOption('website');
    await form.locator('input[dir="ltr"]').first().fill('page');
    await form.locator('fieldset button').last().click();
    await form.locator('.filter-row input').first().fill('path');
    await form.locator('.filter-row select').selectOption('starts_with');
    await form.locator('.filter-row input').nth(1).fill('/checkout');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => page.locator('[data-testid="touchpoint-row"]').count()).toBe(before + 1);
    const stored = (await server.services.touchpoints.list('cat')).find(
      ({ touchpoint }) => touchpoint.name === name,
    );
    expect(stored?.touchpoint.eventMatcher).toEqual({
      event: 'page',
      filters: [{ property: 'path', operator: 'starts_with', value: '/checkout' }],
    });

    await page.locator('[data-testid="channel-filter"]').selectOption('email');
    const emailRows = await page.locator('[data-testid="touchpoint-row"]').count();
    const emailTouchpoints = (await server.services.touchpoints.list('cat', { channel: 'email' })).length;
    expect(emailRows).toBe(emailTouchpoints);
    expect(emailRows).toBeGreaterThan(0);

    await page.locator('[data-testid="touchpoint-row"] .row-actions button').nth(1).click();
    await page.locator('[data-testid="touchpoint-usage"] a').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}touchpoints-${locale}.png` });
    await page.close();
  });

  it('creates a persona with an uploaded avatar and refuses a file that is not an image', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}/?lang=${locale}#/w/cat`);
    await page.locator('nav a[href="#/w/cat/personas"]').click();
    await page.locator('[data-testid="new-persona"]').click();
    const form = page.locator('[data-testid="persona-form"]');
    const notImage = join(tmpdir(), 'not-an-image.txt');
    writeFileSync(notImage, 'hello');
    await form.locator('input[type="file"]').setInputFiles(notImage);
    await form.getByRole('alert').waitFor();
    const avatar = join(tmpdir(), 'avatar.png');
    writeFileSync(avatar, PNG);
    await form.locator('input[type="file"]').setInputFiles(avatar);
    await form.locator('img.avatar').waitFor();
    const name = locale === 'fa' ? 'مریم، خریدار Digikala' : 'Mary, the bargain hunter';
    await form.locator('input').first().fill(name);
    await form.locator('textarea').nth(3).fill('Find the best price\nDeliver on time');
    const segment = form.locator('[data-testid="segment-rule"]');
    await segment.locator('button').last().click();
    await segment.locator('.filter-row input').first().fill('plan');
    await segment.locator('.filter-row select').selectOption('in');
    await segment.locator('.filter-row input').nth(1).fill('team, business');
    await form.locator('button[type="submit"]').click();
    await page.locator('[data-testid="persona-card"]', { hasText: name }).waitFor();
    const persona = (await server.services.personas.list('cat')).find(
      (stored) => stored.persona.name === name,
    )?.persona;
    expect(persona?.avatarUrl).toMatch(/^data:image\/png;base64,/);
    expect(persona?.goals).toEqual(['Find the best price', 'Deliver on time']);
    expect(persona?.segmentRule).toEqual({
      match: 'all',
      conditions: [{ property: 'plan', operator: 'in', value: ['team', 'business'] }],
    });
    await page.screenshot({ path: `${SCREENSHOT_DIR}personas-${locale}.png` });
    await page.close();
  });
});

describe('map header', () => {
  it('attaches a persona to a map and records a needed resource, both kept after reload', async () => {
    await server.services.personas.create('cat', { id: 'persona-reza', name: 'Reza' });
    const stored = await server.services.maps.create('cat', { title: 'Onboarding' }, 'e2e');
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}/?lang=en#/w/cat/maps/${stored.map.id}`);
    const personas = page.locator('[data-testid="map-personas"]');
    await personas.getByRole('button', { name: 'Attach a persona' }).click();
    await personas.locator('select').selectOption('persona-reza');
    await personas.getByText('Reza').waitFor();

    const resources = page.locator('[data-testid="resources"]');
    await resources.locator('summary').click();
    await resources.getByRole('textbox').fill('Session recordings of checkout');
    await resources.getByRole('textbox').press('Enter');
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();

    const saved = await server.services.maps.get('cat', stored.map.id);
    expect(saved.map.personaIds).toEqual(['persona-reza']);
    expect(saved.map.resources.map(({ kind, name }) => ({ kind, name }))).toEqual([
      { kind: 'need', name: 'Session recordings of checkout' },
    ]);
    await page.reload();
    await page.locator('[data-testid="map-personas"]').getByText('Reza').waitFor();
    await page.close();
  });
});
