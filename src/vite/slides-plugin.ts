/**
 * The Vite plugin that turns slides/ into `virtual:deck`: it reads and validates the YAML at build
 * time (the browser never parses YAML), reports problems as file:line:col, reloads the page when
 * a data file is saved, and prerenders every slide into index.html: the first paints before any script,
 * and the page starts reveal.js on that markup.
 */
import { createRequire } from 'node:module';
import { basename, relative, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type Plugin, type ResolvedConfig, type Rolldown, type ViteDevServer } from 'vite';
import { planRoomQuiz } from '../../quiz/room-plan.ts';
import { selectRoomQuiz } from '../../quiz/room.ts';
import { answerKeyOf } from '../deck/answer-key.ts';
import { wordRoomQuiz, type ShownRoomQuiz } from '../deck/room-quiz.ts';
import { summarize } from '../deck/summary.ts';
import { quizSlidesOn, selectTalks } from '../deck/view.ts';
import { quizWords, studyWords } from '../locale/index.ts';
import { interfaceText } from '../locale/text.ts';
import { DeckDataError, notesOf, withoutNotes, type Deck } from '../model/index.ts';
import { charactersOf, fontFaceCss, SCREEN_FONT, writeSubsetFont } from './font.ts';
import {
  BUILD_RECORD,
  deckFingerprint,
  eventFiles,
  loadDeck,
  originalEvent,
  type BuildRecord,
  type DeckLocation,
} from '../model/fs.ts';

const require = createRequire(import.meta.url);

const VIRTUAL_ID = 'virtual:deck';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The speaker notes, loaded by the deck on demand (src/model/notes.ts). */
const NOTES_ID = 'virtual:deck-notes';
const RESOLVED_NOTES_ID = `\0${NOTES_ID}`;
/** What the running deck needs besides its slides (src/deck/summary.ts): all the deck data of the first load. */
const SUMMARY_ID = 'virtual:deck-summary';
const RESOLVED_SUMMARY_ID = `\0${SUMMARY_ID}`;
/** The quiz's answer key for the handout, worded here (src/deck/answer-key.ts). */
const ANSWER_KEY_ID = 'virtual:deck-answer-key';
const RESOLVED_ANSWER_KEY_ID = `\0${ANSWER_KEY_ID}`;
/** The screen font's @font-face, with the font cut to the deck's characters in builds. */
const FONT_CSS_ID = 'virtual:deck-font.css';
/** A path-like id, so that Vite's CSS pipeline resolves the font's url() against the project root. */
const RESOLVED_FONT_CSS_ID = '/@summit-recap/deck-font.css';
const PRERENDER_MARK = '<!--deck-prerender-->';

/** Where the deck is (deckLocation in src/model/fs.ts reads it from SLIDES_DIR and DECK). */
export interface SlidesPluginOptions extends Partial<DeckLocation>, Showing {
  /** Prerender the slides into index.html in `vite build` (default true). */
  prerender?: boolean;
  /**
   * This build or server makes the site (src/vite/site.ts): its pages are those of the recap's original (DECK
   * may name a translation), and the build records what it was made from in dist/build.json.
   */
  site?: boolean;
  /** The page stands alone (the one-file export): it links to no other edition of the recap. */
  alone?: boolean;
}

/**
 * A build of some of the deck (the one-file export's --talk and --quiz): only these talks, the room quiz on or
 * off. The room quiz is still planned from the whole deck, and only filtered: every showing asks the same
 * questions.
 */
export interface Showing {
  talks?: string[];
  quiz?: boolean;
}

/** The showing asked for in the environment: SUMMIT_RECAP_TALKS (ids, comma-separated) and SUMMIT_RECAP_QUIZ (on/off). */
export function showingOf(env: Readonly<Record<string, string | undefined>>): Showing {
  const talks = (env.SUMMIT_RECAP_TALKS ?? '').split(',').filter(Boolean);
  const quiz = env.SUMMIT_RECAP_QUIZ;
  return {
    ...(talks.length ? { talks } : {}),
    ...(quiz === 'on' || quiz === 'off' ? { quiz: quiz === 'on' } : {}),
  };
}

