import { DEMO_WORKSPACE_ID, seedDemoEvents, seedDemoWorkspace, type RunningServer } from '@safar/server';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { launchBrowser, SCREENSHOT_DIR, startTestServer, PERSIAN_DIGITS } from './browser.js';

interface PersonDetail {
  personId: string;
  ids: string[];
  channels: string[];
  eventCount: number;
  /** Whether they answered the NPS survey (the timeline shows it as a card). */
  surveyed?: boolean;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function api<T>(server: RunningServer, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}/api/workspaces/${DEMO_WORKSPACE_ID}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/**
 * A customer seen on two channels or more, with a user id and a device id and at most 120
 * events: one who answered the NPS survey and was seen on the most channels, if any.
 */
async function personAcrossChannelsAndDevices(server: RunningServer): Promise<PersonDetail> {
  const surveys = await api<{ items: { personId: string }[] }>(
    server,
    '/events?event=Survey%20Responded&limit=100',
  );
  const { items } = await api<{ items: { personId: string; channels: string[] }[] }>(
    server,
    '/persons?limit=500',
  );
  const others = items.filter((person) => person.channels.length >= 2).map((person) => person.personId);
  const fits = (person: PersonDetail) =>
    person.channels.length >= 2 &&
    person.ids.some((id) => id.startsWith('u:')) &&
    person.ids.some((id) => id.startsWith('a:')) &&
    person.eventCount <= 120;
  const surveyed = [...new Set(surveys.items.map((event) => event.personId))];
  for (const ids of [surveyed, others]) {
    for (let start = 0; start < ids.length; start += 100) {
      const looked = await api<{ items: { person: PersonDetail | null }[] }>(server, '/persons/lookup', {
        ids: ids.slice(start, start + 100),
      });
      const found = looked.items
        .flatMap(({ person }) => (person && fits(person) ? [person] : []))
        .sort((a, b) => b.channels.length - a.channels.length)[0];
      if (found) return { ...found, surveyed: ids === surveyed };
    }
  }
  throw new Error('the demo has no person on two channels with two ids');
}

const attributes = (page: Page, selector: string, name: string) =>
  page
    .locator(selector)
    .evaluateAll((elements, attribute) => elements.map((e) => e.getAttribute(attribute) ?? ''), name);

describe.each([
  { locale: 'en', digits: /[0-9]/, dir: 'ltr' },
  { locale: 'fa', digits: PERSIAN_DIGITS, dir: 'rtl' },
] as const)('customers and the person timeline in $locale', ({ locale, digits, dir }) => {
  let server: RunningServer;
  let person: PersonDetail;
  beforeAll(async () => {
    server = await startTestServer();
    await seedDemoWorkspace(server.services, { locale });
    await seedDemoEvents(server.services, { events: 10_000 });
    person = await personAcrossChannelsAndDevices(server);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it('lists customers most recently active first, pages, and finds one by a device id', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${server.url}/?lang=${locale}#/w/${DEMO_WORKSPACE_ID}/persons`);
    await page.locator('[data-testid="person-row"]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);

    const firstPage = await api<{ items: { personId: string }[]; total: number }>(
      server,
      '/persons?limit=25',
    );
    expect(await attributes(page, '[data-testid="person-row"]', 'data-person-id')).toEqual(
      firstPage.items.map((item) => item.personId),
    );
    expect(await page.locator('.pager-range').textContent()).toMatch(digits);
    // Names come from the lookup of the page's persons.
    await page.locator('.person-name').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}customers-${locale}.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.locator('[data-testid="next-page"]').click();
    const secondPage = await api<{ items: { personId: string }[] }>(
      server,
      `/persons?limit=25&cursor=${Buffer.from('[25]').toString('base64url')}`,
    );
    await expect
      .poll(() => attributes(page, '[data-testid="person-row"]', 'data-person-id'))
      .toEqual(secondPage.items.map((item) => item.personId));
    await page.locator('[data-testid="previous-page"]').click();
    await expect
      .poll(() => attributes(page, '[data-testid="person-row"]', 'data-person-id'))
      .toEqual(firstPage.items.map((item) => item.personId));

    // Any id finds the customer: a device id without its prefix.
    const device = person.ids.find((id) => id.startsWith('a:')) ?? '';
    await page.locator('[data-testid="person-search"]').fill(device.slice(2));
    await page.locator('[data-testid="person-search"]').press('Enter');
    await page.locator('[data-testid="person-profile"]').waitFor();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(
      `#/w/${DEMO_WORKSPACE_ID}/persons/${person.personId}`,
    );

    await page.goto(`${server.url}/?lang=${locale}#/w/${DEMO_WORKSPACE_ID}/persons`);
    await page.locator('[data-testid="person-search"]').fill('nobody-has-this-id');
    await page.locator('[data-testid="person-search"]').press('Enter');
    await page.locator('.person-search [role="alert"]').waitFor();
    await page.close();
  });

  it("shows one customer's ids, traits and events across channels and devices", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1300 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(
      `${server.url}/?lang=${locale}#/w/${DEMO_WORKSPACE_ID}/persons/${encodeURIComponent(person.personId)}`,
    );
    await page.locator('[data-testid="timeline-event"]').first().waitFor();

    // Every merged id: user ids and devices.
    const shownIds = await attributes(
      page,
      '[data-testid="user-ids"] li, [data-testid="device-ids"] li',
      'title',
    );
    expect(shownIds.sort()).toEqual([...person.ids].sort());
    expect(await page.locator('[data-testid="profile-channels"] [data-channel]').count()).toBe(
      person.channels.length,
    );
    expect(await page.locator('[data-testid="person-profile"]').textContent()).toMatch(digits);

    // Every event, newest first, across at least two channels; times in the language's digits.
    const events = page.locator('[data-testid="timeline-event"]');
    const more = page.locator('[data-testid="load-more"]');
    while ((await more.count()) > 0) {
      const before = await events.count();
      await more.click();
      await expect.poll(async () => (await events.count()) > before || (await more.count()) === 0).toBe(true);
    }
    await expect.poll(() => page.locator('[data-testid="timeline-event"]').count()).toBe(person.eventCount);
    const channels = new Set(await attributes(page, '[data-testid="timeline-event"]', 'data-channel'));
    expect(channels.size).toBeGreaterThanOrEqual(2);
    const times = await attributes(page, '[data-testid="timeline-event"] time', 'datetime');
    expect(times).toEqual([...times].sort().reverse());
    expect(await page.locator('.timeline-time').first().textContent()).toMatch(digits);
    expect(await page.locator('[data-testid="touchpoint-match"]').count()).toBeGreaterThan(0);
    if (person.surveyed) expect(await page.locator('[data-testid="survey-card"]').count()).toBeGreaterThan(0);

    // In fa the profile sits on the right, the timeline to its left.
    const profile = await page.locator('[data-testid="person-profile"]').boundingBox();
    const timeline = await page.locator('.person-timeline').boundingBox();
    expect(profile && timeline && (dir === 'rtl' ? profile.x > timeline.x : profile.x < timeline.x)).toBe(
      true,
    );

    await page.locator('.timeline-details summary').first().click();
    await page.screenshot({ path: `${SCREENSHOT_DIR}person-timeline-${locale}.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Oldest first, and one channel only.
    await page.locator('[data-testid="order-asc"]').click();
    await expect
      .poll(async () => (await attributes(page, '[data-testid="timeline-event"] time', 'datetime'))[0])
      .toBe(times.at(-1));
    const [onlyChannel] = [...channels];
    await page.locator('[data-testid="channel-filter"]').selectOption(onlyChannel ?? '');
    await expect
      .poll(async () => new Set(await attributes(page, '[data-testid="timeline-event"]', 'data-channel')))
      .toEqual(new Set([onlyChannel]));
    await page.close();
  });
  it('opens the persons behind a funnel number in a dialog: pages, exports, links to timelines', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${server.url}/?lang=${locale}#/w/${DEMO_WORKSPACE_ID}/analytics`);
    const steps = page.locator('[data-testid="funnel-steps"]');
    for (const [index, id] of ['tp-website-product-page', 'tp-shopping-cart'].entries()) {
      await steps.locator('[data-testid$="-add"]').click();
      await steps.locator('[data-testid="step-touchpoint"]').nth(index).selectOption(id);
    }
    await page.locator('[data-testid="analytics-run"]').click();
    const bar = page.locator('[data-testid="funnel-bar-persons"]').first();
    await bar.waitFor();
    // Opened from the keyboard, so the focus has somewhere to come back to.
    const drill = page.waitForResponse((response) => response.url().endsWith('/analytics/funnel/persons'));
    await bar.focus();
    await page.keyboard.press('Enter');
    const { total } = (await (await drill).json()) as { total: number };
    expect(total).toBeGreaterThan(25);

    // A labelled modal dialog holding the focus; 25 persons a page, each with a summary.
    const dialog = page.locator('[role="dialog"][aria-modal="true"]');
    await dialog.waitFor();
    const labelledBy = (await dialog.getAttribute('aria-labelledby')) ?? '';
    expect(await page.locator(`[id="${labelledBy}"]`).textContent()).not.toBe('');
    await expect.poll(() => dialog.locator('[data-testid="drill-down-total"]').textContent()).toMatch(digits);
    const rows = dialog.locator('[data-testid="person-row"]');
    await expect.poll(() => rows.count()).toBe(25);
    await dialog.locator('.person-cell a').first().waitFor();
    for (let tab = 0; tab < 40; tab += 1) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    const firstIds = await attributes(page, '[role="dialog"] [data-testid="person-row"]', 'data-person-id');
    await dialog.locator('[data-testid="next-page"]').click();
    await expect
      .poll(() => attributes(page, '[role="dialog"] [data-testid="person-row"]', 'data-person-id'))
      .not.toEqual(firstIds);
    await expect.poll(() => rows.locator('.person-cell a').count()).toBe(Math.min(25, total - 25));
    // Each with a summary once the page's persons are looked up.
    await dialog.locator('.persons-table[aria-busy="false"]').waitFor();
    await expect
      .poll(() => rows.locator('.channel-badge').count())
      .toBeGreaterThanOrEqual(Math.min(25, total - 25));
    expect(await rows.first().textContent()).toMatch(digits);
    await page.screenshot({ path: `${SCREENSHOT_DIR}drill-down-${locale}.png` });
    expect(await seriousAxeViolations(page, '[role="dialog"]')).toEqual([]);

    // CSV of every person behind the number, each once: UTF-8 with a BOM, headers in the page's language.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.locator('[data-testid="drill-down-export"]').click(),
    ]);
    const text = (await readFile(await file.path())).toString('utf8');
    const header = locale === 'fa' ? 'شناسهٔ فرد,نام,ایمیل,' : 'Person id,Name,Email,';
    expect(text.startsWith(`\uFEFF${header}`)).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(total + 1);
    expect(new Set(lines.slice(1).map((line) => line.split(',')[0])).size).toBe(total);

    // Escape closes it and gives the focus back; a person's link opens their timeline.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await bar.evaluate((element) => element === document.activeElement)).toBe(true);
    await bar.click();
    const link = dialog.locator('.person-cell a').first();
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.locator('[data-testid="person-profile"]').waitFor();
    expect(new URL(page.url()).hash).toBe(href);
    await page.close();
  });
});
