/**
 * The quiz engine: questions generated from a Deck, answers checked and scored per release, project and talk,
 * items scheduled for review with ts-fsrs, progress saved as versioned JSON. Pure: time and seed are arguments.
 */
export {
  generateQuiz,
  buildQuestion,
  questionIds,
  questionMatches,
  itemMatches,
  questionKindOf,
  QUESTION_KINDS,
} from './questions.ts';
export type {
  Question,
  QuestionKind,
  Choice,
  Quiz,
  QuizOptions,
  QuizFilter,
  Session,
  WhichReleaseQuestion,
  WhichProjectQuestion,
  WhichItemsQuestion,
  SortQuestion,
  RecallQuestion,
} from './questions.ts';
export { checkAnswer } from './check.ts';
export type { Answer, Response, Check, Judgment, Extra } from './check.ts';
export { scoreAnswers, describeConfusion } from './score.ts';
export type { Score, Tally, ConfusionCell } from './score.ts';
export { dueItems, planReview, quizForItems, gradeOf } from './schedule.ts';
export type { Cards, ItemCard, ReviewOptions } from './schedule.ts';
export {
  emptyProgress,
  addSession,
  recordAnswer,
  mergeProgress,
  encodeProgress,
  decodeProgress,
  PROGRESS_VERSION,
} from './progress.ts';
export type { Progress, DecodedProgress, DecodeReport } from './progress.ts';
export { buildAnkiNotes, buildAnkiTsv, ankiField } from './anki.ts';
export type { AnkiNote } from './anki.ts';
export { collectItems, fingerprint } from './items.ts';
export type { QuizItem } from './items.ts';
export { normalizeAnswer, answerNames } from './normalize.ts';
export { mulberry32 } from './random.ts';
export { QuizError, UnknownQuestionError, AnswerMismatchError } from './errors.ts';
export type { QuizText } from './prompts.fr.ts';
