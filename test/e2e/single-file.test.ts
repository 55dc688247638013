/**
 * `npm run export:html`: the deck as one file, copied alone into an empty folder and opened from disk in a real
 * headless Chromium that refuses every network request. It must present fully: every slide, the overview, search,
 * the speaker view and its notes, the pictures, the room quiz and its tally; and the study page beside it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRoomQuiz } from '../../quiz/room-plan.ts';
import { launchBrowser } from '../../src/cli/browser.ts';
import { SLIDE_SIZE } from '../../src/deck/config.ts';
import { loadDeck } from '../../src/model/fs.ts';
import type { PageReport } from './watch.ts';

const deck = loadDeck(process.cwd(), resolve('slides'));
const quiz = planRoomQuiz(deck);
const TALLY_KEY = `summit-recap:room-tally:${deck.slug}`;

let browser: Browser;
let work: string;
/** What `npm run export:html -- --study -o recap.html` printed. */
let stdout: string;

const exportHtml = (args: string[]) =>
  spawnSync(resolve('node_modules/.bin/tsx'), [resolve('src/cli/export-html.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DECK: '', SLIDES_DIR: '' },
  });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'summit-recap-html-'));
  const result = exportHtml(['--study', '-o', join(work, 'built', 'recap.html')]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  stdout = result.stdout;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The files, each copied alone into an empty folder of its own, or side by side. */
function copied(names: string[], from = join(work, 'built')): string {
  const dir = mkdtempSync(join(work, 'copy-'));
  for (const name of names) copyFileSync(join(from, name), join(dir, name));
  return dir;
}

/**
 * A browser with no network at all: every request that is not for a file on disk is refused, and counted, as
 * are console errors and failed loads.
 */
async function offline(): Promise<{ context: BrowserContext; report: PageReport; files: string[] }> {
  const context = await browser.newContext({ viewport: SLIDE_SIZE });
  const report: PageReport = { foreignRequests: [], errors: [] };
  const files: string[] = [];
  await context.route(
    () => true,
    (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      report.foreignRequests.push(url);
      return route.abort();
    },
  );
  context.on('request', (request) => {
    if (request.url().startsWith('file:')) files.push(request.url());
    else if (!request.url().startsWith('data:')) report.foreignRequests.push(request.url());
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') report.errors.push(message.text());
    });
    page.on('pageerror', (error) => report.errors.push(error.message));
  });
  return { context, report, files };
}

const goTo = (page: Page, id: string) =>
  page.evaluate((slideId) => {
    const { h, v } = window.Reveal!.getIndices(document.getElementById(slideId)!);
    window.Reveal!.slide(h, v, -1);
  }, id);

