/**
 * The slides of a view that the prerendered page does not show (some talks, the quiz switched on or off, the
 * handout, printed notes), rendered in the page from the deck's data, which only such a view loads.
 */
import { mount } from 'svelte';
import deck, { roomQuiz } from 'virtual:deck';
import { selectRoomQuiz } from '../../quiz/room.ts';
import { withNotes } from '../model/notes.ts';
import SlidesFrame from './SlidesFrame.svelte';
import { summarize, type DeckSummary } from './summary.ts';
import { quizSlidesOn, selectTalks, type ViewOptions } from './view.ts';

/** Renders the view's slides into `target`, in place of what it holds; returns their frame and the deck's summary. */
export async function renderSlides(
  target: HTMLElement,
  view: ViewOptions,
): Promise<{ frame: HTMLElement; summary: DeckSummary }> {
  // The handout's code (and the quiz engine it uses) loads only when a handout is asked for.
  const handout = view.handout ? (await import('./handout.ts')).buildHandout(deck) : undefined;
  const shown = selectTalks(deck, view.talks);
  // The build plans the room quiz once, for the whole deck: a selection of talks keeps their questions.
  const quiz = quizSlidesOn(deck, view) ? selectRoomQuiz(roomQuiz, view.talks) : undefined;
  // Printed notes (reveal's showNotes) are in the slides from the start; the speaker view adds them on demand.
  const slides = view.showNotes ? withNotes(shown, (await import('virtual:deck-notes')).default) : shown;
  target.replaceChildren();
  mount(SlidesFrame, { target, props: { deck: slides, handout, quiz } });
  return { frame: target.querySelector<HTMLElement>(':scope > .reveal')!, summary: summarize(deck, quiz) };
}
