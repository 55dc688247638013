/** The deck's language switch, and the address of a slide another edition has and this one has not. */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { nearestSlide } from '../../src/deck/controllers/nearest-slide.ts';
import LanguageSwitch from '../../src/deck/LanguageSwitch.svelte';
import { deckWords } from '../../src/locale/index.ts';
import type { Deck, Edition } from '../../src/model/index.ts';
import { miniDeck, render } from './render.ts';

const editions: Edition[] = [
  { slug: 'mini-summit', language: 'en', path: '', names: { en: 'English', fr: 'Anglais' } },
  { slug: 'mini-summit-fr', language: 'fr', path: 'fr/', names: { en: 'French', fr: 'Français' } },
];

afterEach(() => history.replaceState(null, '', '/'));

describe('LanguageSwitch', () => {
  it('links to the same slide of each other edition, named in its own language', () => {
    history.replaceState(null, '', '/?quiz=off#/widget-update-roadmap');
    const deck: Deck = { ...miniDeck(), editions };
    const link = render(LanguageSwitch, { deck, labels: deckWords('en') }).querySelector('a')!;
    expect(link.textContent).toBe('Français');
    expect(link.getAttribute('href')).toBe('./fr/index.html?quiz=off#/widget-update-roadmap');
    expect(link.getAttribute('hreflang')).toBe('fr');
    expect(link.getAttribute('lang')).toBe('fr');
    expect(link.getAttribute('title')).toBe('This slide in French');
  });

  it('follows the slide shown, and links back from a translation', () => {
    const deck: Deck = { ...miniDeck(), slug: 'mini-summit-fr', language: 'fr', editions };
    const link = render(LanguageSwitch, { deck, labels: deckWords('fr') }).querySelector('a')!;
    history.replaceState(null, '', '/fr/index.html#/gadget-evening');
    window.dispatchEvent(new Event('slidechanged'));
    flushSync();
    expect(link.getAttribute('href')).toBe('../index.html#/gadget-evening');
    expect(link.textContent).toBe('English');
    expect(link.getAttribute('title')).toBe('Cette diapo en anglais');
  });

  it('shows nothing for a deck alone', () => {
    expect(render(LanguageSwitch, { deck: miniDeck(), labels: deckWords('en') }).querySelector('a')).toBeNull();
  });
});

describe('nearestSlide', () => {
  const slides = (ids: string[]) => {
    const element = document.createElement('div');
    for (const id of ids) element.appendChild(Object.assign(document.createElement('section'), { id }));
    return element;
  };
  const open = (hash: string, ids: string[]) => {
    history.replaceState(null, '', `/index.html?quiz=on${hash}`);
    nearestSlide(window)({ element: slides(ids), reveal: undefined as never })();
    return location.hash;
  };

  it('opens the nearest slide the deck has when it has not the one asked for', () => {
    expect(open('#/roadmap-matrix-3', ['roadmap-matrix', 'roadmap-matrix-2'])).toBe('#/roadmap-matrix');
    expect(open('#/widget-update-quiz-2', ['widget-update', 'widget-update-quiz'])).toBe('#/widget-update-quiz');
    expect(open('#/widget-update-quiz-2', ['widget-update'])).toBe('#/widget-update');
    expect(location.search).toBe('?quiz=on');
  });

  it('leaves an address the deck has, reveal.js’s indices and unknown addresses alone', () => {
    expect(open('#/widget-update-2', ['widget-update', 'widget-update-2'])).toBe('#/widget-update-2');
    expect(open('#/3/1', ['title'])).toBe('#/3/1');
    expect(open('#/nothing-like-it', ['title'])).toBe('#/nothing-like-it');
  });

  it('leaves an address that does not decode alone, rather than stop the deck from starting', () => {
    expect(open('#/%E0-2', ['title'])).toBe('#/%E0-2');
  });
});
