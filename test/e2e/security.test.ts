/**
 * Nothing a link, a framing page or the data can do runs script or breaks a page, in a real headless Chromium:
 * the pages' Content-Security-Policy, `link-base` from the URL, messages from another origin, bidi controls and
 * overlong words in the data.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../src/cli/browser.ts';
import { serveStatic, type StaticServer } from '../../src/cli/static-server.ts';
import { watchPage, type PageReport } from './watch.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(inject('distDir'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page of the context, with what it reports: foreign requests, errors, and CSP violations. */
async function visit(context: BrowserContext, path: string): Promise<{ page: Page; report: PageReport }> {
  const page = await context.newPage();
  const report: PageReport = { foreignRequests: [], errors: [] };
  watchPage(page, new URL(server.url).origin, report);
  await page.goto(`${server.url}${path}`);
  return { page, report };
}

const deckReady = (page: Page) => page.waitForFunction(() => window.Reveal?.isReady());

describe('the Content-Security-Policy', () => {
  it('is in every page: scripts from the site only, no inline script but the speaker view’s', async () => {
    for (const file of ['index.html', 'study.html']) {
      const html = await (await fetch(`${server.url}${file}`)).text();
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
        .exec(html)?.[1]
        .replace(/&#39;/g, "'");
      expect(policy, file).toBeDefined();
      const scripts = / script-src ([^;]+)/.exec(policy!)![1];
      expect(scripts).toMatch(/^'self' 'sha256-[A-Za-z0-9+/]+=*'$/);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
    }
  });

  it('refuses an inline script, and lets the speaker view run under it', async () => {
    const context = await browser.newContext();
    const { page, report } = await visit(context, '#/octavia-update');
    await deckReady(page);
    const refused = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
            once: true,
          });
          const script = document.createElement('script');
          script.textContent = 'window.ran = true';
          document.head.append(script);
        }),
    );
    expect(refused).toMatch(/^script-src/);
    expect(await page.evaluate(() => 'ran' in window)).toBe(false);
    // The speaker view writes its own inline script into its window: allowed by its hash, it connects.
    const [speakerView] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const violations: string[] = [];
    speakerView.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await expect
      .poll(() => speakerView.frames().filter((frame) => frame.url().includes('receiver')).length, {
        timeout: 15_000,
      })
      .toBe(2);
    expect(violations).toEqual([]);
    expect(report.errors.filter((error) => !/Content Security Policy/.test(error))).toEqual([]);
    await context.close();
  });
});

describe('link-base from the URL', () => {
  for (const value of [
    'javascript%3A%2F%2Fx%2F%250aalert(document.domain)%2F%2F',
    'javascript%3Aalert(1)',
    'not%20a%20url',
  ]) {
    it(`is ignored when it is not an http(s) address (${decodeURIComponent(value)}): the print view is ready, no link runs script`, async () => {
      const context = await browser.newContext();
      const warnings: string[] = [];
      const { page, report } = await visit(context, `?print-pdf&link-base=${value}`);
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.reload();
      await page.waitForFunction(
        () => document.querySelector('.reveal .pdf-page') !== null && window.Reveal?.isReady(),
      );
      const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(new URL(href).protocol, href).toMatch(/^https?:$/);
      // The study links, with no safe address to point at, are plain text.
      expect(await page.locator('a[href*="study.html"]').count()).toBe(0);
      expect(warnings.some((warning) => /link-base must be an http\(s\) address; ignored/.test(warning))).toBe(true);
      expect(report.errors).toEqual([]);
      await context.close();
    });
  }
});

describe('messages from another origin', () => {
  let foreign: StaticServer;
  let folder: string;

  beforeAll(async () => {
    // Another origin (another port), with a page that frames the deck.
    folder = mkdtempSync(join(tmpdir(), 'summit-recap-framer-'));
    writeFileSync(
      join(folder, 'index.html'),
      `<!doctype html><title>framer</title><iframe id="deck" src="${server.url}#/title" width="1280" height="720"></iframe>`,
    );
    foreign = await serveStatic(folder);
  });

  afterAll(async () => {
    await foreign?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const send = (page: Page, message: object) =>
    page.evaluate((data) => {
      const frame = document.getElementById('deck') as HTMLIFrameElement;
      frame.contentWindow!.postMessage(JSON.stringify(data), '*');
    }, message);

  it('never drive the deck, while its own origin’s messages do', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
    const page = await context.newPage();
    await page.goto(foreign.url);
    const frame = page.frames().find((candidate) => candidate.url().startsWith(server.url))!;
    await frame.waitForFunction(() => window.Reveal?.isReady());
    await send(page, { method: 'slide', args: [3] });
    await send(page, { method: 'showPreview', args: ['https://attacker.example/'] });
    await page.waitForTimeout(500);
    expect(await frame.evaluate(() => window.Reveal!.getIndices().h)).toBe(0);
    expect(await frame.evaluate(() => document.querySelector('.overlay, .r-overlay, iframe') === null)).toBe(true);
    // The same message from the deck's own origin moves it: the guard keeps out only others.
    await frame.evaluate(() => window.postMessage(JSON.stringify({ method: 'slide', args: [3] }), '*'));
    await expect.poll(() => frame.evaluate(() => window.Reveal!.getIndices().h)).toBe(3);
    await context.close();
  });
});

describe('data text', () => {
  it('keeps a bidi control in a name from reordering what follows', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    // The talk whose speaker has a company, shown (only the slides near the current one are laid out).
    const { page } = await visit(context, '#/cinder-beyond-secondary-storage');
    await deckReady(page);
    /** Whether the company after a name reads left to right (its first letter left of its last). */
    const companyInOrder = () =>
      page.evaluate(() => {
        const speaker = [...document.querySelectorAll('section.present .speaker')].find((element) =>
          element.querySelector('.company'),
        )!;
        speaker.firstChild!.textContent = '\u202Eevil name';
        const text = speaker.querySelector('.company')!.firstChild!;
        const at = (offset: number) => {
          const range = document.createRange();
          range.setStart(text, offset);
          range.setEnd(text, offset + 1);
          return range.getBoundingClientRect().left;
        };
        return at(1) < at(text.textContent!.length - 2);
      });
    expect(await companyInOrder()).toBe(true);
    // Without the isolation, the override would run on: the measure tells the two apart.
    await page.addStyleTag({ content: '.reveal .slides * { unicode-bidi: normal !important; }' });
    expect(await companyInOrder()).toBe(false);
    await context.close();
  });

  it('breaks a word longer than its slide, and on a 360 px phone the study page does not scroll sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page } = await visit(context, '#/octavia-update');
    await deckReady(page);
    const word = `https://example.org/${'a'.repeat(300)}`;
    const overflow = await page.evaluate((long) => {
      const slide = document.getElementById('octavia-update')!;
      const point = slide.querySelector('li, p.lead')!;
      point.textContent = long;
      return point.getBoundingClientRect().right - slide.getBoundingClientRect().right;
    }, word);
    expect(overflow).toBeLessThanOrEqual(1);

    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page: study } = await visit(phone, 'study.html');
    await study.locator('form.plan').waitFor();
    const sideways = await study.evaluate((long) => {
      for (const label of document.querySelectorAll('.filter label')) label.append(` ${long}`);
      return document.documentElement.scrollWidth - document.documentElement.clientWidth;
    }, word);
    expect(sideways).toBe(0);
    await phone.close();
    await context.close();
  });
});
