/**
 * The study page's logic, on plain data: which session is running, which question comes next, what a session
 * scored, what was missed, where each item sits in the deck. Components keep only view state; every function
 * here takes the deck and the progress and returns new values (progress is never mutated).
 */
import {
  addSession,
  buildQuestion,
  checkAnswer,
  collectItems,
  dueItems,
  generateQuiz,
  itemMatches,
  planReview,
  questionIds,
  questionMatches,
  quizForItems,
  recordAnswer,
  scoreAnswers,
  type Answer,
  type Check,
  type Progress,
  type Question,
  type QuizFilter,
  type QuizItem,
  type Quiz,
  type Response,
  type Score,
  type Session,
} from '../../quiz/index.ts';
import { deckSlideHref, slideIds } from '../model/addresses.ts';
import { BACKLOG, type Deck } from '../model/index.ts';

/** What the learner asked for on the home screen. */
export interface StudyPlan {
  mode: 'quiz' | 'review';
  /** Empty lists mean "all". */
  filter: { talks: string[]; releases: string[]; projects: string[] };
  /** Quick quiz: at most this many questions. Review: at most this many cards. */
  limit: number;
}

/** A session as the page shows it: its questions rebuilt from ids and seed, and where the learner is. */
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
  /** Questions answered right (every judgment right) and answered at all. */
  right: number;
  answered: number;
}

export const DEFAULT_LIMIT = 10;

/** The filter the quiz engine takes: an empty list stands for every value. */
export function quizFilter(plan: Pick<StudyPlan, 'filter'>): QuizFilter {
  const { talks, releases, projects } = plan.filter;
  return {
    talks: talks.length ? talks : undefined,
    releases: releases.length ? releases : undefined,
    projects: projects.length ? projects : undefined,
  };
}

