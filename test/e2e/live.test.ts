/**
 * `npm run live` as a room uses it: the real command serving the built deck, the presenter's page in live mode and
 * three phones in real Chromium. The phones join through the slide's QR code; one loses the network mid-question
 * and its answer goes when it is back; the slide, a watching page (the speaker view's frame), the score slide and
 * the results file agree on every count; SIGTERM leaves a complete results file. The deck without `live` loads no
 * live room code at all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { roomQuestions } from '../../quiz/room.ts';
import { launchBrowser } from '../../src/cli/browser.ts';
import { hasRedis, startRedis } from '../../src/cli/redis-server.ts';
import { serveStatic } from '../../src/cli/static-server.ts';
import { planRoomQuiz } from '../../quiz/room-plan.ts';
import { slideIds } from '../../src/model/addresses.ts';
import { loadDeck } from '../../src/model/fs.ts';

const AXE = resolve('node_modules/axe-core/axe.min.js');
const deck = loadDeck(process.cwd(), resolve('slides'), 'boston-2017');
const asked = roomQuestions(planRoomQuiz(deck))[0]!;
const wrongChoice = asked.question.choices.find((choice) => choice.id !== asked.rightChoice)!.id;

let work: string;
let urls: Live;
let browser: Browser;
let presenter: Page;
const phones: { context: BrowserContext; page: Page }[] = [];

interface Live {
  process: ChildProcess;
  exited: Promise<number | null>;
  presenter: string;
  join: string;
  code: string;
}

/** Every command started here, stopped at the end whatever happened to the test that started it. */
const started = new Set<ChildProcess>();
const cleanups: (() => Promise<void>)[] = [];

/** Starts `npm run live` on the e2e build and reads the three lines it prints. */
async function startLive(results: string, more: string[] = [], env: Record<string, string> = {}): Promise<Live> {
  const child = spawn(
    resolve('node_modules/.bin/tsx'),
    [
      'src/cli/live.ts',
      '--dist',
      inject('distDir'),
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--results',
      results,
      ...more,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } },
  );
  started.add(child);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const printed: Record<string, string> = {};
  for await (const line of createInterface({ input: child.stdout! })) {
    const [name, value] = line.split(/: (.*)/);
    if (name && value) printed[name] = value;
    if (printed.Room) break;
  }
  // What it prints later (a lost connection, a reconnection) is not read: keep the pipe flowing.
  child.stdout!.resume();
  if (!printed.Room) throw new Error(`npm run live printed no room (exit code ${await exited})`);
  return { process: child, exited, presenter: printed.Presenter!, join: printed.Join!, code: printed.Room! };
}

const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

// What crosses the network (a socket.io message, a page load) takes a moment on a loaded machine.
const POLL = { timeout: 10_000 };

/** The slide's QR code as a camera would read it: the SVG drawn on a canvas, its pixels decoded by jsQR. */
async function readQr(page: Page, slide: string): Promise<string | undefined> {
  const { width, height, pixels } = await page.evaluate(async (id) => {
    const svg = document.getElementById(id)!.querySelector('svg.join-qr')!;
    const side = 400;
    const image = new Image(side, side);
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, side, side);
    URL.revokeObjectURL(url);
    return { width: side, height: side, pixels: [...context.getImageData(0, 0, side, side).data] };
  }, slide);
  return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data;
}

async function axeProblems(page: Page): Promise<string[]> {
  // Evaluated rather than added as a script tag, which the pages' Content-Security-Policy refuses.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document): Promise<{ violations: { id: string; impact: string }[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations.map((violation) => `${violation.impact}: ${violation.id}`);
  });
  return violations.filter((violation) => /^(serious|critical)/.test(violation));
}

const slideId = () => slideIds.roomQuiz(asked.talk);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'summit-recap-live-e2e-'));
  urls = await startLive(join(work, 'results.json'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const cleanup of cleanups) await cleanup();
  rmSync(work, { recursive: true, force: true });
});

