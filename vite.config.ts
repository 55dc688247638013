import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { deckLocation } from './src/model/fs.ts';
import { cspPlugin } from './src/vite/csp.ts';
import { showingOf, slidesPlugin } from './src/vite/slides-plugin.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works from any static host, under any sub-path.
  base: './',
  plugins: [
    svelte(),
    slidesPlugin({ ...deckLocation(import.meta.dirname, process.env), ...showingOf(process.env) }),
    cspPlugin(),
  ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        deck: resolve(import.meta.dirname, 'index.html'),
        study: resolve(import.meta.dirname, 'study.html'),
        join: resolve(import.meta.dirname, 'join.html'),
      },
    },
  },
});
