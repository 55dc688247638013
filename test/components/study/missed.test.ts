/**
 * The study page opened from a live room's score (study.html?missed=…&at=…): the offer to review the items
 * missed there, by name; now (a review of exactly those items) or later (they come due soon); each lapsed once.
 */
import { flushSync, tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeProgress, emptyProgress, encodeProgress, generateQuiz, type Progress } from '../../../quiz/index.ts';
import { studyMissedHref } from '../../../src/model/addresses.ts';
import Study from '../../../src/study/Study.svelte';
import { sessionState, startSession } from '../../../src/study/session.ts';
import { progressKey } from '../../../src/study/storage.ts';
import { FIXED_NOW, FIXED_SEED, fixtureDeck as deck } from '../../fixtures/quiz/deck.ts';
import { MemoryStorage } from '../../unit/study/responses.ts';
import { render, texts } from '../render.ts';

const key = progressKey(deck.slug);
const AT = '2017-05-11T08:30:00.000Z';
const MISSED = ['octavia-flavors', 'fwaas-zones', 'osa-official'];
const NAMES = ['Choix des flavors pour les load balancers', 'Notion de zone', 'Projet officiel OpenStack'];

/** Opens the page at the link, with a query and a hash of its own around the link's parameters. */
function openAt(storage: Storage, items: readonly string[] = MISSED, at = AT) {
  const link = studyMissedHref(items, at);
  history.replaceState(null, '', `/recap/study.html?lang=fr&${link.slice(link.indexOf('?') + 1)}#top`);
  return render(Study, { deck, storage, now: () => FIXED_NOW, seed: () => FIXED_SEED });
}

const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
const stored = (storage: Storage): Progress => decodeProgress(storage.getItem(key), deck).progress;
/** Lets the save (a promise) land and the page show what it said. */
const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
};

/** A localStorage that has filled up: writes throw QuotaExceededError. */
class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
  history.replaceState(null, '', '/');
});

