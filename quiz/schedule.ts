/**
 * Spaced repetition: each item is a ts-fsrs card. A wrong item is Again; a right one takes the grade the learner
 * gave (Again, Hard, Good or Easy, as in Anki), Good when none was given. `now` is always passed in; the scheduler
 * runs with its defaults (no fuzz), so the same answers give the same schedule.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { Deck } from '../src/model/index.ts';
import { checkAnswer, type Answer, type Check, type SelfGrade } from './check.ts';
import { fingerprint, indexDeck, type QuizItem } from './items.ts';

export interface ItemCard {
  /** Of the item's text and release when the card was last reviewed: a mismatch resets the card. */
  fingerprint: string;
  card: Card;
  /** The card before its last review, and the answer that made it: a grade given afterwards redoes that review. */
  before?: Card;
  answer?: string;
}

/** Item id → its card. Items never answered have none. */
export type Cards = Record<string, ItemCard>;

const scheduler = fsrs();

const RATINGS: Record<SelfGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export function gradeOf(right: boolean, grade: SelfGrade = 'good'): Grade {
  return right ? RATINGS[grade] : Rating.Again;
}

/** Names one answer among all: its session, its question and its time. */
export function answerKey(answer: Pick<Answer, 'session' | 'question' | 'at'>): string {
  return `${answer.session}\n${answer.question}\n${answer.at.toISOString()}`;
}

/** A card still valid for the item's current text and release. */
function currentCard(cards: Cards, item: QuizItem): Card | undefined {
  const entry = Object.hasOwn(cards, item.id) ? cards[item.id] : undefined;
  return entry && entry.fingerprint === fingerprint(item) ? entry.card : undefined;
}

/** An item with no valid card: never answered (or answered before its text or release changed). */
export function isNew(cards: Cards, item: QuizItem): boolean {
  return currentCard(cards, item) === undefined;
}

/**
 * The cards after one checked answer, at the answer's time. A distractor left unpicked says little about that
 * item, so only a picked one (a real confusion) reviews its card.
 */
export function reviewCards(deck: Deck, cards: Cards, answer: Answer, check: Check): Cards {
  const index = indexDeck(deck);
  const next: Cards = { ...cards };
  const key = answerKey(answer);
  for (const judgment of check.judgments) {
    const item = index.item(judgment.item);
    if (!item || (judgment.role === 'distractor' && judgment.right)) continue;
    const known = Object.hasOwn(next, item.id) ? next[item.id] : undefined;
    // The same answer reviewed again (a grade given afterwards) starts from the card it first started from.
    const again = known?.answer === key && known.fingerprint === fingerprint(item);
    const card = (again ? known.before : currentCard(next, item)) ?? createEmptyCard<Card>(answer.at);
    // ts-fsrs refuses to review before the last review: an answer recorded late counts as just after it.
    const at = card.last_review && card.last_review > answer.at ? card.last_review : answer.at;
    const reviewed = scheduler.next(card, at, gradeOf(judgment.right, answer.grade)).card;
    next[item.id] = { fingerprint: fingerprint(item), card: reviewed, before: card, answer: key };
  }
  return next;
}

/**
 * The cards after items were missed elsewhere (a live room's quiz, as of `at`): each one reviewed as Again, so
 * that it is due again soon. An item unknown to the deck, or whose card was reviewed at `at` or later (the same
 * misses brought twice, or studied since), is left as it is. Gives the items lapsed.
 */
export function lapseCards(
  deck: Deck,
  cards: Cards,
  items: readonly string[],
  at: Date,
): { cards: Cards; lapsed: string[] } {
  const index = indexDeck(deck);
  const next: Cards = { ...cards };
  const lapsed: string[] = [];
  for (const id of new Set(items)) {
    const item = index.item(id);
    if (!item) continue;
    const card = currentCard(next, item) ?? createEmptyCard<Card>(at);
    if (card.last_review && card.last_review >= at) continue;
    next[item.id] = { fingerprint: fingerprint(item), card: scheduler.next(card, at, Rating.Again).card };
    lapsed.push(item.id);
  }
  return { cards: next, lapsed };
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
 * Where a learner stands on an item: new (never answered), learning (the latest answer was wrong, or the card
 * has not graduated from its first steps yet), or known (the latest answer was right and the card is in review).
 */
export type ItemState = 'new' | 'learning' | 'known';

export interface ItemStatus {
  state: ItemState;
  /** Whether the latest judgment on the item was right; undefined when it was never judged. */
  lastRight?: boolean;
}

/** Every item's status, from its answers (the latest judgment counts) and its card. */
export function itemStatuses(
  deck: Deck,
  progress: { answers: readonly Answer[]; cards: Cards },
): Map<string, ItemStatus> {
  const index = indexDeck(deck);
  const latest = latestJudgments(deck, progress.answers);
  return new Map(
    index.items.map((item) => {
      const card = currentCard(progress.cards, item);
      const lastRight = latest.get(item.id);
      const state: ItemState =
        card === undefined && lastRight === undefined
          ? 'new'
          : lastRight !== false && card?.state === State.Review
            ? 'known'
            : 'learning';
      return [item.id, { state, lastRight }];
    }),
  );
}

/**
 * Item id → whether its latest judgment was right, over these answers. A distractor left unpicked says nothing
 * about its item, so it does not count.
 */
export function latestJudgments(deck: Deck, answers: readonly Answer[]): Map<string, boolean> {
  const latest = new Map<string, { at: number; right: boolean }>();
  for (const answer of answers) {
    const at = answer.at.getTime();
    for (const judgment of checkAnswer(deck, answer).judgments) {
      if (judgment.role === 'distractor' && judgment.right) continue;
      const known = latest.get(judgment.item);
      if (!known || at >= known.at) latest.set(judgment.item, { at, right: judgment.right });
    }
  }
  return new Map([...latest].map(([item, { right }]) => [item, right]));
}
