/**
 * Two languages, built: every page says its deck's language and no word of the other's (the English fixture, and
 * the French Boston recap), and the site holds both Boston editions, each linking to the same place in the other:
 * the same slide, the same study question.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../src/cli/browser.ts';
import { serveStatic, type StaticServer } from '../../src/cli/static-server.ts';
import { loadDeck } from '../../src/model/fs.ts';
import type { Deck } from '../../src/model/index.ts';
import { foreignWords } from '../interface-words.ts';
import { watchPage, type PageReport } from './watch.ts';

const fixture = loadDeck(process.cwd(), resolve('test/fixtures/slides'));
const boston = loadDeck(process.cwd(), resolve('slides'), 'boston-2017');
const english = loadDeck(process.cwd(), resolve('slides'), 'boston-2017-en');

let browser: Browser;
let site: StaticServer;
let fixtureSite: StaticServer;

beforeAll(async () => {
  // The Boston site under a sub-path: the editions link to each other relatively.
  site = await serveStatic(inject('distDir'), { basePath: '/recaps/boston/' });
  fixtureSite = await serveStatic(inject('fixtureDistDir'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await fixtureSite?.close();
});

async function open(url: string): Promise<{ page: Page; report: PageReport }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const report: PageReport = { foreignRequests: [], errors: [] };
  watchPage(page, new URL(url).origin, report);
  await page.goto(url);
  return { page, report };
}

async function openDeck(url: string) {
  const visit = await open(url);
  await visit.page.waitForFunction(() => window.Reveal?.isReady());
  return visit;
}

/** Every text a page holds, shown or not (slides out of view, titles and labels too). */
const allText = (page: Page) =>
  page.evaluate(() =>
    [
      document.title,
      document.body.textContent ?? '',
      ...[...document.querySelectorAll('[title], [aria-label], [alt], [placeholder]')].flatMap((element) =>
        ['title', 'aria-label', 'alt', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
      ),
    ].join(' '),
  );

/** Goes through a whole quick quiz answering "I don't know", keeping the text of every screen. */
async function studyTexts(page: Page, labels: { start: string; dontKnow: RegExp; next: RegExp }): Promise<string[]> {
  const texts = [await allText(page)];
  await page.getByRole('button', { name: labels.start }).click();
  for (let guard = 0; guard < 30; guard++) {
    await page.locator('h2.prompt').waitFor();
    texts.push(await allText(page));
    await page.getByRole('button', { name: labels.dontKnow }).click();
    const next = page.getByRole('button', { name: labels.next });
    await next.waitFor();
    texts.push(await allText(page));
    const finishing = (await next.textContent())!.match(/result|résultat/i);
    await next.click();
    if (finishing) break;
  }
  await page.locator('.results, [data-screen="results"], h2').first().waitFor();
  texts.push(await allText(page));
  return texts;
}

describe.each<[string, () => string, Deck, 'en' | 'fr']>([
  ['the English fixture', () => fixtureSite.url, fixture, 'en'],
  ['the French Boston recap', () => site.url, boston, 'fr'],
])('%s, built', (_name, url, deck, language) => {
  const data = JSON.stringify(deck);

  it('says its language on every slide, and no word of the other', async () => {
    const { page, report } = await openDeck(`${url()}index.html`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(foreignWords(await allText(page), language, data)).toEqual([]);
    // reveal.js's help (key ?) too.
    await page.evaluate(() => window.Reveal!.toggleHelp(true));
    await page.locator('.r-overlay-help-content').waitFor();
    expect(foreignWords(await allText(page), language, data)).toEqual([]);
    // The print view, with the handout's answer key.
    await page.goto(`${url()}index.html?print-pdf&handout`);
    await page.waitForFunction(() => window.Reveal?.isReady());
    expect(foreignWords(await allText(page), language, data)).toEqual([]);
    expect(report.errors).toEqual([]);
    await page.close();
  });

  it('studies in its language: home, every question, its feedback and the results', async () => {
    const { page, report } = await open(`${url()}study.html`);
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    const labels =
      language === 'en'
        ? { start: 'Start', dontKnow: /I don’t know/, next: /Next question|See the results/ }
        : { start: 'Commencer', dontKnow: /Je ne sais pas/, next: /Question suivante|Voir les résultats/ };
    const texts = await studyTexts(page, labels);
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (const text of texts) expect(foreignWords(text, language, data)).toEqual([]);
    expect(report.errors).toEqual([]);
    await page.close();
  });
});

describe('the site holds both editions of the Boston recap', () => {
  it('serves the English one under en/, in English', async () => {
    const { page } = await openDeck(`${site.url}en/index.html`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe(english.title);
    await page.goto(`${site.url}en/study.html`);
    await page.locator('h1').waitFor();
    expect(await page.title()).toBe(`Study: ${english.title}`);
    await page.close();
  });

  it('switches language on a talk’s slide and lands on the same slide', async () => {
    const { page, report } = await openDeck(`${site.url}index.html?quiz=off#/octavia-update-roadmap`);
    const link = page.locator('a.language-switch');
    expect(await link.textContent()).toBe('English');
    // One slide up, to a detail slide: the link follows the slide shown.
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() => location.hash !== '#/octavia-update-roadmap');
    const hash = await page.evaluate(() => location.hash);
    const detail = Number(/^#\/octavia-update-(\d+)$/.exec(hash)?.[1]) - 2;
    expect(detail).toBeGreaterThanOrEqual(0);
    await link.click();
    await page.waitForURL(`${site.url}en/index.html?quiz=off${hash}`);
    await page.waitForFunction(() => window.Reveal?.isReady());
    const shown = () => page.evaluate(() => window.Reveal!.getCurrentSlide()?.id);
    expect(`#/${await shown()}`).toBe(hash);
    expect(await page.locator(`section[id="${hash.slice(2)}"] h2`).textContent()).toBe(
      english.talks.find((talk) => talk.id === 'octavia-update')!.details![detail].title,
    );
    // And back.
    await page.locator('a.language-switch').click();
    await page.waitForURL(`${site.url}index.html?quiz=off${hash}`);
    await page.waitForFunction(() => window.Reveal?.isReady());
    expect(`#/${await shown()}`).toBe(hash);
    expect(report.errors).toEqual([]);
    await page.close();
  });

  it('switches language on a study question and lands on the same question, its answers kept', async () => {
    const { page, report } = await open(`${site.url}study.html`);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.getByRole('button', { name: /Je ne sais pas/ }).click();
    await page.getByRole('button', { name: /Question suivante/ }).click();
    const question = page.locator('[data-question-id]');
    await question.waitFor();
    const id = await question.getAttribute('data-question-id');
    await page.locator('a.language-switch').click();
    await page.waitForURL(/\/en\/study\.html$/);
    await page.locator('[data-question-id]').waitFor();
    expect(await page.locator('[data-question-id]').getAttribute('data-question-id')).toBe(id);
    expect(await page.getByText('Question 2 of').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // A reload stays there: the screen is this edition's now.
    await page.reload();
    await page.locator('[data-question-id]').waitFor();
    expect(await page.locator('[data-question-id]').getAttribute('data-question-id')).toBe(id);
    expect(report.errors).toEqual([]);
    await page.close();
  });
});
