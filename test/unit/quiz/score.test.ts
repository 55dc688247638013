import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateQuiz, scoreAnswers, type Score, type Tally } from '../../../quiz/index.ts';
import { answerOf, FIXED_NOW, fixtureDeck } from '../../fixtures/quiz/deck.ts';
import { anyResponses } from '../../fixtures/quiz/responses.ts';

const tally = (asked: number, earned: number, percent: number): Tally => ({ asked, earned, percent });

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
  it('scores per release, project and talk (only those asked), with a confusion table', () => {
    expect(scoreAnswers(fixtureDeck, answers)).toEqual({
      total: tally(8, 5, 63),
      releases: {
        newton: tally(1, 1, 100),
        pike: tally(2, 1, 50),
        queens: tally(3, 1, 33),
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
        { expected: 'newton', given: 'newton', count: 1, outside: false },
        { expected: 'queens', given: 'pike', count: 2, outside: false },
        { expected: 'queens', given: 'queens', count: 1, outside: false },
        { expected: 'backlog', given: 'backlog', count: 1, outside: false },
      ],
    } satisfies Score);
  });

  it('gives a multi-select the goals ticked less the wrong ticks, never counting a distractor left unticked', () => {
    const shown = ['octavia-active-active', 'octavia-cli', 'octavia-flavors', 'octavia-horizon', 'octavia-lbaas-merge'];
    const score = (picked: string[]) =>
      scoreAnswers(fixtureDeck, [answerOf('which-items:octavia:queens', { kind: 'which-items', shown, picked })]);
    // 3 goals; 2 ticked right and 1 wrong: 1 point of 3.
    expect(score(['octavia-active-active', 'octavia-flavors', 'octavia-cli']).total).toEqual(tally(3, 1, 33));
    // Nothing ticked: nothing earned, though both distractors were "left right".
    expect(score([]).total).toEqual(tally(3, 0, 0));
    // Everything ticked: 3 right, 2 wrong.
    expect(score(shown).total).toEqual(tally(3, 1, 33));
    expect(score(['octavia-active-active', 'octavia-flavors', 'octavia-horizon']).total).toEqual(tally(3, 3, 100));
    // A wrong tick is a confusion: a Pike item taken for Queens, outside a Queens-only scope.
    const scoped = scoreAnswers(
      fixtureDeck,
      [answerOf('which-items:octavia:queens', { kind: 'which-items', shown, picked: ['octavia-cli'] })],
      { releases: ['queens'] },
    );
    expect(scoped.confusion).toEqual([{ expected: 'pike', given: 'queens', count: 1, outside: true }]);
    expect(Object.keys(scoped.releases)).toEqual(['queens']);
  });

  it('gives a sort one point per card placed right, and a recall one per item named', () => {
    const sort = answerOf('sort:openstack-ansible', {
      kind: 'sort',
      cards: ['osa-official', 'osa-uwsgi', 'osa-centos', 'osa-ops-guide'],
      placed: { 'osa-official': 'newton', 'osa-uwsgi': 'newton', 'osa-centos': 'pike' },
    });
    expect(scoreAnswers(fixtureDeck, [sort]).total).toEqual(tally(4, 2, 50));
    const recall = answerOf('recall:openstack-ansible:pike', { kind: 'recall', typed: ['centos 7', 'uwsgi'] });
    expect(scoreAnswers(fixtureDeck, [recall]).total).toEqual(tally(3, 2, 67));
  });

  it('counts an item each time it is asked', () => {
    const twice = [
      answerOf('which-release:octavia-cli', { kind: 'which-release', choice: 'pike' }),
      answerOf('recall:octavia:pike', { kind: 'recall', typed: ['fusion lbaas'] }),
    ];
    expect(scoreAnswers(fixtureDeck, twice).projects.octavia).toEqual(tally(3, 2, 67));
  });

  it('is empty with no answers', () => {
    const score = scoreAnswers(fixtureDeck, []);
    expect(score.total).toEqual(tally(0, 0, 0));
    expect(score.releases).toEqual({});
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
        for (const { asked, earned, percent } of tallies(scoreAnswers(fixtureDeck, all))) {
          expect(earned).toBeLessThanOrEqual(asked);
          expect(earned).toBeGreaterThanOrEqual(0);
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
});
