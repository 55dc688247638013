/**
 * `npm run bench`: builds the deck, serves it on loopback, loads it in headless Chromium several
 * times (a fresh context each) and prints medians, beside a plain reveal.js page with the stock
 * white theme measured the same way in the same run: first paint, ready, the main thread's long
 * tasks before ready, and whether the first paint came before the boot's first task. Budgets are
 * checked here, not in tests.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { SLIDE_SIZE } from '../deck/config.ts';
import { launchBrowser } from './browser.ts';
import { findDeck, parseCommandLine, runAsCommand } from './common.ts';
import { exportHtml, resolveHtmlOptions } from './export-html.ts';
import { exportPdf, resolveExportOptions } from './export-pdf.ts';
import { serveStatic } from './static-server.ts';

const BENCH = {
  name: 'bench',
  hint: 'it takes no options; BENCH_RUNS, BENCH_PDF_RUNS and BENCH_BUILD_RUNS set the runs',
  options: {},
};
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 5);
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 3);
const BUDGET = {
  /** Everything the first load transfers, gzip. */
  firstLoadGzipKiB: 100,
  /** Title visible, in ms from navigation start: Marp's one-file HTML on these machines. */
  titleVisibleMs: 100,
  /** The longest main-thread task between navigation and ready (a long task is over 50 ms). */
  longestTaskMs: 50,
  /** Ready (reveal.js initialised and the title visible), as a share of the stock reveal.js page's. */
  readyVsStock: 0.7,
  /** The whole deck's PDF once dist/ is built, browser start included. */
  pdfExportMs: 3000,
  /** The deck as one HTML file (npm run export:html), gzip. */
  singleFileGzipKiB: 150,
};

/** The stock page's files as one file would hold them (its theme inlines its fonts), gzip. */
const STOCK_FILES = ['index.html', 'reveal.mjs', 'reveal.css', 'reset.css', 'theme/white.css'];

type Kind = 'document' | 'script' | 'stylesheet' | 'font' | 'other';
interface Load {
  titleVisible: number;
  firstContentfulPaint: number;
  /** reveal.js initialised and the title visible. */
  ready: number;
  /** The longest main-thread task between navigation and ready, 0 when none was over 50 ms. */
  longestTask: number;
  /** Total blocking time before ready: the sum of each long task's time past 50 ms. */
  blockingTime: number;
  /** The longest main-thread task in the second after ready (a key pressed then waits for it), 0 when none was long. */
  longestAfterReady: number;
  bytes: Record<Kind, { raw: number; gzip: number }>;
}

const READY_MESSAGE = 'summit-recap-bench: deck ready';
/** Where a page's boot starts (src/main.ts; the stock page's module script). */
const BOOT_MARK = 'deck-boot';
/** A long task is one over 50 ms (the Long Tasks API reports only those); past that, it blocks. */
const LONG_TASK_MS = 50;
/** How long after ready the page is watched for long tasks: what a presenter pressing → at once would wait for. */
const AFTER_READY_MS = 1000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

