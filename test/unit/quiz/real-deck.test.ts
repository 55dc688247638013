/**
 * The quiz over the real recap in slides/boston-2017. Its content is being written: while it does not load,
 * these tests are skipped (the data's own checks report why); exact outputs live in the fixture tests.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quizWords } from '../../../src/locale/index.ts';
import { loadDeck } from '../../../src/model/fs.ts';
import type { Deck } from '../../../src/model/index.ts';
import {
  buildAnkiNotes,
  buildAnkiTsv,
  checkAnswer,
  collectItems,
  decodeProgress,
  encodeProgress,
  generateQuiz,
  scoreAnswers,
  scopeQuestions,
  type Response,
} from '../../../quiz/index.ts';
import { answerOf, FIXED_NOW } from '../../fixtures/quiz/deck.ts';
import { anyResponses } from '../../fixtures/quiz/responses.ts';

function tryLoad(): Deck | undefined {
  try {
    return loadDeck(process.cwd(), path.resolve('slides'), 'boston-2017');
  } catch {
    return undefined;
  }
}

const deck = tryLoad();

describe.runIf(deck)('quiz over slides/boston-2017', () => {
  const real = deck!;
  const items = collectItems(real);
  const seeds = fc.integer({ min: 0, max: 0xffffffff });

  it('has items to ask about', () => {
    expect(items.length).toBeGreaterThan(0);
  });

  it('can ask about every item, for any seed', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const asked = new Set(scopeQuestions(real, {}, seed).flatMap((question) => question.targets));
        expect(items.filter((item) => !asked.has(item.id)).map((item) => item.id)).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });

  it('has exactly one right choice per single-choice question', () => {
    for (const question of scopeQuestions(real, {}, 1)) {
      if (question.kind !== 'which-release' && question.kind !== 'which-project' && question.kind !== 'in-release') {
        continue;
      }
      const { kind } = question;
      const right = question.choices.filter(
        (choice) => checkAnswer(real, answerOf(question.id, { kind, choice: choice.id } as Response)).right,
      );
      expect(right, question.id).toHaveLength(1);
    }
  });

  it('scores a whole session inside its scope, and round-trips its progress', () => {
    const quiz = generateQuiz(real, { seed: 2017, now: FIXED_NOW, scope: { releases: ['pike'] } });
    fc.assert(
      fc.property(anyResponses(real, quiz.questions), (responses) => {
        const answers = quiz.questions.map((question, index) => answerOf(question.id, responses[index]));
        const score = scoreAnswers(real, answers, { releases: ['pike'] });
        expect(Object.keys(score.releases)).toEqual(['pike']);
        const progress = { sessions: [quiz.session], answers, cards: {} };
        expect(decodeProgress(encodeProgress(progress), real).progress).toEqual(progress);
      }),
      { numRuns: 10 },
    );
  });

  it('exports one Anki note per item', () => {
    const words = quizWords(real.language);
    expect(buildAnkiNotes(real, words)).toHaveLength(items.length);
    expect(buildAnkiTsv(real, words).split('\n').slice(6, -1)).toHaveLength(items.length);
    expect(buildAnkiNotes(real, words)[0].guid).toMatch(/^summit-recap:boston-2017:[a-z0-9-]+$/);
  });
});
