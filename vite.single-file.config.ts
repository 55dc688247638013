/**
 * One page of the site built as one self-contained HTML file, for `npm run export:html` (src/cli/export-html.ts),
 * which sets SINGLE_FILE to the JSON of a SingleFileBuild. It is the site's config (vite.config.ts) with one page
 * as input and everything inlined: vite-plugin-singlefile puts the scripts, styles and fonts in the HTML (one
 * chunk, whatever the site's chunks are), and src/vite/single-file.ts does the rest.
 */
import { resolve } from 'node:path';
import { mergeConfig, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { singleFileAssets } from './src/vite/single-file.ts';
import siteConfig from './vite.config.ts';

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

// The site's config without its pages' environments: this build makes the one page it is given.
const { environments: _environments, builder: _builder, ...sitePageConfig } = siteConfig as UserConfig;

export default mergeConfig(sitePageConfig, {
  define: { __SUMMIT_RECAP_PAGES__: JSON.stringify(build.pages) },
  plugins: [viteSingleFile(), singleFileAssets({ hideStudyLinks: build.hideStudyLinks })],
  build: {
    copyPublicDir: false,
    modulePreload: false,
    rolldownOptions: { input: resolve(import.meta.dirname, build.page) },
  },
} satisfies UserConfig);
