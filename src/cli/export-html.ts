/**
 * `npm run export:html`: the deck as one self-contained HTML file that presents from disk, offline, with no
 * other file beside it, and with `--study` the study page as a second such file. Each is a Vite build of one
 * page with everything inlined (vite.single-file.config.ts); `--talk` and `--quiz` choose what the file holds
 * at build time, so a file of two talks carries nothing of the others.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { PAGES } from '../model/addresses.ts';
import { oneFilePolicy } from '../vite/csp.ts';
import { vocabularyOf, type Deck } from '../model/index.ts';
import type { SingleFileBuild } from '../../vite.single-file.config.ts';
import {
  argumentError,
  checkWritable,
  findDeck,
  firstLine,
  OUTPUT_OPTIONS,
  outputPath,
  parseCommandLine,
  runAsCommand,
  UsageError,
  writeFileAtomically,
  type CommandSpec,
  type OptionSpec,
} from './common.ts';

export { UsageError } from './common.ts';

const COMMAND = {
  name: 'export:html',
  hint: 'see --help',
  options: {
    ...OUTPUT_OPTIONS,
    talk: { type: 'string', multiple: true },
    quiz: { type: 'string', value: 'on or off' },
    study: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

export const USAGE = `Usage: npm run export:html -- [options]
  -o, --out FILE    where to write the deck's file (default: out/<event>.html; --output FILE too)
  --study           also the study page, as FILE-study.html beside it (the two link to each other)
  --talk ID         only this talk (repeatable); the file holds nothing of the others
  --quiz on|off     with or without the room's quiz slides (default: deck.yaml's quizSlides)
  --help            this text`;

export interface HtmlOptions {
  /** Where the deck's file goes; default `out/<event>.html`. */
  out?: string;
  talks: string[];
  /** The room quiz's slides on or off; undefined: as deck.yaml says. */
  quiz?: boolean;
  study: boolean;
  help: boolean;
}

/** argv → options; every mistake is a UsageError whose message says what to do. */
export function resolveHtmlOptions(argv: readonly string[]): HtmlOptions {
  const values = parseCommandLine(COMMAND, argv);
  const quiz = values.quiz === undefined ? undefined : { on: true, off: false }[values.quiz];
  if (values.quiz !== undefined && quiz === undefined) {
    throw argumentError(COMMAND, `--quiz takes on or off, got "${values.quiz}"`);
  }
  return {
    out: outputPath(COMMAND, values),
    talks: values.talk ?? [],
    quiz,
    study: values.study ?? false,
    help: values.help ?? false,
  };
}

/** The study page's file, beside the deck's: `recap.html` → `recap-study.html`. */
export function studyFileOf(out: string): string {
  const extension = extname(out);
  return join(dirname(out), `${basename(out, extension)}-study${extension || '.html'}`);
}

/** A link from one file to the other, beside it. */
const linkTo = (file: string) => `./${encodeURIComponent(basename(file))}`;

/**
 * What in the HTML would ask for another file or another origin: a script, stylesheet or image by URL in the
 * markup, or a `url()` in a style that is not data. Empty for a self-contained page. (The scripts' own code is
 * not searched: it only names files it never loads, such as the study page's link.)
 */
