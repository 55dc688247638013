/**
 * The room's measured recall per release, from everyone's answers to the revealed questions: for each release,
 * questions asked, answers given and right ones. One computation for the results file (the server) and the
 * score slide (the deck, from the counts it is sent). Pure.
 */
import { tallyOf } from '../../quiz/tally.ts';

/** A revealed question, as both sides know it: its release, its right choice and the count of each choice. */
export interface CountedQuestion {
  release: string;
  right: string;
  choices: readonly { id: string; count: number }[];
}

export interface ReleaseTotal {
  release: string;
  /** Questions revealed. */
  asked: number;
  answers: number;
  correct: number;
  /** correct / answers as a whole percent (the quiz's one score); undefined when nobody answered. */
  percent?: number;
}

/** Per release, in the order given; releases with no revealed question are left out. */
export function releaseTotals(questions: readonly CountedQuestion[], releaseOrder: readonly string[]): ReleaseTotal[] {
  return releaseOrder.flatMap((release) => {
    const mine = questions.filter((question) => question.release === release);
    if (mine.length === 0) return [];
    let answers = 0;
    let correct = 0;
    for (const question of mine) {
      for (const choice of question.choices) {
        answers += choice.count;
        if (choice.id === question.right) correct += choice.count;
      }
    }
    return [
      {
        release,
        asked: mine.length,
        answers,
        correct,
        ...(answers > 0 ? { percent: tallyOf(correct, answers).percent } : {}),
      },
    ];
  });
}
