/** The study page's session logic on the fixture deck: answer flow, resume after reload, scores, filters. */
import { describe, expect, it } from 'vitest';
import {
  buildQuestion,
  emptyProgress,
  encodeProgress,
  generateQuiz,
  mergeProgress,
  type Progress,
  type Quiz,
} from '../../../quiz/index.ts';
import {
  answerCurrent,
  availableQuestions,
  collectFilterChoices,
  dueCount,
  missedItems,
  planQuiz,
  reviewItems,
  scoreOf,
  sessionState,
  slideOf,
  slidesFor,
  startSession,
  trend,
  unfinishedSession,
  type StudyPlan,
} from '../../../src/study/session.ts';
import { FIXED_NOW, FIXED_SEED, fixtureDeck as deck } from '../../fixtures/quiz/deck.ts';
import { rightResponse, wrongResponse } from './responses.ts';

const minutes = (count: number) => new Date(FIXED_NOW.getTime() + count * 60_000);
const all: StudyPlan['filter'] = { releases: [], projects: [], talks: [] };

/** Answers the session's questions in order: `plan[i]` true → the right response, false → a wrong one. */
function play(progress: Progress, session: string, plan: boolean[]): Progress {
  return plan.reduce((current, right, index) => {
    const question = sessionState(deck, current, session)!.current!;
    const response = right ? rightResponse(deck, question) : wrongResponse(deck, question);
    return answerCurrent(deck, current, session, response, minutes(index + 1)).progress;
  }, progress);
}

describe('a session', () => {
  const quiz = generateQuiz(deck, { seed: FIXED_SEED, now: FIXED_NOW, limit: 5 });
  const started = startSession(emptyProgress(), quiz);
  const id = quiz.session.id;

  it('starts at the first question, with no score, and keeps the question list in the progress', () => {
    const state = sessionState(deck, started, id)!;
    expect(started.sessions[0].questions).toEqual(quiz.questions.map((question) => question.id));
    expect(state.position).toBe(0);
    expect(state.current).toEqual(quiz.questions[0]);
    expect([state.right, state.answered, state.complete]).toEqual([0, 0, false]);
  });

  it('moves on after each answer and counts right answers', () => {
    const first = quiz.questions[0];
    const right = answerCurrent(deck, started, id, rightResponse(deck, first), minutes(1));
    expect(right.check?.right).toBe(true);
    expect(right.answer).toMatchObject({ question: first.id, session: id, at: minutes(1) });
    const afterRight = sessionState(deck, right.progress, id)!;
    expect([afterRight.position, afterRight.right, afterRight.answered]).toEqual([1, 1, 1]);
    expect(afterRight.current).toEqual(quiz.questions[1]);

    const wrong = answerCurrent(deck, right.progress, id, wrongResponse(deck, quiz.questions[1]), minutes(2));
    expect(wrong.check?.right).toBe(false);
    const afterWrong = sessionState(deck, wrong.progress, id)!;
    expect([afterWrong.position, afterWrong.right, afterWrong.answered]).toEqual([2, 1, 2]);
  });

  it('reviews the cards of the items judged: a multi-select’s goals, not the distractors left alone', () => {
    const multi = buildQuestion(deck, 'which-items:octavia:pike', FIXED_SEED)!;
    const progress = startSession(emptyProgress(), { session: quiz.session, questions: [multi] });
    const after = answerCurrent(deck, progress, id, rightResponse(deck, multi), minutes(1)).progress;
    expect(multi.kind === 'which-items' && multi.choices.length).toBeGreaterThan(2);
    expect(Object.keys(after.cards).sort()).toEqual(['octavia-cli', 'octavia-lbaas-merge']);
  });

  it('ends after the last question and then takes no more answers', () => {
    const done = play(started, id, [true, false, true, true, false]);
    const state = sessionState(deck, done, id)!;
    expect([state.complete, state.current, state.position, state.right, state.answered]).toEqual([
      true,
      undefined,
      5,
      3,
      5,
    ]);
    const late = answerCurrent(deck, done, id, { kind: 'recall', typed: ['x'] }, minutes(9));
    expect(late.progress).toBe(done);
    expect(late.answer).toBeUndefined();
    expect(unfinishedSession(deck, done)).toBeUndefined();
  });

  it('resumes from the encoded progress at the same question, with the same choices and score', async () => {
    const { decodeProgress } = await import('../../../quiz/index.ts');
    const midway = play(started, id, [true, false]);
    const reloaded = decodeProgress(encodeProgress(midway), deck);
    expect(reloaded.report.notes).toEqual([]);
    const before = sessionState(deck, midway, id)!;
    const after = sessionState(deck, reloaded.progress, id)!;
    expect(after.current).toEqual(before.current);
    expect(after.current).toEqual(quiz.questions[2]);
    expect([after.position, after.right, after.answered]).toEqual([2, 1, 2]);
    expect(unfinishedSession(deck, reloaded.progress)?.session.id).toBe(id);
  });

  it('counts the first answer when another tab answered the same question too', () => {
    const question = quiz.questions[0];
    const here = answerCurrent(deck, started, id, rightResponse(deck, question), minutes(1)).progress;
    const there = answerCurrent(deck, started, id, wrongResponse(deck, question), minutes(2)).progress;
    const merged = mergeProgress(here, there);
    expect(merged.answers).toHaveLength(2);
    const state = sessionState(deck, merged, id)!;
    expect([state.position, state.right, state.answered]).toEqual([1, 1, 1]);
  });

  it('skips questions the deck can no longer ask', () => {
    const progress = startSession(emptyProgress(), {
      ...quiz,
      questions: [...quiz.questions.slice(0, 1), { ...quiz.questions[1], id: 'which-release:gone-item' }],
    });
    expect(sessionState(deck, progress, id)!.questions.map((question) => question.id)).toEqual([quiz.questions[0].id]);
  });

  it('is unknown without a question list (sessions saved by other tools)', () => {
    const bare = { ...emptyProgress(), sessions: [quiz.session] };
    expect(sessionState(deck, bare, id)).toBeUndefined();
    expect(unfinishedSession(deck, bare)).toBeUndefined();
  });
});

