import type { Deck } from '../model/index.ts';

/**
 * What the page shows, from its URL. Our own parameters, named apart from reveal.js options
 * (reveal.js reads every query parameter as one of its options):
 * - `talk=<id>` (repeatable): only those talks, after the title slide;
 * - `handout`: an appendix after the closing slide, with the roadmap of every project and the quiz key;
 * - `link-base=<url>`: where the deck is published, so that a PDF's links to the study page work;
 * - `quiz=off` (or `on`): without (or with) the quiz slides for the room, whatever deck.yaml's `quizSlides` says.
 */
export interface ViewOptions {
  talks: string[];
  handout: boolean;
  linkBase?: string;
  /** From `quiz=on|off` (also true/false, yes/no, 1/0); undefined when absent or unreadable. */
  quiz?: boolean;
}

const SWITCH = new Map([
  ...['on', 'true', 'yes', '1'].map((word) => [word, true] as const),
  ...['off', 'false', 'no', '0'].map((word) => [word, false] as const),
]);

export function resolveViewOptions(search: string): ViewOptions {
  const params = new URLSearchParams(search);
  return {
    talks: params
      .getAll('talk')
      .flatMap((value) => value.split(','))
      .filter(Boolean),
    handout: params.has('handout'),
    linkBase: params.get('link-base') ?? undefined,
    quiz: SWITCH.get((params.get('quiz') ?? '').trim().toLowerCase()),
  };
}

/** Whether the deck shows the quiz slides for the room: the URL's `quiz` switch, else deck.yaml's `quizSlides` (on by default). */
export function quizSlidesOn(deck: Pick<Deck, 'quizSlides'>, view: Pick<ViewOptions, 'quiz'>): boolean {
  return view.quiz ?? deck.quizSlides ?? true;
}

/**
 * A load by reveal.js's speaker view (its two preview frames add `receiver` to the URL, and reveal.js itself
 * tells them apart by this test): such a page shows the deck but never records the room's answers.
 */
export function isSpeakerViewFrame(search: string): boolean {
  return /receiver/i.test(search);
}

/** The deck with only the talks asked for (all when none is), in deck order; unknown ids are ignored. */
export function selectTalks(deck: Deck, ids: readonly string[]): Deck {
  if (ids.length === 0) return deck;
  return { ...deck, talks: deck.talks.filter((talk) => ids.includes(talk.id)) };
}
