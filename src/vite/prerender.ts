/**
 * Loaded by the slides plugin in an SSR pass at build time: every slide of the default view, in reveal.js's
 * frame, for index.html. The first slide paints before any script runs, and the page starts reveal.js on this
 * markup instead of rendering the deck again; only the slides' live parts are brought to life there.
 */
import { render } from 'svelte/server';
import deck from 'virtual:deck';
import summary from 'virtual:deck-summary';
import SlidesFrame from '../deck/SlidesFrame.svelte';

/**
 * Svelte's hydration marks (`<!--[-->`, `<!--]-->`, `<!---->`, …): the page never hydrates this markup, so they
 * would only weigh on the download and the DOM.
 */
const HYDRATION_MARK = /<!--[[\]]?!?-?\d*-->/g;

export function renderDeck(): string {
  const { body } = render(SlidesFrame, { props: { deck, quiz: summary.quiz } });
  return body.replace(HYDRATION_MARK, '');
}
