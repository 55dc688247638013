/**
 * Checking one recorded answer against the current deck. Only the answer is needed (not the generated quiz),
 * so scores can be recomputed after a reload.
 */
import type { Deck } from '../src/model/index.ts';
import { AnswerMismatchError, UnknownQuestionError } from './errors.ts';
import { indexDeck, type DeckIndex, type QuizItem } from './items.ts';
import { answerNames, normalizeAnswer } from './normalize.ts';
import { resolveQuestion, type QuestionKind, type Subject } from './questions.ts';

export type Response =
  | { kind: 'which-release'; choice: string }
  /** `choice`: the item id picked. */
  | { kind: 'in-release'; choice: string }
  | { kind: 'which-project'; choice: string }
  /** `shown`: the item ids offered; `picked`: those chosen. */
  | { kind: 'which-items'; shown: string[]; picked: string[] }
  /** `cards`: the item ids dealt (the scope may hold only some of the project's items); `placed`: item id → the
   * release id of the column it was put in. */
  | { kind: 'sort'; cards: string[]; placed: Record<string, string> }
  | { kind: 'recall'; typed: string[] };

/** How recalling felt, as Anki and FSRS grade it. */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type SelfGrade = (typeof GRADES)[number];

export interface Answer {
  /** The question id. */
  question: string;
  session: string;
  at: Date;
  /** How the learner said recalling felt; absent: a right answer counts as Good. Wrong items are Again anyway. */
  grade?: SelfGrade;
  response: Response;
}

/** The verdict on one item. */
export interface Judgment {
  item: string;
  right: boolean;
  /** A distractor is an offered wrong choice of a multi-select: right when left unpicked. */
  role: 'target' | 'distractor';
  /** Release or project questions: the right release/project id, and the one given (undefined: none). */
  expected?: string;
  given?: string;
}

/** A typed recall answer that named none of the asked items; `item` when it names another item of the project. */
export interface Extra {
  text: string;
  item?: string;
}

export interface Check {
  question: string;
  kind: QuestionKind;
  /** Every judgment right. */
  right: boolean;
  judgments: Judgment[];
  extras: Extra[];
}

/** Whether the deck can check the answer: its question still exists and the response is of its kind. Cheap. */
export function canCheck(deck: Deck, answer: Pick<Answer, 'question' | 'response'>): boolean {
  return resolveQuestion(indexDeck(deck), answer.question)?.kind === answer.response.kind;
}

/** @throws UnknownQuestionError, AnswerMismatchError */
export function checkAnswer(deck: Deck, answer: Answer): Check {
  const index = indexDeck(deck);
  const subject = resolveQuestion(index, answer.question);
  if (!subject) throw new UnknownQuestionError(answer.question);
  const { judgments, extras = [] } = judge(index, subject, answer);
  return {
    question: answer.question,
    kind: subject.kind,
    right: judgments.length > 0 && judgments.every((judgment) => judgment.right),
    judgments,
    extras,
  };
}

/** The response judged against the subject of its question; a response of another kind is a mismatch. */
function judge(index: DeckIndex, subject: Subject, answer: Answer): { judgments: Judgment[]; extras?: Extra[] } {
  const { response } = answer;
  if (subject.kind === 'which-release' && response.kind === 'which-release') {
    return { judgments: [releaseJudgment(index, subject.item, response.choice)] };
  }
  if (subject.kind === 'in-release' && response.kind === 'in-release') {
    const { item } = subject;
    const release = item.release!;
    const picked = index.item(response.choice);
    const right = picked?.id === item.id;
    const judgments: Judgment[] = [
      { item: item.id, right, role: 'target', expected: release, given: right ? release : picked?.release },
    ];
    if (picked && !right) {
      judgments.push({ item: picked.id, right: false, role: 'distractor', expected: picked.release, given: release });
    }
    return { judgments };
  }
  if (subject.kind === 'which-project' && response.kind === 'which-project') {
    const { item } = subject;
    const right = index.rightProjects(item).has(response.choice);
    return {
      judgments: [
        {
          item: item.id,
          right,
          role: 'target',
          expected: right ? response.choice : item.project,
          given: response.choice,
        },
      ],
    };
  }
  if (subject.kind === 'which-items' && response.kind === 'which-items') {
    const { group } = subject;
    const picked = new Set(response.picked);
    const offered = [...new Set([...response.shown, ...response.picked])]
      .map((id) => index.item(id))
      .filter((item): item is QuizItem => item !== undefined);
    return {
      judgments: offered.map((item) => {
        // An item of the project planned twice, once in the asked release, belongs to the group too.
        const belongs = item.project === group.project && index.rightReleases(item).has(group.release);
        if (belongs) return { item: item.id, right: picked.has(item.id), role: 'target' };
        // A distractor ticked is an item of another release taken for this one: a confusion to show.
        return picked.has(item.id)
          ? { item: item.id, right: false, role: 'distractor', expected: item.release, given: group.release }
          : { item: item.id, right: true, role: 'distractor' };
      }),
    };
  }
  if (subject.kind === 'sort' && response.kind === 'sort') {
    const dealt = new Set(response.cards);
    return {
      judgments: subject.items
        .filter((item) => dealt.has(item.id))
        .map((item) =>
          releaseJudgment(index, item, Object.hasOwn(response.placed, item.id) ? response.placed[item.id] : undefined),
        ),
    };
  }
  if (subject.kind === 'recall' && response.kind === 'recall') {
    const { group } = subject;
    const typed = distinctAnswers(response.typed);
    const names = (answer: string, item: QuizItem) =>
      [item.text, ...item.aliases].some((expected) => answerNames(answer, expected));
    const judgments = group.items.map((item): Judgment => ({
      item: item.id,
      right: typed.some((answer) => names(answer, item)),
      role: 'target',
    }));
    const projectItems = index.items.filter((item) => item.project === group.project);
    const extras = typed
      .filter((answer) => !group.items.some((item) => names(answer, item)))
      .map((answer): Extra => {
        const other = projectItems.find((item) => names(answer, item));
        return other ? { text: answer, item: other.id } : { text: answer };
      });
    return { judgments, extras };
  }
  throw new AnswerMismatchError(answer.question, response.kind);
}

function releaseJudgment(index: DeckIndex, item: QuizItem, given: string | undefined): Judgment {
  const right = given !== undefined && index.rightReleases(item).has(given);
  return { item: item.id, right, role: 'target', expected: right ? given : item.release, given };
}

/** Trimmed, non-empty, one per normalized text, in the order typed. */
function distinctAnswers(typed: readonly string[]): string[] {
  const seen = new Set<string>();
  return typed
    .map((answer) => answer.trim())
    .filter((answer) => {
      const key = normalizeAnswer(answer);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
