import type { Deck } from '../model/index.ts';

/**
 * What the page shows, from its URL. Our own parameters, named apart from reveal.js options
 * (reveal.js reads every query parameter as one of its options):
 * - `talk=<id>` (repeatable): only those talks, after the title slide;
 * - `handout`: an appendix after the closing slide, with the roadmap of every project and the quiz key;
 * - `link-base=<url>`: where the deck is published, so that a PDF's links to the study page work.
 */
export interface ViewOptions {
  talks: string[];
  handout: boolean;
  linkBase?: string;
}

export function resolveViewOptions(search: string): ViewOptions {
  const params = new URLSearchParams(search);
  return {
    talks: params
      .getAll('talk')
      .flatMap((value) => value.split(','))
      .filter(Boolean),
    handout: params.has('handout'),
    linkBase: params.get('link-base') ?? undefined,
  };
}

/** The deck with only the talks asked for (all when none is), in deck order; unknown ids are ignored. */
export function selectTalks(deck: Deck, ids: readonly string[]): Deck {
  if (ids.length === 0) return deck;
  return { ...deck, talks: deck.talks.filter((talk) => ids.includes(talk.id)) };
}
