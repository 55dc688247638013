/**
 * The quiz engine: questions generated from a Deck, answers checked and scored per release, project and talk,
 * items scheduled for review with ts-fsrs, progress saved as versioned JSON. Pure: time and seed are arguments.
 */
export { generateQuiz, buildQuestion, questionIds, QUESTION_KINDS } from './questions';
export type {
  Question,
  QuestionKind,
  Choice,
  Quiz,
  QuizOptions,
  Session,
  WhichReleaseQuestion,
  WhichProjectQuestion,
  WhichItemsQuestion,
  SortQuestion,
  RecallQuestion,
} from './questions';
export { checkAnswer } from './check';
export type { Answer, Response, Check, Judgment, Extra } from './check';
export { scoreAnswers, describeConfusion } from './score';
export type { Score, Tally, ConfusionCell } from './score';
export { dueItems, planReview, gradeOf } from './schedule';
export type { Cards, ItemCard, ReviewOptions } from './schedule';
export { emptyProgress, addSession, recordAnswer, encodeProgress, decodeProgress, PROGRESS_VERSION } from './progress';
export type { Progress, DecodedProgress, DecodeReport } from './progress';
export { buildAnkiNotes, buildAnkiTsv, ankiField } from './anki';
export type { AnkiNote } from './anki';
export { collectItems, fingerprint } from './items';
export type { QuizItem } from './items';
export { normalizeAnswer, answerNames } from './normalize';
export { mulberry32 } from './random';
export { QuizError, UnknownQuestionError, AnswerMismatchError } from './errors';
export type { QuizText } from './prompts.fr';
