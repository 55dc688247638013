/** `npm start` as an author uses it: a data error shows in the page, and saving the fix recovers. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../../src/cli/browser.ts';

let browser: Browser;
let server: ViteDevServer;
let slidesDir: string;

beforeAll(async () => {
  slidesDir = mkdtempSync(join(tmpdir(), 'summit-recap-dev-'));
  cpSync(resolve('test/fixtures/slides'), slidesDir, { recursive: true });
  process.env.SLIDES_DIR = slidesDir;
  try {
    server = await createServer({
      configFile: resolve('vite.config.ts'),
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', strictPort: false },
    });
  } finally {
    delete process.env.SLIDES_DIR;
  }
  await server.listen();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(slidesDir, { recursive: true, force: true });
});

it('shows a data error with its place, then recovers when the file is fixed', async () => {
  const page = await browser.newPage();
  const url = server.resolvedUrls!.local[0];
  await page.goto(`${url}#/widget-update`);
  await page.waitForFunction(() => window.Reveal?.isReady());
  expect(await page.locator('section#widget-update h2').textContent()).toBe('Widget update');

  const talkFile = join(slidesDir, 'mini-summit', 'widget-update.yaml');
  const good = readFileSync(talkFile, 'utf8');
  writeFileSync(talkFile, good.replace('release: bravo', 'release: bravoo'));
  const overlay = page.locator('vite-error-overlay');
  await expect.poll(() => overlay.count(), { timeout: 20_000 }).toBe(1);
  const message = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '');
  expect(message).toContain('mini-summit/widget-update.yaml:');
  expect(message).toContain('roadmap[0].release: unknown release "bravoo"');

  writeFileSync(talkFile, good.replace('title: Widget update', 'title: Widget update, fixed'));
  await expect
    .poll(
      () =>
        page
          .locator('section#widget-update h2')
          .textContent()
          .catch(() => null),
      { timeout: 20_000 },
    )
    .toBe('Widget update, fixed');
  expect(await overlay.count()).toBe(0);
});
