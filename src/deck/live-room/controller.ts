/**
 * Tells the live room what the deck shows, as the presenter moves: a room question (its answer hidden, or shown
 * by its fragment), the room's score, or anything else. Only the page that holds the key is heard by the room.
 */
import { slideIds } from '../../model/addresses.ts';
import type { ShowMessage } from '../../live/protocol.ts';
import type { Controller, DeckHandle } from '../controllers/controller.ts';
import type { LiveRoom } from './room.svelte.ts';

/** What the current slide shows the room. */
export function shownOn(slide: Element | undefined): ShowMessage {
  if (!slide) return { view: 'other' };
  if (slide.id === slideIds.score) return { view: 'score' };
  const question = slide.hasAttribute('data-room-quiz')
    ? slide.querySelector<HTMLElement>('.room-question[data-question]')
    : null;
  if (!question) return { view: 'other' };
  const answer = slide.querySelector('.room-answer');
  return {
    view: 'question',
    question: question.dataset.question!,
    revealed: answer?.classList.contains('visible') ?? false,
  };
}

export function liveRoomController(room: LiveRoom): Controller {
  return ({ reveal }: DeckHandle) => {
    const update = () => room.show(shownOn(reveal.getCurrentSlide()));
    const events = ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden'] as const;
    for (const event of events) reveal.on(event, update);
    if (reveal.isReady()) update();
    return () => {
      for (const event of events) reveal.off(event, update);
    };
  };
}
