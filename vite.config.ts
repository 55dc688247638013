import { defineConfig } from 'vite';
import { deckLocation } from './src/model/fs.ts';
import { siteConfig } from './src/vite/site.ts';
import { showingOf } from './src/vite/slides-plugin.ts';

// The site (src/vite/site.ts): `vite build` makes the original's deck here, then every other page of the recap.
export default defineConfig(
  siteConfig({
    root: import.meta.dirname,
    ...deckLocation(import.meta.dirname, process.env),
    ...showingOf(process.env),
    site: true,
    pages: ['deck'],
  }),
);
