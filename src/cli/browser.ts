/**
 * Finds and launches the headless Chromium that tests, the benchmark and the exports use.
 * Order: CHROME_PATH, then an installed Chrome or Chromium as chrome-launcher finds it (Linux, macOS, Windows
 * and WSL: the finder Lighthouse and Marp CLI use), then Microsoft Edge (edge-paths), then the one `npm ci`
 * brings (@sparticuz/chromium, which ships the binary inside the npm package).
 */
import { accessSync, constants } from 'node:fs';
import { Launcher } from 'chrome-launcher';
import { getAnyEdgeStable } from 'edge-paths';
import { chromium, type Browser } from 'playwright-core';

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

/** An installed Chrome or Chromium, else Edge; undefined when there is none (or the platform has no finder). */
export function findInstalledBrowser(): string | undefined {
  const finders = [() => Launcher.getInstallations(), () => [getAnyEdgeStable()]];
  for (const find of finders) {
    try {
      const found = find().find(isExecutable);
      if (found) return found;
    } catch {
      // None of this kind here: the next finder.
    }
  }
  return undefined;
}

export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<FoundBrowser> {
  if (env.CHROME_PATH) {
    if (!isExecutable(env.CHROME_PATH)) {
      throw new BrowserNotFoundError(`CHROME_PATH=${env.CHROME_PATH} is not an executable file: fix or unset it.`);
    }
    return { executablePath: env.CHROME_PATH, source: 'CHROME_PATH' };
  }
  const system = findInstalledBrowser();
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
