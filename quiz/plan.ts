/**
 * Planning a session: which questions, in which order. The deck's questions are built once for the scope, then
 * chosen so that a session spaces its facts:
 * - no item appears in two questions of a session, nor an item that reads the same (nothing a feedback showed is
 *   asked again, and no choice can be ruled out by an earlier answer);
 * - questions spread across the projects, talks and kinds of the scope before coming back to one;
 * - a question that would use up more than half of the scope's items left waits while others can be asked, so
 *   that a session of N questions asks N when the scope allows.
 */
import type { Deck } from '../src/model/index.ts';
import { indexDeck } from './items.ts';
import { normalizeAnswer } from './normalize.ts';
import { newSession, scopeQuestions, type Question, type QuestionKind, type Quiz } from './questions.ts';
import { Random } from './random.ts';
import { dueItems, isNew, type Cards } from './schedule.ts';
import { inScope, normalizeScope, type Scope } from './scope.ts';

export interface PlanOptions {
  /** What to study (default: everything). */
  scope?: Scope;
  /** Decides choices, distractors and order; used as an unsigned 32-bit integer. */
  seed: number;
  /** When the session starts (names the session; quiz/ never reads the clock). */
  now: Date;
  /** At most this many questions (default: as many as the scope allows; a review: 20). */
  limit?: number;
  /** Only these kinds (default: all). */
  kinds?: readonly QuestionKind[];
}

export const DEFAULT_REVIEW_LIMIT = 20;

/** A quick quiz over the scope: the same seed gives the same questions, choices and order. */
export function generateQuiz(deck: Deck, options: PlanOptions): Quiz {
  const seed = options.seed >>> 0;
  const scope = normalizeScope(options.scope);
  const pool = new Random(seed).shuffle(candidates(deck, scope, seed, options.kinds));
  const chosen = new Choice(deck);
  const index = indexDeck(deck);
  const inView = index.items.filter((item) => inScope(item, scope)).map((item) => item.id);
  while (options.limit === undefined || chosen.questions.length < options.limit) {
    const left = inView.filter((item) => !chosen.showed(item)).length;
    const next = chosen.best(
      pool.filter((question) => chosen.fits(question)),
      left,
    );
    if (!next) break;
    chosen.add(next);
  }
  return { session: newSession('quiz', seed, options.now, scope), questions: chosen.questions };
}

/**
 * A review session: the scope's due items first (most overdue first), then new items in seeded order; each item
 * asked by a question of any kind the scope allows whose other items are due or new too.
 */
export function planReview(deck: Deck, progress: { cards: Cards }, options: PlanOptions): Quiz {
  const seed = options.seed >>> 0;
  const scope = normalizeScope(options.scope);
  const index = indexDeck(deck);
  const kept = (id: string) => inScope(index.item(id)!, scope);
  const due = dueItems(deck, progress, options.now).filter(kept);
  const fresh = new Random(seed).shuffle(
    index.items.filter((item) => inScope(item, scope) && isNew(progress.cards, item)).map((item) => item.id),
  );
  const questions = cover(deck, [...due, ...fresh], scope, seed, options);
  return { session: newSession('review', seed, options.now, scope), questions };
}

/** A review of chosen items (e.g. those just missed), in the order given; items the deck no longer has are skipped. */
export function quizForItems(deck: Deck, items: readonly string[], options: PlanOptions): Quiz {
  const seed = options.seed >>> 0;
  const scope = normalizeScope(options.scope);
  const index = indexDeck(deck);
  const known = [...new Set(items)].filter((id) => index.item(id) && inScope(index.item(id)!, scope));
  const questions = cover(deck, known, scope, seed, { ...options, limit: options.limit ?? known.length });
  return { session: newSession('review', seed, options.now, scope), questions };
}

/** How many questions a quick quiz over the scope can ask at most. */
export function availableQuestions(deck: Deck, scope: Scope = {}): number {
  return generateQuiz(deck, { scope, seed: 0, now: new Date(0) }).questions.length;
}

