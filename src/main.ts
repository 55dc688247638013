import { hydrate, mount } from 'svelte';
import deck from 'virtual:deck';
import Deck from './deck/Deck.svelte';

const target = document.getElementById('app')!;
// The build prerenders the slides into index.html so the first one paints before this script runs.
const start = target.firstElementChild ? hydrate : mount;
start(Deck, { target, props: { deck } });
