import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collectItems,
  describeConfusion,
  generateQuiz,
  scoreAnswers,
  type Score,
  type Tally,
} from '../../../quiz/index.ts';
import { answerOf, FIXED_NOW, fixtureDeck } from '../../fixtures/quiz/deck.ts';
import { anyResponses } from '../../fixtures/quiz/responses.ts';

const tally = (asked: number, recalled: number, percent: number): Tally => ({ asked, recalled, percent });

const answers = [
  answerOf('which-release:octavia-active-active', { kind: 'which-release', choice: 'pike' }),
  answerOf('which-release:octavia-flavors', { kind: 'which-release', choice: 'pike' }),
  answerOf('which-release:octavia-horizon', { kind: 'which-release', choice: 'queens' }),
  answerOf('which-release:osa-official', { kind: 'which-release', choice: 'newton' }),
  answerOf('recall:octavia:pike', { kind: 'recall', typed: ['CLI'] }),
  answerOf('which-project:fwaas-reboot', { kind: 'which-project', choice: 'fwaas' }),
  answerOf('which-release:cinder-bfv-default', { kind: 'which-release', choice: 'backlog' }),
];

describe('scoreAnswers', () => {
  it('scores per release, project and talk, with a confusion table', () => {
    expect(scoreAnswers(fixtureDeck, answers)).toEqual({
      total: tally(8, 5, 63),
      releases: {
        havana: tally(0, 0, 0),
        newton: tally(1, 1, 100),
        pike: tally(2, 1, 50),
        queens: tally(3, 1, 33),
        rocky: tally(0, 0, 0),
        backlog: tally(1, 1, 100),
      },
      projects: {
        octavia: tally(5, 2, 40),
        'openstack-ansible': tally(1, 1, 100),
        fwaas: tally(1, 1, 100),
        cinder: tally(1, 1, 100),
      },
      talks: {
        'octavia-update': tally(5, 2, 40),
        'openstack-ansible-update': tally(1, 1, 100),
        'fwaas-v2': tally(1, 1, 100),
        'cinder-beyond': tally(1, 1, 100),
      },
      confusion: [
        { expected: 'newton', given: 'newton', count: 1 },
        { expected: 'queens', given: 'pike', count: 2 },
        { expected: 'queens', given: 'queens', count: 1 },
        { expected: 'backlog', given: 'backlog', count: 1 },
      ],
    } satisfies Score);
  });

  it('says a confusion in words', () => {
    expect(describeConfusion(fixtureDeck, { expected: 'queens', given: 'pike', count: 3 })).toBe(
      '3 éléments Queens placés sous Pike',
    );
    expect(describeConfusion(fixtureDeck, { expected: 'backlog', given: 'rocky', count: 1 })).toBe(
      '1 élément Backlog (sans release) placé sous Rocky',
    );
  });

  it('counts an item recalled only if every answer about it was right', () => {
    const twice = [
      answerOf('which-release:octavia-cli', { kind: 'which-release', choice: 'pike' }),
      answerOf('recall:octavia:pike', { kind: 'recall', typed: ['fusion lbaas'] }),
    ];
    expect(scoreAnswers(fixtureDeck, twice).projects.octavia).toEqual(tally(2, 1, 50));
  });

  it('is empty with no answers', () => {
    const score = scoreAnswers(fixtureDeck, []);
    expect(score.total).toEqual(tally(0, 0, 0));
    expect(score.confusion).toEqual([]);
  });
});

describe('scores, for any answers', () => {
  const quizzes = fc
    .integer({ min: 0, max: 0xffffffff })
    .map((seed) => generateQuiz(fixtureDeck, { seed, now: FIXED_NOW }));
  const answered = quizzes.chain((quiz) =>
    anyResponses(fixtureDeck, quiz.questions).map((responses) =>
      quiz.questions.map((question, index) => answerOf(question.id, responses[index])),
    ),
  );
  const tallies = (score: Score) => [
    score.total,
    ...[score.releases, score.projects, score.talks].flatMap(Object.values),
  ];

  it('never exceed their totals', () => {
    fc.assert(
      fc.property(answered, (all) => {
        for (const { asked, recalled, percent } of tallies(scoreAnswers(fixtureDeck, all))) {
          expect(recalled).toBeLessThanOrEqual(asked);
          expect(percent).toBeGreaterThanOrEqual(0);
          expect(percent).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('do not depend on the order of the answers', () => {
    fc.assert(
      fc.property(
        answered.chain((all) => fc.tuple(fc.constant(all), fc.shuffledSubarray(all, { minLength: all.length }))),
        ([all, shuffled]) => {
          expect(scoreAnswers(fixtureDeck, shuffled)).toEqual(scoreAnswers(fixtureDeck, all));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('ask, per release, every item of that release once the whole quiz is answered', () => {
    const items = collectItems(fixtureDeck);
    fc.assert(
      fc.property(answered, (all) => {
        const score = scoreAnswers(fixtureDeck, all);
        for (const [release, { asked }] of Object.entries(score.releases)) {
          expect(asked, release).toBe(items.filter((item) => item.release === release).length);
        }
        expect(score.total.asked).toBe(items.length);
      }),
      { numRuns: 50 },
    );
  });
});
