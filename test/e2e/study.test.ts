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
  newSession,
  scopeQuestions,
  scoreAnswers,
  type Answer,
  type Question,
  type Response,
  type Tally,
} from '../../quiz/index.ts';
import { PAGES, studyMissedHref } from '../../src/model/addresses.ts';
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

async function open(
  options: { viewport?: { width: number; height: number }; stored?: string; link?: string } = {},
): Promise<Visit> {
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
  await page.goto(new URL(options.link ?? PAGES.study, server.url).href);
  await page.locator('h1').waitFor();
  return visit;
}

/** The text of each matching element, spaces (no-break ones too) collapsed. */
const textsOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
const clean = (values: string[]) => values.map((value) => value.replace(/\s+/g, ' ').trim());

/** axe-core's serious and critical violations on the page as it is. */
async function axeProblems(page: Page, screen: string): Promise<string[]> {
  // Evaluated rather than added as a script tag, which the pages' Content-Security-Policy refuses.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
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

/** The session the tab shows (from the view it keeps), or the latest one. */
async function shownSession(page: Page) {
  const view = await page.evaluate((key) => sessionStorage.getItem(key), `summit-recap:view:${deck.slug}`);
  const id = view ? (JSON.parse(view) as { session?: string }).session : undefined;
  const { sessions } = await storedProgress(page);
  return sessions.find((session) => session.id === id) ?? sessions.at(-1)!;
}

/** The question on screen, rebuilt from its id and the session's seed and scope. */
async function shownQuestion(page: Page): Promise<Question> {
  const id = (await page.locator('form.question').getAttribute('data-question-id'))!;
  const session = await shownSession(page);
  return buildQuestion(deck, id, session.seed, session.scope)!;
}

/** Gives the response by keyboard alone: digits, typing, Tab, Enter. */
async function answerByKeyboard(page: Page, question: Question, response: Response) {
  const digit = (index: number) => {
    expect(index, 'a choice within the digit keys').toBeLessThan(9);
    return String(index + 1);
  };
  switch (question.kind) {
    case 'which-release':
    case 'which-project':
    case 'in-release': {
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

/** Rows of a results table as the user reads them: [name, items asked, score]. */
async function tableRows(page: Page, table: string): Promise<string[][]> {
  return page
    .locator(`table[data-table="${table}"] tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );
}

const share = (tally: Tally) => percent.format(tally.percent / 100).replace(/\s+/g, ' ');
const expectedRows = (tallies: Record<string, Tally>, name: (id: string) => string) =>
  Object.entries(tallies).map(([id, tally]) => [name(id), String(tally.asked), share(tally)]);

/** The score the page shows on the quiz screen: its percent and the items asked so far. */
const shownScore = (page: Page) =>
  page
    .locator('.score')
    .evaluate((score) => [
      Number(score.getAttribute('data-score-percent')),
      Number(score.getAttribute('data-score-asked')),
    ]);

const releaseName = (id: string) =>
  id === 'backlog' ? 'Backlog' : (deck.releases.find((release) => release.id === id)?.name ?? id);
const projectName = (id: string) => deck.projects.find((project) => project.id === id)?.name ?? id;

describe('the study page', () => {
  it('runs a Pike-only session by keyboard alone: no which-release question, one score on every screen', async () => {
    const visit = await open();
    const { page } = visit;
    const problems: string[] = [...(await axeProblems(page, 'home'))];
    // Choose Pike alone, ten questions, start: Tab, Space, type, Enter.
    await tabTo(page, 'the Pike box', (element) => element.parentElement?.textContent?.trim() === 'Pike');
    await page.keyboard.press('Space');
    await tabTo(page, 'the question count', (element) => (element as HTMLInputElement).type === 'number');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    await page.locator('form.question').waitFor();

    const answers: Answer[] = [];
    const kinds = new Set<string>();
    for (let index = 0; ; index++) {
      const question = await shownQuestion(page);
      expect(question.kind, question.id).not.toBe('which-release');
      expect(await page.locator('form.question').getAttribute('aria-labelledby')).toBeTruthy();
      const firstOfKind = !kinds.has(question.kind);
      kinds.add(question.kind);
      if (firstOfKind) problems.push(...(await axeProblems(page, `question ${question.kind}`)));
      // The planned mix: every third answer wrong.
      const right = index % 3 !== 1;
      const response = right ? rightResponse(deck, question) : wrongResponse(deck, question);
      await answerByKeyboard(page, question, response);
      // Stored as soon as the page has written it.
      await expect.poll(async () => (await storedProgress(page)).answers.at(-1)?.question).toBe(question.id);
      answers.push((await storedProgress(page)).answers.at(-1)!);
      const verdict = clean(await textsOf(page, '[role="status"][data-verdict] p'));
      if (right) expect(verdict[0], question.id).toBe('Bonne réponse !');
      else expect(verdict[0], question.id).toMatch(/^(Mauvaise réponse|En partie)/);
      // The running score is the one score of the answers given so far.
      const running = scoreAnswers(deck, answers, { releases: ['pike'] }).total;
      expect(await shownScore(page)).toEqual([running.percent, running.asked]);
      if (index === 0) {
        // How did it feel? 4: easy. The answer keeps the grade.
        await page.keyboard.press('4');
        await expect.poll(async () => (await storedProgress(page)).answers.at(-1)!.grade).toBe('easy');
        expect(await page.locator('[data-grade="easy"]').getAttribute('aria-pressed')).toBe('true');
      } else {
        // Focus moves to the way on, visibly.
        const focused = await page.evaluate(() => {
          const active = document.activeElement as HTMLElement;
          return { text: active.textContent?.trim(), outline: getComputedStyle(active).outlineStyle };
        });
        expect(focused.text).toMatch(/^(Question suivante|Voir les résultats)/);
        expect(focused.outline).not.toBe('none');
      }
      if (firstOfKind && (question.kind === 'which-items' || question.kind === 'sort')) {
        problems.push(...(await axeProblems(page, `feedback ${question.kind}`)));
      }
      await page.keyboard.press('ArrowRight');
      await page.locator('form.question:not([data-answered]), .results').first().waitFor();
      if (await page.locator('.results').count()) break;
    }
    expect(answers.length).toBeGreaterThanOrEqual(5);

    // One score: the headline, the release table, the chart and the trend say what the running score said last.
    const expected = scoreAnswers(deck, answers, { releases: ['pike'] });
    expect(Object.keys(expected.releases)).toEqual(['pike']);
    expect(await tableRows(page, 'releases')).toEqual(expectedRows(expected.releases, releaseName));
    expect(await tableRows(page, 'projects')).toEqual(expectedRows(expected.projects, projectName));
    expect(clean(await textsOf(page, '.chart:not(.trend) .bar-value'))).toEqual([share(expected.total)]);
    expect(clean(await textsOf(page, '.results .total'))[0]).toBe(
      `${share(expected.total)} sur ${expected.total.asked} éléments interrogés`,
    );
    expect((await tableRows(page, 'trend')).map((row) => row.slice(2))).toEqual([
      [String(expected.total.asked), share(expected.total)],
    ]);
    // Missed: the items whose answer was wrong, in deck order.
    const wrong = new Set(
      answers.flatMap((answer) =>
        checkAnswer(deck, answer)
          .judgments.filter((judgment) => !judgment.right)
          .map((judgment) => judgment.item),
      ),
    );
    const missed = collectItems(deck).filter((item) => wrong.has(item.id));
    expect(missed.length).toBeGreaterThan(0);
    expect(clean(await textsOf(page, '.missed .missed-text'))).toEqual(clean(missed.map((item) => item.text)));
    problems.push(...(await axeProblems(page, 'results')));

    // Review them, right this time: they leave "missed", in the review's results and over all sessions.
    await page.getByRole('button', { name: /^Revoir/ }).click();
    await page.locator('form.question').waitFor();
    for (;;) {
      const question = await shownQuestion(page);
      expect(question.kind).not.toBe('which-release');
      await answerByKeyboard(page, question, rightResponse(deck, question));
      await page.keyboard.press('ArrowRight');
      await page.locator('form.question:not([data-answered]), .results').first().waitFor();
      if (await page.locator('.results').count()) break;
    }
    const reviewed = (await storedProgress(page)).answers.slice(answers.length);
    const fixed = new Set(reviewed.flatMap((answer) => checkAnswer(deck, answer).judgments.map((j) => j.item)));
    expect(fixed.size).toBeGreaterThan(0);
    expect(clean(await textsOf(page, '.missed .missed-text'))).toEqual([]);
    await page.getByRole('button', { name: 'Bilan de toutes les sessions' }).click();
    await page.locator('.results[data-scope="all"]').waitFor();
    expect(clean(await textsOf(page, '.missed .missed-text'))).toEqual(
      clean(missed.filter((item) => !fixed.has(item.id)).map((item) => item.text)),
    );
    // The page is back at the top, on the results' heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    problems.push(...(await axeProblems(page, 'all results')));
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
    const soFar = scoreAnswers(deck, (await storedProgress(page)).answers).total;
    expect(before.score).toEqual([`Score : ${share(soFar)}`]);
    await page.reload();
    await page.locator('form.question').waitFor();
    expect({
      id: await page.locator('form.question').getAttribute('data-question-id'),
      position: clean(await textsOf(page, '.position')),
      score: clean(await textsOf(page, '.score')),
    }).toEqual(before);

    // Reloading while the feedback shows keeps the feedback, once the answer is stored (saving takes turns
    // with other tabs, so it lands a moment after the answer).
    const question = await shownQuestion(page);
    const stored = (await storedProgress(page)).answers.length;
    await answerByKeyboard(page, question, rightResponse(deck, question));
    const verdict = clean(await textsOf(page, '[data-verdict] p'));
    await expect.poll(async () => (await storedProgress(page)).answers.length).toBe(stored + 1);
    await page.reload();
    await page.locator('form.question[data-answered]').waitFor();
    expect(clean(await textsOf(page, '[data-verdict] p'))).toEqual(verdict);
    const after = scoreAnswers(deck, (await storedProgress(page)).answers).total;
    expect(clean(await textsOf(page, '.score'))).toEqual([`Score : ${share(after)}`]);
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
    await expect.poll(async () => clean(await textsOf(other, '.score'))).toEqual(['Score : 100 %']);
    await expect.poll(() => other.locator('form.question').getAttribute('data-question-id')).not.toBe(id);
    expect(visit.errors).toEqual([]);
    await context.close();
  });

  it('loses no answer when two tabs answer at the same time, each in its own session', async () => {
    const visit = await open();
    const { page: first, context } = visit;
    await first.getByRole('spinbutton').fill('15');
    await first.getByRole('button', { name: 'Commencer' }).click();
    await first.locator('form.question').waitFor();
    const second = await context.newPage();
    watch(second, visit);
    await second.goto(`${server.url}study.html`);
    // The second tab opens on the first tab's session: it leaves it and starts its own.
    await second.getByRole('button', { name: 'Quitter la session' }).click();
    await second.getByRole('spinbutton').fill('15');
    await second.getByRole('button', { name: 'Commencer' }).click();
    await second.locator('form.question').waitFor();
    const sessions = [await shownSession(first), await shownSession(second)];
    expect(sessions[0].id).not.toBe(sessions[1].id);

    // Both tabs answer at once, question after question: every answer the pages accepted must be stored.
    const accepted: string[] = [];
    const answerIn = async (page: Page, session: string) => {
      if (!(await page.locator('form.question:not([data-answered])').count())) return;
      const question = await shownQuestion(page);
      await answerByKeyboard(page, question, rightResponse(deck, question));
      accepted.push(`${session} ${question.id}`);
      await page.keyboard.press('ArrowRight');
      await page.locator('form.question:not([data-answered]), .results').first().waitFor();
    };
    for (let round = 0; round < 15; round++) {
      await Promise.all([answerIn(first, sessions[0].id), answerIn(second, sessions[1].id)]);
    }
    expect(accepted.length).toBeGreaterThanOrEqual(20);
    const stored = async () =>
      new Set((await storedProgress(first)).answers.map((answer) => `${answer.session} ${answer.question}`));
    // Saves take turns between the tabs (a Web Lock): on a loaded machine the last ones land a while after.
    await expect
      .poll(
        async () => {
          const set = await stored();
          return accepted.filter((entry) => !set.has(entry));
        },
        { timeout: 10_000 },
      )
      .toEqual([]);
    // And each tab ends up holding all of them (another tab sees localStorage's writes a moment later).
    const held = async (page: Page) => (await storedProgress(page)).answers.length;
    await expect.poll(() => held(second), { timeout: 10_000 }).toBe(accepted.length);
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
        heading: 'Progression illisible',
        note: /JSON invalide/,
        kept: undefined,
      },
      {
        name: 'an old version',
        stored: JSON.stringify(old),
        heading: 'Progression mise à jour',
        note: /version 1 à la version 3/,
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
    expect(clean(await textsOf(page, '.score'))).toEqual(['Score : 100 %']);
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

  it('opens from a live room’s link on the items missed there, reviews them, and keeps them due soon', async () => {
    // Three items of three talks, missed an hour ago; and one the deck does not know.
    const items = deck.talks
      .map((talk) => collectItems(deck).find((item) => item.talk === talk.id && item.source === 'roadmap'))
      .filter((item) => item !== undefined)
      .slice(0, 3);
    const at = new Date(Date.now() - 60 * 60_000);
    const link = studyMissedHref([...items.map((item) => item.id), 'no-such-item'], at.toISOString());
    const visit = await open({ viewport: PHONE, link });
    const { page } = visit;
    const offer = page.locator('[data-missed-offer]');
    await offer.waitFor();
    // The address lost the link's parameters: a reload does not offer the same again.
    expect(page.url()).toBe(`${server.url}study.html`);
    expect(clean(await textsOf(page, '[data-missed-offer] h2'))).toEqual(['3 éléments manqués dans la salle']);
    expect(clean(await textsOf(page, '[data-missed-offer] .offer-text'))).toEqual(
      clean(items.map((item) => item.text)),
    );
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.screenshot({ path: join(SHOTS, 'phone-missed-offer.png'), fullPage: true });
    const problems = [
      ...(await overflow(page)).map((problem) => `offer: ${problem}`),
      ...(await axeProblems(page, 'offer')),
    ];

    await page.getByRole('button', { name: 'Les réviser maintenant' }).click();
    await page.locator('form.question').waitFor();
    const session = await shownSession(page);
    expect(session.kind).toBe('review');
    const asked = new Set<string>();
    const shownFirst: string[] = [];
    for (let index = 0; ; index++) {
      const question = await shownQuestion(page);
      question.targets.forEach((id) => asked.add(id));
      if (index === 0) shownFirst.push(...question.items);
      // Wrong first, then right: either way the cards stay due soon.
      await answerByKeyboard(page, question, (index === 0 ? wrongResponse : rightResponse)(deck, question));
      await page.keyboard.press('ArrowRight');
      await page.locator('form.question:not([data-answered]), .results').first().waitFor();
      if (await page.locator('.results').count()) break;
    }
    // A review of exactly the items missed.
    expect([...asked].sort()).toEqual(items.map((item) => item.id).sort());
    const progress = await storedProgress(page);
    expect(progress.answers.every((answer) => answer.session === session.id)).toBe(true);
    const now = Date.now();
    for (const item of items) {
      const entry = progress.cards[item.id];
      expect(entry, item.id).toBeDefined();
      // Lapsed as of the room, then reviewed here: due within the day, not weeks away.
      expect(entry.card.reps, item.id).toBeGreaterThanOrEqual(2);
      expect(entry.card.due.getTime() - now, item.id).toBeLessThan(24 * 60 * 60_000);
    }
    // No other card, but those of wrong choices picked in the first answer (a confusion reviews them too).
    const others = Object.keys(progress.cards).filter((id) => !items.some((item) => item.id === id));
    expect(others.filter((id) => !shownFirst.includes(id))).toEqual([]);

    await page.reload();
    await page.locator('.results, form.plan').first().waitFor();
    expect(await offer.count()).toBe(0);
    expect(problems).toEqual([]);
    expect(visit.errors).toEqual([]);
    expect(visit.foreignRequests).toEqual([]);
    await visit.context.close();
  });

  it('reads on a 360 px phone: nothing overflows sideways on any screen', async () => {
    // A session under way with one question of each kind (everything in scope).
    const kinds = ['which-release', 'in-release', 'which-project', 'which-items', 'sort', 'recall'] as const;
    const pool = scopeQuestions(deck, {}, 11);
    const chosen = kinds.map((kind) => pool.find((question) => question.kind === kind)!);
    const quiz = { session: newSession('quiz', 11, new Date('2025-01-01T10:00:00Z')), questions: chosen };
    const visit = await open({ viewport: PHONE, stored: encodeProgress(startSession(emptyProgress(), quiz)) });
    const { page } = visit;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems: string[] = [];
    const check = async (screen: string, shoot = true) => {
      if (shoot) await page.screenshot({ path: join(SHOTS, `phone-${screen}.png`), fullPage: true });
      problems.push(...(await overflow(page)).map((problem) => `${screen}: ${problem}`));
    };
    await page.locator('form.question').waitFor();
    await page.getByRole('button', { name: 'Quitter la session' }).click();
    await page.locator('form.plan').waitFor();
    // The home screen opens at its top, not where the last screen was scrolled to.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await check('home');
    await page.getByRole('button', { name: 'Reprendre' }).click();
    const seen: string[] = [];
    for (;;) {
      const question = await shownQuestion(page);
      seen.push(question.kind);
      await check(`question-${question.kind}`);
      await answerByKeyboard(page, question, wrongResponse(deck, question));
      await check(`feedback-${question.kind}`, question.kind === 'sort' || question.kind === 'which-items');
      expect(await page.locator('.meter span').evaluate((bar) => getComputedStyle(bar).transitionDuration)).toBe('0s');
      await page.keyboard.press('ArrowRight');
      await page.locator('form.question:not([data-answered]), .results').first().waitFor();
      if (await page.locator('.results').count()) break;
    }
    expect(seen).toEqual([...kinds]);
    await check('results');
    await page.getByRole('button', { name: 'Bilan de toutes les sessions' }).click();
    await page.locator('.results[data-scope="all"]').waitFor();
    await check('results-all');
    expect(problems).toEqual([]);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });
});
