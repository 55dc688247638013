/** Every slide the deck renders has an address of its own, made by src/model/addresses.ts, and links lead to one. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandout } from '../../src/deck/handout.ts';
import Slides from '../../src/deck/Slides.svelte';
import { deckSlideAt, talkAddresses } from '../../src/model/addresses.ts';
import { loadDeck } from '../../src/model/fs.ts';
import { render, roomQuizOf } from './render.ts';

const boston = loadDeck(process.cwd(), path.resolve('slides'), 'boston-2017');

describe('the whole deck, with the room quiz and the handout', () => {
  const root = () => render(Slides, { deck: boston, quiz: roomQuizOf(boston), handout: buildHandout(boston) });
  const slideIds = (target: HTMLElement) =>
    [...target.querySelectorAll<HTMLElement>('section:not(:has(> section))')].map((section) => section.id);

  it('gives every slide an address, each once', () => {
    const ids = slideIds(root());
    expect(ids.length).toBeGreaterThan(60);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('makes every address either a talk’s or one the deck gives itself, as the validator knows them', () => {
    const ofTalks = new Set(boston.talks.flatMap((talk) => talkAddresses(talk).map((address) => address.id)));
    const releases = boston.releases.map((release) => release.id);
    const unknown = slideIds(root()).filter((id) => !ofTalks.has(id) && deckSlideAt(id, releases) === undefined);
    expect(unknown).toEqual([]);
  });

  it('links only to slides that exist', () => {
    const target = root();
    const ids = new Set(slideIds(target));
    const links = [...target.querySelectorAll('a[href^="#"]')].map((link) => link.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(9);
    expect(links.filter((href) => !href.startsWith('#/') || !ids.has(href.slice(2)))).toEqual([]);
  });
});
