/** Mounts a Svelte 5 component into document.body for a test, and the fixture deck the tests share. */
import path from 'node:path';
import { flushSync, mount, unmount, type Component } from 'svelte';
import { afterEach } from 'vitest';
import { planRoomQuiz } from '../../quiz/room-plan.ts';
import { wordRoomQuiz, type ShownRoomQuiz } from '../../src/deck/room-quiz.ts';
import { quizWords } from '../../src/locale/index.ts';
import { loadDeck } from '../../src/model/fs.ts';
import type { Deck, Talk } from '../../src/model/index.ts';

const mounted: (() => void)[] = [];

afterEach(() => {
  for (const destroy of mounted.splice(0)) destroy();
});

/** `context`: what the component's ancestors would provide (Svelte's context map). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the props type of any component
export function render<Props extends Record<string, any>>(
  component: Component<Props>,
  props: Props,
  context?: Map<unknown, unknown>,
): HTMLElement {
  const target = document.body.appendChild(document.createElement('div'));
  const instance = mount(component, { target, props, context });
  flushSync();
  mounted.push(() => {
    void unmount(instance);
    target.remove();
  });
  return target;
}

/** test/fixtures/slides/mini-summit, in English: widget-update (everything) and gadget-evening (bare). */
/** The room quiz as the build gives it to the deck: planned from the deck, worded in its language. */
export function roomQuizOf(deck: Deck): ShownRoomQuiz {
  return wordRoomQuiz(planRoomQuiz(deck), quizWords(deck.language));
}

export function miniDeck(): Deck {
  return loadDeck(process.cwd(), path.resolve('test/fixtures/slides'), 'mini-summit');
}

export function talkOf(deck: Deck, id: string): Talk {
  const talk = deck.talks.find((candidate) => candidate.id === id);
  if (!talk) throw new Error(`no talk ${id} in ${deck.slug}`);
  return talk;
}

/** The text of each element matching the selector, spaces collapsed. */
export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
}
