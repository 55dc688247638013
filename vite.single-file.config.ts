/**
 * One page of the site built as one self-contained HTML file, for `npm run export:html` (src/cli/export-html.ts),
 * which sets SINGLE_FILE to the JSON of a SingleFileBuild. It is the site's config (src/vite/site.ts) for the
 * edition DECK names, with one page as input, no link to the recap's other editions, and everything inlined: vite-plugin-singlefile puts the scripts, styles and fonts in the HTML (one
 * chunk, whatever the site's chunks are), and src/vite/single-file.ts does the rest.
 */
import { mergeConfig, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { deckLocation } from './src/model/fs.ts';
import { singleFileAssets } from './src/vite/single-file.ts';
import { siteConfig } from './src/vite/site.ts';
import { showingOf } from './src/vite/slides-plugin.ts';

export interface SingleFileBuild {
  /** The page to build: index.html (the deck) or study.html. */
  page: 'index.html' | 'study.html';
  /** The links between the two files, relative to either: `./boston-2017.html`, `./boston-2017-study.html`. */
  pages: { deck: string; study: string };
  /** The deck is exported without its study page: its links to it are hidden. */
  hideStudyLinks: boolean;
}

if (!process.env.SINGLE_FILE) throw new Error('vite.single-file.config.ts is run by npm run export:html');
const build = JSON.parse(process.env.SINGLE_FILE) as SingleFileBuild;

export default mergeConfig(
  siteConfig({
    root: import.meta.dirname,
    ...deckLocation(import.meta.dirname, process.env),
    ...showingOf(process.env),
    alone: true,
    // The file holds the deck's data and renders its slides as it opens (from disk, at once): the slides'
    // markup besides would weigh on the file twice.
    prerender: false,
    pages: [build.page === 'index.html' ? 'deck' : 'study'],
  }),
  {
    define: { __SUMMIT_RECAP_PAGES__: JSON.stringify(build.pages) },
    plugins: [viteSingleFile(), singleFileAssets({ hideStudyLinks: build.hideStudyLinks })],
    build: { copyPublicDir: false, modulePreload: false },
  } satisfies UserConfig,
);
