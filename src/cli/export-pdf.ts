/**
 * `npm run export:pdf` (or `npm run export`): the deck as a PDF, through reveal.js's print view in headless
 * Chromium. Builds dist/ when it is missing or older than its sources, serves it on loopback, waits for
 * reveal's `pdf-ready` and the fonts (never a fixed sleep), prints a tagged PDF (headings, lists and tables
 * marked up for screen readers), adds the deck's outline as bookmarks, and writes the file atomically.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { SLIDE_SIZE } from '../deck/config.ts';
import { viewQuery } from '../deck/view.ts';
import { editionOf, PAGES } from '../model/addresses.ts';
import { webAddress } from '../model/links.ts';
import { vocabularyOf, type Deck } from '../model/index.ts';
import { findBrowser, launchBrowser } from './browser.ts';
import { ensureBuilt } from './build.ts';
import {
  checkWritable,
  findDeck,
  OUTPUT_OPTIONS,
  outputPath,
  parseCommandLine,
  runAsCommand,
  UsageError,
  writeFileAtomically,
  type CommandSpec,
  type OptionSpec,
} from './common.ts';
import { addOutline, deckOutline } from './pdf-outline.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export { UsageError } from './common.ts';

export interface ExportOptions {
  /** Where the PDF goes; default `out/<event>.pdf`. */
  out?: string;
  notes: boolean;
  fragments: boolean;
  talks: string[];
  width: number;
  height: number;
  handout: boolean;
  /** The deck's public address, for the PDF's links to the study page. */
  linkBase?: string;
  /** `--range 3,5-8`: only these slides, by the number each shows (from 1); none: every slide. */
  range?: SlideRange;
  help: boolean;
}

/** Slide numbers as inclusive [from, to] spans, in the order given. */
export type SlideRange = [from: number, to: number][];

const DEFAULT_SIZE = `${SLIDE_SIZE.width}x${SLIDE_SIZE.height}`;

