/**
 * What the running deck needs besides its slides. The slides are markup, prerendered into index.html for the
 * default view (or rendered for another view); the engine, the room's tally and the slides' live parts need only
 * these few facts, which the build writes into `virtual:deck-summary`: the first load carries no other deck data.
 */
import type { Deck, Release } from '../model/index.ts';
import { vocabularyOf, type Vocabulary } from '../model/vocabulary.ts';
import { askedOnly, type AskedRoomQuiz, type RoomQuiz } from '../../quiz/room.ts';

export interface DeckSummary {
  /** Names the room's tally in storage. */
  slug: string;
  language: string;
  /** The releases, which the room's score names. */
  releases: Release[];
  /** The recap's editions (the language switch links to the others), none for a deck alone. */
  editions?: Deck['editions'];
  /** The room quiz that the slides ask, or none for a plain presentation. */
  quiz?: AskedRoomQuiz;
}

export function summarize(
  deck: Pick<Deck, 'slug' | 'language' | 'releases' | 'editions'>,
  quiz?: RoomQuiz,
): DeckSummary {
  return {
    slug: deck.slug,
    language: deck.language,
    releases: deck.releases,
    ...(deck.editions ? { editions: deck.editions } : {}),
    // The slides' markup has the prompts, choices and answers: the running deck keeps only what it counts.
    ...(quiz ? { quiz: askedOnly(quiz) } : {}),
  };
}

/** The vocabulary of the summary's releases (the backlog included): names and roles for the room's score. */
export function releaseVocabulary(summary: DeckSummary): Vocabulary {
  return vocabularyOf({ language: summary.language, releases: summary.releases, projects: [], talks: [] });
}
