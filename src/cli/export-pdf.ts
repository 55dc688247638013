/**
 * `npm run export:pdf`: the deck as a PDF, through reveal.js's print view in headless Chromium.
 * Builds dist/ when it is missing or older than its sources, serves it on loopback, waits for
 * reveal's `pdf-ready` and the fonts (never a fixed sleep), and writes the file atomically.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { SLIDE_SIZE } from '../deck/config.ts';
import { viewQuery } from '../deck/view.ts';
import { PAGES } from '../model/addresses.ts';
import { webAddress } from '../model/links.ts';
import { vocabularyOf, type Deck } from '../model/index.ts';
import { findBrowser, launchBrowser } from './browser.ts';
import { ensureBuilt } from './build.ts';
import {
  checkWritable,
  findDeck,
  parseCommandLine,
  runAsCommand,
  UsageError,
  writeFileAtomically,
  type CommandSpec,
  type OptionSpec,
} from './common.ts';
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
  help: boolean;
}

const DEFAULT_SIZE = `${SLIDE_SIZE.width}x${SLIDE_SIZE.height}`;

const COMMAND = {
  name: 'export:pdf',
  hint: 'see --help',
  options: {
    out: { type: 'string' },
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
  --out FILE        where to write the PDF (default: out/<event>.pdf)
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
    out: values.out,
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
  if (values.size !== undefined) {
    const match = /^(\d{3,4})x(\d{3,4})$/.exec(values.size);
    if (!match) throw new UsageError(COMMAND.name, `--size must look like ${DEFAULT_SIZE}, got "${values.size}"`);
    options.width = Number(match[1]);
    options.height = Number(match[2]);
  }
  return options;
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
    await page.goto(printUrl(server.url, options));
    await page.waitForFunction(() => (window as Window & { __pdfReady?: Promise<void> }).__pdfReady);
    await page.evaluate(async () => {
      await (window as Window & { __pdfReady?: Promise<void> }).__pdfReady;
      await document.fonts.ready;
    });
    if (errors.length > 0) throw new Error(`the deck failed in the browser: ${errors[0]}`);
    // reveal.js lays out one .pdf-page per slide (per step with --fragments), and with --notes one
    // more page-sized block after each slide that has notes.
    const pages = await page.locator('.pdf-page, .speaker-notes-pdf[data-layout="separate-page"]').count();
    context.signal?.throwIfAborted();
    log(`Writing ${pages} pages…`);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    context.signal?.throwIfAborted();
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileAtomically(options.out, pdf);
    return { file: options.out, pages, bytes: statSync(options.out).size, milliseconds: performance.now() - start };
  } finally {
    if (!context.browser) await browser.close();
    await server?.close();
  }
}

function checkTalks(deck: Deck, ids: readonly string[]): void {
  const unknown = ids.filter((id) => vocabularyOf(deck).talk(id) === undefined);
  if (unknown.length > 0) {
    const known = deck.talks.map((talk) => talk.id).join(', ');
    throw new UsageError(COMMAND.name, `unknown talk ${unknown.join(', ')}; talks are: ${known}`);
  }
}

/** Fails early, before any work, when the PDF could not be written. */
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
