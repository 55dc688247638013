/** The agenda and the order of the whole presentation. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/model/fs.ts';
import type { Deck } from '../../src/model/index.ts';
import AgendaSlide from '../../src/deck/AgendaSlide.svelte';
import Slides from '../../src/deck/Slides.svelte';
import { miniDeck, render, texts } from './render.ts';

const mini = miniDeck();
const boston = loadDeck(process.cwd(), path.resolve('slides'), 'boston-2017');

const links = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLAnchorElement>('ol.agenda a')].map((a) => [a.getAttribute('href'), a.textContent]);

describe('AgendaSlide', () => {
  it('links #/<id> for every talk, in deck order, with its title and kind', () => {
    const target = render(AgendaSlide, { deck: mini });
    const slide = target.querySelector<HTMLElement>('section#agenda')!;
    expect(texts(slide, 'h2')).toEqual(['Agenda']);
    expect(links(slide)).toEqual([
      ['#/widget-update', 'Widget update'],
      ['#/gadget-evening', 'Gadget evening'],
    ]);
    expect(texts(slide, 'ol.agenda .kind')).toEqual(['Talk', 'Evening']);
    expect(slide.querySelector('ol.agenda')!.classList.contains('two-columns')).toBe(false);
  });

  it('lists the nine Boston sessions in order, in French, on two columns', () => {
    const slide = render(AgendaSlide, { deck: boston });
    expect(texts(slide, 'h2')).toEqual(['Au programme']);
    expect(links(slide)).toEqual(boston.talks.map((talk) => [`#/${talk.id}`, talk.title]));
    expect(links(slide)).toHaveLength(9);
    expect(links(slide)[0]).toEqual(['#/neutron-update', 'Neutron : update']);
    expect(texts(slide, 'ol.agenda .kind').slice(5, 8)).toEqual(['Forum', 'Forum', 'Soirée']);
    expect(slide.querySelector('ol.agenda')!.classList.contains('two-columns')).toBe(true);
  });

  it('follows talk order changes', () => {
    const reversed: Deck = { ...mini, talks: [...mini.talks].reverse() };
    expect(links(render(AgendaSlide, { deck: reversed })).map(([href]) => href)).toEqual([
      '#/gadget-evening',
      '#/widget-update',
    ]);
  });

  it('shows a title that looks like HTML as text', () => {
    const deck: Deck = { ...mini, talks: [{ ...mini.talks[0], title: '<em>Widget</em> & <script>x()</script>' }] };
    const slide = render(AgendaSlide, { deck });
    expect(slide.querySelector('em, script')).toBeNull();
    expect(links(slide)).toEqual([['#/widget-update', '<em>Widget</em> & <script>x()</script>']]);
  });
});

describe('Slides', () => {
  /** The top-level sections, as reveal.js sees them: horizontal slides. */
  const horizontal = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLElement>(':scope > section')].map(
      (slide) => slide.id || slide.dataset.talk || slide.dataset.chapter,
    );

  it('runs title, agenda, each talk in order, the timeline and the roadmap matrix, closing', () => {
    expect(horizontal(render(Slides, { deck: mini }))).toEqual([
      'title',
      'agenda',
      'widget-update',
      'gadget-evening',
      'history-timeline',
      'roadmap-matrix',
      'closing',
    ]);
  });

  it('has no agenda for a single talk, and no timeline or matrix without items', () => {
    expect(horizontal(render(Slides, { deck: { ...mini, talks: [mini.talks[1]] } }))).toEqual([
      'title',
      'gadget-evening',
      'closing',
    ]);
  });

  it('gives every slide of the Boston deck a unique id', () => {
    const ids = [...render(Slides, { deck: boston }).querySelectorAll('section[id]')].map((slide) => slide.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('octavia-update-roadmap');
    expect(ids).toContain('fwaas-v2-history');
  });

  it('shows the title slide and the closing slide in the deck language', () => {
    const root = render(Slides, { deck: mini });
    expect(texts(root, '#title h1')).toEqual(['Mini Summit, day 1']);
    expect(texts(root, '#title .byline')).toEqual(['Test Team · 2030, day 1']);
    expect(texts(root, '#closing h2')).toEqual(['Thanks']);
    expect(texts(root, '#closing a[href="#/agenda"]')).toEqual(['Back to the agenda']);
    const french = render(Slides, { deck: { ...mini, language: 'fr' } });
    expect(texts(french, '#closing a[href="#/agenda"]')).toEqual(['Retour au programme']);
  });
});
