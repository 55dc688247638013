/**
 * Spaced repetition: each item is a ts-fsrs card. Wrong → Again, right → Good, right and sure → Easy.
 * `now` is always passed in; the scheduler runs with its defaults (no fuzz), so the same answers give the
 * same schedule.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { Deck } from '../src/model/index.ts';
import type { Answer, Check } from './check.ts';
import { fingerprint, indexDeck, type QuizItem } from './items.ts';
import { buildQuestion, itemMatches, newSession, type Question, type Quiz, type QuizFilter } from './questions.ts';
import { Random } from './random.ts';

export interface ItemCard {
  /** Of the item's text and release when the card was last reviewed: a mismatch resets the card. */
  fingerprint: string;
  card: Card;
}

/** Item id → its card. Items never answered have none. */
export type Cards = Record<string, ItemCard>;

export interface ReviewOptions {
  /** Orders the new items and draws choices; used as an unsigned 32-bit integer. */
  seed: number;
  /** Cards due at or before this time are drawn first. */
  now: Date;
  /** At most this many questions (default 20). */
  limit?: number;
  /** Only items this filter keeps (default: all). */
  filter?: QuizFilter;
}

const scheduler = fsrs();

export function gradeOf(right: boolean, sure: boolean): Grade {
  if (!right) return Rating.Again;
  return sure ? Rating.Easy : Rating.Good;
}

/** A card still valid for the item's current text and release. */
function currentCard(cards: Cards, item: QuizItem): Card | undefined {
  const entry = Object.hasOwn(cards, item.id) ? cards[item.id] : undefined;
  return entry && entry.fingerprint === fingerprint(item) ? entry.card : undefined;
}

/**
 * The cards after one checked answer, at the answer's time. A distractor left unpicked says little about
 * that item, so only a picked one (a real confusion) reviews its card.
 */
export function reviewCards(deck: Deck, cards: Cards, answer: Answer, check: Check): Cards {
  const index = indexDeck(deck);
  const next: Cards = { ...cards };
  for (const judgment of check.judgments) {
    const item = index.item(judgment.item);
    if (!item || (judgment.role === 'distractor' && judgment.right)) continue;
    const card = currentCard(next, item) ?? createEmptyCard<Card>(answer.at);
    // ts-fsrs refuses to review before the last review: an answer recorded late counts as just after it.
    const at = card.last_review && card.last_review > answer.at ? card.last_review : answer.at;
    const grade = gradeOf(judgment.right, answer.sure);
    next[item.id] = { fingerprint: fingerprint(item), card: scheduler.next(card, at, grade).card };
  }
  return next;
}

/** Items whose card is due at `now`, most overdue first. Items without a valid card are new, not due. */
export function dueItems(deck: Deck, { cards }: { cards: Cards }, now: Date): string[] {
  return indexDeck(deck)
    .items.map((item) => ({ item, card: currentCard(cards, item) }))
    .filter(({ card }) => card !== undefined && card.due.getTime() <= now.getTime())
    .sort((a, b) => a.card!.due.getTime() - b.card!.due.getTime() || (a.item.id < b.item.id ? -1 : 1))
    .map(({ item }) => item.id);
}

/**
 * A review session: one question per item, due cards first, then new items in seeded order. Items reviewed
 * and not yet due again wait.
 */
export function planReview(deck: Deck, progress: { cards: Cards }, options: ReviewOptions): Quiz {
  const { cards } = progress;
  const seed = options.seed >>> 0;
  const index = indexDeck(deck);
  const kept = (item: QuizItem) => !options.filter || itemMatches(item, options.filter);
  const fresh = index.items
    .filter((item) => kept(item) && currentCard(cards, item) === undefined)
    .map((item) => item.id);
  const due = dueItems(deck, progress, options.now).filter((id) => kept(index.item(id)!));
  const order = [...due, ...new Random(seed).shuffle(fresh)];
  const questions: Question[] = [];
  for (const id of order) {
    if (questions.length >= (options.limit ?? 20)) break;
    const question = itemQuestion(deck, id, seed);
    if (question) questions.push(question);
  }
  return { session: newSession('review', seed, options.now), questions };
}

/**
 * A review session over chosen items (e.g. those just missed), one question each, in the order given; items the
 * deck no longer has are skipped.
 */
export function quizForItems(deck: Deck, items: readonly string[], options: { seed: number; now: Date }): Quiz {
  const seed = options.seed >>> 0;
  const questions = [...new Set(items)]
    .map((id) => itemQuestion(deck, id, seed))
    .filter((question): question is Question => question !== undefined);
  return { session: newSession('review', seed, options.now), questions };
}

/** The question that asks about one item alone: its release when it has one, else its project. */
function itemQuestion(deck: Deck, item: string, seed: number): Question | undefined {
  return buildQuestion(deck, `which-release:${item}`, seed) ?? buildQuestion(deck, `which-project:${item}`, seed);
}
