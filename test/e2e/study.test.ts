/** The self-study page, built, in a real headless Chromium: used by keyboard, reloaded, fed bad data, moved. */
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  buildQuestion,
  checkAnswer,
  collectItems,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  generateQuiz,
  scoreAnswers,
  type Answer,
  type Question,
  type Response,
  type Tally,
} from '../../quiz/index.ts';
import { loadDeck } from '../../src/model/fs.ts';
import { launchBrowser } from '../../src/cli/browser.ts';
import { serveStatic, type StaticServer } from '../../src/cli/static-server.ts';
import { answerCurrent, sessionState, startSession } from '../../src/study/session.ts';
import { progressKey } from '../../src/study/storage.ts';
import { rightResponse, wrongResponse } from '../unit/study/responses.ts';
import { watchPage, type PageReport } from './watch.ts';

const deck = loadDeck(process.cwd(), resolve('slides'));
const KEY = progressKey(deck.slug);
const BASE_PATH = '/recaps/boston/';
const SHOTS = join(tmpdir(), 'summit-recap-study-shots');
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const AXE = resolve('node_modules/axe-core/axe.min.js');
const percent = new Intl.NumberFormat(deck.language, { style: 'percent' });

let browser: Browser;
let server: StaticServer;
let origin: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
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

const watch = (page: Page, report: PageReport) => watchPage(page, origin, report);

async function open(options: { viewport?: { width: number; height: number }; stored?: string } = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP });
  if (options.stored !== undefined) {
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY, options.stored],
    );
  }
  const page = await context.newPage();
  const visit: Visit = { context, page, foreignRequests: [], errors: [] };
  watch(page, visit);
  await page.goto(`${server.url}study.html`);
  await page.locator('h1').waitFor();
  return visit;
}

/** The text of each matching element, spaces (no-break ones too) collapsed. */
const textsOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
const clean = (values: string[]) => values.map((value) => value.replace(/\s+/g, ' ').trim());

/** axe-core's serious and critical violations on the page as it is. */
async function axeProblems(page: Page, screen: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${screen}: ${violation.id} (${violation.impact}) at ${violation.targets.join(', ')}`);
}

/** Elements wider than the viewport, and whether the page scrolls sideways. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    }
    for (const element of document.querySelectorAll<HTMLElement>('main *')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5) && !element.closest('.sr-only')) {
        problems.push(
          `${element.tagName.toLowerCase()}.${element.className}: ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
      }
    }
    return problems.slice(0, 5);
  });
}

/** The stored progress, as the page saved it. */
async function storedProgress(page: Page) {
  return decodeProgress(await page.evaluate((key) => localStorage.getItem(key), KEY), deck).progress;
}

/** The question on screen, rebuilt from its id and the session's seed. */
async function shownQuestion(page: Page): Promise<Question> {
  const id = (await page.locator('form.question').getAttribute('data-question-id'))!;
  const progress = await storedProgress(page);
  const session = progress.sessions.at(-1)!;
  return buildQuestion(deck, id, session.seed)!;
}

/** Gives the response by keyboard alone: digits, typing, Tab, Enter. */
async function answerByKeyboard(page: Page, question: Question, response: Response) {
  const digit = (index: number) => {
    expect(index, 'a choice within the digit keys').toBeLessThan(9);
    return String(index + 1);
  };
  switch (question.kind) {
    case 'which-release':
    case 'which-project': {
      if (response.kind !== question.kind) throw new Error('mismatch');
      await page.keyboard.press(digit(question.choices.findIndex((choice) => choice.id === response.choice)));
      break;
    }
    case 'which-items': {
      if (response.kind !== 'which-items') throw new Error('mismatch');
      for (const id of response.picked) {
        await page.keyboard.press(digit(question.choices.findIndex((choice) => choice.id === id)));
      }
      break;
    }
    case 'sort': {
      if (response.kind !== 'sort') throw new Error('mismatch');
      for (const card of question.cards) {
        await page.keyboard.press(
          digit(question.columns.findIndex((column) => column.id === response.placed[card.id])),
        );
      }
      break;
    }
    case 'recall': {
      if (response.kind !== 'recall') throw new Error('mismatch');
      for (const [index, typed] of response.typed.entries()) {
        if (index > 0) await page.keyboard.press('Tab');
        await page.keyboard.type(typed);
      }
      break;
    }
  }
  await page.keyboard.press('Enter');
  await page.locator('form.question[data-answered]').waitFor();
}

