import { Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/model/index.ts';
import {
  dueItems,
  emptyProgress,
  gradeOf,
  planReview,
  recordAnswer,
  type Answer,
  type Progress,
} from '../../../quiz/index.ts';
import { answerOf, FIXED_NOW, fixtureDeck } from '../../fixtures/quiz/deck.ts';

const minutes = (count: number) => new Date(FIXED_NOW.getTime() + count * 60_000);

function record(progress: Progress, ...answers: Answer[]): Progress {
  return answers.reduce((current, answer) => recordAnswer(fixtureDeck, current, answer), progress);
}

const release = (item: string, choice: string, options?: { sure?: boolean; at?: Date }) =>
  answerOf(`which-release:${item}`, { kind: 'which-release', choice }, options);

describe('grades', () => {
  it('wrong → Again, right → Good, right and sure → Easy', () => {
    expect([gradeOf(false, false), gradeOf(false, true), gradeOf(true, false), gradeOf(true, true)]).toEqual([
      Rating.Again,
      Rating.Again,
      Rating.Good,
      Rating.Easy,
    ]);
  });
});

describe('recordAnswer', () => {
  const progress = record(
    emptyProgress(),
    release('octavia-active-active', 'pike'),
    release('octavia-flavors', 'queens'),
    release('octavia-horizon', 'queens', { sure: true }),
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

describe('reviews', () => {
  const progress = record(
    emptyProgress(),
    release('octavia-flavors', 'queens'), // due in 10 minutes
    release('octavia-active-active', 'pike'), // due in 1 minute
    release('octavia-horizon', 'queens', { sure: true }), // due in 8 days
  );

  it('lists due cards, most overdue first', () => {
    expect(dueItems(fixtureDeck, progress, minutes(0))).toEqual([]);
    expect(dueItems(fixtureDeck, progress, minutes(5))).toEqual(['octavia-active-active']);
    expect(dueItems(fixtureDeck, progress, minutes(60))).toEqual(['octavia-active-active', 'octavia-flavors']);
  });

  it('draws the due cards first, then new items in seeded order, one question each', () => {
    const review = planReview(fixtureDeck, progress, { seed: 1, now: minutes(60), limit: 5 });
    expect(review.session).toEqual({
      id: 'review-2017-05-11T10:00:00.000Z-1',
      kind: 'review',
      seed: 1,
      startedAt: minutes(60),
    });
    expect(review.questions.map((question) => question.id)).toEqual([
      'which-release:octavia-active-active',
      'which-release:octavia-flavors',
      'which-release:osa-uwsgi',
      'which-release:fwaas-v1-eol',
      'which-release:octavia-cli',
    ]);
    expect(planReview(fixtureDeck, progress, { seed: 1, now: minutes(60), limit: 5 })).toEqual(review);
  });

  it('asks the project of an item dated by `when` only, and leaves out items not yet due', () => {
    const questions = planReview(fixtureDeck, progress, { seed: 1, now: minutes(60), limit: 100 }).questions;
    expect(questions.map((question) => question.id)).toContain('which-project:fwaas-reboot');
    expect(questions.map((question) => question.id)).not.toContain('which-release:octavia-horizon');
    expect(questions).toHaveLength(18);
  });
});
