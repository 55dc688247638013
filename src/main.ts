import { mount } from 'svelte';
import deck, { roomQuiz } from 'virtual:deck';
import Deck from './deck/Deck.svelte';
import { guardMessages } from './deck/message-guard.ts';
import { selectRoomQuiz } from '../quiz/room.ts';
import { withNotes } from './model/notes.ts';
import { quizSlidesOn, resolveViewOptions, selectTalks } from './deck/view.ts';

// Before reveal.js listens to window messages: only the deck's own windows may drive it.
guardMessages(window);

const view = resolveViewOptions(location.search);
// The handout's code (and the quiz engine it uses) loads only when a handout is asked for.
const handout = view.handout ? (await import('./deck/handout.ts')).buildHandout(deck) : undefined;

const shown = selectTalks(deck, view.talks);
// The build plans the room quiz once, for the whole deck: a selection of talks keeps their questions.
const plannedQuiz = selectRoomQuiz(roomQuiz, view.talks);
// Speaker notes are loaded on demand; printed notes (reveal's showNotes) need them from the start.
const withPrintedNotes = view.showNotes ? withNotes(shown, (await import('virtual:deck-notes')).default) : shown;

const target = document.getElementById('app')!;
// The build prerenders the first slide into index.html so that it paints before this script
// runs; the deck replaces it in the same task, so no blank frame shows in between.
target.replaceChildren();
mount(Deck, {
  target,
  props: {
    deck: withPrintedNotes,
    handout,
    view,
    roomQuiz: quizSlidesOn(deck, view) ? plannedQuiz : undefined,
  },
});