describe('the offer a live room’s link brings', () => {
  it('names the items missed in the room, takes the focus, and leaves the address without the link’s parameters', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const target = openAt(new MemoryStorage(), [...MISSED, 'no-such-item', 'fwaas-zones']);
    const offer = target.querySelector('[data-missed-offer]')!;
    expect(offer.getAttribute('data-missed-offer')).toBe('new');
    expect(texts(offer, 'h2')).toEqual(['3 éléments manqués dans la salle']);
    expect(texts(offer, '.offer-text')).toEqual(NAMES);
    expect(texts(offer, '.offer-meta')).toEqual(['Octavia · Queens', 'FWaaS · Queens', 'OpenStack-Ansible · Newton']);
    expect(texts(offer, 'button')).toEqual(['Les réviser maintenant', 'Plus tard']);
    expect(document.activeElement).toBe(offer.querySelector('h2'));
    expect(offer.getAttribute('aria-labelledby')).toBe(offer.querySelector('h2')!.id);
    // The unknown id is dropped with a warning; the plan is still there below the offer.
    expect(warn).toHaveBeenCalledOnce();
    expect(texts(target, 'h2')).toContain('Que voulez-vous réviser ?');
    expect(`${location.pathname}${location.search}${location.hash}`).toBe('/recap/study.html?lang=fr#top');
  });

  it('“review now” lapses the items as of the room and starts a review of exactly those items', async () => {
    const storage = new MemoryStorage();
    const target = openAt(storage);
    button(target, 'Les réviser maintenant')!.click();
    await settle();
    expect(target.querySelector('[data-missed-offer]')).toBeNull();
    const progress = stored(storage);
    expect(progress.sessions).toHaveLength(1);
    const session = sessionState(deck, progress, progress.sessions[0].id)!;
    expect(session.session.kind).toBe('review');
    const asked = new Set(session.questions.flatMap((question) => question.targets));
    expect([...asked].sort()).toEqual([...MISSED].sort());
    expect(session.questions.every((question) => question.targets.every((id) => MISSED.includes(id)))).toBe(true);
    expect(target.querySelector('form.question')!.getAttribute('data-question-id')).toBe(session.questions[0].id);
    expect(texts(target, '.position')).toEqual([`Question 1 sur ${session.questions.length}`]);
    // Each card is the room's miss, once: reviewed as Again at the room's time, nothing else in the cards.
    expect(Object.keys(progress.cards).sort()).toEqual([...MISSED].sort());
    for (const id of MISSED) {
      expect(progress.cards[id].card.last_review, id).toEqual(new Date(AT));
      expect(progress.cards[id].card.reps, id).toBe(1);
    }
  });

  it('“later” lapses them into cards due soon, starts nothing, and says so in one line', async () => {
    const storage = new MemoryStorage();
    const target = openAt(storage);
    button(target, 'Plus tard')!.click();
    await settle();
    expect(target.querySelector('[data-missed-offer]')).toBeNull();
    expect(target.querySelector('form.question')).toBeNull();
    expect(texts(target, '.message p')).toEqual(['Ils reviendront dans vos révisions.']);
    expect(document.activeElement?.id).toBe('study-main');
    const progress = stored(storage);
    expect(progress.sessions).toEqual([]);
    expect(Object.keys(progress.cards).sort()).toEqual([...MISSED].sort());
    for (const id of MISSED) {
      const { card } = progress.cards[id];
      expect(card.last_review, id).toEqual(new Date(AT));
      // Due within the hour of the room: due now, in the normal review.
      expect(card.due.getTime() - new Date(AT).getTime(), id).toBeLessThanOrEqual(60 * 60_000);
    }
    expect(texts(target, '[data-due]')[0]).toMatch(/^3 cartes dues dans ce choix/);
  });

  it('the same link brought twice lapses nothing the second time: already in the reviews, to review now only', async () => {
    const storage = new MemoryStorage();
    const first = openAt(storage);
    button(first, 'Plus tard')!.click();
    await settle();
    const once = storage.getItem(key);

    const again = openAt(storage);
    const offer = again.querySelector('[data-missed-offer]')!;
    expect(offer.getAttribute('data-missed-offer')).toBe('already');
    expect(texts(offer, 'h2')).toEqual(['3 éléments manqués dans la salle']);
    expect(texts(offer, 'p')).toEqual(['Ils sont déjà dans vos révisions.']);
    expect(button(again, 'Plus tard')).toBeUndefined();
    expect(texts(offer, 'button')).toEqual(['Les réviser maintenant', 'Fermer']);
    button(again, 'Fermer')!.click();
    await settle();
    expect(again.querySelector('[data-missed-offer]')).toBeNull();
    expect(storage.getItem(key)).toBe(once);

    const third = openAt(storage);
    button(third, 'Les réviser maintenant')!.click();
    await settle();
    // A session, and the cards as the first time left them.
    const progress = stored(storage);
    expect(progress.sessions).toHaveLength(1);
    expect(progress.cards).toEqual(decodeProgress(once, deck).progress.cards);
  });

  it('says so plainly when the browser does not store the change', async () => {
    const target = openAt(new FullStorage());
    button(target, 'Plus tard')!.click();
    await settle();
    expect(target.querySelector('[data-unsaved="full"]')).not.toBeNull();
    expect(texts(target, '.message p')).toEqual(['Ils reviendront dans les révisions de cet onglet seulement.']);
    expect(texts(target, '[data-due]')[0]).toMatch(/^3 cartes dues/);
  });

  it('opens on the offer even with a session under way, which waits on the home screen', async () => {
    const storage = new MemoryStorage();
    const quiz = generateQuiz(deck, { seed: FIXED_SEED, now: FIXED_NOW, limit: 3 });
    storage.setItem(key, encodeProgress(startSession(emptyProgress(), quiz)));
    const target = openAt(storage, ['fwaas-zones']);
    expect(target.querySelector('form.question')).toBeNull();
    expect(texts(target, '[data-missed-offer] h2')).toEqual(['1 élément manqué dans la salle']);
    expect(texts(target, '[data-missed-offer] button')).toEqual(['Le réviser maintenant', 'Plus tard']);
    expect(button(target, 'Reprendre')).toBeDefined();
    button(target, 'Le réviser maintenant')!.click();
    await tick();
    expect(stored(storage).sessions).toHaveLength(2);
  });

  it('offers nothing when the link names no item of this deck, and still cleans the address', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const target = openAt(new MemoryStorage(), ['gone', 'also-gone']);
    expect(target.querySelector('[data-missed-offer]')).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    expect(location.search).toBe('?lang=fr');
  });
});
