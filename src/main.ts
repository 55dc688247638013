import { mount } from 'svelte';
import deck from 'virtual:deck';
import Deck from './deck/Deck.svelte';

const target = document.getElementById('app')!;
// The build prerenders the first slide into index.html so that it paints before this script
// runs; the deck replaces it in the same task, so no blank frame shows in between.
target.replaceChildren();
mount(Deck, { target, props: { deck } });
