import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/model/fs.ts';
import { buildHandout } from '../../src/deck/handout.ts';

const deck = loadDeck(process.cwd(), resolve('slides'));
const handout = buildHandout(deck);

describe('the handout appendix', () => {
  it('lists every item exactly once, by project: history as written, then the roadmap by release', () => {
    const rows = handout.roadmapPages.flat();
    const items = deck.talks.flatMap((talk) => [...(talk.history ?? []), ...(talk.roadmap ?? [])]);
    expect(rows.map((row) => row.text).sort()).toEqual(items.map((item) => item.text).sort());
    const fwaas = rows.filter((row) => row.project === 'FWaaS').map((row) => row.release);
    expect(fwaas).toEqual([
      'Havana',
      'octobre 2015',
      'Newton',
      'Pike',
      'Pike',
      'Pike',
      'Pike',
      'Queens',
      'Queens',
      'Queens',
      'Rocky',
    ]);
  });

  it('gives every item of the quiz an answer, on pages of at most six', () => {
    const answers = handout.answerKeyPages.flat();
    expect(answers).toHaveLength(
      deck.talks.reduce((sum, t) => sum + (t.roadmap?.length ?? 0) + (t.history?.length ?? 0), 0),
    );
    expect(answers.every(({ question, answer }) => question.length > 0 && answer.length > 0)).toBe(true);
    expect(Math.max(...handout.answerKeyPages.map((page) => page.length))).toBeLessThanOrEqual(6);
    expect(answers.find(({ question }) => question.includes('Haute disponibilité active/active'))?.answer).toBe(
      'Queens',
    );
  });
});
