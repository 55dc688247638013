/** What the page says after an answer: pure, from the question, its check and the response given. */
import {
  creditOf,
  type Check,
  type Judgment,
  type Question,
  type Response,
  type SingleChoiceQuestion,
} from '../../quiz/index.ts';
import type { StudyText } from './text.ts';

/** The id of the right choice of a single-choice question (a release, a project or an item id). */
export function rightChoice(question: SingleChoiceQuestion, check: Check): string | undefined {
  return question.kind === 'in-release' ? question.item : check.judgments[0]?.expected;
}

/** Whether the learner gave no answer at all ("Je ne sais pas"). */
export function gaveNothing(response: Response): boolean {
  switch (response.kind) {
    case 'which-release':
    case 'which-project':
    case 'in-release':
      return response.choice === '';
    case 'which-items':
      return response.picked.length === 0;
    case 'sort':
      return Object.keys(response.placed).length === 0;
    case 'recall':
      return response.typed.every((typed) => typed.trim() === '');
  }
}

/** The sentences announced right after an answer: the verdict, then the right answer when it is short. */
export function verdict(question: Question, check: Check, response: Response, text: StudyText): string[] {
  const words = text.quiz;
  const nothing = gaveNothing(response);
  if (isSingleChoice(question)) {
    const label = (id: string | undefined) => question.choices.find((choice) => choice.id === id)?.label ?? id ?? '';
    const right = label(rightChoice(question, check));
    if (check.right) return [words.right, words.answerIs(right)];
    if (nothing) return [words.notAnswered, words.answerWas(right)];
    const given = 'choice' in response ? response.choice : undefined;
    return [words.wrong, words.answerIs(right), words.youSaid(label(given))];
  }
  if (check.right) return [words.right];
  if (nothing) return [words.notAnswered];
  const credit = creditOf(check);
  if (credit.earned === 0) return [words.wrong, words.points(0, credit.asked)];
  const targets = check.judgments.filter((judgment) => judgment.role === 'target');
  const found = targets.filter((judgment) => judgment.right).length;
  const wrongTicks = check.judgments.filter((judgment) => judgment.role === 'distractor' && !judgment.right).length;
  return [words.partly(question.kind, found, targets.length, wrongTicks), words.points(credit.earned, credit.asked)];
}

export function isSingleChoice(question: Question): question is SingleChoiceQuestion {
  return question.kind === 'which-release' || question.kind === 'which-project' || question.kind === 'in-release';
}

/** How one choice of an answered question is marked: the right answer, the learner's wrong answer, or neither. */
export type Mark = 'right' | 'wrong' | 'missed' | undefined;

/** Marks for single-choice and multi-select options, by choice id. */
export function choiceMarks(question: Question, check: Check, response: Response): Record<string, Mark> {
  const marks: Record<string, Mark> = {};
  if (isSingleChoice(question)) {
    const right = rightChoice(question, check);
    if (right) marks[right] = 'right';
    const given = 'choice' in response ? response.choice : undefined;
    if (given && given !== right) marks[given] = 'wrong';
  }
  if (question.kind === 'which-items' && response.kind === 'which-items') {
    const picked = new Set(response.picked);
    for (const judgment of check.judgments) {
      if (judgment.role === 'target') marks[judgment.item] = picked.has(judgment.item) ? 'right' : 'missed';
      else if (picked.has(judgment.item)) marks[judgment.item] = 'wrong';
    }
  }
  return marks;
}

/** For a sort question: each card's right column and, when misplaced, where it was put. */
export function sortMarks(check: Check): Record<string, Pick<Judgment, 'expected' | 'given' | 'right'>> {
  return Object.fromEntries(
    check.judgments.map((judgment) => [
      judgment.item,
      { expected: judgment.expected, given: judgment.given, right: judgment.right },
    ]),
  );
}