/** What the home screen offers to filter on: releases, projects and talks that have items, in deck order. */
export function collectFilterChoices(
  deck: Deck,
): Record<'releases' | 'projects' | 'talks', { id: string; label: string }[]> {
  const items = collectItems(deck);
  const has = (keep: (item: QuizItem) => boolean) => items.some(keep);
  return {
    releases: [
      ...deck.releases.map((release) => ({ id: release.id, label: release.name })),
      { id: BACKLOG, label: BACKLOG },
    ].filter((release) => has((item) => item.release === release.id)),
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
  const filter = quizFilter(plan);
  return questionIds(deck).filter((id) => questionMatches(deck, id, filter)).length;
}

/** The items a filter keeps. */
export function itemsIn(deck: Deck, plan: Pick<StudyPlan, 'filter'>): QuizItem[] {
  const filter = quizFilter(plan);
  return collectItems(deck).filter((item) => itemMatches(item, filter));
}

/** Items whose card is due now, within the filter. */
export function dueCount(deck: Deck, progress: Progress, now: Date, plan?: Pick<StudyPlan, 'filter'>): number {
  const kept = new Set((plan ? itemsIn(deck, plan) : collectItems(deck)).map((item) => item.id));
  return dueItems(deck, progress, now).filter((id) => kept.has(id)).length;
}

/** The quiz a plan asks for; the page passes the clock and a random seed in. */
export function planQuiz(deck: Deck, progress: Progress, plan: StudyPlan, seed: number, now: Date): Quiz {
  const filter = quizFilter(plan);
  if (plan.mode === 'review') return planReview(deck, progress, { seed, now, limit: plan.limit, filter });
  return generateQuiz(deck, { seed, now, limit: plan.limit, ...filter });
}

/** Adds the quiz as a new session, remembering its question ids so that a reload can resume it. */
export function startSession(progress: Progress, quiz: Quiz): Progress {
  return addSession(progress, { ...quiz.session, questions: quiz.questions.map((question) => question.id) });
}

/** A review session of the given items (e.g. those just missed). */
export function reviewItems(deck: Deck, progress: Progress, items: readonly string[], seed: number, now: Date) {
  return startSession(progress, quizForItems(deck, items, { seed, now }));
}

/** The session's state, or undefined when the progress has no such session or it has no question list. */
export function sessionState(deck: Deck, progress: Progress, sessionId: string): SessionState | undefined {
  const session = progress.sessions.find((candidate) => candidate.id === sessionId);
  if (!session?.questions) return undefined;
  const questions = session.questions
    .map((id) => buildQuestion(deck, id, session.seed))
    .filter((question): question is Question => question !== undefined);
  const answers = new Map<string, Answer>();
  for (const answer of progress.answers) {
    if (answer.session === session.id && !answers.has(answer.question)) answers.set(answer.question, answer);
  }
  const asked = questions.filter((question) => answers.has(question.id));
  const right = asked.filter((question) => checkAnswer(deck, answers.get(question.id)!).right).length;
  const position = questions.findIndex((question) => !answers.has(question.id));
  const complete = position === -1;
  return {
    session,
    questions,
    answers,
    position: complete ? questions.length : position,
    current: complete ? undefined : questions[position],
    complete,
    right,
    answered: asked.length,
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
  const answer: Answer = { question: question.id, session: sessionId, at: now, sure: false, response };
  return { progress: recordAnswer(deck, progress, answer), answer, check: checkAnswer(deck, answer) };
}

/** The answers a results screen covers: one session's, or all of them. */
export function answersOf(progress: Progress, sessionId?: string): Answer[] {
  return sessionId === undefined ? progress.answers : progress.answers.filter((answer) => answer.session === sessionId);
}

export function scoreOf(deck: Deck, progress: Progress, sessionId?: string): Score {
  return scoreAnswers(deck, answersOf(progress, sessionId));
}

/** Items judged wrong at least once in these answers (the same rule as the score's "not recalled"), in deck order. */
export function missedItems(deck: Deck, answers: readonly Answer[]): QuizItem[] {
  const wrong = new Set<string>();
  for (const answer of answers) {
    for (const judgment of checkAnswer(deck, answer).judgments) if (!judgment.right) wrong.add(judgment.item);
  }
  return collectItems(deck).filter((item) => wrong.has(item.id));
}

/** One point of the trend: a session with at least one answer, and how it went. */
export interface TrendPoint {
  session: Session;
  /** Questions answered right, questions answered. */
  right: number;
  answered: number;
  percent: number;
}

/** Every session with answers, oldest first. */
export function trend(deck: Deck, progress: Progress): TrendPoint[] {
  const bySession = new Map<string, Map<string, Answer>>();
  for (const answer of progress.answers) {
    const answers = bySession.get(answer.session) ?? new Map<string, Answer>();
    if (!answers.has(answer.question)) answers.set(answer.question, answer);
    bySession.set(answer.session, answers);
  }
  return progress.sessions.flatMap((session) => {
    const answers = [...(bySession.get(session.id)?.values() ?? [])];
    if (answers.length === 0) return [];
    const right = answers.filter((answer) => checkAnswer(deck, answer).right).length;
    return [{ session, right, answered: answers.length, percent: Math.round((100 * right) / answers.length) }];
  });
}

/** A slide of the deck that shows items: the talk's roadmap or history slide. */
export interface SlideRef {
  talk: string;
  source: QuizItem['source'];
  /** Relative to study.html: `./index.html#/<talk>-roadmap`. */
  href: string;
}

export function slideOf(item: Pick<QuizItem, 'talk' | 'source'>): SlideRef {
  return { talk: item.talk, source: item.source, href: deckSlideHref(slideIds[item.source](item.talk)) };
}

/** The slides holding the items a question asks about (for a multi-select: its goals), each once. */
export function slidesFor(deck: Deck, question: Question): SlideRef[] {
  const byId = new Map(collectItems(deck).map((item) => [item.id, item]));
  const asked =
    question.kind === 'which-items'
      ? collectItems(deck).filter(
          (item) => item.source === 'roadmap' && item.project === question.project && item.release === question.release,
        )
      : question.items.map((id) => byId.get(id)).filter((item): item is QuizItem => item !== undefined);
  const slides = new Map<string, SlideRef>();
  for (const item of asked) {
    const slide = slideOf(item);
    if (!slides.has(slide.href)) slides.set(slide.href, slide);
  }
  return [...slides.values()];
}
