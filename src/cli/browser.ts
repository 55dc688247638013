/**
 * Finds and launches the headless Chromium that tests, the benchmark and the PDF export use.
 * Order: CHROME_PATH, then a system Chromium or Chrome, then the one `npm ci` brings
 * (@sparticuz/chromium, which ships the binary inside the npm package).
 */
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags for a headless run as root, on a machine with no network beyond loopback. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface FoundBrowser {
  executablePath: string;
  /** Where it was found, for messages: CHROME_PATH, system or npm. */
  source: 'CHROME_PATH' | 'system' | 'npm';
}

export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<FoundBrowser> {
  if (env.CHROME_PATH) {
    if (!isExecutable(env.CHROME_PATH)) {
      throw new BrowserNotFoundError(`CHROME_PATH=${env.CHROME_PATH} is not an executable file: fix or unset it.`);
    }
    return { executablePath: env.CHROME_PATH, source: 'CHROME_PATH' };
  }
  const system = SYSTEM_BROWSERS.find(isExecutable);
  if (system) return { executablePath: system, source: 'system' };
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    return { executablePath: await packaged.executablePath(), source: 'npm' };
  } catch (error) {
    throw new BrowserNotFoundError(
      'No Chromium or Chrome found. Set CHROME_PATH=/path/to/chrome, install Chromium ' +
        `(Debian: apt-get install chromium), or run npm ci to get @sparticuz/chromium (${String(error)}).`,
    );
  }
}

export async function launchBrowser(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const { executablePath } = await findBrowser(env);
  return chromium.launch({ executablePath, args: BROWSER_ARGS, headless: true });
}
