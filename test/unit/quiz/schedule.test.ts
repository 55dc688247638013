import { Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/model/index.ts';
import {
  answerKey,
  dueItems,
  emptyProgress,
  gradeAnswer,
  gradeOf,
  itemStatuses,
  lapseCards,
  planReview,
  quizForItems,
  recordAnswer,
  type Answer,
  type Progress,
  type SelfGrade,
} from '../../../quiz/index.ts';
import { answerOf, FIXED_NOW, fixtureDeck } from '../../fixtures/quiz/deck.ts';

const minutes = (count: number) => new Date(FIXED_NOW.getTime() + count * 60_000);

function record(progress: Progress, ...answers: Answer[]): Progress {
  return answers.reduce((current, answer) => recordAnswer(fixtureDeck, current, answer), progress);
}

const release = (item: string, choice: string, options?: { grade?: SelfGrade; at?: Date }) =>
  answerOf(`which-release:${item}`, { kind: 'which-release', choice }, options);

describe('grades', () => {
  it('wrong → Again whatever the learner says; right → the learner’s grade, Good by default', () => {
    expect([gradeOf(false, 'easy'), gradeOf(true), gradeOf(true, 'hard'), gradeOf(true, 'easy')]).toEqual([
      Rating.Again,
      Rating.Good,
      Rating.Hard,
      Rating.Easy,
    ]);
  });
});

describe('recordAnswer', () => {
  const progress = record(
    emptyProgress(),
    release('octavia-active-active', 'pike'),
    release('octavia-flavors', 'queens'),
    release('octavia-horizon', 'queens', { grade: 'easy' }),
  );

  it('keeps the answers and schedules one card per item judged (ts-fsrs defaults)', () => {
    expect(progress.answers).toHaveLength(3);
    expect(progress.cards['octavia-active-active'].card).toMatchObject({
      due: minutes(1),
      state: State.Learning,
      reps: 1,
    });
    expect(progress.cards['octavia-flavors'].card).toMatchObject({ due: minutes(10), state: State.Learning });
    expect(progress.cards['octavia-horizon'].card).toMatchObject({
      due: new Date('2017-05-19T09:00:00.000Z'),
      state: State.Review,
      scheduled_days: 8,
    });
    expect(progress.cards['octavia-horizon'].fingerprint).toMatch(/^[0-9a-f]{8}$/);
  });

  it('redoes an answer’s review when the learner grades it afterwards, from the card it started from', () => {
    const answered = record(emptyProgress(), release('octavia-cli', 'pike'));
    const key = answerKey(answered.answers[0]);
    const easy = gradeAnswer(fixtureDeck, answered, key, 'easy');
    expect(easy.answers[0].grade).toBe('easy');
    expect(easy.cards['octavia-cli'].card).toMatchObject({ state: State.Review, reps: 1, scheduled_days: 8 });
    // Graded again: still one review, now Hard.
    const hard = gradeAnswer(fixtureDeck, easy, key, 'hard');
    expect(hard.cards['octavia-cli'].card).toMatchObject({ state: State.Learning, reps: 1, due: minutes(6) });
    // An answer not in the progress changes nothing.
    expect(gradeAnswer(fixtureDeck, answered, 'nope', 'easy')).toBe(answered);
  });

  it('grades only the items answered right: a wrong one stays Again', () => {
    const answered = record(
      emptyProgress(),
      answerOf('recall:octavia:pike', { kind: 'recall', typed: ['CLI', 'nope'] }),
    );
    const graded = gradeAnswer(fixtureDeck, answered, answerKey(answered.answers[0]), 'easy');
    expect(graded.cards['octavia-cli'].card.state).toBe(State.Review);
    expect(graded.cards['octavia-lbaas-merge'].card.due).toEqual(minutes(1));
  });

  it('does not change the progress it was given', () => {
    const before = structuredClone(progress);
    record(progress, release('octavia-cli', 'pike'));
    expect(progress).toEqual(before);
  });

  it('reviews only picked distractors, not those rightly left', () => {
    const after = record(
      emptyProgress(),
      answerOf('which-items:fwaas:rocky', {
        kind: 'which-items',
        shown: ['fwaas-zones', 'fwaas-v1-eol', 'fwaas-logging'],
        picked: ['fwaas-v1-eol', 'fwaas-zones'],
      }),
    );
    expect(Object.keys(after.cards).sort()).toEqual(['fwaas-v1-eol', 'fwaas-zones']);
    expect(after.cards['fwaas-zones'].card.due).toEqual(minutes(1)); // Again
  });

  it('accepts an answer recorded out of order', () => {
    const late = record(
      emptyProgress(),
      release('octavia-cli', 'pike', { at: minutes(30) }),
      release('octavia-cli', 'pike'),
    );
    expect(late.cards['octavia-cli'].card.reps).toBe(2);
  });

  it('resets a card when the item’s text or release changed', () => {
    const moved: Deck = structuredClone(fixtureDeck);
    moved.talks[0].roadmap![0].release = 'queens'; // octavia-lbaas-merge: pike → queens
    const before = record(
      emptyProgress(),
      release('octavia-lbaas-merge', 'pike'),
      release('octavia-lbaas-merge', 'pike', { at: minutes(20) }),
    );
    expect(before.cards['octavia-lbaas-merge'].card.reps).toBe(2);
    const after = recordAnswer(moved, before, release('octavia-lbaas-merge', 'queens', { at: minutes(30) }));
    expect(after.cards['octavia-lbaas-merge'].card.reps).toBe(1);
  });
});

describe('item states', () => {
  it('are new, then learning, then known once the latest answer is right and the card graduated', () => {
    const state = (progress: Progress, item: string) => itemStatuses(fixtureDeck, progress).get(item);
    expect(state(emptyProgress(), 'octavia-cli')).toEqual({ state: 'new', lastRight: undefined });
    const once = record(emptyProgress(), release('octavia-cli', 'pike'));
    expect(state(once, 'octavia-cli')).toEqual({ state: 'learning', lastRight: true });
    const again = record(once, release('octavia-cli', 'pike', { at: minutes(15) }));
    expect(state(again, 'octavia-cli')).toEqual({ state: 'known', lastRight: true });
    const missed = record(again, release('octavia-cli', 'queens', { at: minutes(60 * 24 * 3) }));
    expect(state(missed, 'octavia-cli')).toEqual({ state: 'learning', lastRight: false });
    const easy = record(emptyProgress(), release('octavia-cli', 'pike', { grade: 'easy' }));
    expect(state(easy, 'octavia-cli')).toEqual({ state: 'known', lastRight: true });
  });
});

describe('reviews', () => {
  const progress = record(
    emptyProgress(),
    release('octavia-flavors', 'queens'), // due in 10 minutes
    release('octavia-active-active', 'pike'), // due in 1 minute
    release('octavia-horizon', 'queens', { grade: 'easy' }), // due in 8 days
  );

  it('lists due cards, most overdue first', () => {
    expect(dueItems(fixtureDeck, progress, minutes(0))).toEqual([]);
    expect(dueItems(fixtureDeck, progress, minutes(5))).toEqual(['octavia-active-active']);
    expect(dueItems(fixtureDeck, progress, minutes(60))).toEqual(['octavia-active-active', 'octavia-flavors']);
  });

  it('draws the due cards first, then new items in seeded order, asking each with a mix of kinds', () => {
    const review = planReview(fixtureDeck, progress, { seed: 1, now: minutes(60), limit: 5 });
    expect(review.session).toEqual({
      id: 'review-2017-05-11T10:00:00.000Z-1',
      kind: 'review',
      seed: 1,
      startedAt: minutes(60),
    });
    expect(review.questions.map((question) => question.id)).toEqual([
      'which-release:octavia-active-active',
      'which-project:octavia-flavors',
      'sort:openstack-ansible',
      'recall:fwaas:rocky',
      'which-release:octavia-cli',
    ]);
    expect(planReview(fixtureDeck, progress, { seed: 1, now: minutes(60), limit: 5 })).toEqual(review);
  });

  it('leaves out items not yet due, and asks only what the scope allows', () => {
    const all = planReview(fixtureDeck, progress, { seed: 1, now: minutes(60), limit: 100 }).questions;
    expect(all.flatMap((question) => question.targets)).not.toContain('octavia-horizon');
    expect(all.map((question) => question.id)).toContain('which-project:fwaas-reboot');
    const queens = planReview(fixtureDeck, progress, {
      seed: 1,
      now: minutes(60),
      limit: 100,
      scope: { releases: ['queens'] },
    }).questions;
    expect(queens.map((question) => question.kind)).not.toContain('which-release');
    expect(queens.map((question) => question.id)).toEqual([
      'in-release:octavia-active-active',
      'which-project:octavia-flavors',
      'recall:openstack-ansible:queens',
      'which-items:fwaas:queens',
    ]);
  });

  it('reviews chosen items, each once, in the order given', () => {
    const chosen = quizForItems(fixtureDeck, ['osa-centos', 'fwaas-zones', 'osa-centos', 'gone'], {
      seed: 3,
      now: FIXED_NOW,
    });
    expect(chosen.questions.flatMap((question) => question.targets)).toEqual(['osa-centos', 'fwaas-zones']);
  });
});

describe('items missed elsewhere (a live room)', () => {
  const progress = record(emptyProgress(), release('octavia-horizon', 'queens', { grade: 'easy', at: minutes(0) }));

  it('become cards due soon, known ones lapsing, new ones starting to learn', () => {
    const { cards, lapsed } = lapseCards(
      fixtureDeck,
      progress.cards,
      ['octavia-horizon', 'octavia-flavors'],
      minutes(10),
    );
    expect(lapsed).toEqual(['octavia-horizon', 'octavia-flavors']);
    expect(dueItems(fixtureDeck, { cards }, minutes(30)).sort()).toEqual(['octavia-flavors', 'octavia-horizon']);
    const states = itemStatuses(fixtureDeck, { answers: progress.answers, cards });
    expect(states.get('octavia-flavors')?.state).toBe('learning');
    expect(cards['octavia-horizon']!.card.lapses).toBe(1);
  });

  it('leave alone an unknown item, and a card reviewed since (the same misses brought twice)', () => {
    const once = lapseCards(fixtureDeck, progress.cards, ['octavia-flavors', 'no-such-item'], minutes(10));
    expect(once.lapsed).toEqual(['octavia-flavors']);
    const twice = lapseCards(fixtureDeck, once.cards, ['octavia-flavors'], minutes(10));
    expect(twice.lapsed).toEqual([]);
    expect(twice.cards).toEqual(once.cards);
    // Missed before the item was last studied: what was studied since stands.
    expect(lapseCards(fixtureDeck, progress.cards, ['octavia-horizon'], minutes(-5)).lapsed).toEqual([]);
  });
});
