#!/usr/bin/env node
// Issue 3's figures: a 20-stage x 80-step x 15-lane map (1,200 cells) must open in under 1 s, and
// typing in a cell must stay under 16 ms per keystroke, in headless Chromium. Baseline, measured
// in the same run: the same actions on a 1-stage x 1-step x 1-lane map.
// Run after `npm run build`: node bench/editor-large-map.mjs
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { LANE_KINDS } from '@safar/core';
import { startServer } from '@safar/server';

const WEB_ROOT = fileURLToPath(new URL('../packages/web/dist/', import.meta.url));
// Every lane kind that holds cells, but plain text (which `actions` and its kin already cover),
// images and map links: 15 lanes.
const BENCH_LANE_KINDS = LANE_KINDS.filter(
  (kind) => !['text', 'line-of-visibility', 'images', 'map-links'].includes(kind),
);
const KEYSTROKES = 60;
const OPEN_RUNS = 5;

function cellFor(kind, stage, step) {
  const text = `Stage ${stage} step ${step}: customers compare offers and read reviews before deciding`;
  switch (kind) {
    case 'emotions':
      return { shape: 'emotion', score: ((stage + step) % 5) - 2, note: 'note' };
    case 'touchpoints':
      return { shape: 'touchpoints', touchpointIds: ['tp-bench'] };
    case 'channels':
      return { shape: 'channels', channels: ['website', 'email'] };
    case 'pain-points':
      return { shape: 'pain-points', items: [{ id: `p-${stage}-${step}`, text, severity: 3 }] };
    case 'opportunities':
      return {
        shape: 'opportunities',
        items: [{ id: `o-${stage}-${step}`, text, impact: 4, effort: 2, status: 'idea' }],
      };
    case 'metrics':
      return {
        shape: 'metrics',
        items: [
          {
            id: `m-${stage}-${step}`,
            name: 'Conversion',
            definition: text,
            target: 30,
            unit: '%',
            direction: 'higher-is-better',
          },
        ],
      };
    case 'departments':
      return { shape: 'departments', departments: ['Sales', 'Support'] };
    default:
      return { shape: 'text', text };
  }
}

function buildMap(id, stages, stepsPerStage, laneKinds) {
  const lanes = laneKinds.map((kind, index) => ({ id: `lane-${index}`, kind, name: kind }));
  const cells = {};
  const stageList = [];
  for (let stage = 0; stage < stages; stage++) {
    const steps = [];
    for (let step = 0; step < stepsPerStage; step++) {
      const stepId = `s${stage}-${step}`;
      steps.push({ id: stepId, name: `Step ${stage}.${step}` });
      for (const lane of lanes) (cells[lane.id] ??= {})[stepId] = cellFor(lane.kind, stage, step);
    }
    stageList.push({ id: `stage-${stage}`, name: `Stage ${stage}`, steps });
  }
  return { id, title: id, stages: stageList, lanes, cells };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];

async function measure(page, url) {
  const openTimes = [];
  for (let run = 0; run < OPEN_RUNS; run++) {
    await page.goto('about:blank');
    const started = Date.now();
    await page.goto(url);
    await page.locator('[data-testid="map-grid"]').waitFor();
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    openTimes.push(Date.now() - started);
  }
  // Per keystroke: main-thread time from the key event to the committed, laid-out update.
  // React flushes discrete input updates before the event leaves its root, so a window-level
  // bubbling listener on `input` runs after the commit; reading offsetHeight forces layout.
  const cell = page.locator('[data-testid="text-cell"]').first();
  await cell.click();
  await page.evaluate(() => {
    window.__keystrokes = [];
    let start = 0;
    window.addEventListener(
      'keydown',
      () => {
        start = performance.now();
      },
      true,
    );
    window.addEventListener('input', () => {
      void document.body.offsetHeight;
      window.__keystrokes.push(performance.now() - start);
    });
  });
  for (let index = 0; index < KEYSTROKES; index++) {
    await page.keyboard.type('x');
  }
  await page.waitForTimeout(200);
  const keystrokes = await page.evaluate(() => window.__keystrokes);
  return { open: median(openTimes), keystrokeMedian: median(keystrokes), keystrokeP95: p95(keystrokes) };
}

const dataDir = mkdtempSync(join(tmpdir(), 'safar-bench-'));
const server = await startServer(
  { port: 0, host: '127.0.0.1', dataDir, databaseUrl: undefined },
  { webRoot: WEB_ROOT },
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const { services } = server;
  await services.workspaces.create({ id: 'bench', name: 'Bench' });
  await services.touchpoints.create('bench', { id: 'tp-bench', name: 'Product page', channel: 'website' });
  await services.mapDocuments.import(
    'bench',
    {
      format: 'safar.journey-map',
      schemaVersion: 1,
      map: buildMap('large', 20, 4, BENCH_LANE_KINDS),
      touchpoints: [],
      personas: [],
    },
    { actor: 'bench' },
  );
  await services.mapDocuments.import(
    'bench',
    {
      format: 'safar.journey-map',
      schemaVersion: 1,
      map: buildMap('small', 1, 1, ['actions']),
      touchpoints: [],
      personas: [],
    },
    { actor: 'bench' },
  );
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const small = await measure(page, `${server.url}/?lang=en#/w/bench/maps/small`);
  const large = await measure(page, `${server.url}/?lang=en#/w/bench/maps/large`);
  const largeCells = await page.locator('.cell, .emotion-lane').count();
  const f = (value) => `${value.toFixed(1)} ms`;
  console.log(
    `editor on a 20-stage x 80-step x 15-lane map (${largeCells} cell elements), headless Chromium, median of ${OPEN_RUNS} opens / ${KEYSTROKES} keystrokes`,
  );
  console.log(
    `open:      large ${f(large.open)}   baseline (1x1x1 map) ${f(small.open)}   ratio ${(large.open / small.open).toFixed(2)}x   goal < 1000 ms: ${large.open < 1000 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `keystroke: large median ${f(large.keystrokeMedian)} p95 ${f(large.keystrokeP95)}   baseline median ${f(small.keystrokeMedian)}   ratio ${(large.keystrokeMedian / small.keystrokeMedian).toFixed(2)}x   goal < 16 ms: ${large.keystrokeMedian < 16 ? 'met' : 'NOT met'}`,
  );
} finally {
  await browser.close();
  await server.close();
}
