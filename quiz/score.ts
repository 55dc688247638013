/**
 * Scores derived from recorded answers only. An item counts as recalled when every judgment on it in the
 * given answers is right: an AND and sums, so the same answers in any order give the same score.
 */
import { BACKLOG } from '../src/model/constants.ts';
import type { Deck } from '../src/model/index.ts';
import { checkAnswer, type Answer } from './check.ts';
import { indexDeck } from './items.ts';

export interface Tally {
  /** Distinct items judged at least once. */
  asked: number;
  /** Of those, items never judged wrong. */
  recalled: number;
  /** recalled / asked, rounded to a whole percent; 0 when nothing was asked. */
  percent: number;
}

/** Release questions (which release, sort): how often an item of `expected` was put under `given`. */
export interface ConfusionCell {
  expected: string;
  given: string;
  count: number;
}

export interface Score {
  total: Tally;
  /** By release id (BACKLOG included), in time order; items dated by `when` only are in no release. */
  releases: Record<string, Tally>;
  /** By project id, in deck order. */
  projects: Record<string, Tally>;
  /** By talk id, in deck order. */
  talks: Record<string, Tally>;
  /** Every non-empty cell, the diagonal (right answers) included, in time order. */
  confusion: ConfusionCell[];
}

export function scoreAnswers(deck: Deck, answers: readonly Answer[]): Score {
  const index = indexDeck(deck);
  const recalled = new Map<string, boolean>();
  const confusion = new Map<string, ConfusionCell>();
  for (const answer of answers) {
    const check = checkAnswer(deck, answer);
    for (const judgment of check.judgments) {
      recalled.set(judgment.item, (recalled.get(judgment.item) ?? true) && judgment.right);
      const { expected, given } = judgment;
      if ((check.kind === 'which-release' || check.kind === 'sort') && expected && given) {
        const key = `${expected}\n${given}`;
        const cell = confusion.get(key) ?? { expected, given, count: 0 };
        confusion.set(key, { ...cell, count: cell.count + 1 });
      }
    }
  }

  const tally = (ids: readonly string[]): Tally => {
    const asked = ids.filter((id) => recalled.has(id));
    const right = asked.filter((id) => recalled.get(id)).length;
    return {
      asked: asked.length,
      recalled: right,
      percent: asked.length ? Math.round((100 * right) / asked.length) : 0,
    };
  };
  const itemsWhere = (keep: (item: (typeof index.items)[number]) => boolean) =>
    index.items.filter(keep).map((item) => item.id);
  const byKey = (keys: readonly string[], field: 'release' | 'project' | 'talk') =>
    Object.fromEntries(
      keys
        .filter((key) => index.items.some((item) => item[field] === key))
        .map((key) => [key, tally(itemsWhere((item) => item[field] === key))]),
    );

  const rank = (release: string) => index.releaseRank(release);
  return {
    total: tally(itemsWhere(() => true)),
    releases: byKey([...deck.releases.map((release) => release.id), BACKLOG], 'release'),
    projects: byKey(
      deck.projects.map((project) => project.id),
      'project',
    ),
    talks: byKey(
      deck.talks.map((talk) => talk.id),
      'talk',
    ),
    confusion: [...confusion.values()].sort(
      (a, b) =>
        rank(a.expected) - rank(b.expected) ||
        rank(a.given) - rank(b.given) ||
        byText(a.expected, b.expected) ||
        byText(a.given, b.given),
    ),
  };
}

/** Code-point order: stable whatever the locale. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "3 éléments Queens placés sous Pike", for a confusion cell. */
export function describeConfusion(deck: Deck, cell: ConfusionCell): string {
  const index = indexDeck(deck);
  return index.text.confusion(cell.count, index.releaseName(cell.expected), index.releaseName(cell.given));
}