describe('scores after a planned mix of answers', () => {
  /** Only release questions, about the fixture's roadmap: right for Pike items, wrong for the others. */
  const quiz: Quiz = generateQuiz(deck, {
    seed: FIXED_SEED,
    now: FIXED_NOW,
    kinds: ['which-release'],
    talks: ['octavia-update', 'fwaas-v2'],
  });
  const session = quiz.session.id;
  const progress = quiz.questions.reduce(
    (current, question, index) => {
      const item = question.kind === 'which-release' ? question.item : '';
      const pike = deck.talks.some((talk) =>
        talk.roadmap?.some((entry) => entry.id === item && entry.release === 'pike'),
      );
      const response = pike ? rightResponse(deck, question) : wrongResponse(deck, question);
      return answerCurrent(deck, current, session, response, minutes(index)).progress;
    },
    startSession(emptyProgress(), quiz),
  );

  it('asks every release question of the two talks', () => {
    // Octavia: 2 Pike, 3 Queens; FWaaS: 2 history, 2 Pike, 1 Queens, 1 Rocky.
    expect(quiz.questions).toHaveLength(11);
  });

  it('gives 100 % for Pike and 0 % elsewhere, per release, project and talk', () => {
    const score = scoreOf(deck, progress, session);
    expect(score.releases).toEqual({
      havana: { asked: 1, recalled: 0, percent: 0 },
      newton: { asked: 1, recalled: 0, percent: 0 },
      pike: { asked: 4, recalled: 4, percent: 100 },
      queens: { asked: 4, recalled: 0, percent: 0 },
      rocky: { asked: 1, recalled: 0, percent: 0 },
      backlog: { asked: 0, recalled: 0, percent: 0 },
    });
    expect(score.projects.octavia).toEqual({ asked: 5, recalled: 2, percent: 40 });
    expect(score.projects.fwaas).toEqual({ asked: 6, recalled: 2, percent: 33 });
    expect(score.talks['fwaas-v2']).toEqual({ asked: 6, recalled: 2, percent: 33 });
    expect(score.total).toEqual({ asked: 11, recalled: 4, percent: 36 });
  });

  it('lists the missed items in deck order, and a review of them asks one question each', () => {
    const missed = missedItems(deck, progress.answers).map((item) => item.id);
    expect(missed).toEqual([
      'octavia-active-active',
      'octavia-flavors',
      'octavia-horizon',
      'fwaas-v1',
      'fwaas-v2-api',
      'fwaas-zones',
      'fwaas-v1-eol',
    ]);
    const next = reviewItems(deck, progress, missed, 7, minutes(60));
    const review = next.sessions.at(-1)!;
    expect(review.kind).toBe('review');
    expect(review.questions).toEqual(missed.map((item) => `which-release:${item}`));
  });

  it('draws the trend from every session with answers', () => {
    const points = trend(deck, progress);
    expect(points.map(({ session: s, right, answered, percent }) => [s.id, right, answered, percent])).toEqual([
      [session, 4, 11, 36],
    ]);
  });

  it('counts due cards, within a filter too', () => {
    // Every answered item has a card due again a few minutes later (ts-fsrs learning steps).
    expect(dueCount(deck, progress, minutes(0))).toBe(0);
    const later = minutes(60 * 24 * 30);
    expect(dueCount(deck, progress, later)).toBe(11);
    expect(dueCount(deck, progress, later, { filter: { ...all, releases: ['pike'] } })).toBe(4);
  });
});

