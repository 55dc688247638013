/**
 * Loaded by the slides plugin in an SSR pass at build time: every slide of the default view, in reveal.js's
 * frame, for index.html. The first slide paints before any script runs, and the page starts reveal.js on this
 * markup instead of rendering the deck again; only the slides' live parts are brought to life there.
 */
import { render } from 'svelte/server';
import deck, { roomQuiz } from 'virtual:deck';
import SlidesFrame from '../deck/SlidesFrame.svelte';
import { quizSlidesOn } from '../deck/view.ts';

/**
 * Svelte's hydration marks (`<!--[-->`, `<!--]-->`, `<!---->`, …): the page never hydrates this markup, so they
 * would only weigh on the download and the DOM.
 */
const HYDRATION_MARK = /<!--[[\]]?!?-?\d*-->/g;

export function renderDeck(): string {
  // The default view's slides: the room quiz when deck.yaml asks for it (virtual:deck-summary says the same).
  const { body } = render(SlidesFrame, { props: { deck, quiz: quizSlidesOn(deck, {}) ? roomQuiz : undefined } });
  return body.replace(HYDRATION_MARK, '');
}
