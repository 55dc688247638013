/** The room quiz's keys: Y and X give the verdict on the answer last shown on the slide, R clears the tally. */
import type { Verdict } from '../../../quiz/room.ts';
import type { DeckWords } from '../../locale/index.ts';
import type { RoomTallyState } from '../room.svelte.ts';
import type { Controller, DeckHandle } from './controller.ts';
import { keyBindings, TALLY_KEYS } from './keys.ts';

/** The verdict on the last answer shown on the current slide; a notice says why when there is none. */
function tallyCurrentSlide({ reveal }: DeckHandle, tally: RoomTallyState, verdict: Verdict) {
  const slide = reveal.getCurrentSlide();
  if (!slide?.hasAttribute('data-room-quiz')) return tally.say({ kind: 'no-question' });
  const shown = slide.querySelectorAll<HTMLElement>('.room-answer.visible[data-question]');
  if (shown.length === 0) return tally.say({ kind: 'reveal-first' });
  tally.record(shown[shown.length - 1].dataset.question!, verdict);
}

export function tallyKeys(tally: RoomTallyState, labels: DeckWords): Controller {
  return keyBindings([
    { key: TALLY_KEYS.right, description: labels.keys.right, run: (deck) => tallyCurrentSlide(deck, tally, 'right') },
    { key: TALLY_KEYS.wrong, description: labels.keys.wrong, run: (deck) => tallyCurrentSlide(deck, tally, 'wrong') },
    { key: TALLY_KEYS.clear, description: labels.keys.clear, run: () => tally.clear() },
  ]);
}
