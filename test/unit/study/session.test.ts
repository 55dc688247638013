/** The study page's session logic on the fixture deck: answer flow, resume after reload, scores, filters. */
import { describe, expect, it } from 'vitest';
import {
  buildQuestion,
  emptyProgress,
  encodeProgress,
  generateQuiz,
  mergeProgress,
  recordAnswer,
  type Progress,
  type Quiz,
} from '../../../quiz/index.ts';
import {
  answerCurrent,
  availableQuestions,
  collectFilterChoices,
  dueCount,
  gradeQuestion,
  missedItems,
  progressByRelease,
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
    expect([state.score, state.answered, state.complete]).toEqual([{ asked: 0, earned: 0, percent: 0 }, 0, false]);
  });

  it('moves on after each answer and keeps the one score: points earned over items asked', () => {
    // Questions 1 and 2 ask about one item each: one point each.
    const first = quiz.questions[0];
    const right = answerCurrent(deck, started, id, rightResponse(deck, first), minutes(1));
    expect(right.check?.right).toBe(true);
    expect(right.answer).toEqual({ question: first.id, session: id, at: minutes(1), response: right.answer!.response });
    const afterRight = sessionState(deck, right.progress, id)!;
    expect([afterRight.position, afterRight.score, afterRight.answered]).toEqual([
      1,
      { asked: 1, earned: 1, percent: 100 },
      1,
    ]);
    expect(afterRight.current).toEqual(quiz.questions[1]);

    const wrong = answerCurrent(deck, right.progress, id, wrongResponse(deck, quiz.questions[1]), minutes(2));
    expect(wrong.check?.right).toBe(false);
    const afterWrong = sessionState(deck, wrong.progress, id)!;
    expect([afterWrong.position, afterWrong.score, afterWrong.answered]).toEqual([
      2,
      { asked: 2, earned: 1, percent: 50 },
      2,
    ]);
  });

  it('keeps the grade a learner gives an answer, and reviews its cards with it', () => {
    const first = quiz.questions[0];
    const answered = answerCurrent(deck, started, id, rightResponse(deck, first), minutes(1)).progress;
    const graded = gradeQuestion(answered, deck, id, first.id, 'easy');
    expect(graded.answers[0].grade).toBe('easy');
    expect(graded.cards[first.targets[0]].card.scheduled_days).toBeGreaterThan(1);
    expect(gradeQuestion(answered, deck, id, 'not-asked', 'easy')).toBe(answered);
  });

  it('reviews the cards of the items judged: a multi-select’s goals, not the distractors left alone', () => {
    const multi = buildQuestion(deck, 'which-items:octavia:pike', FIXED_SEED)!;
    const progress = startSession(emptyProgress(), { session: quiz.session, questions: [multi] });
    const after = answerCurrent(deck, progress, id, rightResponse(deck, multi), minutes(1)).progress;
    expect(multi.kind === 'which-items' && multi.choices.length).toBeGreaterThan(2);
    expect(multi.items.length).toBeGreaterThan(multi.targets.length);
    expect(Object.keys(after.cards).sort()).toEqual(['octavia-cli', 'octavia-lbaas-merge']);
  });

  it('ends after the last question and then takes no more answers', () => {
    const done = play(started, id, [true, false, true, true, false]);
    const state = sessionState(deck, done, id)!;
    expect([state.complete, state.current, state.position, state.answered]).toEqual([true, undefined, 5, 5]);
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
    expect([after.position, after.score, after.answered]).toEqual([2, before.score, 2]);
    expect(unfinishedSession(deck, reloaded.progress)?.session.id).toBe(id);
  });

  it('counts the first answer when another tab answered the same question too', () => {
    const question = quiz.questions[0];
    const here = answerCurrent(deck, started, id, rightResponse(deck, question), minutes(1)).progress;
    const there = answerCurrent(deck, started, id, wrongResponse(deck, question), minutes(2)).progress;
    const merged = mergeProgress(here, there);
    expect(merged.answers).toHaveLength(2);
    const state = sessionState(deck, merged, id)!;
    expect([state.position, state.score, state.answered]).toEqual([1, { asked: 1, earned: 1, percent: 100 }, 1]);
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
  /** Only release questions about two talks: right for Pike items, wrong for the others. */
  const scope = { talks: ['octavia-update', 'fwaas-v2'] };
  const quiz: Quiz = generateQuiz(deck, { seed: FIXED_SEED, now: FIXED_NOW, kinds: ['which-release'], scope });
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

  it('asks every release question of the two talks, one per text', () => {
    // Octavia: 2 Pike, 2 Queens (its Horizon item reads like FWaaS's); FWaaS: 2 history, 2 Pike, 1 Queens, 1 Rocky.
    expect(quiz.questions).toHaveLength(10);
  });

  it('gives 100 % for Pike and 0 % elsewhere, per release, project and talk, the same on every screen', () => {
    const score = scoreOf(deck, progress, session);
    expect(score.releases).toEqual({
      havana: { asked: 1, earned: 0, percent: 0 },
      newton: { asked: 1, earned: 0, percent: 0 },
      pike: { asked: 4, earned: 4, percent: 100 },
      queens: { asked: 3, earned: 0, percent: 0 },
      rocky: { asked: 1, earned: 0, percent: 0 },
    });
    expect(score.projects.octavia).toEqual({ asked: 4, earned: 2, percent: 50 });
    expect(score.projects.fwaas).toEqual({ asked: 6, earned: 2, percent: 33 });
    expect(score.talks['fwaas-v2']).toEqual({ asked: 6, earned: 2, percent: 33 });
    expect(score.total).toEqual({ asked: 10, earned: 4, percent: 40 });
    // The running score, the results and the trend say the same.
    expect(sessionState(deck, progress, session)!.score).toEqual(score.total);
    expect(trend(deck, progress).map((point) => [point.session.id, point.score])).toEqual([[session, score.total]]);
  });

  it('lists the missed items in deck order; a later right answer takes one off the list', () => {
    const missed = missedItems(deck, progress, session).map((item) => item.id);
    expect(missed).toEqual([
      'octavia-active-active',
      'octavia-flavors',
      'fwaas-v1',
      'fwaas-v2-api',
      'fwaas-zones',
      'fwaas-v1-eol',
    ]);
    const { progress: next, quiz: review } = reviewItems(deck, progress, missed, 7, minutes(60), scope);
    expect(next.sessions.at(-1)).toMatchObject({ kind: 'review', scope });
    expect(review.questions.flatMap((question) => question.targets).sort()).toEqual([...missed].sort());
    // A later right answer about fwaas-zones takes it off this session's list.
    const zones = buildQuestion(deck, 'which-release:fwaas-zones', 1)!;
    const later = recordAnswer(deck, next, {
      question: zones.id,
      session: review.session.id,
      at: minutes(61),
      response: rightResponse(deck, zones),
    });
    expect(missedItems(deck, later, session).map((item) => item.id)).toEqual(
      missed.filter((item) => item !== 'fwaas-zones'),
    );
  });

  it('counts due cards, within a filter too', () => {
    // Every answered item has a card due again a few minutes later (ts-fsrs learning steps).
    expect(dueCount(deck, progress, minutes(0))).toBe(0);
    const later = minutes(60 * 24 * 30);
    expect(dueCount(deck, progress, later)).toBe(10);
    expect(dueCount(deck, progress, later, { filter: { ...all, releases: ['pike'] } })).toBe(4);
  });

  it('says how many items of each release are known, learning or new', () => {
    expect(progressByRelease(deck, progress).find((line) => line.release === 'pike')).toEqual({
      release: 'pike',
      total: 7,
      counts: { known: 0, learning: 4, new: 3 },
    });
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
    // Rocky has one item: one question about it, never which release.
    expect(quiz.questions.map((question) => question.id)).toEqual(['recall:fwaas:rocky']);
    expect(availableQuestions(deck, plan)).toBe(1);
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
    expect(review.questions.flatMap((question) => question.targets).sort()).toEqual([
      'cinder-bfv-default',
      'cinder-image-driver',
    ]);
    expect(review.questions.every((question) => question.kind !== 'which-project')).toBe(true);
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
