/** Loaded by the slides plugin in an SSR pass at build time: the deck's markup for index.html. */
import { render } from 'svelte/server';
import deck from 'virtual:deck';
import Deck from '../deck/Deck.svelte';

export function renderDeck(): string {
  return render(Deck, { props: { deck } }).body;
}
