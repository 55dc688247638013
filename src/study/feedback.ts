/** What the page says after an answer: pure, from the question, its check and the response given. */
import type { Check, Judgment, Question, Response } from '../../quiz/index.ts';
import { BACKLOG, type Deck } from '../model/index.ts';
import type { StudyText } from './text.ts';

/** The sentences announced right after an answer: the verdict, then the right answer when it is short. */
export function verdict(question: Question, check: Check, response: Response, text: StudyText): string[] {
  const words = text.quiz;
  if (question.kind === 'which-release' || question.kind === 'which-project') {
    const judgment = check.judgments[0];
    const label = (id: string | undefined) => question.choices.find((choice) => choice.id === id)?.label ?? id ?? '';
    if (check.right) return [words.right, words.answerIs(label(judgment?.given))];
    const given =
      response.kind === question.kind && response.choice ? words.youSaid(label(response.choice)) : words.nothingGiven;
    return [words.wrong, words.answerIs(label(judgment?.expected)), given];
  }
  if (check.right) return [words.right];
  const right = check.judgments.filter((judgment) => judgment.right).length;
  if (right === 0 && question.kind === 'recall') return [words.wrong];
  return [words.partly(question.kind, right, check.judgments.length)];
}

/** How one choice of an answered question is marked: the right answer, the learner's wrong answer, or neither. */
export type Mark = 'right' | 'wrong' | 'missed' | undefined;

/** Marks for single-choice and multi-select options, by choice id. */
export function choiceMarks(question: Question, check: Check, response: Response): Record<string, Mark> {
  const marks: Record<string, Mark> = {};
  if (question.kind === 'which-release' || question.kind === 'which-project') {
    const judgment = check.judgments[0];
    if (judgment?.expected) marks[judgment.expected] = 'right';
    const given = response.kind === question.kind ? response.choice : undefined;
    if (given && !judgment?.right) marks[given] = 'wrong';
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

/** A release's name; the backlog in the page's words. */
export function releaseName(deck: Deck, id: string | undefined, text: StudyText): string {
  if (id === undefined) return '';
  if (id === BACKLOG) return text.backlog;
  return deck.releases.find((release) => release.id === id)?.name ?? id;
}

export function projectName(deck: Deck, id: string): string {
  return deck.projects.find((project) => project.id === id)?.name ?? id;
}

export function talkTitle(deck: Deck, id: string): string {
  return deck.talks.find((talk) => talk.id === id)?.title ?? id;
}