/** Presses Tab until the focused element passes the test (keyboard only, in the page's tab order). */
async function tabTo(page: Page, describe: string, test: (element: Element) => boolean) {
  for (let step = 0; step < 80; step++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ([source]) => {
        const active = document.activeElement;
        return active ? (new Function('element', `return (${source})(element)`)(active) as boolean) : false;
      },
      [test.toString()],
    );
    if (found) return;
  }
  throw new Error(`Tab never reached ${describe}`);
}

/** Rows of a results table as the user reads them: [name, recalled, asked, score]. */
async function tableRows(page: Page, table: string): Promise<string[][]> {
  return page
    .locator(`table[data-table="${table}"] tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );
}

const expectedRows = (tallies: Record<string, Tally>, name: (id: string) => string, keepUnasked: boolean) =>
  Object.entries(tallies)
    .filter(([, tally]) => keepUnasked || tally.asked > 0)
    .map(([id, tally]) => [
      name(id),
      String(tally.recalled),
      String(tally.asked),
      tally.asked || !keepUnasked ? percent.format(tally.percent / 100).replace(/\s+/g, ' ') : '—',
    ]);

const releaseName = (id: string) =>
  id === 'backlog' ? 'Backlog' : (deck.releases.find((release) => release.id === id)?.name ?? id);
const projectName = (id: string) => deck.projects.find((project) => project.id === id)?.name ?? id;

describe('the study page', () => {
  it('runs a whole session by keyboard alone, and shows the scores the answers earn', async () => {
    const visit = await open();
    const { page } = visit;
    const problems: string[] = [...(await axeProblems(page, 'home'))];
    // Choose OpenStack-Ansible (its questions are of every kind), twelve questions, start: Tab, Space, type, Enter.
    await tabTo(
      page,
      'the OpenStack-Ansible box',
      (element) => element.parentElement?.textContent?.trim() === 'OpenStack-Ansible',
    );
    await page.keyboard.press('Space');
    await tabTo(page, 'the question count', (element) => (element as HTMLInputElement).type === 'number');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await page.locator('form.question').waitFor();

    const answers: Answer[] = [];
    const kinds = new Set<string>();
    for (let index = 0; ; index++) {
      const question = await shownQuestion(page);
      expect(await page.locator('form.question').getAttribute('aria-labelledby')).toBeTruthy();
      const firstOfKind = !kinds.has(question.kind);
      kinds.add(question.kind);
      // which-project questions are laid out as which-release ones.
      const audit = firstOfKind && question.kind !== 'which-project';
      if (audit) problems.push(...(await axeProblems(page, `question ${question.kind}`)));
      // The planned mix: every third answer wrong.
      const right = index % 3 !== 1;
      const response = right ? rightResponse(deck, question) : wrongResponse(deck, question);
      await answerByKeyboard(page, question, response);
      answers.push({ question: question.id, session: 's', at: new Date(), sure: false, response });
      const verdict = clean(await textsOf(page, '[role="status"][data-verdict] p'));
      expect(verdict[0], question.id).toBe(right ? 'Bonne réponse !' : verdict[0]);
      if (!right) expect(verdict[0], question.id).toMatch(/^Pas tout à fait/);
      const [shownRight, shownAnswered] = await page
        .locator('.score')
        .evaluate((score) => [score.getAttribute('data-score-right'), score.getAttribute('data-score-answered')]);
      expect(Number(shownAnswered)).toBe(index + 1);
      expect(Number(shownRight)).toBe(answers.filter((_, at) => at % 3 !== 1).length);
      // Focus moves to the way on, visibly.
      const focused = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        return { text: active.textContent?.trim(), outline: getComputedStyle(active).outlineStyle };
      });
      expect(focused.text).toMatch(/^(Question suivante|Voir les résultats)/);
      expect(focused.outline).not.toBe('none');
      if (audit && (question.kind === 'which-items' || question.kind === 'sort')) {
        problems.push(...(await axeProblems(page, `feedback ${question.kind}`)));
      }
      await page.keyboard.press('ArrowRight');
      if (index === 11) break;
      await page.locator('form.question:not([data-answered])').waitFor();
    }
    expect([...kinds].sort()).toEqual(['recall', 'sort', 'which-items', 'which-project', 'which-release']);

    await page.locator('.results').waitFor();
    const expected = scoreAnswers(deck, answers);
    expect(await tableRows(page, 'releases')).toEqual(expectedRows(expected.releases, releaseName, true));
    expect(await tableRows(page, 'projects')).toEqual(expectedRows(expected.projects, projectName, false));
    // The chart writes the same numbers.
    const bars = clean(await textsOf(page, '.chart:not(.trend) .bar-value'));
    expect(bars).toEqual(
      Object.values(expected.releases).map((tally) =>
        tally.asked
          ? `${tally.recalled}/${tally.asked} · ${percent.format(tally.percent / 100).replace(/\s+/g, ' ')}`
          : 'non interrogée',
      ),
    );
    // Missed: every item judged wrong at least once, in deck order.
    const wrong = new Set(
      answers.flatMap((answer) =>
        checkAnswer(deck, answer)
          .judgments.filter((judgment) => !judgment.right)
          .map((judgment) => judgment.item),
      ),
    );
    expect(clean(await textsOf(page, '.missed .missed-text'))).toEqual(
      clean(
        collectItems(deck)
          .filter((item) => wrong.has(item.id))
          .map((item) => item.text),
      ),
    );
    expect(clean(await textsOf(page, '.results .total'))[0]).toMatch(
      new RegExp(`${expected.total.recalled} éléments? retenus? sur ${expected.total.asked} `),
    );
    problems.push(...(await axeProblems(page, 'results')));
    expect(problems).toEqual([]);
    expect(visit.foreignRequests).toEqual([]);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('resumes after a reload at the same question, with the same score and feedback', async () => {
    const visit = await open();
    const { page } = visit;
    await page.getByRole('button', { name: 'Commencer' }).click();
    for (const right of [true, false]) {
      const question = await shownQuestion(page);
      await answerByKeyboard(page, question, (right ? rightResponse : wrongResponse)(deck, question));
      await page.keyboard.press('ArrowRight');
      await page.locator('form.question:not([data-answered])').waitFor();
    }
    const before = {
      id: await page.locator('form.question').getAttribute('data-question-id'),
      position: clean(await textsOf(page, '.position')),
      score: clean(await textsOf(page, '.score')),
    };
    expect(before.position).toEqual(['Question 3 sur 10']);
    expect(before.score).toEqual(['Score : 1 / 2']);
    await page.reload();
    await page.locator('form.question').waitFor();
    expect({
      id: await page.locator('form.question').getAttribute('data-question-id'),
      position: clean(await textsOf(page, '.position')),
      score: clean(await textsOf(page, '.score')),
    }).toEqual(before);

    // Reloading while the feedback shows keeps the feedback.
    const question = await shownQuestion(page);
    await answerByKeyboard(page, question, rightResponse(deck, question));
    const verdict = clean(await textsOf(page, '[data-verdict] p'));
    await page.reload();
    await page.locator('form.question[data-answered]').waitFor();
    expect(clean(await textsOf(page, '[data-verdict] p'))).toEqual(verdict);
    expect(clean(await textsOf(page, '.score'))).toEqual(['Score : 2 / 3']);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('keeps two open tabs consistent', async () => {
    const visit = await open();
    const { page, context } = visit;
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.locator('form.question').waitFor();
    const other = await context.newPage();
    watch(other, visit);
    await other.goto(`${server.url}study.html`);
    // The other tab opens on the session in progress, at the same question.
    const id = await page.locator('form.question').getAttribute('data-question-id');
    await expect.poll(() => other.locator('form.question').getAttribute('data-question-id')).toBe(id);
    const question = await shownQuestion(page);
    await answerByKeyboard(page, question, rightResponse(deck, question));
    await expect.poll(async () => clean(await textsOf(other, '.score'))).toEqual(['Score : 1 / 1']);
    await expect.poll(() => other.locator('form.question').getAttribute('data-question-id')).not.toBe(id);
    expect(visit.errors).toEqual([]);
    await context.close();
  });

  it('opens over corrupt progress, warns, and keeps the valid part', async () => {
    // A real session of three answers, then a removed item's answer and card.
    const quiz = generateQuiz(deck, {
      seed: 42,
      now: new Date('2025-01-01T10:00:00Z'),
      kinds: ['which-release'],
      limit: 5,
    });
    let progress = startSession(emptyProgress(), quiz);
    for (let step = 0; step < 3; step++) {
      const question = sessionState(deck, progress, quiz.session.id)!.current!;
      progress = answerCurrent(
        deck,
        progress,
        quiz.session.id,
        rightResponse(deck, question),
        new Date(`2025-01-01T10:0${step + 1}:00Z`),
      ).progress;
    }
    const doc = JSON.parse(encodeProgress(progress));
    const someCard = Object.values(doc.cards)[0];
    doc.answers.push({ ...doc.answers[0], question: 'which-release:removed-item' });
    doc.cards['removed-item'] = someCard;
    const old = {
      version: 1,
      sessions: [{ id: 'old', seed: 3, startedAt: '2017-05-11T09:00:00.000Z' }],
      answers: [
        {
          question: 'which-release:octavia-active-active-ha',
          session: 'old',
          at: '2017-05-11T09:01:00.000Z',
          response: { choice: 'queens' },
        },
        {
          question: 'which-release:fwaas-zones',
          session: 'old',
          at: '2017-05-11T09:02:00.000Z',
          response: { choice: 'pike' },
        },
      ],
    };
    const cases = [
      {
        name: 'invalid JSON',
        stored: '{"version": 2, "answers": [',
        heading: 'Progression en partie restaurée',
        note: /JSON invalide/,
        kept: undefined,
      },
      {
        name: 'an old version',
        stored: JSON.stringify(old),
        heading: 'Progression mise à jour',
        note: /version 1 à la version 2/,
        kept: 'Gardé : 2 réponses et 1 session.',
      },
      {
        name: 'a removed item',
        stored: JSON.stringify(doc),
        heading: 'Progression en partie restaurée',
        note: /1 réponse à une question qui n’existe plus ignorée\. 1 carte d’un élément qui n’existe plus ignorée\./,
        kept: 'Gardé : 3 réponses et 1 session.',
      },
    ];
    const visit = await open();
    const { page } = visit;
    for (const entry of cases) {
      await page.evaluate(
        ([key, value]) => {
          localStorage.setItem(key, value);
          sessionStorage.clear();
        },
        [KEY, entry.stored],
      );
      await page.reload();
      await page.locator('.notice').waitFor();
      expect(clean(await textsOf(page, '.notice h2')), entry.name).toEqual([entry.heading]);
      expect(clean(await textsOf(page, '.notice li')).join(' '), entry.name).toMatch(entry.note);
      expect(clean(await textsOf(page, '.notice p')), entry.name).toEqual(entry.kept ? [entry.kept] : []);
    }
    // The last one keeps a session under way: the page resumes it where it was, below the warning.
    expect(clean(await textsOf(page, '.position'))).toEqual(['Question 4 sur 5']);
    expect(clean(await textsOf(page, '.score'))).toEqual(['Score : 3 / 3']);
    expect(await axeProblems(page, 'restore warning')).toEqual([]);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('exports progress to a file that another browser imports with the same scores', async () => {
    const first = await open();
    const { page } = first;
    await page.getByRole('button', { name: 'Commencer' }).click();
    for (const right of [true, false, true]) {
      const question = await shownQuestion(page);
      await answerByKeyboard(page, question, (right ? rightResponse : wrongResponse)(deck, question));
      await page.keyboard.press('ArrowRight');
      await page.locator('form.question:not([data-answered])').waitFor();
    }
    await page.getByRole('button', { name: 'Quitter la session' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter la progression' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^summit-recap-boston-2017-\d{4}-\d{2}-\d{2}\.json$/);
    const file = readFileSync((await download.path())!, 'utf8');
    await page.getByRole('button', { name: 'Voir le bilan de toutes les sessions' }).click();
    await page.locator('.results').waitFor();
    const scores = {
      releases: await tableRows(page, 'releases'),
      projects: await tableRows(page, 'projects'),
      talks: await tableRows(page, 'talks'),
      trend: await tableRows(page, 'trend'),
    };
    expect(first.errors).toEqual([]);
    await first.context.close();

    const second = await open();
    await second.page.locator('input[type="file"]').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect
      .poll(async () => clean(await textsOf(second.page, '.message p')))
      .toEqual(['Progression fusionnée : 3 réponses en tout.']);
    await second.page.getByRole('button', { name: 'Voir le bilan de toutes les sessions' }).click();
    await second.page.locator('.results').waitFor();
    expect({
      releases: await tableRows(second.page, 'releases'),
      projects: await tableRows(second.page, 'projects'),
      talks: await tableRows(second.page, 'talks'),
      trend: await tableRows(second.page, 'trend'),
    }).toEqual(scores);
    expect(second.errors).toEqual([]);
    expect(second.foreignRequests).toEqual([]);
    await second.context.close();
  });

  it('links the feedback to the item’s slide in the deck, and back', async () => {
    const visit = await open();
    const { page } = visit;
    await page.getByRole('button', { name: 'Commencer' }).click();
    const question = await shownQuestion(page);
    await answerByKeyboard(page, question, wrongResponse(deck, question));
    const items = collectItems(deck).filter((item) => question.items.includes(item.id));
    const link = page.locator('.slide-links a').first();
    const slide = (await link.getAttribute('data-slide'))!;
    expect(items.map((item) => `${item.talk}-${item.source}`)).toContain(slide);
    await link.click();
    await page.waitForFunction(() => window.Reveal?.isReady());
    expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}index.html`);
    expect(await page.evaluate(() => window.Reveal!.getCurrentSlide().id)).toBe(slide);
    await page.goBack();
    await page.locator('form.question[data-answered]').waitFor();
    expect(await page.locator('form.question').getAttribute('data-question-id')).toBe(question.id);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('reads on a 360 px phone: nothing overflows sideways on any screen', async () => {
    const visit = await open({ viewport: PHONE });
    const { page } = visit;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems: string[] = [];
    const check = async (screen: string, shoot = true) => {
      if (shoot) await page.screenshot({ path: join(SHOTS, `phone-${screen}.png`), fullPage: true });
      problems.push(...(await overflow(page)).map((problem) => `${screen}: ${problem}`));
    };
    await check('home');
    await page.getByRole('checkbox', { name: 'FWaaS' }).check();
    await page.getByRole('spinbutton').fill('20');
    await page.getByRole('button', { name: 'Commencer' }).click();
    const seen = new Set<string>();
    for (let index = 0; index < 20 && seen.size < 5; index++) {
      const question = await shownQuestion(page);
      const first = !seen.has(question.kind);
      seen.add(question.kind);
      if (first) await check(`question-${question.kind}`);
      await answerByKeyboard(page, question, wrongResponse(deck, question));
      if (first) await check(`feedback-${question.kind}`, question.kind === 'sort');
      await page.keyboard.press('ArrowRight');
      if (index < 19) await page.locator('form.question:not([data-answered]), .results').first().waitFor();
      if (await page.locator('.results').count()) break;
    }
    expect([...seen].sort()).toEqual(['recall', 'sort', 'which-items', 'which-project', 'which-release']);
    if (!(await page.locator('.results').count())) {
      expect(await page.locator('.meter span').evaluate((bar) => getComputedStyle(bar).transitionDuration)).toBe('0s');
      await page.getByRole('button', { name: 'Quitter la session' }).click();
      await page.getByRole('button', { name: 'Voir le bilan de toutes les sessions' }).click();
    }
    await page.locator('.results').waitFor();
    await check('results');
    expect(problems).toEqual([]);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });
});
