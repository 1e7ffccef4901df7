import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Serious and critical accessibility violations axe finds in the page as it is, or in one part
 * of it (a dialog, a form): each as its rule id and the HTML of the nodes it flags.
 */
export async function seriousAxeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (part) => {
    const { axe } = window as unknown as {
      axe: {
        run: (
          context: Element | Document,
        ) => Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }>;
      };
    };
    const { violations } = await axe.run((part ? document.querySelector(part) : null) ?? document);
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} ${JSON.stringify(violation.nodes.map((node) => node.html))}`);
  }, selector);
}
