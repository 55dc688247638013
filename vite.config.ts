import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { deckLocation } from './src/model/fs.ts';
import { cspPlugin } from './src/vite/csp.ts';
import { pruneRevealCss } from './src/vite/reveal-css.ts';
import { showingOf, slidesPlugin } from './src/vite/slides-plugin.ts';

const page = (file: string) => resolve(import.meta.dirname, file);

export default defineConfig({
  // Relative asset URLs: dist/ works from any static host, under any sub-path.
  base: './',
  plugins: [
    svelte(),
    slidesPlugin({ ...deckLocation(import.meta.dirname, process.env), ...showingOf(process.env) }),
    cspPlugin(),
  ],
  build: { target: 'es2022', assetsInlineLimit: 0, modulePreload: false },
  css: { postcss: { plugins: [pruneRevealCss()] } },
  // The pages are built apart, one after the other into the same folder: no page's first load carries code
  // (Svelte's runtime included) that only another one uses.
  environments: {
    client: {
      build: {
        rolldownOptions: {
          input: { deck: page('index.html') },
          output: {
            codeSplitting: {
              groups: [
                // Vite's helper for dynamic imports, which the page's entry uses too: not in the deck's chunk, which
                // the entry imports only once the first slide has painted.
                { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 1 },
                // Everything the deck's boot imports, in one chunk that loads with the page.
                { name: 'boot', test: /[\\/]src[\\/]deck[\\/]boot\.ts$/ },
              ],
            },
          },
        },
      },
    },
    study: {
      consumer: 'client',
      build: { emptyOutDir: false, copyPublicDir: false, rolldownOptions: { input: { study: page('study.html') } } },
    },
    // The phones' page of the live room.
    join: {
      consumer: 'client',
      build: { emptyOutDir: false, copyPublicDir: false, rolldownOptions: { input: { join: page('join.html') } } },
    },
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client);
      await builder.build(builder.environments.study);
      await builder.build(builder.environments.join);
    },
  },
});
