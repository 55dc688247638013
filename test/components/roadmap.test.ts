/** A talk's roadmap slide: the talk's items in a projects × releases table, releases in deck order, backlog last. */
import { describe, expect, it } from 'vitest';
import { vocabularyOf, type Deck, type HistoryItem, type RoadmapItem } from '../../src/model/index.ts';
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

/** The column headings' release names, in screen order. */
const headings = (root: ParentNode) =>
  [...root.querySelectorAll('thead th[scope="col"]')].map((th) => th.firstChild!.textContent!.trim());

/** The row heading as it shows (a short name when the project has one); '' without one. */
function rowHeading(row: Element): string {
  const heading = row.querySelector('th[scope="row"]');
  return (heading?.querySelector('[aria-hidden="true"]') ?? heading)?.textContent?.trim() ?? '';
}

/** [row heading, [column heading, item ids][]] in screen order. */
function cellsOf(root: ParentNode): [string, [string, string[]][]][] {
  const names = headings(root);
  return [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => [
    rowHeading(row),
    [...row.querySelectorAll('td')].flatMap((cell, index) => {
      const ids = [...cell.querySelectorAll('li[data-item]')].map((li) => li.getAttribute('data-item')!);
      return ids.length ? [[names[index], ids] as [string, string[]]] : [];
    }),
  ]);
}

describe('RoadmapSlide', () => {
  it('deals the fixture talk’s items into Bravo, Charlie and Backlog, in one row', () => {
    const target = render(RoadmapSlide, {
      id: 'widget-update-roadmap',
      title: 'Widget update',
      items: talkOf(mini, 'widget-update').roadmap!,
      deck: mini,
    });
    const slide = target.querySelector<HTMLElement>('section#widget-update-roadmap.roadmap-slide')!;
    expect(texts(slide, 'h2')).toEqual(['Widget update Roadmap']);
    expect(headings(slide)).toEqual(['Bravo', 'Charlie', 'Backlog']);
    expect(cellsOf(slide)).toEqual([
      [
        '',
        [
          ['Bravo', ['widget-ha']],
          ['Charlie', ['widget-ui']],
          ['Backlog', ['widget-someday']],
        ],
      ],
    ]);
    expect(texts(slide, 'li[data-item]')).toEqual(['High availability', 'A new dashboard', 'Plugins']);
  });

  it('shows each item exactly once, under its release, in deck release order with backlog last', () => {
    const slide = render(RoadmapSlide, { id: 'r', title: 'T', items: mixed, deck });
    expect(headings(slide)).toEqual(['Bravo', 'Delta', 'Backlog']);
    expect(cellsOf(slide)).toEqual([
      [
        'Widget',
        [
          ['Bravo', ['b1']],
          ['Delta', ['d2']],
          ['Backlog', ['later']],
        ],
      ],
      [
        'Gadget',
        [
          ['Bravo', ['b2']],
          ['Delta', ['d1']],
        ],
      ],
    ]);
    const ids = [...slide.querySelectorAll('li[data-item]')].map((li) => li.getAttribute('data-item'));
    expect(ids.sort()).toEqual(mixed.map((entry) => entry.id).sort());
  });

  it('is a table screen readers can read: a caption, column and row headings', () => {
    const slide = render(RoadmapSlide, { id: 'r', title: 'T', items: mixed, deck });
    const table = slide.querySelector('table')!;
    expect(texts(table, 'caption')).toEqual(['Roadmaps by release: Widget, Gadget Server']);
    // The row heading shows the short name and says the full one.
    expect([...table.querySelectorAll('tbody tr')].map(rowHeading)).toEqual(['Widget', 'Gadget']);
    expect(texts(table, 'tbody th[scope="row"] .visually-hidden')).toEqual(['Gadget Server']);
    expect(texts(table, 'tbody th[scope="row"] [aria-hidden="true"]')).toEqual(['Gadget']);
    expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(3);
  });

  it('marks columns by role: ahead, backlog', () => {
    const slide = render(RoadmapSlide, { id: 'r', title: 'T', items: mixed, deck });
    const roles = [...slide.querySelectorAll('thead th')].map((th) =>
      [...th.classList].find((name) => name.startsWith('role-')),
    );
    expect(roles).toEqual(['role-ahead', 'role-ahead', 'role-backlog']);
    expect(texts(slide, 'thead .role-tag')).toEqual(['ahead', 'ahead']);
  });

  it('leaves row headings out when every item is of one project (the caption names it)', () => {
    const slide = render(RoadmapSlide, {
      id: 'r',
      title: 'T',
      items: [item('b1', 'bravo'), item('x', 'backlog')],
      deck,
    });
    expect(slide.querySelector('th[scope="row"]')).toBeNull();
    expect(texts(slide, 'caption')).toEqual(['Roadmaps by release: Widget']);
    expect(texts(slide, 'li[data-item]')).toEqual(['Text of b1', 'Text of x']);
  });

  it('uses the deck language for its labels', () => {
    const slide = render(RoadmapSlide, { id: 'r', title: 'T', items: mixed, deck: { ...deck, language: 'fr' } });
    expect(texts(slide, 'h2 .subhead')).toEqual(['Feuille de route']);
    expect(headings(slide)).toEqual(['Bravo', 'Delta', 'Backlog']);
    expect(texts(slide, 'thead .role-tag')).toEqual(['à venir', 'à venir']);
  });
});

describe('columnsByRelease', () => {
  it('returns non-empty columns in deck release order, backlog last, items in their given order', () => {
    expect(columnsByRelease(vocabularyOf(deck), mixed)).toEqual([
      { id: 'bravo', name: 'Bravo', role: 'ahead', items: [mixed[2], mixed[4]] },
      { id: 'delta', name: 'Delta', role: 'ahead', items: [mixed[1], mixed[3]] },
      { id: 'backlog', name: 'Backlog', role: 'backlog', items: [mixed[0]] },
    ]);
  });

  it('puts history items under past releases', () => {
    const history: HistoryItem[] = [
      { id: 'h2', text: 'B', release: 'bravo', project: 'widget' },
      { id: 'h1', text: 'A', release: 'alpha', project: 'widget' },
    ];
    expect(columnsByRelease(vocabularyOf(deck), history)).toEqual([
      { id: 'alpha', name: 'Alpha', role: 'past', items: [history[1]] },
      { id: 'bravo', name: 'Bravo', role: 'ahead', items: [history[0]] },
    ]);
  });

  it('returns no column for no items', () => {
    expect(columnsByRelease(vocabularyOf(deck), [])).toEqual([]);
  });

  // An item whose release matches no column (history dated only by `when`) is left out: callers
  // that must show every item (the handout) list those apart.
  it('leaves out items with no release', () => {
    const dated: HistoryItem = { id: 'h', text: 'Rebooted', when: 'October 2029', project: 'widget' };
    expect(columnsByRelease(vocabularyOf(deck), [dated])).toEqual([]);
  });
});