describe('choosing what to study', () => {
  it('offers the releases, projects and talks that have items', () => {
    const choices = collectFilterChoices(deck);
    expect(choices.releases.map((release) => release.id)).toEqual([
      'havana',
      'newton',
      'pike',
      'queens',
      'rocky',
      'backlog',
    ]);
    expect(choices.projects.map((project) => project.id)).toEqual(['octavia', 'openstack-ansible', 'fwaas', 'cinder']);
    expect(choices.talks.map((talk) => talk.id)).not.toContain('openstack-fr-evening');
  });

  it('keeps only questions about the chosen releases and projects', () => {
    const plan: StudyPlan = { mode: 'quiz', filter: { ...all, releases: ['rocky'] }, limit: 50 };
    const quiz = planQuiz(deck, emptyProgress(), plan, 1, FIXED_NOW);
    expect(quiz.questions.map((question) => question.id).sort()).toEqual([
      'recall:fwaas:rocky',
      'sort:fwaas',
      'which-items:fwaas:rocky',
      'which-release:fwaas-v1-eol',
    ]);
    expect(availableQuestions(deck, plan)).toBe(4);
    const cinder = planQuiz(deck, emptyProgress(), { ...plan, filter: { ...all, projects: ['cinder'] } }, 1, FIXED_NOW);
    expect(cinder.questions.every((question) => question.talks.includes('cinder-beyond'))).toBe(true);
    expect(availableQuestions(deck, { filter: { ...all, projects: ['cinder'], releases: ['pike'] } })).toBe(0);
  });

  it('limits a quick quiz to N questions, and a review to the filter', () => {
    const quick = planQuiz(deck, emptyProgress(), { mode: 'quiz', filter: all, limit: 3 }, 1, FIXED_NOW);
    expect(quick.questions).toHaveLength(3);
    expect(quick.session.kind).toBe('quiz');
    const review = planQuiz(
      deck,
      emptyProgress(),
      { mode: 'review', filter: { ...all, projects: ['cinder'] }, limit: 10 },
      1,
      FIXED_NOW,
    );
    expect(review.session.kind).toBe('review');
    expect(review.questions.map((question) => question.id).sort()).toEqual([
      'which-release:cinder-bfv-default',
      'which-release:cinder-image-driver',
    ]);
  });
});

describe('links to the deck', () => {
  it('points roadmap items at the talk’s roadmap slide and history items at its history slide', () => {
    expect(slideOf({ talk: 'octavia-update', source: 'roadmap' }).href).toBe('./index.html#/octavia-update-roadmap');
    expect(slideOf({ talk: 'fwaas-v2', source: 'history' }).href).toBe('./index.html#/fwaas-v2-history');
  });

  it('gives each slide of a question once; a multi-select’s distractors bring none', () => {
    const sort = buildQuestion(deck, 'sort:fwaas', 1)!;
    expect(slidesFor(deck, sort).map((slide) => slide.href)).toEqual([
      './index.html#/fwaas-v2-history',
      './index.html#/fwaas-v2-roadmap',
    ]);
    const multi = buildQuestion(deck, 'which-items:octavia:pike', 1)!;
    expect(slidesFor(deck, multi).map((slide) => slide.href)).toEqual(['./index.html#/octavia-update-roadmap']);
  });
});
