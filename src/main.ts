import { mount } from 'svelte';
import deck from 'virtual:deck';
import Deck from './deck/Deck.svelte';
import { labelsFor } from './deck/labels.ts';
import { resolveViewOptions, selectTalks } from './deck/view.ts';

const view = resolveViewOptions(location.search);
// The handout's code (and the quiz engine it uses) loads only when a handout is asked for.
const handout = view.handout
  ? (await import('./deck/handout.ts')).buildHandout(deck, labelsFor(deck.language).backlog)
  : undefined;

const target = document.getElementById('app')!;
// The build prerenders the first slide into index.html so that it paints before this script
// runs; the deck replaces it in the same task, so no blank frame shows in between.
target.replaceChildren();
mount(Deck, { target, props: { deck: selectTalks(deck, view.talks), handout, linkBase: view.linkBase } });
