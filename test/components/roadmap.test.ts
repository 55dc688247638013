/** The roadmap slide: every item once, under its release, releases in deck order, backlog last. */
import { describe, expect, it } from 'vitest';
import type { Deck, HistoryItem, RoadmapItem } from '../../src/model/index.ts';
import RoadmapSlide from '../../src/deck/RoadmapSlide.svelte';
import { columnsByRelease } from '../../src/deck/roadmap.ts';
import { miniDeck, render, talkOf, texts } from './render.ts';

const mini = miniDeck();

/** Mini-summit with four releases (one past) and a project that has a short name. */
const deck: Deck = {
  ...mini,
  releases: [
    { id: 'alpha', name: 'Alpha', role: 'past' },
    { id: 'bravo', name: 'Bravo', role: 'ahead' },
    { id: 'charlie', name: 'Charlie', role: 'ahead' },
    { id: 'delta', name: 'Delta', role: 'ahead' },
  ],
  projects: [
    { id: 'widget', name: 'Widget' },
    { id: 'gadget', name: 'Gadget Server', short: 'Gadget' },
  ],
};

const item = (id: string, release: string, project = 'widget'): RoadmapItem => ({
  id,
  text: `Text of ${id}`,
  release,
  project,
});

/** Listed out of release order on purpose. */
const mixed: RoadmapItem[] = [
  item('later', 'backlog'),
  item('d1', 'delta', 'gadget'),
  item('b1', 'bravo'),
  item('d2', 'delta'),
  item('b2', 'bravo', 'gadget'),
];

/** [column heading, [item ids]] in screen order. */
function columnsOf(root: HTMLElement): [string, string[]][] {
  return [...root.querySelectorAll<HTMLElement>('.release-column')].map((column) => [
    column.querySelector('h3')!.textContent!,
    [...column.querySelectorAll('li[data-item]')].map((li) => li.getAttribute('data-item')!),
  ]);
}

describe('RoadmapSlide', () => {
  it('deals the fixture talk’s items into Bravo, Charlie and Backlog', () => {
    const target = render(RoadmapSlide, {
      id: 'widget-update-roadmap',
      title: 'Widget update',
      items: talkOf(mini, 'widget-update').roadmap!,
      deck: mini,
    });
    const slide = target.querySelector<HTMLElement>('section#widget-update-roadmap.roadmap-slide')!;
    expect(texts(slide, 'h2')).toEqual(['Widget update Roadmap']);
    expect(columnsOf(slide)).toEqual([
      ['Bravo', ['widget-ha']],
      ['Charlie', ['widget-ui']],
      ['Backlog', ['widget-someday']],
    ]);
    expect(texts(slide, 'li[data-item]')).toEqual(['High availability', 'A new dashboard', 'Plugins']);
  });

  it('shows each item exactly once, under its release, in deck release order with backlog last', () => {
    const slide = render(RoadmapSlide, { id: 'r', title: 'T', items: mixed, deck });
    expect(columnsOf(slide)).toEqual([
      ['Bravo', ['b1', 'b2']],
      ['Delta', ['d1', 'd2']],
      ['Backlog', ['later']],
    ]);
    const ids = [...slide.querySelectorAll('li[data-item]')].map((li) => li.getAttribute('data-item'));
    expect(ids.sort()).toEqual(mixed.map((entry) => entry.id).sort());
  });

  it('marks columns by role and labels each column group by its heading', () => {
    const slide = render(RoadmapSlide, { id: 'r', title: 'T', items: mixed, deck });
    const columns = [...slide.querySelectorAll<HTMLElement>('.release-column')];
    expect(columns.map((column) => [...column.classList].find((name) => name.startsWith('role-')))).toEqual([
      'role-ahead',
      'role-ahead',
      'role-backlog',
    ]);
    for (const column of columns) {
      const heading = slide.querySelector(`#${column.getAttribute('aria-labelledby')}`);
      expect(heading).toBe(column.querySelector('h3'));
    }
  });

  it('names the project of each item when the items span several projects (short name first)', () => {
    const slide = render(RoadmapSlide, { id: 'r', title: 'T', items: mixed, deck });
    expect(texts(slide, 'li[data-item]')).toEqual([
      'Widget Text of b1',
      'Gadget Text of b2',
      'Gadget Text of d1',
      'Widget Text of d2',
      'Widget Text of later',
    ]);
  });

  it('leaves project names out when every item is of one project', () => {
    const slide = render(RoadmapSlide, {
      id: 'r',
      title: 'T',
      items: [item('b1', 'bravo'), item('x', 'backlog')],
      deck,
    });
    expect(slide.querySelector('.project')).toBeNull();
    expect(texts(slide, 'li[data-item]')).toEqual(['Text of b1', 'Text of x']);
  });

  it('uses the deck language for its labels', () => {
    const slide = render(RoadmapSlide, { id: 'r', title: 'T', items: mixed, deck: { ...deck, language: 'fr' } });
    expect(texts(slide, 'h2 .subhead')).toEqual(['Feuille de route']);
    expect(columnsOf(slide).map(([name]) => name)).toEqual(['Bravo', 'Delta', 'Backlog']);
  });
});

describe('columnsByRelease', () => {
  it('returns non-empty columns in deck release order, backlog last, items in their given order', () => {
    expect(columnsByRelease(deck, mixed, 'Later')).toEqual([
      { id: 'bravo', name: 'Bravo', role: 'ahead', items: [mixed[2], mixed[4]] },
      { id: 'delta', name: 'Delta', role: 'ahead', items: [mixed[1], mixed[3]] },
      { id: 'backlog', name: 'Later', role: 'backlog', items: [mixed[0]] },
    ]);
  });

  it('puts history items under past releases', () => {
    const history: HistoryItem[] = [
      { id: 'h2', text: 'B', release: 'bravo', project: 'widget' },
      { id: 'h1', text: 'A', release: 'alpha', project: 'widget' },
    ];
    expect(columnsByRelease(deck, history, 'Backlog')).toEqual([
      { id: 'alpha', name: 'Alpha', role: 'past', items: [history[1]] },
      { id: 'bravo', name: 'Bravo', role: 'ahead', items: [history[0]] },
    ]);
  });

  it('returns no column for no items', () => {
    expect(columnsByRelease(deck, [], 'Backlog')).toEqual([]);
  });

  // An item whose release matches no column (history dated only by `when`) is left out: callers
  // that must show every item (the handout) list those apart.
  it('leaves out items with no release', () => {
    const dated: HistoryItem = { id: 'h', text: 'Rebooted', when: 'October 2029', project: 'widget' };
    expect(columnsByRelease(deck, [dated], 'Backlog')).toEqual([]);
  });
});