describe('a live room, from the presenter’s laptop to the phones', () => {
  it('prints where to present and where to join, with a 6-digit room code', () => {
    expect(urls.code).toMatch(/^\d{6}$/);
    expect(urls.presenter).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:\\d+/index\\.html\\?live=${urls.code}&key=[\\w-]{22,}$`),
    );
    expect(urls.join).toBe(`${new URL(urls.presenter).origin}/join.html?room=${urls.code}`);
  });

  it('opens the deck in live mode, the key gone from the address bar, the join code on the quiz slide', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    presenter = await context.newPage();
    await presenter.goto(urls.presenter);
    await presenter.waitForFunction(() => window.Reveal?.isReady());
    await expect.poll(() => presenter.url(), POLL).not.toContain('key=');
    expect(new URL(presenter.url()).searchParams.get('live')).toBe(urls.code);
    await presenter.evaluate((id) => (location.hash = `#/${id}`), slideId());
    const panel = presenter.locator(`#${slideId()} .room-join`);
    await expect.poll(() => panel.locator('.join-code strong').textContent(), POLL).toBe(urls.code);
    await expect.poll(() => presenter.locator('.live-status').textContent(), POLL).toMatch(/Salle en direct$/);
    expect(await panel.boundingBox()).toMatchObject({ width: expect.any(Number) });
    const box = (await panel.locator('svg.join-qr').boundingBox())!;
    // Large enough to scan from the back of a room: a quarter of the slide's height at least.
    expect(box.height).toBeGreaterThanOrEqual(720 / 4);
    expect(await readQr(presenter, slideId())).toBe(urls.join);
  });

  it('lets three phones join through the QR code’s address, and counts them', async () => {
    const address = (await readQr(presenter, slideId()))!;
    for (const nickname of ['Ann', 'Bob', 'Cyd']) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await page.goto(address);
      if (phones.length === 0) expect(await axeProblems(page)).toEqual([]);
      await page.fill('#nickname', nickname);
      await page.click('button[type=submit]');
      phones.push({ context, page });
    }
    const counts = presenter.locator(`#${slideId()} .join-counts`);
    await expect.poll(async () => clean(await counts.textContent()), POLL).toBe('3 personnes connectées 0 réponse');
    // The presenter shows the question: every phone has it.
    for (const { page } of phones)
      await page.locator(`section.question[data-question="${asked.question.id}"]`).waitFor();
    expect(await axeProblems(phones[0]!.page)).toEqual([]);
  });

  it('counts every answer, one sent after the phone was offline mid-question', async () => {
    const [ann, bob, cyd] = phones;
    await ann!.page.click(`button[data-choice="${asked.rightChoice}"]`);
    await bob!.page.click(`button[data-choice="${wrongChoice}"]`);
    await cyd!.context.setOffline(true);
    await cyd!.page.click(`button[data-choice="${asked.rightChoice}"]`);
    const counts = presenter.locator(`#${slideId()} .join-counts`);
    await expect.poll(async () => clean(await counts.textContent()), POLL).toMatch(/ 2 réponses$/);
    await cyd!.context.setOffline(false);
    // socket.io reconnects with a backoff (up to 3 s on the phones' page): the answer goes once it is back.
    await expect.poll(async () => clean(await counts.textContent()), { timeout: 15_000 }).toMatch(/ 3 réponses$/);
    // Before the answer shows, the slide says nothing of how the room leans.
    expect(
      clean(
        await presenter
          .locator(`#${slideId()} .choice-share`)
          .allTextContents()
          .then((t) => t.join('')),
      ),
    ).toBe('');
  });

  it('shows how the room answered once the answer is revealed, on the slide and in the speaker view’s frame', async () => {
    await presenter.keyboard.press('ArrowRight');
    const share = (page: Page, choice: string) =>
      page.locator(`#${slideId()} li[data-choice="${choice}"] .share-count`).textContent().then(clean);
    await expect.poll(() => share(presenter, asked.rightChoice), POLL).toMatch(/^2 · 67 %, bonne réponse$/);
    expect(await share(presenter, wrongChoice)).toBe('1 · 33 %');
    // The speaker view's frames are the deck too, watching the room without its key.
    const watching = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await watching.goto(`${new URL(urls.presenter).origin}/index.html?live=${urls.code}&receiver#/${slideId()}`);
    await expect.poll(() => share(watching, asked.rightChoice), POLL).toMatch(/^2 · 67 %/);
    // It cannot drive the room: moving it leaves the phones where the presenter is.
    await watching.evaluate(() => window.Reveal!.slide(0));
    for (const { page } of phones) {
      await expect.poll(() => page.locator('.verdict').count(), POLL).toBe(1);
    }
    expect(clean(await phones[1]!.page.locator('.verdict').textContent())).toBe('Ce n’est pas la bonne réponse.');
    expect(clean(await phones[2]!.page.locator('.verdict').textContent())).toBe('Bonne réponse !');
    expect(await axeProblems(phones[1]!.page)).toEqual([]);
  });

  it('fills the score slide with the room’s recall per release', async () => {
    await presenter.evaluate((id) => (location.hash = `#/${id}`), slideIds.score);
    const rows = presenter.locator(`#${slideIds.score} .recall-table tr[data-release]`);
    await expect.poll(() => rows.count(), POLL).toBe(2);
    const cells = await rows.evaluateAll((all) =>
      all.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );
    const release = deck.releases.find((entry) => entry.id === asked.release)?.name ?? 'Backlog';
    expect(cells).toEqual([
      [release, '1', '3', '67 %'],
      ['Total', '1', '3', '67 %'],
    ]);
    // The presenter's Y/X tally steps aside in live mode.
    expect(await presenter.locator(`#${slideIds.score} .room-score`).isVisible()).toBe(false);
    await phones[0]!.page.locator('.score').waitFor();
    expect(await axeProblems(phones[0]!.page)).toEqual([]);
    // Each person's own score, and the way to study what they missed.
    const bobScore = phones[1]!.page;
    await bobScore.locator('.score').waitFor();
    expect(await bobScore.locator('.study-links a').first().getAttribute('href')).toMatch(/study\.html\?missed=/);
  });

  it('stops on SIGTERM with a complete results file that counts the same', async () => {
    urls.process.kill('SIGTERM');
    expect(await urls.exited).toBe(0);
    const results = JSON.parse(readFileSync(join(work, 'results.json'), 'utf8'));
    expect(results).toMatchObject({ event: 'boston-2017', room: urls.code, participants: 3 });
    expect(Date.parse(results.endedAt)).toBeGreaterThan(Date.parse(results.startedAt));
    expect(results.questions).toHaveLength(1);
    const counted = Object.fromEntries(
      results.questions[0].choices.map((choice: { text: string; count: number }) => [choice.text, choice.count]),
    );
    const label = (id: string) => asked.question.choices.find((choice) => choice.id === id)!.label;
    expect(counted[label(asked.rightChoice)]).toBe(2);
    expect(counted[label(wrongChoice)]).toBe(1);
    expect(results.releases).toEqual([
      expect.objectContaining({ id: asked.release, asked: 1, answers: 3, correct: 2 }),
    ]);
  });
});

