/**
 * Brings the slides' live parts to life (see ../live.ts): each element marked `data-live` gets its part mounted,
 * on whatever slides are in the frame, prerendered or rendered for the view. The cleanup takes them down.
 */
import type { AskedRoomQuiz } from '../../../quiz/room.ts';
import type { Vocabulary } from '../../model/vocabulary.ts';
import { addressedSlide } from '../../model/addresses.ts';
import type { DeckWords } from '../../locale/index.ts';
import { LIVE, type LivePart } from '../live.ts';
import type { RoomTallyState } from '../room.svelte.ts';
import RoomScore from '../RoomScore.svelte';
import TallyButtons from '../TallyButtons.svelte';
import { mountIn, type Cleanup, type Controller } from './controller.ts';

/** What the live parts work with: the deck's running state. */
export interface LiveContext {
  tally: RoomTallyState;
  labels: DeckWords;
  /** Names and roles of the releases. */
  vocabulary: Vocabulary;
  /** The room quiz the slides ask, if any. */
  quiz?: AskedRoomQuiz;
}

/** How each part comes to life in the element that holds it; undefined when it has nothing to do on this page. */
const PARTS: Record<LivePart, (host: HTMLElement, context: LiveContext) => Cleanup | undefined> = {
  [LIVE.tally]: (host, { tally, labels }) => {
    const question = host.dataset.question;
    // The print view shows no buttons.
    if (!tally.interactive || !question) return undefined;
    return mountIn(host, TallyButtons, { question, tally, labels });
  },
  [LIVE.score]: (host, { tally, labels, vocabulary, quiz }) => {
    if (!quiz) return undefined;
    // The markup's table (no verdict yet) gives way to the same table, kept up to date with the tally.
    host.replaceChildren();
    return mountIn(host, RoomScore, { quiz, vocabulary, labels, tally });
  },
};

const isLivePart = (name: string | undefined): name is LivePart => name !== undefined && Object.hasOwn(PARTS, name);

/**
 * Whether a part shows as soon as its slide does: not under a fragment, which stays hidden until a key press
 * shows it (as the tally buttons under a quiz answer do).
 */
export function showsWithItsSlide(host: Element): boolean {
  return host.closest('.fragment') === null;
}

/** The slide that the page opens on, read from its address as reveal.js reads it; none: the first slide. */
export function openingSlide(frame: ParentNode, hash: string): Element | undefined {
  const address = addressedSlide(hash);
  if (address === undefined) return undefined;
  if ('indices' in address) {
    const [h, v] = address.indices;
    const stack = frame.querySelectorAll(':scope .slides > section')[Number(h || 0)];
    return stack?.querySelectorAll(':scope > section')[Number(v) || 0] ?? stack;
  }
  return [...frame.querySelectorAll('section[id]')].find((slide) => slide.id === address.id);
}

/** `which`: the parts to bring to life, by the element that holds them (all by default). */
export function liveParts(context: LiveContext, which: (host: HTMLElement) => boolean = () => true): Controller {
  return ({ element }) => {
    const hosts = [...element.querySelectorAll<HTMLElement>('[data-live]')].filter(which);
    const cleanups = hosts.flatMap((host) => {
      const part = host.dataset.live;
      const cleanup = isLivePart(part) ? PARTS[part](host, context) : undefined;
      return cleanup ? [cleanup] : [];
    });
    return () => {
      for (const cleanup of cleanups.reverse()) cleanup();
    };
  };
}