export function externalReferences(html: string): string[] {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
  const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/g, '$1$3');
  const found = [
    ...[...markup.matchAll(/<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc="([^"]*)"/g)],
    ...[...markup.matchAll(/<link\b[^>]*\bhref="([^"]*)"/g)],
    ...[...styles.matchAll(/url\(\s*["']?([^"')\s]+)/g)],
  ].map((match) => match[1]);
  return found.filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
}

export interface HtmlExportResult {
  files: { file: string; bytes: number; gzipBytes: number }[];
  milliseconds: number;
}

/** Builds one page as one file with the project's Vite, and returns its HTML. */
function buildPage(root: string, env: NodeJS.ProcessEnv, build: SingleFileBuild, outDir: string): string {
  try {
    execFileSync(
      join(root, 'node_modules/.bin/vite'),
      ['build', '--config', 'vite.single-file.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: root,
        env: { ...env, NODE_ENV: 'production', SINGLE_FILE: JSON.stringify(build) },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    throw new Error(`the build of ${build.page} failed: ${stderr ? stderr.split('\n')[0] : firstLine(error)}`);
  }
  // Its scripts are now inside it: the page's policy allows each by its hash.
  const html = oneFilePolicy(readFileSync(join(outDir, build.page), 'utf8'));
  const external = externalReferences(html);
  if (external.length > 0) throw new Error(`${build.page} still refers to ${external.join(', ')}`);
  return html;
}

/**
 * Writes the deck's file (and the study page's, with `study`). Both are built before either is written; a
 * failure leaves neither.
 */
export async function exportHtml(
  deck: Deck,
  options: HtmlOptions & { out: string },
  context: { root: string; slidesDir: string; env: NodeJS.ProcessEnv; log?: (line: string) => void },
): Promise<HtmlExportResult> {
  const log = context.log ?? (() => {});
  const start = performance.now();
  checkTalks(deck, options.talks);
  const studyOut = options.study ? studyFileOf(options.out) : undefined;
  const work = mkdtempSync(join(tmpdir(), 'summit-recap-html-'));
  try {
    // The build shows these talks and the room quiz on or off (see Showing in src/vite/slides-plugin.ts).
    const env: NodeJS.ProcessEnv = { ...context.env, SLIDES_DIR: context.slidesDir, DECK: deck.slug };
    if (options.talks.length > 0) env.SUMMIT_RECAP_TALKS = options.talks.join(',');
    if (options.quiz !== undefined) env.SUMMIT_RECAP_QUIZ = options.quiz ? 'on' : 'off';
    const pages = { deck: linkTo(options.out), study: studyOut ? linkTo(studyOut) : PAGES.study };
    const outputs: [file: string, html: string][] = [];
    log('Building the deck as one file…');
    const deckBuild = { page: 'index.html', pages, hideStudyLinks: !studyOut } as const;
    outputs.push([options.out, buildPage(context.root, env, deckBuild, join(work, 'deck'))]);
    if (studyOut) {
      log('Building the study page as one file…');
      const studyBuild = { page: 'study.html', pages, hideStudyLinks: false } as const;
      outputs.push([studyOut, buildPage(context.root, env, studyBuild, join(work, 'study'))]);
    }
    const written: string[] = [];
    try {
      for (const [file, html] of outputs) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileAtomically(file, html);
        written.push(file);
      }
    } catch (error) {
      for (const file of written) rmSync(file, { force: true });
      throw error;
    }
    return {
      files: outputs.map(([file, html]) => ({
        file,
        bytes: statSync(file).size,
        gzipBytes: gzipSync(html, { level: 9 }).length,
      })),
      milliseconds: performance.now() - start,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function checkTalks(deck: Deck, ids: readonly string[]): void {
  const unknown = ids.filter((id) => vocabularyOf(deck).talk(id) === undefined);
  if (unknown.length > 0) {
    const known = deck.talks.map((talk) => talk.id).join(', ');
    throw new UsageError(COMMAND.name, `unknown talk ${unknown.join(', ')}; talks are: ${known}`);
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

export async function main(argv: readonly string[], root = process.cwd(), env = process.env): Promise<number> {
  const options = resolveHtmlOptions(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const { deck, slidesDir } = findDeck(root, env);
  const out = options.out ?? join('out', `${deck.slug}.html`);
  checkWritable(COMMAND.name, out);
  if (options.study) checkWritable(COMMAND.name, studyFileOf(out));
  checkTalks(deck, options.talks);
  const result = await exportHtml(
    deck,
    { ...options, out: resolve(root, out) },
    { root, slidesDir, env, log: (line) => console.log(line) },
  );
  for (const { file, bytes, gzipBytes } of result.files) {
    console.log(`${relative(root, file) || file}: ${kib(bytes)} (${kib(gzipBytes)} gzip)`);
  }
  console.log(`in ${(result.milliseconds / 1000).toFixed(1)} s; open it from disk, no server or network needed`);
  return 0;
}

await runAsCommand(import.meta.url, COMMAND.name, main);