/** A Vite/Rollup error that the dev overlay and the build output show with its place. */
function toViteError(error: DeckDataError, root: string): Error {
  const first = error.issues[0];
  return Object.assign(new Error(error.message), {
    name: error.name,
    // A data problem, not a bug: the place in the YAML file is what matters, not our stack.
    stack: `${error.name}: ${error.message}`,
    id: resolve(root, first.file),
    loc: { file: resolve(root, first.file), line: first.line, column: first.column },
    plugin: 'summit-recap:slides',
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The deck as the browser gets it: no speaker notes (they load on first use), no file paths of the build machine,
 * and no other editions for a page that stands alone.
 */
export function forBrowser(deck: Deck, alone = false): Deck {
  const { editions, ...shipped } = withoutNotes(deck);
  return {
    ...shipped,
    ...(editions && !alone ? { editions } : {}),
    talks: shipped.talks.map(({ source: _source, ...talk }) => talk),
  };
}

export function slidesPlugin(options: SlidesPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  let slidesDir: string;

  /** The event this build makes: the one named, or for the site, the original of its recap. */
  function event(): string | undefined {
    return options.site ? originalEvent(config.root, slidesDir, options.event) : options.event;
  }

  function readWholeDeck(): Deck {
    try {
      return loadDeck(config.root, slidesDir, event());
    } catch (error) {
      throw error instanceof DeckDataError ? toViteError(error, config.root) : error;
    }
  }

  /** What the slides read into, once per build (or per change to them, under the dev server). */
  let shown: { deck: Deck; roomQuiz: ShownRoomQuiz } | undefined;
  /** The deck as this build shows it (see Showing), and its room quiz, planned from the whole deck. */
  function readShown(): { deck: Deck; roomQuiz: ShownRoomQuiz } {
    shown ??= (() => {
      const whole = readWholeDeck();
      const talks = options.talks ?? [];
      const deck = selectTalks(whole, talks);
      return {
        deck: options.quiz === undefined ? deck : { ...deck, quizSlides: options.quiz },
        roomQuiz: wordRoomQuiz(selectRoomQuiz(planRoomQuiz(whole), talks), quizWords(whole.language)),
      };
    })();
    return shown;
  }
  const readDeck = () => readShown().deck;

  return {
    name: 'summit-recap:slides',

    configResolved(resolved) {
      config = resolved;
      slidesDir = options.slidesDir ?? resolve(config.root, 'slides');
    },

    buildStart() {
      // A rebuild (vite build --watch) reads the slides again.
      shown = undefined;
    },

    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === NOTES_ID) return RESOLVED_NOTES_ID;
      if (id === SUMMARY_ID) return RESOLVED_SUMMARY_ID;
      if (id === ANSWER_KEY_ID) return RESOLVED_ANSWER_KEY_ID;
      if (id === FONT_CSS_ID) return RESOLVED_FONT_CSS_ID;
      return undefined;
    },

    async load(id) {
      if (id === RESOLVED_NOTES_ID) return `export default ${JSON.stringify(notesOf(readDeck()))};`;
      if (id === RESOLVED_SUMMARY_ID) {
        // The default view's: the slides that the build prerenders ask the room quiz when deck.yaml says so.
        const { deck, roomQuiz } = readShown();
        const summary = summarize(forBrowser(deck, options.alone), quizSlidesOn(deck, {}) ? roomQuiz : undefined);
        return `export default ${JSON.stringify(summary)};`;
      }
      if (id === RESOLVED_ANSWER_KEY_ID) {
        const deck = readDeck();
        return `export default ${JSON.stringify(answerKeyOf(deck, quizWords(deck.language)))};`;
      }
      if (id === RESOLVED_FONT_CSS_ID) {
        const original = require.resolve(SCREEN_FONT);
        if (config.command !== 'build') return fontFaceCss(`/@fs${original}`);
        // The deck's own text and the interface's words in its language, taken from the locale module itself.
        const deck = readDeck();
        const texts = [JSON.stringify(deck), ...interfaceText(deck.language)];
        const subset = await writeSubsetFont(
          original,
          charactersOf(texts),
          resolve(config.root, 'node_modules/.cache/summit-recap'),
        );
        return fontFaceCss(`/${relative(config.root, subset)}`);
      }
      if (id !== RESOLVED_ID) return undefined;
      const { deck, roomQuiz } = readShown();
      // `vite build --watch` rebuilds on data changes; the dev server has its own watcher below.
      if (config.command === 'build') {
        for (const file of eventFiles(slidesDir, deck.slug)) this.addWatchFile(file);
      }
      // The room quiz is planned here, so the deck ships its questions and not the quiz generator; the browser
      // gets no notes (they load on first use) and no file paths of the build machine.
      return `export default ${JSON.stringify(forBrowser(deck, options.alone))};\nexport const roomQuiz = ${JSON.stringify(roomQuiz)};`;
    },

    generateBundle() {
      if (!options.site) return;
      // Which event, from which data: commands that use dist/ rebuild it when they are asked for another.
      const deck = readDeck();
      const record: BuildRecord = {
        event: deck.slug,
        data: deckFingerprint(slidesDir, deck.slug),
        ...(deck.editions ? { editions: deck.editions.map(({ slug, path }) => ({ slug, path })) } : {}),
      };
      this.emitFile({ type: 'asset', fileName: BUILD_RECORD, source: `${JSON.stringify(record)}\n` });
    },

    configureServer(server: ViteDevServer) {
      const onChange = (file: string) => {
        if (!file.startsWith(slidesDir) || !/\.ya?ml$/.test(file)) return;
        shown = undefined;
        const graph = server.environments.client.moduleGraph;
        for (const id of [RESOLVED_ID, RESOLVED_NOTES_ID, RESOLVED_SUMMARY_ID, RESOLVED_ANSWER_KEY_ID]) {
          const module = graph.getModuleById(id);
          if (module) graph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(slidesDir);
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
    },

    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const deck = readDeck();
        // The page's language is the deck's; the study page's title is its own, in that language.
        const title =
          basename(context.filename) === 'study.html' ? studyWords(deck.language).pageTitle(deck.title) : deck.title;
        html = html.replace('%DECK_LANG%', escapeHtml(deck.language)).replace('%DECK_TITLE%', escapeHtml(title));
        const deckPage = html.includes(PRERENDER_MARK);
        // Only the deck's page has slides to render: the other pages start no renderer.
        if (deckPage && config.command === 'build' && options.prerender !== false) {
          html = html.replace(PRERENDER_MARK, await prerender(config, { ...options, event: deck.slug }));
        }
        // The screen font (the variable one) is requested as soon as the HTML arrives, not after the
        // CSS is parsed. The static cuts are for print only; a page whose styles do not use it (the phones' page)
        // asks for none.
        const bundle = context.bundle ?? {};
        const pageCss = [...(context.chunk?.viteMetadata?.importedCss ?? [])]
          .map((file) => bundle[file])
          .map((asset) => (asset?.type === 'asset' ? String(asset.source) : ''))
          .join('\n');
        const fonts = Object.keys(bundle).filter(
          (file) => /-wght-[^/]*\.woff2$/.test(file) && pageCss.includes(basename(file)),
        );
        const fontTags = fonts.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${file}` },
          injectTo: 'head' as const,
        }));
        // Vite's own module preloading is off (it preloads a dynamic import's chunks only once it is called): each
        // page preloads the chunks its entry imports, and the deck's page the deck's boot too, which its entry
        // imports once the first slide has painted.
        const chunks = context.bundle && context.chunk ? preloadedChunks(context.bundle, context.chunk, deckPage) : [];
        const chunkTags = chunks.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}` },
          injectTo: 'head' as const,
        }));
        return { html, tags: [...fontTags, ...chunkTags] };
      },
    },
  };
}

