/**
 * The study page's logic, on plain data: which session is running, which question comes next, what a session
 * scored, what was missed, where each item sits in the deck. Components keep only view state; every function
 * here takes the deck and the progress and returns new values (progress is never mutated).
 */
import {
  addSession,
  availableQuestions as questionsAvailable,
  buildQuestion,
  checkAnswer,
  collectItems,
  dueItems,
  generateQuiz,
  gradeAnswer,
  inScope,
  itemStatuses,
  latestJudgments,
  planReview,
  quizForItems,
  recordAnswer,
  scoreAnswers,
  answerKey,
  type Answer,
  type Check,
  type ItemState,
  type Progress,
  type Question,
  type QuizItem,
  type Quiz,
  type Response,
  type Scope,
  type Score,
  type SelfGrade,
  type Session,
  type Tally,
} from '../../quiz/index.ts';
import { deckSlideHref, slideIds } from '../model/addresses.ts';
import type { Deck } from '../model/index.ts';
import { vocabularyOf } from '../model/vocabulary.ts';

/** What the learner asked for on the home screen. */
export interface StudyPlan {
  mode: 'quiz' | 'review';
  /** Empty lists mean "all". */
  filter: { talks: string[]; releases: string[]; projects: string[] };
  /** Quick quiz: at most this many questions. Review: at most this many cards. */
  limit: number;
}

/** A session as the page shows it: its questions rebuilt from ids, seed and scope, and where the learner is. */
export interface SessionState {
  session: Session;
  questions: Question[];
  /** The first answer given to each question of the session, by question id. */
  answers: Map<string, Answer>;
  /** Index of the first unanswered question; `questions.length` when the session is complete. */
  position: number;
  /** The next question to answer, undefined when the session is complete. */
  current?: Question;
  complete: boolean;
  /** Questions answered so far. */
  answered: number;
  /** The session's score so far: the one score of quiz/score.ts. */
  score: Tally;
}

export const DEFAULT_LIMIT = 10;

/** The scope the quiz engine takes from the plan's filter. */
export function scopeOf(plan: Pick<StudyPlan, 'filter'>): Scope {
  return plan.filter;
}

/** What the home screen offers to filter on: releases, projects and talks that have items, in deck order. */
export function collectFilterChoices(
  deck: Deck,
): Record<'releases' | 'projects' | 'talks', { id: string; label: string }[]> {
  const items = collectItems(deck);
  const has = (keep: (item: QuizItem) => boolean) => items.some(keep);
  return {
    releases: vocabularyOf(deck)
      .releases.filter((release) => has((item) => item.release === release.id))
      .map((release) => ({ id: release.id, label: release.name })),
    projects: deck.projects
      .filter((project) => has((item) => item.project === project.id))
      .map((project) => ({ id: project.id, label: project.name })),
    talks: deck.talks
      .filter((talk) => has((item) => item.talk === talk.id))
      .map((talk) => ({ id: talk.id, label: talk.title })),
  };
}

/** How many questions a quick quiz with this filter can ask. */
export function availableQuestions(deck: Deck, plan: Pick<StudyPlan, 'filter'>): number {
  return questionsAvailable(deck, scopeOf(plan));
}

/** The items a filter keeps. */
export function itemsIn(deck: Deck, plan: Pick<StudyPlan, 'filter'>): QuizItem[] {
  const scope = scopeOf(plan);
  return collectItems(deck).filter((item) => inScope(item, scope));
}

/** Items whose card is due now, within the filter. */
export function dueCount(deck: Deck, progress: Progress, now: Date, plan?: Pick<StudyPlan, 'filter'>): number {
  const kept = new Set((plan ? itemsIn(deck, plan) : collectItems(deck)).map((item) => item.id));
  return dueItems(deck, progress, now).filter((id) => kept.has(id)).length;
}

/** The quiz a plan asks for; the page passes the clock and a random seed in. */
export function planQuiz(deck: Deck, progress: Progress, plan: StudyPlan, seed: number, now: Date): Quiz {
  const options = { scope: scopeOf(plan), seed, now, limit: plan.limit };
  return plan.mode === 'review' ? planReview(deck, progress, options) : generateQuiz(deck, options);
}

/** Adds the quiz as a new session, remembering its question ids so that a reload can resume it. */
export function startSession(progress: Progress, quiz: Quiz): Progress {
  return addSession(progress, { ...quiz.session, questions: quiz.questions.map((question) => question.id) });
}

/** A review session of the given items (e.g. those just missed), within the scope they were studied in. */
export function reviewItems(
  deck: Deck,
  progress: Progress,
  items: readonly string[],
  seed: number,
  now: Date,
  scope: Scope = {},
): { progress: Progress; quiz: Quiz } {
  const quiz = quizForItems(deck, items, { seed, now, scope });
  return { progress: startSession(progress, quiz), quiz };
}

