/**
 * The language switch of the study page: it carries the screen, the home screen's choice and the session on
 * screen to the other edition, which adds the session to progress of its own and shows the same question.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyProgress, generateQuiz, type Progress } from '../../../quiz/index.ts';
import { loadDeck } from '../../../src/model/fs.ts';
import { handOverHash, readHandOver, takeHandOver } from '../../../src/study/hand-over.ts';
import { answerCurrent, sessionState, startSession, type StudyPlan } from '../../../src/study/session.ts';
import { FIXED_NOW } from '../../fixtures/quiz/deck.ts';
import { rightResponse, wrongResponse } from './responses.ts';

const slides = path.resolve('slides');
const french = loadDeck(process.cwd(), slides, 'boston-2017');
const english = loadDeck(process.cwd(), slides, 'boston-2017-en');
const minutes = (count: number) => new Date(FIXED_NOW.getTime() + count * 60_000);
const plan: StudyPlan = { mode: 'quiz', filter: { releases: ['pike'], projects: [], talks: [] }, limit: 5 };

/** A French session of five questions with its first two answered (one right, one wrong). */
function frenchSession(): { progress: Progress; session: string } {
  const quiz = generateQuiz(french, { seed: 42, now: FIXED_NOW, limit: 5 });
  let progress = startSession(emptyProgress(), quiz);
  for (const [index, right] of [true, false].entries()) {
    const question = sessionState(french, progress, quiz.session.id)!.current!;
    const response = right ? rightResponse(french, question) : wrongResponse(french, question);
    progress = answerCurrent(french, progress, quiz.session.id, response, minutes(index + 1)).progress;
  }
  return { progress, session: quiz.session.id };
}

describe('the study page’s language switch', () => {
  it('carries a question on screen to the same question of the other edition, its score and answers with it', () => {
    const { progress, session } = frenchSession();
    const hash = handOverHash({ screen: 'quiz', session }, plan, progress);
    const carried = readHandOver(hash, english, minutes(3))!;
    expect(carried.view).toEqual({ screen: 'quiz', session });
    expect(carried.plan).toEqual(plan);
    const taken = takeHandOver(english, emptyProgress(), carried.progress!);
    const before = sessionState(french, progress, session)!;
    const after = sessionState(english, taken, session)!;
    expect(after.position).toBe(2);
    expect(after.current!.id).toBe(before.current!.id);
    expect(after.score).toEqual(before.score);
    // The English edition's cards learnt the answers too.
    expect(Object.keys(taken.cards).sort()).toEqual(Object.keys(progress.cards).sort());
  });

  it('keeps the edition’s own progress, and taking the same session twice changes nothing', () => {
    const { progress, session } = frenchSession();
    const earlier = frenchSession().progress;
    const own: Progress = { ...earlier, sessions: earlier.sessions.map((known) => ({ ...known, id: 'older' })) };
    const carried = readHandOver(handOverHash({ screen: 'quiz', session }, undefined, progress), english, minutes(3))!;
    const once = takeHandOver(english, own, carried.progress!);
    expect(once.sessions.map((known) => known.id)).toEqual(['older', session]);
    expect(takeHandOver(english, once, carried.progress!)).toEqual(once);
  });

  it('carries the home screen and every session’s results without a session', () => {
    const { progress } = frenchSession();
    expect(readHandOver(handOverHash({ screen: 'home' }, plan, progress), english, FIXED_NOW)).toEqual({
      view: { screen: 'home' },
      plan,
    });
    expect(readHandOver(handOverHash({ screen: 'results' }, undefined, progress), english, FIXED_NOW)).toEqual({
      view: { screen: 'results' },
    });
  });

  it('reads nothing from an address that carries nothing readable', () => {
    for (const hash of [
      '',
      '#/octavia-update',
      '#carry=',
      '#carry=%7B',
      '#carry=%22x%22',
      '#carry=%7B%22view%22%3A3%7D',
    ]) {
      expect(readHandOver(hash, english, FIXED_NOW), hash).toBeUndefined();
    }
    expect(readHandOver(`#carry=${'x'.repeat(300_000)}`, english, FIXED_NOW)).toBeUndefined();
    // Unreadable progress is dropped, the screen kept.
    const hostile = `#carry=${encodeURIComponent(JSON.stringify({ view: { screen: 'home' }, progress: '{"version":3,"answers":"x"}' }))}`;
    expect(readHandOver(hostile, english, FIXED_NOW)).toEqual({ view: { screen: 'home' } });
  });
});