async function openDeck(context: BrowserContext, file: string, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${pathToFileURL(file).href}${hash}`);
  await page.waitForFunction(() => window.Reveal?.isReady());
  return page;
}

describe('the command', () => {
  it('prints its progress, then each file with its size', () => {
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('Building the deck as one file…');
    expect(lines[1]).toBe('Building the study page as one file…');
    expect(lines[2]).toMatch(/recap\.html: \d+ KiB \(\d+ KiB gzip\)$/);
    expect(lines[3]).toMatch(/recap-study\.html: \d+ KiB \(\d+ KiB gzip\)$/);
    expect(readdirSync(join(work, 'built')).sort()).toEqual(['recap-study.html', 'recap.html']);
  });

  it('holds everything in the one file: no script, style, font or picture by URL', () => {
    const html = readFileSync(join(work, 'built', 'recap.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link[^>]*\shref="(?!data:)/);
    expect(html).toContain('<style');
    expect(html).toMatch(/url\(data:font\/woff2;base64,/);
    // No live room from a file: nothing serves one, and its code (socket.io's) would only weigh.
    expect(html).not.toMatch(/socket\.io|engine\.io/);
  });

  it('rejects a bad option or an unwritable path in one line, with status 1 and no file', () => {
    const out = join(work, 'never.html');
    const unknown = exportHtml(['-o', out, '--colour']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe('export:html: unknown option "--colour" (see --help)');
    const quizValue = exportHtml(['-o', out, '--quiz', 'maybe']);
    expect(quizValue.status).toBe(1);
    expect(quizValue.stderr.trim()).toBe('export:html: --quiz takes on or off, got "maybe" (see --help)');
    const talk = exportHtml(['-o', out, '--talk', 'nope']);
    expect(talk.status).toBe(1);
    expect(talk.stderr).toContain('unknown talk nope; talks are: neutron-update');
    const file = join(work, 'a-file');
    writeFileSync(file, 'not a folder');
    const unwritable = exportHtml(['-o', join(file, 'recap.html')]);
    expect(unwritable.status).toBe(1);
    expect(unwritable.stderr.trim().split('\n')).toHaveLength(1);
    expect(unwritable.stderr).toContain(`export:html: cannot write ${join(file, 'recap.html')}`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the deck’s file, alone in a folder, opened from disk with no network', () => {
  it('gets ready, reaches every slide, requests nothing but itself and logs no error', async () => {
    const dir = copied(['recap.html']);
    const { context, report, files } = await offline();
    const page = await openDeck(context, join(dir, 'recap.html'));
    const ids = await page.evaluate(() => window.Reveal!.getSlides().map((slide) => slide.id));
    expect(ids.length).toBeGreaterThan(60);
    expect(ids).toContain('octavia-update-roadmap');
    expect(ids).toContain('roadmap-matrix');
    expect(ids).toContain('quiz-score');
    // Every slide by the keyboard, as a presenter goes: Space to the next step, down into each talk, to the end.
    const visited = new Set<string>();
    for (let step = 0; step < 1000; step++) {
      const { id, end } = await page.evaluate(() => {
        const reveal = window.Reveal!;
        return { id: reveal.getCurrentSlide().id, end: reveal.isLastSlide() && !reveal.availableFragments().next };
      });
      visited.add(id);
      if (end) break;
      await page.keyboard.press('Space');
    }
    expect([...visited]).toEqual(ids);
    // The title painted: its heading inside the window, in the deck's font.
    await page.keyboard.press('Home');
    const heading = (await page.locator('#title h1').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y + heading.height).toBeLessThanOrEqual(SLIDE_SIZE.height);
    expect(await page.evaluate(() => document.fonts.check('700 66px "Source Sans 3"'))).toBe(true);
    expect(report.foreignRequests).toEqual([]);
    expect([...new Set(files)]).toEqual([pathToFileURL(join(dir, 'recap.html')).href]);
    expect(report.errors).toEqual([]);
    await context.close();
  });

  it('shows the overview, searches, and draws the roadmap pictures', async () => {
    const { context, report } = await offline();
    const page = await openDeck(context, join(copied(['recap.html']), 'recap.html'), '#/roadmap-matrix');
    const matrix = page.locator('#roadmap-matrix table');
    expect(await matrix.locator('tbody tr').count()).toBeGreaterThan(0);
    const box = (await matrix.boundingBox())!;
    expect(box.width).toBeGreaterThan(SLIDE_SIZE.width / 2);
    await page.keyboard.press('o');
    await expect.poll(() => page.evaluate(() => window.Reveal!.isOverview())).toBe(true);
    await page.keyboard.press('o');
    await page.keyboard.press('Control+Shift+F');
    const search = page.locator('.searchbox input');
    await search.waitFor();
    await search.fill('Octavia');
    await search.press('Enter');
    await expect.poll(() => page.evaluate(() => window.Reveal!.getCurrentSlide().textContent)).toContain('Octavia');
    expect(report.errors).toEqual([]);
    await context.close();
  });

  it('opens the speaker view with the notes; the room’s tally counts there and survives a reload', async () => {
    const { context, report } = await offline();
    const file = join(copied(['recap.html']), 'recap.html');
    const kilo = quiz.final.find((asked) => asked.release === 'kilo')!;
    const page = await openDeck(context, file, '#/quiz-final-kilo');
    await page.keyboard.press('ArrowRight'); // the answer
    await page.keyboard.press('y');
    const stored = () => page.evaluate((key) => localStorage.getItem(key) ?? '', TALLY_KEY);
    await expect.poll(stored).toContain(`"${kilo.question.id}":"right"`);

    // The speaker view, from the title slide: its notes, and both previews of the deck.
    await goTo(page, 'title');
    const [speakerView] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speakerView.waitForLoadState();
    const receivers = () => speakerView.frames().filter((frame) => frame.url().includes('receiver'));
    await expect.poll(() => receivers().length, { timeout: 15_000 }).toBe(2);
    await expect.poll(() => speakerView.locator('#connection-status').isVisible(), { timeout: 15_000 }).toBe(false);
    await expect
      .poll(() => speakerView.locator('.speaker-controls-notes .value').textContent(), { timeout: 15_000 })
      .toContain(deck.notes!.slice(0, 30));
    // X in the speaker window counts on the presenting page, though files have no origin to name.
    await goTo(page, 'quiz-final-kilo');
    await page.keyboard.press('ArrowRight');
    const current = () => receivers().find((frame) => frame.url().includes('postMessageEvents'))!;
    const answerShown = () =>
      current()
        .evaluate(() => document.querySelector('#quiz-final-kilo .room-answer.visible') !== null)
        .catch(() => false);
    await expect.poll(answerShown, { timeout: 15_000 }).toBe(true);
    await speakerView.keyboard.press('x');
    await expect.poll(stored, { timeout: 15_000 }).toContain(`"${kilo.question.id}":"wrong"`);

    await page.reload();
    await page.waitForFunction(() => window.Reveal?.isReady());
    expect(await stored()).toContain(`"${kilo.question.id}":"wrong"`);
    expect(report.errors).toEqual([]);
    await context.close();
  });
});

describe('the study page’s file, beside the deck’s', () => {
  it('works from disk, keeps its progress over a reload, and links to the deck’s file', async () => {
    const dir = copied(['recap.html', 'recap-study.html']);
    const { context, report, files } = await offline();
    const deckPage = await openDeck(context, join(dir, 'recap.html'));
    const studyLink = deckPage.locator('#title .study-link a');
    expect(await studyLink.getAttribute('href')).toBe('./recap-study.html');
    await studyLink.click();
    await deckPage.waitForURL(/recap-study\.html/);
    const back = deckPage.locator('a.back');
    await back.waitFor();
    expect(await back.getAttribute('href')).toBe('./recap.html');
    // Start a quick quiz and answer its first question with the keyboard: progress is saved at once.
    await deckPage.getByRole('button', { name: 'Commencer' }).click();
    await deckPage.locator('form').first().waitFor();
    const progressKeys = () =>
      deckPage.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('boston-2017')));
    await deckPage.keyboard.press('1');
    await deckPage.keyboard.press('Enter');
    await expect.poll(progressKeys).not.toEqual([]);
    // The answer lands in storage a moment after it is given (saving takes turns with other tabs).
    const storedAnswers = () =>
      deckPage.evaluate(() => {
        const key = Object.keys(localStorage).find((name) => name.startsWith('summit-recap:progress:'));
        return key ? (JSON.parse(localStorage.getItem(key)!) as { answers: unknown[] }).answers.length : 0;
      });
    await expect.poll(storedAnswers).toBe(1);
    const saved = await deckPage.evaluate(() => JSON.stringify(localStorage));
    await deckPage.reload();
    await back.waitFor();
    expect(await deckPage.evaluate(() => JSON.stringify(localStorage))).toBe(saved);
    expect(report.foreignRequests).toEqual([]);
    expect(files.every((url) => url.startsWith(pathToFileURL(dir).href))).toBe(true);
    expect(report.errors).toEqual([]);
    await context.close();
  });
});

describe('a file of some talks, without the quiz', () => {
  it('holds those talks only, and no quiz slide', async () => {
    const [first, second] = [deck.talks[1], deck.talks[5]];
    const out = join(work, 'some', 'two-talks.html');
    const result = exportHtml(['-o', out, '--talk', second.id, '--talk', first.id, '--quiz', 'off']);
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain(deck.talks[0].title);
    const { context, report } = await offline();
    const page = await openDeck(context, join(copied(['two-talks.html'], join(work, 'some')), 'two-talks.html'));
    const ids = await page.evaluate(() => window.Reveal!.getSlides().map((slide) => slide.id));
    expect(ids).toContain(first.id);
    expect(ids).toContain(second.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(ids).not.toContain(deck.talks[0].id);
    expect(ids.filter((id) => id.includes('quiz'))).toEqual([]);
    // No study page was exported: the deck shows no link to one.
    expect(await page.locator('#title .study-link').isVisible()).toBe(false);
    expect(report.errors).toEqual([]);
    await context.close();
  }, 60_000);
});
