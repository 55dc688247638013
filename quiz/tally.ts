/**
 * The arithmetic of the one score (see score.ts): points earned over points asked, as a percent. Kept apart so
 * that the deck's room score uses it without loading the quiz engine.
 */

export interface Tally {
  /** Points asked: items asked about, once per time asked. */
  asked: number;
  /** Points earned, from 0 to `asked` (a multi-select can earn part of a point per item). */
  earned: number;
  /** earned / asked as a whole percent; 0 when nothing was asked. */
  percent: number;
}

/** A tally from points: the one place a percent is computed. */
export function tallyOf(earned: number, asked: number): Tally {
  // Shares of a point add up in any order to the same sum, give or take the last bits of a float: rounded away.
  const points = Math.round(earned * 1e6) / 1e6;
  return { asked, earned: points, percent: asked > 0 ? Math.round((100 * points) / asked) : 0 };
}
