import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startServer, type RunningServer } from '@safar/server';

/** Persian (extended Arabic-Indic) digits, as numbers read in fa. */
export const PERSIAN_DIGITS = /[۰-۹]/;

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(SCREENSHOT_DIR, { recursive: true });
const WEB_ROOT = fileURLToPath(new URL('../packages/web/dist/', import.meta.url));

/** Debian's Chromium, started the way this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
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
}

/** A server on a free port over a fresh embedded data directory, serving the built web app. */
export async function startTestServer(): Promise<RunningServer> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('build the web app first: npm run build');
  const dataDir = mkdtempSync(join(tmpdir(), 'safar-e2e-'));
  return startServer(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: undefined,
      clickhouseUrl: undefined,
      clickhouseDatabase: 'safar',
    },
    { webRoot: WEB_ROOT },
  );
}
