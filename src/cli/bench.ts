/**
 * `npm run bench`: builds the deck, serves it on loopback, loads it in headless Chromium several
 * times (a fresh context each) and prints medians, beside a plain reveal.js page with the stock
 * white theme measured the same way in the same run. Budgets are checked here, not in tests.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
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
  deckReady: number;
  bytes: Record<Kind, { raw: number; gzip: number }>;
}

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
<script type="module">import Reveal from './reveal.mjs'; const deck = new Reveal({ hash: true });
deck.initialize().then(() => { window.Reveal = deck; performance.mark('deck-ready'); });</script></body></html>`,
  );
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
  await page.goto(url);
  await page.waitForFunction(() => window.Reveal?.isReady());
  await page.waitForLoadState('networkidle');
  const { titleElement, ...timings } = (await page.evaluate(IN_PAGE_TIMINGS)) as Pick<
    Load,
    'firstContentfulPaint' | 'deckReady'
  > & { titleElement: number };
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
  return { ...timings, titleVisible, bytes };
}

function summarize(label: string, loads: Load[]) {
  const total = (load: Load, key: 'raw' | 'gzip') => Object.values(load.bytes).reduce((sum, b) => sum + b[key], 0);
  const first = loads[0];
  return {
    label,
    titleVisible: median(loads.map((load) => load.titleVisible)),
    firstContentfulPaint: median(loads.map((load) => load.firstContentfulPaint)),
    deckReady: median(loads.map((load) => load.deckReady)),
    raw: total(first, 'raw'),
    gzip: total(first, 'gzip'),
    bytes: first.bytes,
  };
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
    const results = [];
    for (const [label, server] of [
      ['summit-recap', ours],
      ['stock reveal.js', stock],
    ] as const) {
      await measure(browser, server.url); // warm-up: the browser's own start-up is not the deck's
      const loads: Load[] = [];
      for (let run = 0; run < RUNS; run++) loads.push(await measure(browser, server.url));
      results.push(summarize(label, loads));
      await server.close();
    }

    const size = `${SLIDE_SIZE.width}×${SLIDE_SIZE.height}`;
    console.log(`First load in headless Chromium, ${size}, median of ${RUNS} fresh contexts (loopback)\n`);
    console.log('deck             title visible   FCP      reveal ready   transfer raw   transfer gzip');
    for (const r of results) {
      console.log(
        `${r.label.padEnd(16)} ${r.titleVisible.toFixed(0).padStart(8)} ms  ${r.firstContentfulPaint.toFixed(0).padStart(5)} ms  ${r.deckReady.toFixed(0).padStart(8)} ms  ${kib(r.raw).padStart(9)} KiB  ${kib(r.gzip).padStart(10)} KiB`,
      );
    }
    const [ourResult, stockResult] = results;
    console.log('\nsummit-recap first load by kind (gzip; fonts as sent):');
    for (const [kind, size] of Object.entries(ourResult.bytes)) {
      if (size.raw)
        console.log(
          `  ${kind.padEnd(11)} ${kib(size.raw).padStart(7)} KiB raw  ${kib(size.gzip).padStart(7)} KiB gzip`,
        );
    }
    console.log(
      `\nratios vs stock reveal.js: title visible ×${(ourResult.titleVisible / stockResult.titleVisible).toFixed(2)}, ` +
        `gzip bytes ×${(ourResult.gzip / stockResult.gzip).toFixed(2)}`,
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