/** The first answer to each question, per session: a question answered twice (two tabs) counts once. */
export function answersOf(progress: Progress, sessionId?: string): Answer[] {
  const seen = new Set<string>();
  return progress.answers.filter((answer) => {
    if (sessionId !== undefined && answer.session !== sessionId) return false;
    const key = `${answer.session}\n${answer.question}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The session's state, or undefined when the progress has no such session or it has no question list. */
export function sessionState(deck: Deck, progress: Progress, sessionId: string): SessionState | undefined {
  const session = progress.sessions.find((candidate) => candidate.id === sessionId);
  if (!session?.questions) return undefined;
  const questions = session.questions
    .map((id) => buildQuestion(deck, id, session.seed, session.scope))
    .filter((question): question is Question => question !== undefined);
  const asked = new Set(questions.map((question) => question.id));
  const answers = new Map<string, Answer>();
  for (const answer of answersOf(progress, session.id)) {
    if (asked.has(answer.question)) answers.set(answer.question, answer);
  }
  const position = questions.findIndex((question) => !answers.has(question.id));
  const complete = position === -1;
  return {
    session,
    questions,
    answers,
    position: complete ? questions.length : position,
    current: complete ? undefined : questions[position],
    complete,
    answered: answers.size,
    score: scoreAnswers(deck, [...answers.values()], session.scope).total,
  };
}

/** The most recent session that still has questions to answer. */
export function unfinishedSession(deck: Deck, progress: Progress): SessionState | undefined {
  for (const session of [...progress.sessions].reverse()) {
    const state = sessionState(deck, progress, session.id);
    if (state && !state.complete && state.questions.length > 0) return state;
  }
  return undefined;
}

/**
 * Records the answer to the session's current question and reviews the cards it judged. An answer to a question
 * already answered in the session (another tab got there first) changes nothing.
 */
export function answerCurrent(
  deck: Deck,
  progress: Progress,
  sessionId: string,
  response: Response,
  now: Date,
): { progress: Progress; answer?: Answer; check?: Check } {
  const state = sessionState(deck, progress, sessionId);
  const question = state?.current;
  if (!question) return { progress };
  const answer: Answer = { question: question.id, session: sessionId, at: now, response };
  return { progress: recordAnswer(deck, progress, answer), answer, check: checkAnswer(deck, answer) };
}

/** The learner's grade for the answer to a question of the session (how recalling felt). */
export function gradeQuestion(progress: Progress, deck: Deck, sessionId: string, question: string, grade: SelfGrade) {
  const answer = answersOf(progress, sessionId).find((candidate) => candidate.question === question);
  return answer ? gradeAnswer(deck, progress, answerKey(answer), grade) : progress;
}

/** The scope a results screen covers: one session's, or everything. */
export function scopeOfSession(progress: Progress, sessionId?: string): Scope {
  return progress.sessions.find((session) => session.id === sessionId)?.scope ?? {};
}

export function scoreOf(deck: Deck, progress: Progress, sessionId?: string): Score {
  return scoreAnswers(deck, answersOf(progress, sessionId), scopeOfSession(progress, sessionId));
}

/**
 * Items these answers judged (one session's, or all) whose latest answer, over every session, is wrong: an item
 * answered right later is no longer missed. In deck order.
 */
export function missedItems(deck: Deck, progress: Progress, sessionId?: string): QuizItem[] {
  const judged = latestJudgments(deck, answersOf(progress, sessionId));
  const latest = latestJudgments(deck, progress.answers);
  return collectItems(deck).filter((item) => judged.has(item.id) && latest.get(item.id) === false);
}

/** One point of the trend: a session with at least one answer (or the summary of an old one), and its score. */
export interface TrendPoint {
  session: Pick<Session, 'id' | 'kind' | 'startedAt'>;
  score: Tally;
}

/** Every session with answers, oldest first, the summarised ones included. */
export function trend(deck: Deck, progress: Progress): TrendPoint[] {
  const summarised = (progress.summaries ?? []).map(({ score, ...session }) => ({ session, score }));
  const kept = progress.sessions.flatMap((session) => {
    const answers = answersOf(progress, session.id);
    if (answers.length === 0) return [];
    return [{ session, score: scoreAnswers(deck, answers, session.scope).total }];
  });
  return [...summarised, ...kept];
}

/** How many items of a release the learner knows, is learning, or has never met. */
export interface ReleaseProgress {
  release: string;
  total: number;
  counts: Record<ItemState, number>;
}

/** Per release (deck order, backlog last), where the learner stands on its items. */
export function progressByRelease(deck: Deck, progress: Progress): ReleaseProgress[] {
  const statuses = itemStatuses(deck, progress);
  const items = collectItems(deck);
  return vocabularyOf(deck).releases.flatMap(({ id: release }) => {
    const inRelease = items.filter((item) => item.release === release);
    if (inRelease.length === 0) return [];
    const counts: Record<ItemState, number> = { new: 0, learning: 0, known: 0 };
    for (const item of inRelease) counts[statuses.get(item.id)!.state]++;
    return [{ release, total: inRelease.length, counts }];
  });
}

/** A slide of the deck that shows items: the talk's roadmap or history slide. */
export interface SlideRef {
  talk: string;
  source: QuizItem['source'];
  /** The slide's address in the deck. */
  id: string;
  /** Relative to study.html: `./index.html#/<talk>-roadmap`. */
  href: string;
}

export function slideOf(item: Pick<QuizItem, 'talk' | 'source'>): SlideRef {
  const id = slideIds[item.source](item.talk);
  return { talk: item.talk, source: item.source, id, href: deckSlideHref(id) };
}

/** The slides holding the items a question asks about (for a multi-select: its goals), each once. */
export function slidesFor(deck: Deck, question: Question): SlideRef[] {
  const byId = new Map(collectItems(deck).map((item) => [item.id, item]));
  const asked = question.targets.map((id) => byId.get(id)).filter((item): item is QuizItem => item !== undefined);
  const slides = new Map<string, SlideRef>();
  for (const item of asked) {
    const slide = slideOf(item);
    if (!slides.has(slide.href)) slides.set(slide.href, slide);
  }
  return [...slides.values()];
}
