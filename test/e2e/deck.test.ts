/** The built deck in a real headless Chromium, used as a presenter would. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBuildRecord } from '../../src/cli/build.ts';
import { deckFingerprint, loadDeck } from '../../src/model/fs.ts';
import { launchBrowser } from '../../src/cli/browser.ts';
import { SLIDE_SIZE } from '../../src/deck/config.ts';
import { UNUSED_REVEAL_MARKUP } from '../../src/vite/reveal-css.ts';
import { serveStatic, type StaticServer } from '../../src/cli/static-server.ts';
import { watchPage, type PageReport } from './watch.ts';

const deck = loadDeck(process.cwd(), resolve('slides'));
// Served under a sub-path, as on a static host: the build must not assume the site root.
const BASE_PATH = '/recaps/boston/';

let browser: Browser;
let server: StaticServer;
let origin: string;

beforeAll(async () => {
  server = await serveStatic(inject('distDir'), { basePath: BASE_PATH });
  origin = new URL(server.url).origin;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit extends PageReport {
  context: BrowserContext;
  page: Page;
}

async function open(
  hash = '',
  options: { viewport?: { width: number; height: number }; query?: string } = {},
): Promise<Visit> {
  const context = await browser.newContext({ viewport: options.viewport ?? SLIDE_SIZE });
  const page = await context.newPage();
  const visit: Visit = { context, page, foreignRequests: [], errors: [] };
  watchPage(page, origin, visit);
  await page.goto(`${server.url}${options.query ?? '?transition=none'}${hash}`);
  await page.waitForFunction(() => window.Reveal?.isReady());
  return visit;
}

const currentSlideId = (page: Page) => page.evaluate(() => window.Reveal!.getCurrentSlide().id);

describe('the deck', () => {
  it('paints the title slide, loads only from its own origin and logs no error', async () => {
    const visit = await open();
    const { page } = visit;
    const title = page.locator('section#title h1');
    await expect.poll(() => title.textContent()).toBe(deck.title);
    const box = await title.boundingBox();
    expect(box, 'title has a box').not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(SLIDE_SIZE.height);
    expect(box!.width).toBeGreaterThan(200);
    const paints = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length);
    expect(paints).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(deck.language);
    expect(await page.locator('.reveal.ready').count()).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily)).toContain(
      'Source Sans 3',
    );
    expect(await page.evaluate(() => document.fonts.check('700 66px "Source Sans 3"'))).toBe(true);
    // The screen font is asked for with the HTML (a preload), not once the CSS is parsed, and only once.
    const fonts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\.woff2$/.test(entry.name))
        .map((entry) => ({
          file: new URL(entry.name).pathname.split('/').pop(),
          by: (entry as PerformanceResourceTiming).initiatorType,
        })),
    );
    expect(fonts).toEqual([{ file: expect.stringMatching(/^source-sans-3-wght-.*\.woff2$/), by: 'link' }]);
    expect(visit.foreignRequests).toEqual([]);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('starts reveal.js on the slides in the page: every slide is in the HTML, none is rendered again, none is measured', async () => {
    const html = await (await fetch(server.url)).text();
    const prerendered = [...html.matchAll(/<section id="([^"]+)"/g)].map(([, id]) => id);
    const context = await browser.newContext({ viewport: SLIDE_SIZE });
    await context.addInitScript(() => {
      const watched = window as Window & { __removedSlides?: string[]; __styleReads?: number };
      const removed: string[] = (watched.__removedSlides = []);
      // Each style read after a change to the page recalculates its styles: reveal.js must not read one per slide.
      watched.__styleReads = 0;
      const read = window.getComputedStyle.bind(window);
      window.getComputedStyle = (element, pseudo) => {
        if (!window.Reveal) watched.__styleReads! += 1;
        return read(element, pseudo);
      };
      new MutationObserver((records) => {
        for (const node of records.flatMap((record) => [...record.removedNodes])) {
          if (node instanceof Element && node.matches('section, .reveal, .slides'))
            removed.push(node.id || node.className);
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}?transition=none`);
    await page.waitForFunction(() => window.Reveal?.isReady());
    expect(prerendered).toContain(deck.talks.at(-1)!.id);
    expect(await page.evaluate(() => window.Reveal!.getSlides().map((slide) => slide.id))).toEqual(prerendered);
    expect(await page.evaluate(() => (window as Window & { __removedSlides?: string[] }).__removedSlides)).toEqual([]);
    const styleReads = await page.evaluate(() => (window as Window & { __styleReads?: number }).__styleReads);
    expect(styleReads, 'style reads before the deck is ready').toBeLessThan(prerendered.length / 4);
    await context.close();
  });

  it('has its boot compiled as it streams in: every chunk the page preloads for it opens with the compile hint', async () => {
    const html = await (await fetch(server.url)).text();
    const boot = [...html.matchAll(/<link rel="modulepreload"[^>]* href="\.\/([^"]*boot-[^"]+\.js)"/g)].map(
      ([, f]) => f,
    );
    expect(boot.length).toBeGreaterThan(0);
    for (const file of boot) {
      // V8 reads the hint only at the top of the file: anything before it (a bundler's helper) turns it off.
      expect((await (await fetch(new URL(file, server.url))).text()).startsWith('//# allFunctionsCalledOnLoad\n')).toBe(
        true,
      );
    }
  });

  for (const query of ['', '?handout&showNotes=true']) {
    it(`uses none of the reveal.js features whose styles the build leaves out${query && ` (${query})`}`, async () => {
      const { page, context } = await open('', { query });
      expect(await page.evaluate((selector) => document.querySelectorAll(selector).length, UNUSED_REVEAL_MARKUP)).toBe(
        0,
      );
      await context.close();
    });
  }

  it('prints the handout with its headings and release names whole, never broken inside a word', async () => {
    const { page, context } = await open('', { query: '?print-pdf&handout' });
    await page.locator('.pdf-page .handout-table').first().waitFor();
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll('.handout-table th, .handout-table td:nth-child(2)')]
        .filter((cell) => {
          if (/\s/.test(cell.textContent!.trim())) return false;
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
        })
        .map((cell) => cell.textContent),
    );
    expect(broken).toEqual([]);
    await context.close();
  });

  it('has one section per talk, with its title, in deck order', async () => {
    const { page, context } = await open();
    const talks = await page.$$eval('.slides > section.talk', (sections) =>
      sections.map((section) => ({
        id: section.getAttribute('data-talk'),
        title: section.querySelector(':scope > section h2')?.textContent,
      })),
    );
    expect(talks).toEqual(deck.talks.map((talk) => ({ id: talk.id, title: talk.title })));
    await context.close();
  });

  it('moves through talks with the arrow keys and into sub-slides with the down key', async () => {
    const { page, context } = await open();
    await page.keyboard.press('ArrowRight');
    expect(await currentSlideId(page)).toBe('agenda');
    await page.keyboard.press('ArrowRight');
    expect(await currentSlideId(page)).toBe(deck.talks[0].id);
    // Walk the first talk's sub-slides: right/space would step fragments first, down goes below.
    const firstWithSubSlides = deck.talks.find((talk) => talk.details?.length || talk.roadmap?.length)!;
    await page.goto(`${server.url}?transition=none#/${firstWithSubSlides.id}`);
    await page.waitForFunction(() => window.Reveal?.isReady());
    // Down steps through the slide's points first, then goes below.
    for (let step = 0; step <= (firstWithSubSlides.points?.length ?? 0); step++) await page.keyboard.press('ArrowDown');
    const below = await currentSlideId(page);
    expect(below).toMatch(new RegExp(`^${firstWithSubSlides.id}-`));
    expect(await page.evaluate(() => window.Reveal!.getIndices().v)).toBe(1);
    await page.keyboard.press('ArrowUp');
    expect(await currentSlideId(page)).toBe(firstWithSubSlides.id);
    await context.close();
  });

  it('builds a talk’s points one by one', async () => {
    const talk = deck.talks.find((candidate) => (candidate.points?.length ?? 0) >= 2)!;
    const { page, context } = await open(`#/${talk.id}`);
    const visiblePoints = () => page.locator(`section#${talk.id} .points li.visible`).count();
    expect(await visiblePoints()).toBe(0);
    await page.keyboard.press('ArrowRight');
    expect(await visiblePoints()).toBe(1);
    await page.keyboard.press('ArrowRight');
    expect(await visiblePoints()).toBe(2);
    await context.close();
  });

  it('opens a talk from a deep link and from the agenda', async () => {
    const target = deck.talks.at(-1)!;
    const visit = await open(`#/${target.id}`);
    expect(await currentSlideId(visit.page)).toBe(target.id);
    await expect.poll(() => visit.page.locator(`section#${target.id} h2`).isVisible()).toBe(true);

    await visit.page.goto(`${server.url}?transition=none#/agenda`);
    await visit.page.waitForFunction(() => window.Reveal?.isReady());
    await visit.page.getByRole('link', { name: deck.talks[2].title }).click();
    await expect.poll(() => currentSlideId(visit.page)).toBe(deck.talks[2].id);
    await visit.context.close();
  });

  it('opens the overview with O and closes it with Escape', async () => {
    const { page, context } = await open();
    await page.keyboard.press('o');
    expect(await page.evaluate(() => window.Reveal!.isOverview())).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.Reveal!.isOverview())).toBe(false);
    await context.close();
  });

  it('finds a word across slides with the search box', async () => {
    const talk = deck.talks.find((candidate) => candidate.speakers?.length)!;
    const surname = talk.speakers![0].name.split(' ').at(-1)!;
    const { page, context } = await open();
    await page.keyboard.press('Control+Shift+F');
    const input = page.locator('.searchbox input');
    await input.pressSequentially(surname); // typed, as a person does: the plugin searches on key-up
    await input.press('Enter');
    await expect
      .poll(() => page.evaluate(() => window.Reveal!.getCurrentSlide().closest('.talk')?.getAttribute('data-talk')))
      .toBe(talk.id);
    await context.close();
  });

  it('shows the speaker view with the notes of the current slide (S)', async () => {
    const talk = deck.talks.find((candidate) => candidate.notes)!;
    const { page, context } = await open(`#/${talk.id}`);
    const [speakerView] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speakerView.waitForLoadState();
    const notes = speakerView.locator('.speaker-controls-notes');
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(talk.notes!.slice(0, 40));
    await context.close();
  });

  for (const viewport of [SLIDE_SIZE, { width: 1920, height: 1080 }]) {
    it(`fits every slide in its frame at ${viewport.width}×${viewport.height}`, async () => {
      const { page, context } = await open('', { viewport });
      const overflowing = await page.evaluate(() => {
        const reveal = window.Reveal!;
        const problems: string[] = [];
        reveal.getSlides().forEach((slide) => {
          const { h, v } = reveal.getIndices(slide);
          reveal.slide(h, v ?? 0, Number.MAX_SAFE_INTEGER);
          const frame = slide.getBoundingClientRect();
          if (frame.width === 0 || frame.height === 0) problems.push(`${slide.id}: not displayed`);
          if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1) {
            problems.push(
              `${slide.id}: content ${slide.scrollWidth}×${slide.scrollHeight} > ${slide.clientWidth}×${slide.clientHeight}`,
            );
          }
        });
        return problems;
      });
      expect(overflowing).toEqual([]);
      await context.close();
    });
  }
});

describe('another event', () => {
  it('is a deck too, from data files alone', async () => {
    const fixture = await serveStatic(inject('fixtureDistDir'));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${fixture.url}#/widget-update-roadmap`);
    await page.waitForFunction(() => window.Reveal?.isReady());
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The build says what it was made from; the browser gets no file path of the build machine.
    const dist = inject('fixtureDistDir');
    expect(readBuildRecord(dist)).toEqual({
      event: 'mini-summit',
      data: deckFingerprint(resolve('test/fixtures/slides'), 'mini-summit'),
    });
    const shipped = readdirSync(join(dist, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(dist, 'assets', name), 'utf8'))
      .join('\n');
    expect(shipped).toContain('widget-update');
    expect(shipped).not.toMatch(/widget-update\.ya?ml|"source":/);
    expect(shipped).not.toContain(process.cwd());
    expect(
      await page.$$eval('section#widget-update-roadmap thead th[scope="col"]', (headings) =>
        headings.map((heading) => heading.firstChild!.textContent!.trim()),
      ),
    ).toEqual(['Bravo', 'Charlie', 'Backlog']);
    await context.close();
    await fixture.close();
  });
});
