/** The whole page on the fixture deck, with progress in a storage of its own. */
import { flushSync, tick } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress, generateQuiz, emptyProgress } from '../../../quiz/index.ts';
import Study from '../../../src/study/Study.svelte';
import { answerCurrent, sessionState, startSession } from '../../../src/study/session.ts';
import { progressKey } from '../../../src/study/storage.ts';
import { FIXED_NOW, FIXED_SEED, fixtureDeck as deck } from '../../fixtures/quiz/deck.ts';
import { MemoryStorage, rightResponse } from '../../unit/study/responses.ts';
import { render, texts } from '../render.ts';

const key = progressKey(deck.slug);
const mount = (storage: Storage) => render(Study, { deck, storage, now: () => FIXED_NOW, seed: () => FIXED_SEED });
const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name)!;

/** A localStorage that has filled up: reads work, writes throw QuotaExceededError. */
class FullStorage extends MemoryStorage {
  full = false;
  override setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('Study', () => {
  it('opens on the plan, with how many questions match and how many cards are due', () => {
    const target = mount(new MemoryStorage());
    expect(texts(target, 'h1 .page-name')).toEqual(['Réviser les feuilles de route']);
    expect(texts(target, 'h2')).toContain('Que voulez-vous réviser ?');
    expect(target.querySelector('[data-available]')!.getAttribute('data-available')).toBe(
      String(generateQuiz(deck, { seed: 1, now: FIXED_NOW }).questions.length),
    );
    expect(texts(target, '[data-due]')).toContain('Aucune carte à revoir maintenant.');
    expect(target.querySelector('.notice')).toBeNull();
  });

  it('narrows the questions to the chosen project and starts a session of N', async () => {
    const storage = new MemoryStorage();
    const target = mount(storage);
    const cinder = [...target.querySelectorAll<HTMLInputElement>('.filter input')].find(
      (input) => input.value === 'cinder',
    )!;
    cinder.click();
    flushSync();
    // Cinder's two backlog items: two questions at most, one item each.
    expect(target.querySelector('[data-available]')!.getAttribute('data-available')).toBe('2');
    expect(texts(target, '.filter legend .chosen')).toEqual(['(toutes)', '(1 sur 4)', '(toutes)']);
    target.querySelector<HTMLFormElement>('form.plan')!.requestSubmit();
    await tick();
    const form = target.querySelector('form.question')!;
    expect(form.getAttribute('data-question-id')).toMatch(/cinder/);
    expect(texts(target, '.position')).toEqual(['Question 1 sur 2']);
    expect(storage.getItem(key)).toContain('"questions"');
  });

  it('keeps the learner’s last choice of scope and mode for the next visit', () => {
    const first = mount(new MemoryStorage());
    const input = (root: HTMLElement, value: string) =>
      [...root.querySelectorAll<HTMLInputElement>('form.plan input')].find((candidate) => candidate.value === value)!;
    input(first, 'pike').click();
    input(first, 'review').click();
    flushSync();
    const again = mount(new MemoryStorage());
    expect(input(again, 'pike').checked).toBe(true);
    expect(input(again, 'review').checked).toBe(true);
    expect(texts(again, '.filter legend .chosen')).toEqual(['(1 sur 6)', '(tous)', '(toutes)']);
  });

  it('resumes the stored session at its next question', () => {
    const quiz = generateQuiz(deck, { seed: FIXED_SEED, now: FIXED_NOW, limit: 3 });
    const started = startSession(emptyProgress(), quiz);
    const first = sessionState(deck, started, quiz.session.id)!.current!;
    const { progress } = answerCurrent(deck, started, quiz.session.id, rightResponse(deck, first), FIXED_NOW);
    const storage = new MemoryStorage();
    storage.setItem(key, encodeProgress(progress));
    const target = mount(storage);
    expect(target.querySelector('form.question')!.getAttribute('data-question-id')).toBe(quiz.questions[1].id);
    expect(texts(target, '.position')).toEqual(['Question 2 sur 3']);
    expect(texts(target, '.score')).toEqual(['Score : 100 %']);
  });

  it('opens over unreadable progress and says so', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, '{"version": 2, "answers": [{"question": "which-release:gone"}], "sessions": 3');
    const target = mount(storage);
    // Nothing could be kept: the heading says so, and nothing claims a partial restore.
    expect(texts(target, '.notice h2')).toEqual(['Progression illisible']);
    expect(texts(target, '.notice li')[0]).toMatch(/JSON invalide/);
    expect(texts(target, '.notice button')).toContain('Télécharger les données d’origine');
    expect(texts(target, 'h2')).toContain('Que voulez-vous réviser ?');
  });

  it('asks before erasing the progress, and erases only when confirmed', async () => {
    const storage = new MemoryStorage();
    const quiz = generateQuiz(deck, { seed: FIXED_SEED, now: FIXED_NOW, limit: 1 });
    const started = startSession(emptyProgress(), quiz);
    const first = sessionState(deck, started, quiz.session.id)!.current!;
    storage.setItem(
      key,
      encodeProgress(answerCurrent(deck, started, quiz.session.id, rightResponse(deck, first), FIXED_NOW).progress),
    );
    const target = mount(storage);
    // The only session is complete: the page opens on the plan.
    expect(texts(target, '[data-answers]')).toEqual(['1 réponse en 1 session.']);
    button(target, 'Effacer la progression…').click();
    await tick();
    expect(texts(target, '.confirm p')[0]).toMatch(/^Effacer toutes les réponses/);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement?.textContent?.trim()).toBe('Effacer');
    button(target, 'Annuler').click();
    await tick();
    expect(storage.getItem(key)).not.toBeNull();
    button(target, 'Effacer la progression…').click();
    await tick();
    button(target, 'Effacer').click();
    await tick();
    expect(storage.getItem(key)).toBeNull();
    expect(texts(target, '.message p')).toEqual(['Progression effacée.']);
    expect(texts(target, '[data-answers]')).toEqual(['Aucune réponse enregistrée pour l’instant.']);
  });

  it('with full storage, shows what was saved, says plainly that new answers are not stored, and offers the export', async () => {
    const storage = new FullStorage();
    const quiz = generateQuiz(deck, { seed: FIXED_SEED, now: FIXED_NOW, limit: 3 });
    const started = startSession(emptyProgress(), quiz);
    const first = sessionState(deck, started, quiz.session.id)!.current!;
    const { progress } = answerCurrent(deck, started, quiz.session.id, rightResponse(deck, first), FIXED_NOW);
    storage.setItem(key, encodeProgress(progress));
    storage.full = true;
    const target = mount(storage);
    // What was stored before the storage filled up is there.
    expect(texts(target, '.position')).toEqual(['Question 2 sur 3']);
    expect(target.querySelector('[data-unsaved]')).toBeNull();
    button(target, 'Je ne sais pas').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    flushSync();
    const notice = target.querySelector('[data-unsaved="full"]')!;
    expect(texts(notice, 'h2')).toEqual(['Progression non enregistrée']);
    expect(texts(notice, 'p')[0]).toMatch(
      /^Le stockage de ce navigateur est plein : vos réponses sont gardées dans cet onglet seulement/,
    );
    expect(texts(notice, 'button')).toEqual(['Exporter la progression']);
    // The answer shows, kept for this tab; nothing claims it is stored.
    expect(decodeProgress(storage.getItem(key), deck).progress.answers).toHaveLength(1);
  });
});
