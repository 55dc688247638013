/**
 * Loaded by the slides plugin in an SSR pass at build time: the first slide's markup for
 * index.html, inside reveal.js's frame, so it paints before any script runs. The app then
 * mounts the whole deck in its place.
 */
import { render } from 'svelte/server';
import deck from 'virtual:deck';
import { slideFrameStyle } from '../deck/config.ts';
import TitleSlide from '../deck/TitleSlide.svelte';

export function renderDeck(): string {
  const { body } = render(TitleSlide, { props: { deck } });
  return `<div class="reveal" style="${slideFrameStyle()}"><div class="slides">${body}</div></div>`;
}