function candidates(deck: Deck, scope: Scope, seed: number, kinds?: readonly QuestionKind[]): Question[] {
  return scopeQuestions(deck, scope, seed).filter((question) => !kinds || kinds.includes(question.kind));
}

/** Questions that ask about the focus items, in their order, each item once, only about focus items. */
function cover(deck: Deck, focus: readonly string[], scope: Scope, seed: number, options: PlanOptions): Question[] {
  const wanted = new Set(focus);
  const pool = candidates(deck, scope, seed, options.kinds).filter((question) =>
    question.targets.every((target) => wanted.has(target)),
  );
  const chosen = new Choice(deck);
  const limit = options.limit ?? DEFAULT_REVIEW_LIMIT;
  for (const item of focus) {
    if (chosen.questions.length >= limit) break;
    if (chosen.showed(item)) continue;
    const fitting = pool.filter((question) => question.targets.includes(item) && chosen.fits(question));
    // A wrong choice that is another item to review would keep that item from being asked: avoid it if possible.
    const sparing = fitting.filter((question) =>
      question.items.every((shown) => question.targets.includes(shown) || !wanted.has(shown) || chosen.showed(shown)),
    );
    const options = sparing.length > 0 ? sparing : fitting;
    if (options.length === 0) continue;
    // Mix the kinds: the kind asked least so far, then one of its questions by the seed.
    const fewest = Math.min(...options.map((question) => chosen.kindCount(question.kind)));
    const least = options.filter((question) => chosen.kindCount(question.kind) === fewest);
    chosen.add(Random.for(seed, item).shuffle(least)[0]);
  }
  return chosen.questions;
}

/** The questions chosen so far, and what they used up. */
class Choice {
  readonly questions: Question[] = [];
  /** The words of every item shown by a chosen question (two items that read the same are one fact). */
  private readonly shown = new Set<string>();
  private readonly uses = new Map<string, number>();

  constructor(private readonly deck: Deck) {}

  private words(item: string): string {
    return normalizeAnswer(indexDeck(this.deck).item(item)?.text ?? item);
  }

  /** Whether a chosen question showed the item (or one that reads the same). */
  showed(item: string): boolean {
    return this.shown.has(this.words(item));
  }

  /** Whether the question shows nothing an earlier one showed. */
  fits(question: Question): boolean {
    return !this.questions.includes(question) && question.items.every((item) => !this.showed(item));
  }

  add(question: Question): void {
    this.questions.push(question);
    for (const item of question.items) this.shown.add(this.words(item));
    for (const key of keys(question)) this.uses.set(key, (this.uses.get(key) ?? 0) + 1);
  }

  kindCount(kind: QuestionKind): number {
    return this.uses.get(`kind:${kind}`) ?? 0;
  }

  /**
   * The first question (in pool order) that does not use up more than half of the `left` items of the scope,
   * then whose projects, talks and kind were asked least.
   */
  best(pool: readonly Question[], left = Infinity): Question | undefined {
    let best: Question | undefined;
    let bestCost: number[] = [];
    for (const question of pool) {
      const greedy = question.targets.length > 1 && question.targets.length > left / 2 ? 1 : 0;
      const cost = [
        greedy,
        ...['project', 'talk', 'kind'].map((what) =>
          Math.max(0, ...keys(question, what).map((key) => this.uses.get(key) ?? 0)),
        ),
      ];
      if (!best || compare(cost, bestCost) < 0) {
        best = question;
        bestCost = cost;
      }
    }
    return best;
  }
}

function keys(question: Question, only?: string): string[] {
  const all = [
    ...question.projects.map((project) => `project:${project}`),
    ...question.talks.map((talk) => `talk:${talk}`),
    `kind:${question.kind}`,
  ];
  return only ? all.filter((key) => key.startsWith(`${only}:`)) : all;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let position = 0; position < a.length; position++) {
    if (a[position] !== b[position]) return a[position] - b[position];
  }
  return 0;
}