const COMMAND = {
  name: 'export:pdf',
  hint: 'see --help',
  options: {
    ...OUTPUT_OPTIONS,
    range: { type: 'string', value: 'slide numbers, e.g. 3,5-8' },
    notes: { type: 'boolean' },
    fragments: { type: 'boolean' },
    talk: { type: 'string', multiple: true },
    size: { type: 'string' },
    handout: { type: 'boolean' },
    'link-base': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

export const USAGE = `Usage: npm run export:pdf -- [options]
  -o, --out FILE    where to write the PDF (default: out/<event>.pdf; --output FILE too)
  --range 3,5-8     only these slides, by number (as on the slides)
  --notes           speaker notes on a page after each slide
  --fragments       one page per build step (default: one page per slide)
  --talk ID         only this talk (repeatable)
  --size WxH        slide size in pixels (default: ${DEFAULT_SIZE})
  --handout         add an appendix: the roadmap of every project, and the quiz answer key
  --link-base URL   where the deck is published, so links to the study page work in the PDF
  --help            this text`;

/** argv → options; every mistake is a UsageError whose message says what to do. */
export function resolveExportOptions(argv: readonly string[]): ExportOptions {
  const values = parseCommandLine(COMMAND, argv);
  const options: ExportOptions = {
    out: outputPath(COMMAND, values),
    notes: values.notes ?? false,
    fragments: values.fragments ?? false,
    talks: values.talk ?? [],
    width: SLIDE_SIZE.width,
    height: SLIDE_SIZE.height,
    handout: values.handout ?? false,
    help: values.help ?? false,
  };
  const url = values['link-base'];
  if (url !== undefined) {
    if (!webAddress(url)) throw new UsageError(COMMAND.name, `--link-base must be an http(s) URL, got "${url}"`);
    options.linkBase = url.endsWith('/') ? url : `${url}/`;
  }
  if (values.range !== undefined) options.range = parseSlideRange(values.range);
  if (values.size !== undefined) {
    const match = /^(\d{3,4})x(\d{3,4})$/.exec(values.size);
    if (!match) throw new UsageError(COMMAND.name, `--size must look like ${DEFAULT_SIZE}, got "${values.size}"`);
    options.width = Number(match[1]);
    options.height = Number(match[2]);
  }
  return options;
}

/**
 * `3,5-8` → [[3, 3], [5, 8]]: numbers from 1, spans low to high, separated by commas (spaces allowed), as
 * decktape's `--slides` and Slidev's `--range` read them. @throws UsageError
 */
export function parseSlideRange(text: string): SlideRange {
  const fail = (why: string) => new UsageError(COMMAND.name, `--range ${why}, got "${text}" (e.g. --range 3,5-8)`);
  const spans = text.split(',').map((part) => part.trim());
  return spans.map((span) => {
    const match = /^(\d{1,4})(?:-(\d{1,4}))?$/.exec(span);
    if (!match) throw fail('takes slide numbers and spans separated by commas');
    const [from, to] = [Number(match[1]), Number(match[2] ?? match[1])];
    if (from < 1) throw fail('counts slides from 1');
    if (to < from) throw fail(`needs spans from low to high (${span})`);
    return [from, to];
  });
}

/** The print view's URL: the deck's view options (named in src/deck/view.ts), then reveal.js's layout options. */
export function printUrl(base: string, options: ExportOptions): string {
  const view = viewQuery({
    printView: true,
    showNotes: options.notes ? 'separate-page' : undefined,
    talks: options.talks,
    handout: options.handout,
    linkBase: options.linkBase,
  });
  const layout = new URLSearchParams({
    margin: '0',
    width: String(options.width),
    height: String(options.height),
    pdfSeparateFragments: String(options.fragments),
  });
  return `${new URL(PAGES.deck, base).href}?${view}&${layout}`;
}

export interface ExportResult {
  file: string;
  pages: number;
  bytes: number;
  milliseconds: number;
}

/**
 * Writes the PDF of an already built deck. The browser and server are closed in every case,
 * and a failed export leaves no file behind.
 */
export async function exportPdf(
  deck: Deck,
  options: ExportOptions & { out: string },
  context: { distDir: string; browser?: Browser; log?: (line: string) => void; signal?: AbortSignal },
): Promise<ExportResult> {
  const log = context.log ?? (() => {});
  const start = performance.now();
  checkTalks(deck, options.talks);
  let server: StaticServer | undefined;
  const browser = context.browser ?? (await launchBrowser());
  try {
    server = await serveStatic(context.distDir);
    const page = await browser.newPage({ viewport: { width: options.width, height: options.height } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Listen before the deck starts: `pdf-ready` may fire before any script of ours could attach.
    await page.addInitScript(() => {
      const printWindow = window as Window & { __pdfReady?: Promise<void> };
      printWindow.__pdfReady = new Promise((resolve) => document.addEventListener('pdf-ready', () => resolve()));
    });
    context.signal?.throwIfAborted();
    log(`Laying out the slides in ${options.width}×${options.height}…`);
    // The edition's own pages: a translation's are in its folder of the site.
    await page.goto(printUrl(new URL(editionOf(deck).path, server.url).href, options));
    await page.waitForFunction(() => (window as Window & { __pdfReady?: Promise<void> }).__pdfReady);
    await page.evaluate(async () => {
      await (window as Window & { __pdfReady?: Promise<void> }).__pdfReady;
      await document.fonts.ready;
    });
    if (errors.length > 0) throw new Error(`the deck failed in the browser: ${errors[0]}`);
    const printed = (await page.evaluate(
      `(${PREPARE_PAGES})(${JSON.stringify(options.range ?? null)})`,
    )) as PrintedPages;
    const last = Math.max(0, ...(options.range ?? []).map(([, to]) => to));
    if (last > printed.laidOut.length) {
      throw new UsageError(COMMAND.name, `--range goes to slide ${last}, but the deck has ${printed.laidOut.length}`);
    }
    context.signal?.throwIfAborted();
    log(`Writing ${printed.count} pages…`);
    const tagged = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    const outline = deckOutline(deck, { pages: new Map(printed.pages), laidOut: printed.laidOut });
    const pdf = await addOutline(tagged, outline);
    const pages = printed.count;
    context.signal?.throwIfAborted();
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileAtomically(options.out, pdf);
    return { file: options.out, pages, bytes: statSync(options.out).size, milliseconds: performance.now() - start };
  } finally {
    if (!context.browser) await browser.close();
    await server?.close();
  }
}

/** What PREPARE_PAGES reports: the slides laid out, and the page of each one printed. */
interface PrintedPages {
  /** Every slide of the print view, by id, in order: slide n is laidOut[n - 1]. */
  laidOut: string[];
  /** [slide id, page from 0] for each printed slide. */
  pages: [string, number][];
  /** How many pages the PDF has. */
  count: number;
}

/**
 * Runs in the print view once it is laid out. reveal.js lays out one .pdf-page per slide (per step with
 * --fragments), and with --notes one more page-sized block after each slide that has notes. This keeps the
 * slides of the --range (by the number each shows), shows every printed slide to assistive technology
 * (reveal.js hides all but the current one, which would leave their text untagged in the PDF), and says which
 * page each slide is on. The source of a function of the range (or null), as a string, so that the TypeScript
 * runner's helpers do not leak into it.
 */
const PREPARE_PAGES = `(range) => {
  const NOTES = 'speaker-notes-pdf';
  const slides = [...document.querySelectorAll('.reveal .slides .pdf-page')];
  const idOf = (page, index) => page.querySelector('section')?.id || 'slide-' + index;
  const laidOut = [];
  slides.forEach((page, index) => {
    if (!laidOut.includes(idOf(page, index))) laidOut.push(idOf(page, index));
  });
  if (range) {
    slides.forEach((page, index) => {
      const number = laidOut.indexOf(idOf(page, index)) + 1;
      if (range.some(([from, to]) => number >= from && number <= to)) return;
      const next = page.nextElementSibling;
      if (next && next.classList.contains(NOTES) && next.dataset.layout === 'separate-page') next.remove();
      page.remove();
    });
  }
  for (const section of document.querySelectorAll('.reveal .slides .pdf-page section')) {
    section.removeAttribute('hidden');
    section.removeAttribute('aria-hidden');
  }
  const all = [...document.querySelectorAll('.reveal .slides .pdf-page, .' + NOTES + '[data-layout="separate-page"]')];
  const pages = [];
  all.forEach((page, index) => {
    if (!page.classList.contains('pdf-page')) return;
    const id = page.querySelector('section')?.id;
    if (id && !pages.some(([seen]) => seen === id)) pages.push([id, index]);
  });
  return { laidOut, pages, count: all.length };
}`;

function checkTalks(deck: Deck, ids: readonly string[]): void {
  const unknown = ids.filter((id) => vocabularyOf(deck).talk(id) === undefined);
  if (unknown.length > 0) {
    const known = deck.talks.map((talk) => talk.id).join(', ');
    throw new UsageError(COMMAND.name, `unknown talk ${unknown.join(', ')}; talks are: ${known}`);
  }
}

export async function main(argv: readonly string[], root = process.cwd(), env = process.env): Promise<number> {
  const abort = new AbortController();
  const onSignal = () => abort.abort(new Error('interrupted'));
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    const options = resolveExportOptions(argv);
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    const { deck, slidesDir } = findDeck(root, env);
    const out = options.out ?? join('out', `${deck.slug}.pdf`);
    checkWritable(COMMAND.name, out);
    checkTalks(deck, options.talks);
    await findBrowser(env); // before any build, so that a missing browser fails at once
    const distDir = ensureBuilt(root, env, { slidesDir, event: deck.slug }, (line) => console.log(line));
    const result = await exportPdf(
      deck,
      { ...options, out },
      { distDir, log: (line) => console.log(line), signal: abort.signal },
    );
    const size =
      result.bytes > 1024 * 1024
        ? `${(result.bytes / 1024 / 1024).toFixed(1)} MiB`
        : `${Math.round(result.bytes / 1024)} KiB`;
    console.log(
      `${relative(root, resolve(result.file)) || result.file}: ${result.pages} pages, ${size}, in ${(result.milliseconds / 1000).toFixed(1)} s`,
    );
    return 0;
  } catch (error) {
    if (!abort.signal.aborted) throw error;
    console.error(`${COMMAND.name}: interrupted; no file written`);
    return 130;
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

await runAsCommand(import.meta.url, COMMAND.name, main);