/**
 * The chunks that a page loads with its entry: those the entry imports and, with `dynamic`, those it imports
 * dynamically, with every chunk they import in turn.
 */
function preloadedChunks(bundle: Rolldown.OutputBundle, entry: Rolldown.OutputChunk, dynamic: boolean): string[] {
  const files = new Set<string>();
  const add = (file: string) => {
    const chunk = bundle[file];
    if (files.has(file) || chunk?.type !== 'chunk') return;
    files.add(file);
    chunk.imports.forEach(add);
  };
  [...entry.imports, ...(dynamic ? entry.dynamicImports : [])].forEach(add);
  return [...files].filter((file) => file !== entry.fileName);
}

/**
 * Server-renders the slides with the project's own Vite config, in a short-lived SSR server (the slides'
 * components never import reveal.js: Deck.svelte, which does, is not rendered there).
 */
async function prerender(config: ResolvedConfig, options: SlidesPluginOptions): Promise<string> {
  const server = await createServer({
    // The deck this build makes, from the same slides: the site's config, without its other pages.
    configFile: false,
    plugins: [svelte(), slidesPlugin({ ...options, site: false, prerender: false })],
    // The build's constants (the one-file export's page addresses among them): the markup is the page's.
    define: config.define,
    root: config.root,
    mode: config.mode,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { renderDeck } = (await server.ssrLoadModule(resolve(config.root, 'src/vite/prerender.ts'))) as {
      renderDeck(): string;
    };
    return renderDeck();
  } finally {
    await server.close();
  }
}
