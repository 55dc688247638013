/** Presenting with the room, in a real headless Chromium: quiz slides, the presenter's tally, the score. */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { planRoomQuiz } from '../../quiz/room-plan.ts';
import { loadDeck } from '../../src/model/fs.ts';
import { vocabularyOf } from '../../src/model/index.ts';
import { launchBrowser } from '../../src/cli/browser.ts';
import { SLIDE_SIZE } from '../../src/deck/config.ts';
import { wordRoomQuiz } from '../../src/deck/room-quiz.ts';
import { deckWords, quizWords } from '../../src/locale/index.ts';
import { serveStatic, type StaticServer } from '../../src/cli/static-server.ts';

const deck = loadDeck(process.cwd(), resolve('slides'));
const quiz = wordRoomQuiz(planRoomQuiz(deck), quizWords(deck.language));
const labels = deckWords(deck.language);
const TALLY_KEY = `summit-recap:room-tally:${deck.slug}`;
const releaseName = (id: string) => vocabularyOf(deck).releaseName(id);

const octavia = quiz.talks.find((entry) => entry.talk === 'octavia-update')!.questions;
const finalOf = (release: string) => quiz.final.find((asked) => asked.release === release)!;

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

/**
 * Every page and frame of the context counts its writes to the room's tally, so that a test can tell which
 * window recorded something (a speaker-view frame must never).
 */
function countTallyWrites(key: string) {
  const counted = window as Window & { __tallyWrites?: number };
  counted.__tallyWrites = 0;
  for (const method of ['setItem', 'removeItem'] as const) {
    const original = Storage.prototype[method] as (this: Storage, ...args: string[]) => void;
    Storage.prototype[method] = function (this: Storage, ...args: string[]) {
      if (args[0] === key) counted.__tallyWrites! += 1;
      return original.apply(this, args);
    };
  }
}

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: SLIDE_SIZE });
  await context.addInitScript(countTallyWrites, TALLY_KEY);
  return context;
}

