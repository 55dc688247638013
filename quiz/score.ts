/**
 * The one score, used everywhere (running score, results, trend, per release/project/talk, the room's score):
 * every question is worth one point per item it asks about, and earns for each item what the answer got right:
 * a choice question 1 or 0, a sort 1 per card placed right, a recall 1 per item named, a multi-select 1 per goal
 * ticked less 1 per wrong tick (never below 0; an unticked distractor earns nothing). A score is the points
 * earned over the points asked. Sums only, so the same answers in any order give the same score.
 */
import { BACKLOG } from '../src/model/constants.ts';
import type { Deck } from '../src/model/index.ts';
import { checkAnswer, type Answer, type Check } from './check.ts';
import { indexDeck } from './items.ts';
import { releaseAllowed, type Scope } from './scope.ts';
import { tallyOf, type Tally } from './tally.ts';

export { tallyOf, type Tally };

/** Release questions (which release, sort, which of these, multi-select): an item of `expected` given as `given`. */
export interface ConfusionCell {
  expected: string;
  given: string;
  count: number;
  /** The expected release is outside the scope studied (a distractor drawn from elsewhere). */
  outside: boolean;
}

export interface Score {
  total: Tally;
  /** By release id (BACKLOG included), in time order; only those asked about. */
  releases: Record<string, Tally>;
  /** By project id, in deck order; only those asked about. */
  projects: Record<string, Tally>;
  /** By talk id, in deck order; only those asked about. */
  talks: Record<string, Tally>;
  /** Every non-empty cell, the diagonal (right answers) included, in time order. */
  confusion: ConfusionCell[];
}

/** What one checked answer earns, per item asked about (each from 0 to 1). */
export function itemCredits(check: Check): Map<string, number> {
  const targets = check.judgments.filter((judgment) => judgment.role === 'target');
  if (check.kind !== 'which-items') {
    return new Map(targets.map((judgment) => [judgment.item, judgment.right ? 1 : 0]));
  }
  // Right ticks less wrong ticks, shared among the goals ticked.
  const ticked = targets.filter((judgment) => judgment.right).length;
  const wrong = check.judgments.filter((judgment) => judgment.role === 'distractor' && !judgment.right).length;
  const each = ticked > 0 ? Math.max(0, ticked - wrong) / ticked : 0;
  return new Map(targets.map((judgment) => [judgment.item, judgment.right ? each : 0]));
}

/** The points of one checked answer. */
export function creditOf(check: Check): Tally {
  const credits = [...itemCredits(check).values()];
  return tallyOf(
    credits.reduce((sum, credit) => sum + credit, 0),
    credits.length,
  );
}

export function scoreAnswers(deck: Deck, answers: readonly Answer[], scope: Scope = {}): Score {
  const index = indexDeck(deck);
  const points = new Map<string, { earned: number; asked: number }>();
  const confusion = new Map<string, ConfusionCell>();
  const add = (key: string, earned: number) => {
    const entry = points.get(key) ?? { earned: 0, asked: 0 };
    points.set(key, { earned: entry.earned + earned, asked: entry.asked + 1 });
  };
  for (const answer of answers) {
    const check = checkAnswer(deck, answer);
    for (const [id, credit] of itemCredits(check)) {
      const item = index.item(id);
      if (!item) continue;
      add('total', credit);
      if (item.release !== undefined) add(`release:${item.release}`, credit);
      add(`project:${item.project}`, credit);
      add(`talk:${item.talk}`, credit);
    }
    if (check.kind === 'which-project' || check.kind === 'recall') continue;
    for (const { expected, given } of check.judgments) {
      if (!expected || !given) continue;
      const key = `${expected}\n${given}`;
      const cell = confusion.get(key) ?? { expected, given, count: 0, outside: !releaseAllowed(scope, expected) };
      confusion.set(key, { ...cell, count: cell.count + 1 });
    }
  }

  const tally = (key: string) => {
    const entry = points.get(key);
    return entry && tallyOf(entry.earned, entry.asked);
  };
  const byKey = (prefix: string, keys: readonly string[]) =>
    Object.fromEntries(
      keys.flatMap((key) => (points.has(`${prefix}:${key}`) ? [[key, tally(`${prefix}:${key}`)!]] : [])),
    );
  const rank = (release: string) => index.releaseRank(release);
  return {
    total: tally('total') ?? tallyOf(0, 0),
    releases: byKey('release', [...deck.releases.map((release) => release.id), BACKLOG]),
    projects: byKey(
      'project',
      deck.projects.map((project) => project.id),
    ),
    talks: byKey(
      'talk',
      deck.talks.map((talk) => talk.id),
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
