/**
 * The quiz engine: questions generated from a Deck for a scope, answers checked and scored per release, project
 * and talk (one definition of the score), items scheduled for review with ts-fsrs, progress saved as versioned
 * JSON. Pure: time and seed are arguments. Language-free: what a question asks (Prompt) and what reading progress
 * dropped (DecodeNote) are data that the views word in the deck's language (src/locale); Anki cards take their
 * wording as an argument.
 */
export {
  buildQuestion,
  questionIds,
  scopeQuestions,
  questionKindOf,
  resolveQuestion,
  subjectItems,
  newSession,
  QUESTION_KINDS,
} from './questions.ts';
export type {
  Question,
  QuestionKind,
  SingleChoiceQuestion,
  Choice,
  Quiz,
  Session,
  WhichReleaseQuestion,
  InReleaseQuestion,
  WhichProjectQuestion,
  WhichItemsQuestion,
  SortQuestion,
  RecallQuestion,
} from './questions.ts';
export { generateQuiz, planReview, quizForItems, availableQuestions, DEFAULT_REVIEW_LIMIT } from './plan.ts';
export type { PlanOptions } from './plan.ts';
export { inScope, normalizeScope } from './scope.ts';
export type { Scope } from './scope.ts';
export { checkAnswer, GRADES } from './check.ts';
export type { Answer, Response, Check, Judgment, Extra, SelfGrade } from './check.ts';
export { scoreAnswers, tallyOf, creditOf, itemCredits } from './score.ts';
export type { Score, Tally, ConfusionCell } from './score.ts';
export { dueItems, gradeOf, answerKey, isNew, itemStatuses, lapseCards, latestJudgments } from './schedule.ts';
export type { Cards, ItemCard, ItemState, ItemStatus } from './schedule.ts';
export {
  emptyProgress,
  addSession,
  compactProgress,
  PROGRESS_LIMITS,
  recordAnswer,
  gradeAnswer,
  mergeProgress,
  holdsMore,
  encodeProgress,
  decodeProgress,
  PROGRESS_VERSION,
} from './progress.ts';
export type { Progress, DecodedProgress, DecodeNote, DecodeReport, ProgressList, SessionSummary } from './progress.ts';
export { ankiField, ankiGuid, buildAnkiNotes, buildAnkiTsv } from './anki.ts';
export type { AnkiNote, AnkiWording } from './anki.ts';
export type { Prompt } from './prompt.ts';
export { collectItems, fingerprint } from './items.ts';
export type { QuizItem } from './items.ts';
export { normalizeAnswer, answerNames } from './normalize.ts';
export { mulberry32 } from './random.ts';
export { QuizError, UnknownQuestionError, AnswerMismatchError } from './errors.ts';