async function open(context: BrowserContext, hash: string, query = '?transition=none'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}${query}${hash}`);
  await page.waitForFunction(() => window.Reveal?.isReady());
  return page;
}

const currentSlide = (page: Page) =>
  page.evaluate(() => [window.Reveal!.getCurrentSlide().id, window.Reveal!.getIndices().f ?? -1] as const);

const goTo = async (page: Page, id: string) => {
  await page.evaluate((slideId) => {
    const reveal = window.Reveal!;
    const { h, v } = reveal.getIndices(document.getElementById(slideId)!);
    // Its answer hidden, as when the presenter arrives from the slide before.
    reveal.slide(h, v, -1);
  }, id);
  expect((await currentSlide(page))[0]).toBe(id);
};

const storedTally = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"verdicts":{}}').verdicts, TALLY_KEY);

/** The score slide's rows: [release, asked, right, percent]. */
const scoreRows = (page: Page) =>
  page.$$eval('#quiz-score tr[data-release]', (rows) =>
    rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
  );

const notice = (page: Page) => page.locator('.room-notice.shown');

describe('a quiz slide', () => {
  it('shows the question, hides the answer until the next key press, then shows it; the next question below', async () => {
    const context = await newContext();
    const page = await open(context, '#/octavia-update-quiz');
    const slide = page.locator('#octavia-update-quiz');
    const prompt = slide.locator('.prompt');
    const answer = slide.locator('.room-answer');
    await expect.poll(() => prompt.isVisible()).toBe(true);
    expect(await prompt.textContent()).toBe(octavia[0].prompt);
    const box = (await prompt.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(SLIDE_SIZE.height);
    expect(await answer.isVisible()).toBe(false);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => answer.isVisible()).toBe(true);
    expect(await answer.textContent()).toContain(octavia[0].answer);
    // The right choice stands out once the answer shows.
    const right = slide.locator('.choices li.right-choice');
    expect(await right.evaluate((li) => getComputedStyle(li).fontWeight)).toBe('700');

    // The second question waits on the next sub-slide (↓, or Space): nothing of it showed with the first.
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await currentSlide(page))[0]).toBe('octavia-update-quiz-2');
    const second = page.locator('#octavia-update-quiz-2');
    expect(await second.locator('.prompt').textContent()).toBe(octavia[1].prompt);
    expect(await second.locator('.room-answer').isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => second.locator('.room-answer').isVisible()).toBe(true);
    expect(await second.locator('.room-answer').textContent()).toContain(octavia[1].answer);
    await context.close();
  });

  it('registers its keys in reveal.js’s help (?)', async () => {
    const context = await newContext();
    const page = await open(context, '#/title');
    await page.keyboard.press('Shift+Slash');
    const help = page.locator('.reveal-help, .r-overlay-help').first();
    await expect.poll(() => help.textContent()).toContain(labels.keys.right);
    const text = (await help.textContent()) ?? '';
    expect(text).toContain(labels.keys.wrong);
    expect(text).toContain(labels.keys.clear);
    await context.close();
  });
});

describe('the tally', () => {
  it('counts Y and X on shown answers, survives a reload, shows the score per release, and R clears it', async () => {
    const context = await newContext();
    const page = await open(context, '#/octavia-update-quiz');

    // Y before the answer shows counts nothing, and says so.
    await page.keyboard.press('y');
    await expect.poll(() => notice(page).textContent()).toContain('Affichez d’abord la réponse');
    expect(await storedTally(page)).toEqual({});

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('y');
    await expect.poll(() => notice(page).textContent()).toContain(`✓ Trouvé · ${releaseName(octavia[0].release)}`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('x');
    await expect.poll(() => notice(page).textContent()).toContain(`✗ Raté · ${releaseName(octavia[1].release)}`);

    const queens = finalOf(octavia[0].release);
    expect(octavia[0].release).toBe('queens');
    await goTo(page, `quiz-final-${queens.release}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('y');
    await goTo(page, 'quiz-final-kilo');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('x');
    // A verdict given again replaces the first.
    await page.keyboard.press('y');
    expect(await storedTally(page)).toEqual({
      [octavia[0].question.id]: 'right',
      [octavia[1].question.id]: 'wrong',
      [queens.question.id]: 'right',
      [finalOf('kilo').question.id]: 'right',
    });

    await page.reload();
    await page.waitForFunction(() => window.Reveal?.isReady());
    await goTo(page, 'quiz-score');
    const first = releaseName(octavia[0].release);
    const second = releaseName(octavia[1].release);
    // The score comes to life with the deck (its slide is not the one the page opened on: just after).
    await expect.poll(() => scoreRows(page).then((all) => all.at(-1))).toEqual(['Total', '4', '3', '75 %']);
    const rows = await scoreRows(page);
    expect(rows).toContainEqual([first, '2', '2', '100 %']);
    expect(rows).toContainEqual([second, '1', '0', '0 %']);
    expect(rows).toContainEqual(['Kilo', '1', '1', '100 %']);
    expect(rows).toContainEqual(['Havana', '0', '0', '—']);
    expect(rows.at(-1)).toEqual(['Total', '4', '3', '75 %']);
    const table = page.locator('#quiz-score table');
    expect(await table.locator('caption').textContent()).toMatch(/^Score de la salle par release/);
    // What the room sees: the whole table in the window, each release's bar as long as its success rate.
    const tableBox = (await table.boundingBox())!;
    expect(tableBox.x).toBeGreaterThanOrEqual(0);
    expect(tableBox.y).toBeGreaterThanOrEqual(0);
    expect(tableBox.x + tableBox.width).toBeLessThanOrEqual(SLIDE_SIZE.width);
    expect(tableBox.y + tableBox.height).toBeLessThanOrEqual(SLIDE_SIZE.height);
    const barWidth = async (release: string) =>
      (await page.locator(`#quiz-score tr[data-release="${release}"] .bar`).boundingBox())?.width ?? 0;
    const [full, kilo, missed, none] = await Promise.all(
      [octavia[0].release, 'kilo', octavia[1].release, 'havana'].map(barWidth),
    );
    expect(full).toBeGreaterThan(100);
    expect(kilo).toBeCloseTo(full, 0);
    expect(missed).toBe(0);
    expect(none).toBe(0);

    await page.keyboard.press('r');
    await expect.poll(() => notice(page).textContent()).toContain('Score de la salle remis à zéro (4 réponses');
    await expect.poll(() => scoreRows(page).then((all) => all.at(-1))).toEqual(['Total', '0', '0', '—']);
    await page.reload();
    await page.waitForFunction(() => window.Reveal?.isReady());
    expect(await storedTally(page)).toEqual({});
    await context.close();
  });

  it('never counts twice with the speaker view open, and its frames never record', async () => {
    const context = await newContext();
    const page = await open(context, '#/quiz-final-kilo');
    const kilo = finalOf('kilo').question.id;
    const [speakerView] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speakerView.waitForLoadState();
    // Both preview frames load the deck with ?receiver.
    const receivers = () => speakerView.frames().filter((frame) => frame.url().includes('receiver'));
    await expect.poll(() => receivers().length, { timeout: 15_000 }).toBe(2);
    const isReady = (frame: Frame) => frame.evaluate(() => window.Reveal?.isReady() === true).catch(() => false);
    await expect
      .poll(async () => (await Promise.all(receivers().map(isReady))).every(Boolean), { timeout: 15_000 })
      .toBe(true);
    // The answer shows on the presenting page, and in the speaker view's current slide, which follows it.
    await page.keyboard.press('ArrowRight');
    const current = () => receivers().find((frame) => frame.url().includes('postMessageEvents'))!;
    const answerShown = (frame: Frame) =>
      frame.evaluate(() => document.querySelector('#quiz-final-kilo .room-answer.visible') !== null).catch(() => false);
    await expect.poll(() => answerShown(current()), { timeout: 15_000 }).toBe(true);

    // Y on the presenting page: recorded once, there.
    await page.keyboard.press('y');
    await expect.poll(() => storedTally(page)).toEqual({ [kilo]: 'right' });

    // X in the speaker window: its frame sends it to the presenting page, which records it.
    await speakerView.keyboard.press('x');
    await expect.poll(() => storedTally(page)).toEqual({ [kilo]: 'wrong' });
    await expect.poll(() => notice(page).textContent()).toContain(labels.notice.recorded('Kilo', false, '0/1'));

    await goTo(page, 'quiz-score');
    expect(await scoreRows(page)).toContainEqual(['Kilo', '1', '0', '0 %']);
    expect((await scoreRows(page)).at(-1)).toEqual(['Total', '1', '0', '0 %']);
    expect(await page.evaluate(() => (window as Window & { __tallyWrites?: number }).__tallyWrites)).toBe(2);
    for (const frame of receivers()) {
      expect(
        await frame.evaluate(() => (window as Window & { __tallyWrites?: number }).__tallyWrites),
        frame.url(),
      ).toBe(0);
    }
    await context.close();
  });

  it('in a page loaded as a speaker-view frame, counts nothing', async () => {
    const context = await newContext();
    const page = await open(context, '#/quiz-final-kilo', '?receiver&transition=none');
    expect(await page.evaluate(() => window.Reveal!.isSpeakerNotes())).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('y');
    await page.locator('#quiz-final-kilo .tally-right').click();
    expect(await storedTally(page)).toEqual({});
    expect(await page.evaluate(() => (window as Window & { __tallyWrites?: number }).__tallyWrites)).toBe(0);
    await context.close();
  });
});

