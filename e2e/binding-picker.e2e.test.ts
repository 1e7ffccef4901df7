import { DEMO_WORKSPACE_ID, seedDemoEvents, seedDemoWorkspace, type RunningServer } from '@safar/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { launchBrowser, SCREENSHOT_DIR, startTestServer, PERSIAN_DIGITS } from './browser.js';

const WS = `/api/workspaces/${DEMO_WORKSPACE_ID}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The bodies the page posted to `path`, in order. */
function postedBodies(page: Page, path: string): unknown[] {
  const bodies: unknown[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith(path))
      bodies.push(JSON.parse(request.postData() ?? '{}'));
  });
  return bodies;
}

/** A combobox's options, once its list is settled (the field is no longer busy). */
async function settledOptions(page: Page, field: string) {
  await page.locator(`${field} input[aria-busy="false"]`).waitFor();
  await page.locator(`${field} [role="option"]`).first().waitFor();
  return page
    .locator(`${field} [role="option"]`)
    .evaluateAll((options) =>
      options.map((option) => [option.getAttribute('data-value') ?? '', option.textContent ?? '']),
    );
}

describe.each([
  { locale: 'en', digits: /[0-9]/ },
  { locale: 'fa', digits: PERSIAN_DIGITS },
] as const)('the binding picker in $locale', ({ locale, digits }) => {
  let server: RunningServer;
  const api = (path: string, body?: unknown) =>
    fetch(`${server.url}${WS}/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }).then((response) => response.json() as Promise<Record<string, number>>);

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemoWorkspace(server.services, { locale });
    await seedDemoEvents(server.services, { events: 10_000 });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  }, 120_000);

  it('binds a touchpoint to an event and a property value picked from the data, previewing its volume', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    const previews = postedBodies(page, '/events/match-preview');
    const catalogue = await server.services.touchpoints.list(DEMO_WORKSPACE_ID);
    const edited = catalogue.find(({ touchpoint }) => touchpoint.eventMatcher?.event === 'Product Added');
    await page.goto(`${server.url}/?lang=${locale}#/w/${DEMO_WORKSPACE_ID}/touchpoints`);
    const row = page
      .locator('[data-testid="touchpoint-row"]')
      .filter({ has: page.locator('td.matcher', { hasText: /^Product Added$/ }) });
    await row.locator('.row-actions button').first().click();
    const form = page.locator('[data-testid="touchpoint-form"]');

    // Type part of a name: the names containing it come with their counts, in the language's digits.
    const event = '[data-testid="event-name-field"]';
    const eventInput = form.locator(`${event} input`);
    await eventInput.fill('');
    await eventInput.pressSequentially('orde', { delay: 40 });
    await expect
      .poll(async () => (await settledOptions(page, event)).every(([name = '']) => /orde/i.test(name)), {
        timeout: 30_000,
      })
      .toBe(true);
    const names = await settledOptions(page, event);
    const index = names.findIndex(([name]) => name === 'Order Completed');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(names[index]?.[1]).toMatch(digits);
    // Picked with the keyboard: Down to the option (named by aria-activedescendant), Enter.
    for (let step = 0; step <= index; step += 1) await eventInput.press('ArrowDown');
    const option = form.locator(`${event} [role="option"][data-value="Order Completed"]`);
    expect(await eventInput.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await eventInput.press('Enter');
    expect(await eventInput.inputValue()).toBe('Order Completed');
    expect(await eventInput.getAttribute('aria-expanded')).toBe('false');

    // A property of that event, then one of its values, from the suggestions.
    await form.locator('fieldset > button').last().click();
    const keyInput = form.locator('[data-testid="filter-key-field"] input');
    await keyInput.pressSequentially('pay', { delay: 40 });
    await form
      .locator('[data-testid="filter-key-field"] [role="option"][data-value="payment_method"]')
      .click();
    expect(await keyInput.inputValue()).toBe('payment_method');
    const value = '[data-testid="filter-value-field"]';
    await form.locator(`${value} input`).click();
    const values = await settledOptions(page, value);
    expect(values.length).toBeGreaterThan(1);
    expect(values[0]?.[1]).toMatch(digits);
    const picked = values[0]?.[0] ?? '';
    await form.locator(`${value} [role="option"]`).first().click();
    expect(await form.locator(`${value} input`).inputValue()).toBe(picked);

    // The live preview equals the API's match preview for the same matcher and period.
    const preview = form.locator('[data-testid="match-preview"]');
    const expectPreviewAsApi = async () => {
      await form.locator('[data-testid="match-preview"][data-busy="false"][data-events]').waitFor();
      const body = previews.at(-1);
      expect(body).toMatchObject({
        matcher: {
          event: 'Order Completed',
          filters: [{ property: 'payment_method', operator: 'equals', value: picked }],
        },
      });
      const answer = await api('events/match-preview', body);
      expect(answer['events']).toBeGreaterThan(0);
      expect(Number(await preview.getAttribute('data-events'))).toBe(answer['events']);
      expect(Number(await preview.getAttribute('data-persons'))).toBe(answer['persons']);
      expect(await preview.textContent()).toMatch(digits);
    };
    await expectPreviewAsApi();
    expect(previews.at(-1)).toHaveProperty('dateRange');
    await preview.locator('select').selectOption('all');
    await expect.poll(() => previews.at(-1), { timeout: 30_000 }).not.toHaveProperty('dateRange');
    await expectPreviewAsApi();
    // The picked value's suggestion (all time) beside the preview over all time: the same numbers.
    await form.locator(`${value} input`).press('ArrowDown');
    await form.locator(`${value} [role="option"][data-value="${picked}"]`).waitFor();
    await form
      .locator('fieldset')
      .last()
      .evaluate((fieldset) => fieldset.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SCREENSHOT_DIR}binding-picker-${locale}.png` });
    expect(await seriousAxeViolations(page, '[data-testid="touchpoint-form"]')).toEqual([]);
    await form.locator(`${value} input`).press('Escape');

    await form.locator('button[type="submit"]').click();
    await form.waitFor({ state: 'detached' });
    const stored = await server.services.touchpoints.get(DEMO_WORKSPACE_ID, edited?.touchpoint.id ?? '');
    expect(stored.touchpoint.eventMatcher).toEqual({
      event: 'Order Completed',
      filters: [{ property: 'payment_method', operator: 'equals', value: picked }],
    });
    await page.close();
  });

  it("shows each persona's coverage as the API counts it, live while its rule is edited", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    const coverages = postedBodies(page, '/personas/coverage');
    await page.goto(`${server.url}/?lang=${locale}#/w/${DEMO_WORKSPACE_ID}/personas`);
    const cards = page.locator('[data-testid="persona-card"] [data-testid="persona-coverage"]');
    const ready = page.locator(
      '[data-testid="persona-card"] [data-testid="persona-coverage"][data-state="ready"]',
    );
    await expect.poll(() => ready.count(), { timeout: 30_000 }).toBe(3);
    for (const card of await cards.all()) {
      const id = (await card.getAttribute('data-persona-id')) ?? '';
      const answer = await api(`personas/${id}/coverage`);
      expect(answer['persons']).toBeGreaterThan(0);
      expect([
        Number(await card.getAttribute('data-persons')),
        Number(await card.getAttribute('data-total')),
      ]).toEqual([answer['persons'], answer['total']]);
      expect(await card.textContent()).toMatch(digits);
    }
    await page.screenshot({ path: `${SCREENSHOT_DIR}persona-coverage-cards-${locale}.png` });

    // Editing the loyal customer: the rule's coverage, then another trait value picked from the data.
    await page
      .locator('[data-testid="persona-card"]')
      .filter({ has: page.locator('[data-persona-id="persona-loyal-customer"]') })
      .locator('.row-actions button')
      .first()
      .click();
    const rule = page.locator('[data-testid="persona-form"] [data-testid="segment-rule"]');
    const coverage = rule.locator('[data-testid="persona-coverage"]');
    const expectCoverageAsApi = async (value: boolean) => {
      await rule.locator('[data-testid="persona-coverage"][data-state="ready"]').waitFor();
      const body = coverages.at(-1);
      expect(body).toEqual({
        segmentRule: {
          match: 'all',
          conditions: [{ property: 'loyalty_member', operator: 'equals', value }],
        },
      });
      const answer = await api('personas/coverage', body);
      expect(Number(await coverage.getAttribute('data-persons'))).toBe(answer['persons']);
      expect(Number(await coverage.getAttribute('data-total'))).toBe(answer['total']);
      expect(await coverage.textContent()).toMatch(digits);
    };
    await expectCoverageAsApi(true);
    const value = '[data-testid="segment-rule"] [data-testid="filter-value-field"]';
    await page.locator(`${value} input`).fill('');
    const traitValues = await settledOptions(page, value);
    expect(traitValues.map(([text]) => text).sort()).toEqual(['false', 'true']);
    await page.locator(`${value} [role="option"][data-value="false"]`).click();
    await expect.poll(() => coverages.length, { timeout: 30_000 }).toBeGreaterThan(1);
    await expectCoverageAsApi(false);
    // The picked value's suggestion beside the coverage it gives: the same number of customers.
    await page.locator(`${value} input`).press('ArrowDown');
    const suggested = page.locator(`${value} [role="option"][data-value="false"]`);
    expect(await suggested.textContent()).toContain(
      new Intl.NumberFormat(locale === 'fa' ? 'fa-IR-u-nu-arabext' : 'en-GB').format(
        Number(await coverage.getAttribute('data-persons')),
      ),
    );
    await rule.evaluate((fieldset) => fieldset.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SCREENSHOT_DIR}persona-coverage-${locale}.png` });
    await page.close();
  });

  it("edits a touchpoint chip's binding from the map, previewing what the chip will count", async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    const previews = postedBodies(page, '/events/match-preview');
    await page.goto(`${server.url}/?lang=${locale}#/w/${DEMO_WORKSPACE_ID}/maps/demo-ecommerce-purchase`);
    await page
      .locator('[data-testid="bind-touchpoint"][data-touchpoint-id="tp-online-payment"]')
      .first()
      .click();
    const dialog = page.locator('[data-testid="binding-dialog"]');
    await dialog.waitFor();
    const { touchpoint } = await server.services.touchpoints.get(DEMO_WORKSPACE_ID, 'tp-online-payment');
    expect(await dialog.locator('[data-testid="event-name-field"] input').inputValue()).toBe(
      touchpoint.eventMatcher?.event,
    );
    const preview = dialog.locator('[data-testid="match-preview"][data-busy="false"][data-events]');
    await preview.waitFor();
    const answer = await api('events/match-preview', previews.at(-1));
    expect(previews.at(-1)).toMatchObject({ matcher: touchpoint.eventMatcher ?? {} });
    // On a map, the preview counts over the period the living map shows (90 days when it opens).
    const { dateRange } = previews.at(-1) as { dateRange: { from: string; to: string } };
    expect((Date.parse(dateRange.to) - Date.parse(dateRange.from)) / 86_400_000).toBe(90);
    expect(await dialog.locator('[data-testid="match-preview"] select').inputValue()).toBe('90');
    expect(Number(await preview.getAttribute('data-events'))).toBe(answer['events']);
    expect(await preview.textContent()).toMatch(digits);
    await page.screenshot({ path: `${SCREENSHOT_DIR}binding-dialog-${locale}.png` });
    expect(await seriousAxeViolations(page, '[data-testid="binding-dialog"]')).toEqual([]);
    // Escape closes an open list first, then the dialog, without saving.
    const eventInput = dialog.locator('[data-testid="event-name-field"] input');
    await eventInput.press('ArrowDown');
    expect(await eventInput.getAttribute('aria-expanded')).toBe('true');
    await eventInput.press('Escape');
    expect(await eventInput.getAttribute('aria-expanded')).toBe('false');
    await expect(dialog.isVisible()).resolves.toBe(true);
    await eventInput.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });
});
