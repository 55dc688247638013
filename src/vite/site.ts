/**
 * The site's Vite config, made in one place for every build and server: vite.config.ts (the site: `npm start`,
 * `npm run build`), the one-file export (vite.single-file.config.ts), and the builds and servers this module
 * starts for the rest of the site.
 *
 * The site holds every edition of the recap: the original at its root, each translation in a folder named after
 * its language (`en/`), each with its deck and its study page. `vite build` makes the original's deck, then, once
 * it is written, one build for each other page (src/vite/site.ts, sitePlugin): each page is bundled alone, so the
 * deck ships none of the study page's code or words. The dev server serves the original and mounts a server of
 * each translation under its folder.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { join, resolve } from 'node:path';
import {
  build,
  createServer,
  mergeConfig,
  type InlineConfig,
  type Plugin,
  type ResolvedConfig,
  type UserConfig,
  type ViteDevServer,
} from 'vite';
import { DeckDataError, type Edition } from '../model/index.ts';
import { editionsOf, loadRecap, originalEvent, recapOf } from '../model/fs.ts';
import { cspPlugin } from './csp.ts';
import { pruneRevealCss } from './reveal-css.ts';
import { slidesPlugin, type SlidesPluginOptions } from './slides-plugin.ts';

export type Page = 'deck' | 'study' | 'join';

/** Each page's HTML file: the deck, the study page, the live room's page for phones. */
const PAGE_FILES: Record<Page, string> = { deck: 'index.html', study: 'study.html', join: 'join.html' };

export interface SiteOptions extends SlidesPluginOptions {
  /** The project's root (where index.html and study.html are). */
  root: string;
  /** The pages a build makes (the dev server serves them all): default all. */
  pages?: Page[];
}

export function siteConfig(options: SiteOptions): UserConfig {
  const pages = options.pages ?? PAGES;
  // The deck's page alone, in chunks: its entry paints the first slide, then imports the deck's boot (preloaded).
  const deckChunks = !options.alone && pages.length === 1 && pages[0] === 'deck';
  return {
    // Relative asset URLs: dist/ works from any static host, under any sub-path.
    base: './',
    plugins: [
      svelte(),
      slidesPlugin(options),
      cspPlugin(),
      ...(deckChunks ? [compileHintPlugin()] : []),
      ...(options.site ? [sitePlugin(options)] : []),
    ],
    // Each page preloads the chunks it loads (src/vite/slides-plugin.ts): Vite's own preloading would wait for
    // a dynamic import to be called.
    build: {
      target: 'es2022',
      assetsInlineLimit: 0,
      modulePreload: false,
      rolldownOptions: {
        input: Object.fromEntries(pages.map((page) => [page, resolve(options.root, PAGE_FILES[page])])),
        // The site's build waits for the builds of its other pages, on purpose: no warning about its duration.
        ...(options.site ? { checks: { bundlerTimings: false } } : {}),
        ...(deckChunks ? { output: { codeSplitting: { groups: DECK_CHUNKS } } } : {}),
      },
    },
    css: { postcss: { plugins: [pruneRevealCss()] } },
  };
}

const PAGES: Page[] = ['deck', 'study', 'join'];

/**
 * The deck's boot calls nearly every function its chunk holds as the page starts: V8's explicit compile hint, at the
 * top of the file, has Chromium compile them all as the file streams in, off the main thread, rather than one by
 * one in the boot's tasks. Added once Vite has put its own lines at the top.
 */
function compileHintPlugin(): Plugin {
  return {
    name: 'summit-recap:compile-hint',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.name === 'boot')
            chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

const DECK_CHUNKS = [
  // Vite's helper for dynamic imports, which the page's entry uses too: not in the deck's chunk, which the entry
  // imports only once the first slide has painted.
  { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 1 },
  // Everything the deck's boot imports, in one chunk that loads with the page.
  { name: 'boot', test: /[\\/]src[\\/]deck[\\/]boot\.ts$/ },
];

/** The pages of the site, and which build makes each: the first is the one `vite build` itself makes. */
function sitePages(editions: readonly Edition[]): { edition: Edition; page: Page }[] {
  return editions.flatMap((edition) => PAGES.map((page) => ({ edition, page })));
}

/**
 * What makes the rest of the site around `vite build` and the dev server: every edition of the recap is
 * checked before anything is written; once the original's deck is written, each other page is built into its
 * edition's folder; the dev server serves each translation under its folder.
 */
function sitePlugin(options: SiteOptions): Plugin {
  let config: ResolvedConfig;
  /** Whether this build failed: the other pages are not built then (a hook may hear of it twice). */
  let failed = false;
  let built = false;
  const slidesDir = options.slidesDir ?? resolve(options.root, 'slides');
  const original = () => originalEvent(options.root, slidesDir, options.event);
  const editions = () => editionsOf(recapOf(slidesDir, original()).members);
  /** The config of one edition's pages (default both), as this site's. */
  const editionConfig = (edition: Edition, extra: InlineConfig, pages?: Page[]): InlineConfig =>
    mergeConfig(siteConfig({ ...options, site: false, event: edition.slug, pages }), {
      configFile: false,
      root: config.root,
      mode: config.mode,
      logLevel: config.logLevel,
      ...extra,
    } satisfies InlineConfig);

  return {
    name: 'summit-recap:site',
    // Vitest's server (mode test) serves modules to the tests, not the site.
    apply: (_config, env) => env.mode !== 'test',

    configResolved(resolved) {
      config = resolved;
    },

    buildStart() {
      if (config.command !== 'build') return;
      // Every edition is valid, or nothing is written: a translation's problems stop the original's build too.
      try {
        loadRecap(options.root, slidesDir, original());
      } catch (error) {
        if (!(error instanceof DeckDataError)) throw error;
        failed = true;
        this.error(error);
      }
    },

    buildEnd(error) {
      if (error) failed = true;
    },

    async closeBundle(error) {
      // A dev server closes its bundle too, when it stops: only a build makes the other pages, once.
      if (error) failed = true;
      if (failed || built || config.command !== 'build') return;
      built = true;
      const outDir = resolve(config.root, config.build.outDir);
      // The page vite.config.ts builds (the original's deck) is written: the others follow, one build each.
      for (const { edition, page } of sitePages(editions()).slice(1)) {
        await build(
          editionConfig(
            edition,
            {
              build: {
                outDir: join(outDir, edition.path),
                // A translation's folder starts empty; the original's study page goes beside its deck.
                emptyOutDir: edition.path !== '' && page === 'deck',
              },
            },
            [page],
          ),
        );
      }
    },

    async configureServer(server: ViteDevServer) {
      // Each translation's pages under its folder (/en/), from a server of its own inside this one.
      for (const edition of editions().filter((candidate) => candidate.path !== '')) {
        const base = `${server.config.base}${edition.path}`;
        const nested = await createServer(
          editionConfig(edition, {
            base,
            appType: 'mpa',
            // Its own dependency cache: servers of different configs would keep re-optimising one.
            cacheDir: join(config.cacheDir, edition.slug),
            server: { middlewareMode: true, hmr: { server: server.httpServer ?? undefined } },
          }),
        );
        server.middlewares.use((request, response, next) => {
          if (request.url === base.slice(0, -1)) {
            response.writeHead(301, { Location: base }).end();
          } else if (request.url?.startsWith(base)) {
            nested.middlewares(request, response, next);
          } else {
            next();
          }
        });
        server.httpServer?.once('close', () => void nested.close());
      }
    },
  };
}