describe('quiz controls', () => {
  it('keep the keys pressed on them from moving the deck, and give the keys back after a click', async () => {
    const context = await newContext();
    const page = await open(context, '#/quiz-final-kilo');
    const kilo = finalOf('kilo').question.id;
    await page.keyboard.press('ArrowRight');
    const before = await currentSlide(page);
    const gotIt = page.locator('#quiz-final-kilo .tally-right');
    await gotIt.focus();
    for (const key of ['Space', 'Enter', 'ArrowRight', 'ArrowDown', 'PageDown', 'n']) await page.keyboard.press(key);
    expect(await currentSlide(page)).toEqual(before);
    // Space and Enter pressed the button.
    expect(await storedTally(page)).toEqual({ [kilo]: 'right' });
    expect(await gotIt.getAttribute('aria-pressed')).toBe('true');
    expect(await gotIt.evaluate((button) => button.closest('[data-prevent-swipe]') !== null)).toBe(true);

    // A mouse click does not leave the deck's keys held back.
    await page.locator('#quiz-final-kilo .tally-wrong').click();
    expect(await storedTally(page)).toEqual({ [kilo]: 'wrong' });
    await page.keyboard.press('ArrowDown');
    expect((await currentSlide(page))[0]).not.toBe('quiz-final-kilo');
    await context.close();
  });
});

describe('the pictures and the quiz slides', () => {
  it('keep every text at 22 px or more on the slide, so that it reads on a projector', async () => {
    const context = await newContext();
    const page = await open(context, '#/title');
    const small = await page.evaluate(() => {
      const found: string[] = [];
      const slides = document.querySelectorAll(
        '.timeline-slide, .matrix-slide, .roadmap-slide, [data-room-quiz], .quiz-intro-slide, .score-slide',
      );
      for (const slide of slides) {
        const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement!;
          if (!node.textContent!.trim() || element.closest('caption, .visually-hidden, aside.notes')) continue;
          const size = parseFloat(getComputedStyle(element).fontSize);
          if (size < 22) found.push(`${slide.id}: ${size}px "${node.textContent!.trim().slice(0, 30)}"`);
        }
      }
      return { found, slides: slides.length };
    });
    expect(small.slides).toBeGreaterThan(20);
    expect(small.found).toEqual([]);
    await context.close();
  });
});

describe('a plain presentation', () => {
  it('has no quiz slide with ?quiz=off, and its keys do nothing', async () => {
    const context = await newContext();
    const page = await open(context, '#/octavia-update', '?quiz=off&transition=none');
    expect(await page.locator('[data-room-quiz], #quiz-final, #quiz-score').count()).toBe(0);
    expect(await page.locator('#roadmap-matrix').count()).toBe(1);
    const withQuiz = await open(context, '#/octavia-update');
    const questionSlides = quiz.talks.flatMap((entry) => entry.questions).length + 1 + quiz.final.length + 1;
    expect(await page.evaluate(() => window.Reveal!.getTotalSlides())).toBe(
      (await withQuiz.evaluate(() => window.Reveal!.getTotalSlides())) - questionSlides,
    );
    await page.keyboard.press('y');
    expect(await page.locator('.room-notice').count()).toBe(0);
    expect(await storedTally(page)).toEqual({});
    await context.close();
  });
});