function buildDeck(outDir: string): number {
  const start = performance.now();
  execFileSync(
    resolve('node_modules/.bin/vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return performance.now() - start;
}

/** The baseline: reveal.js 6 as its README shows it, stock white theme, the same title slide. */
function writeStockReveal(dir: string): void {
  const dist = resolve('node_modules/reveal.js/dist');
  mkdirSync(join(dir, 'theme'), { recursive: true });
  for (const file of ['reveal.mjs', 'reveal.css', 'reset.css', 'theme/white.css']) {
    copyFileSync(join(dist, file), join(dir, file));
  }
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>stock</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="reset.css"><link rel="stylesheet" href="reveal.css"><link rel="stylesheet" href="theme/white.css">
</head><body><div class="reveal"><div class="slides">
<section><h1 elementtiming="first-title">OpenStack Summit Boston : jours 3 et 4</h1><p>Osones</p></section>
<section><h2>Au programme</h2></section></div></div>
<script type="module">import Reveal from './reveal.mjs'; performance.mark('deck-boot'); const deck = new Reveal({ hash: true });
deck.initialize().then(() => { window.Reveal = deck; performance.mark('deck-ready'); });</script></body></html>`,
  );
}

/**
 * Runs before the page's own scripts: records every long task of the main thread from the start, and says on
 * the console when the deck is ready (its `deck-ready` mark). Waiting with page.waitForFunction would inject
 * Playwright's own script into the page while it boots: a long task that is not the deck's.
 */
const WATCH_PAGE = `(() => {
  const tasks = (window.__benchLongTasks = []);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('deck-ready').length === 0) return;
    observer.disconnect();
    console.info(${JSON.stringify(READY_MESSAGE)});
  }).observe({ type: 'mark', buffered: true });
})()`;

/** Opens the page and waits until the deck is ready, with nothing of the harness running in the page before. */
async function openDeck(page: Page, url: string): Promise<void> {
  const ready = page.waitForEvent('console', { predicate: (message) => message.text() === READY_MESSAGE });
  await page.goto(url);
  await ready;
}

/** Runs in the page; a string, so that the TypeScript runner's helpers do not leak into it. */
const IN_PAGE_TIMINGS = `(async () => {
  const entryTime = (type) => new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entry = list.getEntries()[0];
      resolve(entry.renderTime || entry.startTime);
    }).observe({ type, buffered: true });
  });
  return {
    titleElement: await entryTime('element'),
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    deckReady: performance.getEntriesByName('deck-ready')[0]?.startTime ?? NaN,
    longTasks: window.__benchLongTasks ?? [],
  };
})()`;

function kindOf(resourceType: string, url: string): Kind {
  if (resourceType === 'document') return 'document';
  if (resourceType === 'script') return 'script';
  if (resourceType === 'stylesheet') return 'stylesheet';
  if (resourceType === 'font' || /\.woff2?$/.test(url)) return 'font';
  return 'other';
}

async function measure(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: SLIDE_SIZE });
  await context.addInitScript(WATCH_PAGE);
  const page = await context.newPage();
  const bodies: Promise<{ kind: Kind; body: Buffer }>[] = [];
  page.on('response', (response) => {
    const request = response.request();
    const kind = kindOf(request.resourceType(), request.url());
    bodies.push(
      response.body().then(
        (body) => ({ kind, body }),
        () => ({ kind, body: Buffer.alloc(0) }),
      ),
    );
  });
  await openDeck(page, url);
  await page.waitForLoadState('networkidle');
  // The second after ready, watched with nothing of the harness in the page (page.evaluate comes after).
  await page.waitForTimeout(AFTER_READY_MS);
  const { titleElement, deckReady, longTasks, ...timings } = (await page.evaluate(IN_PAGE_TIMINGS)) as Pick<
    Load,
    'firstContentfulPaint'
  > & { titleElement: number; deckReady: number; longTasks: { start: number; duration: number }[] };
  const bytes = Object.fromEntries(
    (['document', 'script', 'stylesheet', 'font', 'other'] as const).map((kind) => [kind, { raw: 0, gzip: 0 }]),
  ) as Load['bytes'];
  for (const { kind, body } of await Promise.all(bodies)) {
    bytes[kind].raw += body.length;
    // Fonts are woff2, already compressed: a server sends them as they are.
    bytes[kind].gzip += kind === 'font' ? body.length : gzipSync(body, { level: 9 }).length;
  }
  await context.close();
  // A title prerendered in the HTML is the page's only content before the script runs, and the
  // mounted deck replaces it (taking its element-timing entry along): its paint is the first contentful paint.
  const html = (await Promise.all(bodies)).find(({ kind }) => kind === 'document')?.body.toString() ?? '';
  const titleVisible = html.includes('elementtiming="first-title"') ? timings.firstContentfulPaint : titleElement;
  const ready = Math.max(deckReady, titleVisible);
  const beforeReady = longTasks.filter((task) => task.start < ready).map((task) => task.duration);
  const afterReady = longTasks.filter((task) => task.start >= ready && task.start < ready + AFTER_READY_MS);
  return {
    ...timings,
    titleVisible,
    ready,
    longestTask: Math.max(0, ...beforeReady),
    longestAfterReady: Math.max(0, ...afterReady.map((task) => task.duration)),
    blockingTime: beforeReady.reduce((sum, duration) => sum + Math.max(0, duration - LONG_TASK_MS), 0),
    bytes,
  };
}

/**
 * Whether the first contentful paint came before the boot, from a trace of the page's main thread: the
 * main-thread paint of the frame that the first contentful paint presented, against the start of the task in
 * which the page marks `deck-boot` (the stock page at the top of its module script, with reveal.js evaluated in
 * the same task; ours where the deck starts to load, its code evaluated after). The paint entries in the page
 * give the frame's presentation time, which may fall inside a task that started after the frame was painted:
 * only the main thread's own events tell. Traced in runs of their own, as tracing slows the page down.
 */
async function paintsBeforeBoot(browser: Browser, url: string): Promise<boolean> {
  const context = await browser.newContext({ viewport: SLIDE_SIZE });
  await context.addInitScript(WATCH_PAGE);
  const page = await context.newPage();
  try {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
    });
    await openDeck(page, url);
    // Paint timing reaches the trace once the frame is presented: let the page settle first.
    await page.waitForLoadState('networkidle');
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    return paintBeforeBootIn(trace.traceEvents);
  } finally {
    await context.close();
  }
}

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { frame?: string; data?: { frame?: string; documentLoaderURL?: string; navigationId?: string } };
}

function paintBeforeBootIn(events: readonly TraceEvent[]): boolean {
  const navigation = events.find(
    (event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL?.startsWith('http'),
  );
  if (!navigation) throw new Error('no navigation in the trace');
  const frame = navigation.args?.frame;
  const onMainThread = (event: TraceEvent) =>
    event.pid === navigation.pid && event.tid === navigation.tid && event.ts >= navigation.ts;
  const contentful = events.find(
    (event) =>
      event.name === 'firstContentfulPaint' && event.args?.data?.navigationId === navigation.args?.data?.navigationId,
  );
  const mark = events.find((event) => onMainThread(event) && event.name === BOOT_MARK);
  if (!contentful) throw new Error('no first contentful paint in the trace');
  if (!mark) throw new Error(`no ${BOOT_MARK} mark in the trace`);
  const task = events.find(
    (event) =>
      onMainThread(event) && event.name === 'RunTask' && event.ts <= mark.ts && mark.ts <= event.ts + (event.dur ?? 0),
  );
  const paints = events.filter(
    (event) =>
      onMainThread(event) && event.name === 'Paint' && event.args?.data?.frame === frame && event.ts <= contentful.ts,
  );
  const painted = paints.at(-1);
  return painted !== undefined && painted.ts < (task ?? mark).ts;
}

function summarize(label: string, loads: Load[], paintFirst: boolean[]) {
  const total = (load: Load, key: 'raw' | 'gzip') => Object.values(load.bytes).reduce((sum, b) => sum + b[key], 0);
  const first = loads[0];
  const medianOf = (
    key: 'titleVisible' | 'firstContentfulPaint' | 'ready' | 'longestTask' | 'blockingTime' | 'longestAfterReady',
  ) => median(loads.map((load) => load[key]));
  return {
    label,
    titleVisible: medianOf('titleVisible'),
    firstContentfulPaint: medianOf('firstContentfulPaint'),
    ready: medianOf('ready'),
    longestTask: medianOf('longestTask'),
    blockingTime: medianOf('blockingTime'),
    longestAfterReady: medianOf('longestAfterReady'),
    paintFirst: paintFirst.filter(Boolean).length,
    traced: paintFirst.length,
    raw: total(first, 'raw'),
    gzip: total(first, 'gzip'),
    bytes: first.bytes,
  };
}

/** What a page transfers until the network is idle, gzip (fonts as sent): for the study page. */
async function transferOf(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: SLIDE_SIZE });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    const font = kindOf(response.request().resourceType(), response.url()) === 'font';
    sizes.push(
      response.body().then(
        (body) => (font ? body.length : gzipSync(body, { level: 9 }).length),
        () => 0,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // The bodies are read before the context closes: a closed context has none to give.
  const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return total;
}

async function main(argv: readonly string[]): Promise<number> {
  parseCommandLine(BENCH, argv);
  // Read before the long runs, so that a problem in the data shows at once.
  const { deck, slidesDir } = findDeck(process.cwd(), process.env);
  const work = mkdtempSync(join(tmpdir(), 'summit-recap-bench-'));
  const browser = await launchBrowser();
  try {
    const buildTimes = Array.from({ length: BUILD_RUNS }, () => buildDeck(join(work, 'dist')));
    writeStockReveal(join(work, 'stock'));
    const ours = await serveStatic(join(work, 'dist'));
    const stock = await serveStatic(join(work, 'stock'));
    const decks = [
      { label: 'summit-recap', server: ours, loads: [] as Load[], paintFirst: [] as boolean[] },
      { label: 'stock reveal.js', server: stock, loads: [] as Load[], paintFirst: [] as boolean[] },
    ];
    // Warm-up: the browser's own start-up is not the deck's. Then the two pages in turn, run after run, so that
    // the machine's load at any moment weighs on both alike.
    for (const page of decks) await measure(browser, page.server.url);
    for (let run = 0; run < RUNS; run++) {
      for (const page of decks) page.loads.push(await measure(browser, page.server.url));
    }
    for (let run = 0; run < RUNS; run++) {
      for (const page of decks) page.paintFirst.push(await paintsBeforeBoot(browser, page.server.url));
    }
    const results = decks.map((page) => summarize(page.label, page.loads, page.paintFirst));
    const studyGzip = await transferOf(browser, `${ours.url}study.html`);
    await Promise.all([ours.close(), stock.close()]);

    const size = `${SLIDE_SIZE.width}×${SLIDE_SIZE.height}`;
    console.log(`First load in headless Chromium, ${size}, median of ${RUNS} fresh contexts (loopback)\n`);
    console.log(
      'deck             title visible    FCP     ready   longest task    TBT   after ready   paint before boot   transfer raw   transfer gzip',
    );
    const ms = (value: number, width: number) => `${value.toFixed(0).padStart(width)} ms`;
    for (const r of results) {
      console.log(
        `${r.label.padEnd(16)} ${ms(r.titleVisible, 10)} ${ms(r.firstContentfulPaint, 6)} ${ms(r.ready, 6)} ${ms(r.longestTask, 11)} ${ms(r.blockingTime, 4)} ${ms(r.longestAfterReady, 10)} ${`${r.paintFirst}/${r.traced}`.padStart(12)} runs  ${kib(r.raw).padStart(9)} KiB  ${kib(r.gzip).padStart(10)} KiB`,
      );
    }
    console.log(
      '(ready: reveal.js initialised and the title visible; longest task and TBT: before ready, a long task being',
    );
    console.log(
      `over 50 ms, 0 when there was none; after ready: the longest task in the ${AFTER_READY_MS / 1000} s after ready; paint before`,
    );
    console.log("boot: traced runs where the first paint came before the boot's first task)");
    const [ourResult, stockResult] = results;
    console.log('\nsummit-recap first load by kind (gzip; fonts as sent):');
    for (const [kind, size] of Object.entries(ourResult.bytes)) {
      if (size.raw)
        console.log(
          `  ${kind.padEnd(11)} ${kib(size.raw).padStart(7)} KiB raw  ${kib(size.gzip).padStart(7)} KiB gzip`,
        );
    }
    console.log(`study page (study.html) first load: ${kib(studyGzip)} KiB gzip`);
    const readyRatio = ourResult.ready / stockResult.ready;
    console.log(
      `\nratios vs stock reveal.js: title visible ×${(ourResult.titleVisible / stockResult.titleVisible).toFixed(2)}, ` +
        `ready ×${readyRatio.toFixed(2)}, gzip bytes ×${(ourResult.gzip / stockResult.gzip).toFixed(2)}`,
    );
    console.log(`build (vite build, median of ${BUILD_RUNS}): ${(median(buildTimes) / 1000).toFixed(2)} s`);

    // The PDF export as `npm run export:pdf` runs it on a built deck: its own browser each time.
    const exports = [];
    for (let run = 0; run < PDF_RUNS; run++) {
      const options = { ...resolveExportOptions([]), out: join(work, `deck-${run}.pdf`) };
      exports.push(await exportPdf(deck, options, { distDir: join(work, 'dist') }));
    }
    const pdfMs = median(exports.map((result) => result.milliseconds));
    const pages = exports[0].pages;
    console.log(
      `PDF export (whole deck, ${pages} pages, median of ${PDF_RUNS}): ${(pdfMs / 1000).toFixed(2)} s, ` +
        `${(pdfMs / pages).toFixed(0)} ms per page, ${kib(exports[0].bytes)} KiB`,
    );

    // The deck as one HTML file, beside the stock page's files put together.
    const single = await exportHtml(
      deck,
      { ...resolveHtmlOptions([]), out: join(work, 'single', `${deck.slug}.html`) },
      { root: process.cwd(), slidesDir, env: process.env },
    );
    const [file] = single.files;
    const stockOne = Buffer.concat(STOCK_FILES.map((name) => readFileSync(join(work, 'stock', name))));
    console.log(
      `one-file HTML (npm run export:html): ${kib(file.bytes)} KiB raw, ${kib(file.gzipBytes)} KiB gzip; ` +
        `stock reveal.js as one file: ${kib(stockOne.length)} KiB raw, ${kib(gzipSync(stockOne, { level: 9 }).length)} KiB gzip`,
    );

    const checks = [
      [`first load ≤ ${BUDGET.firstLoadGzipKiB} KiB gzip`, ourResult.gzip / 1024 <= BUDGET.firstLoadGzipKiB],
      [`title visible ≤ ${BUDGET.titleVisibleMs} ms`, ourResult.titleVisible <= BUDGET.titleVisibleMs],
      [`longest task before ready ≤ ${BUDGET.longestTaskMs} ms`, ourResult.longestTask <= BUDGET.longestTaskMs],
      ['first paint before the boot in every run', ourResult.paintFirst === ourResult.traced],
      [`ready ≤ ${BUDGET.readyVsStock}× stock reveal.js`, readyRatio <= BUDGET.readyVsStock],
      [`PDF export ≤ ${BUDGET.pdfExportMs / 1000} s`, pdfMs <= BUDGET.pdfExportMs],
      [`one-file HTML ≤ ${BUDGET.singleFileGzipKiB} KiB gzip`, file.gzipBytes / 1024 <= BUDGET.singleFileGzipKiB],
    ] as const;
    console.log('\nbudgets:');
    for (const [name, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'OVER'} ${name}`);
    return checks.some(([, ok]) => !ok) ? 1 : 0;
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await runAsCommand(import.meta.url, BENCH.name, main);