describe('the deck without a live room', () => {
  it('loads no live room code, opens no connection and shows nothing of a room', async () => {
    const site = await serveStatic(inject('distDir'));
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}index.html#/${slideId()}`);
    await page.waitForFunction(() => window.Reveal?.isReady());
    await page.waitForTimeout(300);
    expect(requested.filter((path) => /socket\.io|\/mode-/.test(path))).toEqual([]);
    expect(await page.locator('.live-status').count()).toBe(0);
    expect(await page.locator('.room-join, .choice-share, .room-recall').count()).toBe(0);
    await site.close();
  });
});

describe.runIf(hasRedis)('a live room on two instances sharing Redis', () => {
  it('counts the answers of phones on instance B on the presenter’s deck on instance A', async () => {
    const redis = await startRedis();
    cleanups.push(() => redis.dispose());
    const results = join(work, 'shared.json');
    const instances: Live[] = [];
    try {
      const a = await startLive(results, ['--redis', redis.url]);
      instances.push(a);
      const b = await startLive(results, ['--redis', redis.url]);
      instances.push(b);
      // One room: instance B serves the room instance A opened.
      expect(b.code).toBe(a.code);
      expect(new URL(b.join).port).not.toBe(new URL(a.join).port);
      const deckPage = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
      await deckPage.goto(a.presenter);
      await deckPage.waitForFunction(() => window.Reveal?.isReady());
      await deckPage.evaluate((id) => (location.hash = `#/${id}`), slideId());
      const counts = deckPage.locator(`#${slideId()} .join-counts`);
      const answers = [asked.rightChoice, wrongChoice];
      for (const choice of answers) {
        const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
        await page.goto(b.join);
        await page.click('button[type=submit]');
        await page.locator(`section.question[data-question="${asked.question.id}"]`).waitFor();
        await page.click(`button[data-choice="${choice}"]`);
      }
      await expect.poll(async () => clean(await counts.textContent()), POLL).toBe('2 personnes connectées 2 réponses');
      await deckPage.keyboard.press('ArrowRight');
      const share = (choice: string) =>
        deckPage.locator(`#${slideId()} li[data-choice="${choice}"] .share-count`).textContent().then(clean);
      await expect.poll(() => share(asked.rightChoice), POLL).toMatch(/^1 · 50 %/);
      expect(await share(wrongChoice)).toBe('1 · 50 %');
    } finally {
      for (const instance of instances) {
        instance.process.kill('SIGTERM');
        await instance.exited;
      }
      await redis.dispose();
    }
  });
});

describe('a live room for the English edition', () => {
  it('opens the English deck and the English phones’ page, from the edition’s folder of the site', async () => {
    const english = await startLive(join(work, 'english.json'), [], { DECK: 'boston-2017-en' });
    try {
      expect(new URL(english.presenter).pathname).toBe('/en/index.html');
      expect(new URL(english.join).pathname).toBe('/en/join.html');
      const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
      await page.goto(english.join);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.click('button[type=submit]');
      await expect.poll(() => page.locator('h1').textContent(), POLL).toBe('Room quiz');
      const deckPage = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
      await deckPage.goto(english.presenter);
      await deckPage.waitForFunction(() => window.Reveal?.isReady());
      await deckPage.evaluate((id) => (location.hash = `#/${id}`), slideId());
      const counts = deckPage.locator(`#${slideId()} .join-counts`);
      await expect.poll(async () => clean(await counts.textContent()), POLL).toBe('1 person joined 0 answers');
      // The phone is asked the question the English slide shows, in English.
      const prompt = clean(await deckPage.locator(`#${slideId()} .prompt`).textContent());
      await expect.poll(async () => clean(await page.locator('section.question h2').textContent()), POLL).toBe(prompt);
    } finally {
      english.process.kill('SIGTERM');
      await english.exited;
    }
  });
});
