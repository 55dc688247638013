/** The deck-wide pictures: the roadmap matrix (projects × releases) and the history timeline. */
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/model/fs.ts';
import { BACKLOG } from '../../src/model/constants.ts';
import { vocabularyOf, type Deck, type DeckFacts, type HistoryItem, type RoadmapItem } from '../../src/model/index.ts';
import { MATRIX_LAYOUT, estimateHeight, estimateLines, matrixItems, packMatrix } from '../../src/deck/matrix.ts';
import MatrixSlides from '../../src/deck/MatrixSlides.svelte';
import TalkSection from '../../src/deck/TalkSection.svelte';
import { timelineEras } from '../../src/deck/timeline.ts';
import TimelineSlides from '../../src/deck/TimelineSlides.svelte';
import { render, texts } from './render.ts';

const boston = loadDeck(process.cwd(), path.resolve('slides'), 'boston-2017');
const roadmapItems = boston.talks.flatMap((talk) => talk.roadmap ?? []);
const historyItems = boston.talks.flatMap((talk) => talk.history ?? []);
const releaseName = (id: string) => (id === BACKLOG ? 'Backlog' : boston.releases.find((r) => r.id === id)!.name);

/** Every cell of a table: its project (the row), its column's release name, its item ids. */
function cells(table: HTMLTableElement): { project: string; release: string; items: string[] }[] {
  const columns = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.firstChild!.textContent!.trim());
  return [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].flatMap((row) =>
    [...row.querySelectorAll('td')].map((cell, index) => ({
      project: row.dataset.project!,
      release: columns[index],
      items: [...cell.querySelectorAll('li[data-item]')].map((li) => li.getAttribute('data-item')!),
    })),
  );
}

const matrixSlides = (deck: Deck = boston) => [
  ...render(MatrixSlides, { deck }).querySelectorAll<HTMLElement>('section.matrix-slide'),
];

describe('the roadmap matrix', () => {
  let slides: HTMLElement[];
  let allCells: ReturnType<typeof cells>;
  beforeEach(() => {
    slides = matrixSlides();
    allCells = slides.flatMap((slide) => cells(slide.querySelector('table')!));
  });

  it('lists every roadmap item exactly once, in its release’s column and its project’s row', () => {
    for (const item of roadmapItems) {
      const holding = allCells.filter((cell) => cell.items.includes(item.id));
      expect(holding, item.id).toHaveLength(1);
      expect(holding[0], item.id).toMatchObject({ project: item.project, release: releaseName(item.release) });
    }
  });

  it('shows dated history under its past release, and leaves out history dated by `when` only', () => {
    for (const item of historyItems) {
      const holding = allCells.filter((cell) => cell.items.includes(item.id));
      if (item.release === undefined) expect(holding, item.id).toEqual([]);
      else
        expect(
          holding.map((cell) => cell.release),
          item.id,
        ).toEqual([releaseName(item.release)]);
    }
    expect(historyItems.some((item) => item.release === undefined)).toBe(true);
    const shown = allCells.flatMap((cell) => cell.items);
    expect(shown).toHaveLength(roadmapItems.length + historyItems.filter((item) => item.release).length);
  });

  it('splits by project over sub-slides roadmap-matrix, roadmap-matrix-2, …, each project on one of them', () => {
    expect(slides.map((slide) => slide.id)).toEqual(
      slides.map((_, index) => (index === 0 ? 'roadmap-matrix' : `roadmap-matrix-${index + 1}`)),
    );
    expect(slides.length).toBeGreaterThan(1);
    const rows = slides.flatMap((slide) =>
      [...slide.querySelectorAll<HTMLElement>('tbody tr')].map((row) => row.dataset.project),
    );
    // Projects with items, in deck order, each once; projects without (Glance, OVN…) left out.
    const withItems = boston.projects
      .map((project) => project.id)
      .filter((id) => [...roadmapItems, ...historyItems].some((item) => item.project === id && item.release));
    expect(rows).toEqual(withItems);
    expect(rows).not.toContain('glance');
  });

  it('shows on each sub-slide at most five release columns, those its projects use, in release order', () => {
    const order = [...boston.releases.map((release) => release.name), 'Backlog'];
    for (const slide of slides) {
      const columns = [...slide.querySelectorAll('thead th[scope="col"]')].map((th) =>
        th.firstChild!.textContent!.trim(),
      );
      expect(columns.length, slide.id).toBeLessThanOrEqual(5);
      expect(
        [...columns].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
        slide.id,
      ).toEqual(columns);
      const used = new Set(
        cells(slide.querySelector('table')!)
          .filter((cell) => cell.items.length > 0)
          .map((cell) => cell.release),
      );
      expect(
        columns.filter((column) => !used.has(column)),
        slide.id,
      ).toEqual([]);
    }
  });

  it('sets past releases apart: muted past columns and a divider before the first release ahead', () => {
    const fwaas = slides.find((slide) => slide.querySelector('tr[data-project="fwaas"]'))!;
    const headings = [...fwaas.querySelectorAll<HTMLElement>('thead th[scope="col"]')];
    expect(headings.map((th) => [th.dataset.release, th.className.match(/role-\w+/)![0]])).toEqual([
      ['havana', 'role-past'],
      ['newton', 'role-past'],
      ['pike', 'role-ahead'],
      ['queens', 'role-ahead'],
      ['rocky', 'role-ahead'],
    ]);
    expect(headings.filter((th) => th.classList.contains('divider')).map((th) => th.dataset.release)).toEqual(['pike']);
    expect(texts(fwaas, 'thead .role-tag')).toEqual(['passé', 'passé', 'à venir', 'à venir', 'à venir']);
  });

  it('is a table with a caption and headings, for screen readers', () => {
    for (const slide of slides) {
      const table = slide.querySelector('table')!;
      const projects = [...table.querySelectorAll<HTMLElement>('tbody tr')].map(
        (row) => boston.projects.find((project) => project.id === row.dataset.project)!.name,
      );
      expect(texts(table, 'caption')).toEqual([`Feuilles de route par release : ${projects.join(', ')}`]);
      expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(projects.length);
    }
  });

  it('shows for each talk’s project the same cells as that talk’s own roadmap slide', () => {
    for (const talk of boston.talks.filter((candidate) => candidate.roadmap?.length)) {
      const own = render(TalkSection, { talk, deck: boston }).querySelector<HTMLElement>(`#${talk.id}-roadmap`)!;
      const ownTable = own.querySelector('table')!;
      const projects = new Set(talk.roadmap!.map((item) => item.project));
      const talkItems = new Set(talk.roadmap!.map((item) => item.id));
      for (const project of projects) {
        // One project: the talk's table has a single row, without a heading.
        const ownCells = cells(ownTable).filter((cell) => projects.size === 1 || cell.project === project);
        const inMatrix = allCells
          .filter((cell) => cell.project === project)
          .map((cell) => ({ ...cell, items: cell.items.filter((id) => talkItems.has(id)) }))
          .filter((cell) => cell.items.length > 0);
        expect(
          ownCells.filter((cell) => cell.items.length > 0).map(({ release, items }) => ({ release, items })),
          `${talk.id} / ${project}`,
        ).toEqual(inMatrix.map(({ release, items }) => ({ release, items })));
      }
      // The same component draws both: the same table, the same column marks.
      expect(ownTable.classList.contains('roadmap-table')).toBe(true);
    }
  });

  it('has no slide for a deck without items', () => {
    expect(matrixSlides({ ...boston, talks: boston.talks.filter((talk) => !talk.roadmap && !talk.history) })).toEqual(
      [],
    );
  });
});

describe('packMatrix', () => {
  const releases: Deck['releases'] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, index) => ({
    id,
    name: id.toUpperCase(),
    role: index < 2 ? 'past' : 'ahead',
  }));
  const projects: Deck['projects'] = ['p1', 'p2', 'p3', 'p4', 'empty'].map((id) => ({ id, name: id.toUpperCase() }));
  const deck = vocabularyOf({ language: 'en', releases, projects, talks: [] });
  const at = (project: string, release: string, text = 'Short'): RoadmapItem => ({
    id: `${project}-${release}-${text.length}`,
    text,
    release,
    project,
  });

  it('packs projects in order while the columns stay within five, leaving empty projects out', () => {
    const items = [at('p1', 'a'), at('p1', 'b'), at('p2', 'c'), at('p2', 'd'), at('p3', 'e'), at('p3', 'f')];
    const pages = packMatrix(deck, items);
    expect(pages.map((page) => [page.rows.map((row) => row.project), page.columns.map((column) => column.id)])).toEqual(
      [
        [
          ['p1', 'p2'],
          ['a', 'b', 'c', 'd'],
        ],
        [['p3'], ['e', 'f']],
      ],
    );
  });

  it('starts a new page when the estimated height would not fit', () => {
    const long = 'A long roadmap item that takes several lines in a narrow column of the matrix';
    const items = ['p1', 'p2', 'p3', 'p4'].flatMap((project) =>
      Array.from({ length: 6 }, (_, index) => at(project, 'c', `${long} ${'!'.repeat(index)}`)),
    );
    const pages = packMatrix(deck, items);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.columns.map((column) => column.id)).toEqual(['c']);
      if (page.rows.length > 1) expect(estimateHeight(page)).toBeLessThanOrEqual(MATRIX_LAYOUT.height);
    }
    expect(pages.flatMap((page) => page.rows.map((row) => row.project))).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('gives a project too big for any page a page of its own', () => {
    const huge = Array.from({ length: 30 }, (_, index) => at('p2', 'c', `Item number ${index} ${'x'.repeat(index)}`));
    const pages = packMatrix(deck, [at('p1', 'a'), ...huge, at('p3', 'a')]);
    expect(pages.map((page) => page.rows.map((row) => row.project))).toEqual([['p1'], ['p2'], ['p3']]);
  });

  it('puts the backlog last', () => {
    const pages = packMatrix(deck, [at('p1', BACKLOG), at('p1', 'f'), at('p1', 'a')]);
    expect(pages[0].columns).toEqual([
      { id: 'a', name: 'A', role: 'past' },
      { id: 'f', name: 'F', role: 'ahead' },
      { id: BACKLOG, name: 'Backlog', role: 'backlog' },
    ]);
  });

  it('estimates wrapped lines from the text and the column width', () => {
    expect(estimateLines('Short', 400)).toBe(1);
    const text = 'word '.repeat(40).trim();
    expect(estimateLines(text, 200)).toBeGreaterThan(estimateLines(text, 400));
    expect(estimateLines('x'.repeat(100), 200)).toBeGreaterThan(1);
  });

  it('takes history items that have a release, and roadmap items, from every talk', () => {
    expect(matrixItems(vocabularyOf(boston)).map((item) => item.id)).toEqual([
      ...boston.talks.flatMap((talk) => [
        ...(talk.history ?? []).filter((item) => item.release).map((item) => item.id),
        ...(talk.roadmap ?? []).map((item) => item.id),
      ]),
    ]);
  });
});

describe('the history timeline', () => {
  let slides: HTMLElement[];
  /** [era label, item ids] in screen order. */
  let eras: [string, string[]][];
  beforeEach(() => {
    slides = [...render(TimelineSlides, { deck: boston }).querySelectorAll<HTMLElement>('section.timeline-slide')];
    eras = slides.flatMap((slide) =>
      [...slide.querySelectorAll<HTMLElement>('.chronology > li.era')].map((era): [string, string[]] => [
        era.querySelector('.era-label')!.firstChild!.textContent!.trim(),
        [...era.querySelectorAll('li[data-item]')].map((li) => li.getAttribute('data-item')!),
      ]),
    );
  });

  it('shows every history item once, in release order, dated items by release, others by their date', () => {
    expect(slides[0].id).toBe('history-timeline');
    expect(eras).toEqual([
      ['Havana', ['openstack-ansible-first-poc', 'fwaas-v1-routers']],
      ['Kilo', ['openstack-ansible-official-project']],
      ['octobre 2015', ['fwaas-reboot-tokyo']],
      ['Newton', ['fwaas-v2-api']],
      ['Ocata', ['openstack-ansible-ocata-contributors']],
      // A release's note in deck.yaml is a milestone of its own.
      ['Rocky', ['release-rocky']],
    ]);
    const shown = eras.flatMap(([, ids]) => ids);
    expect([...shown].filter((id) => !id.startsWith('release-')).sort()).toEqual(
      historyItems.map((item) => item.id).sort(),
    );
  });

  it('keeps each talk’s history in the order the talk gives it', () => {
    const shown = eras.flatMap(([, ids]) => ids);
    for (const talk of boston.talks.filter((candidate) => candidate.history?.length)) {
      const ids = talk.history!.map((item) => item.id);
      expect(
        shown.filter((id) => ids.includes(id)),
        talk.id,
      ).toEqual(ids);
    }
  });

  it('names each item’s project and marks eras ahead', () => {
    const target = slides[0];
    expect(texts(target, 'li[data-item="fwaas-v2-api"]')).toEqual(['FWaaS Nouvelle API de FWaaS (v2) disponible']);
    expect(texts(target, 'li[data-item="openstack-ansible-first-poc"] .project')).toEqual(['OSA']);
    expect(texts(target, 'li[data-item="release-rocky"]')).toEqual(['cycle de développement débutant en février 2018']);
    const rocky = target.querySelector('li.era[data-era="rocky"]')!;
    expect(rocky.classList.contains('role-ahead') && rocky.classList.contains('first-ahead')).toBe(true);
    expect(texts(rocky, '.role-tag')).toEqual(['à venir']);
  });

  it('shows an item whose id reads like a release’s note beside that note', () => {
    const [first, ...others] = boston.talks;
    const item: HistoryItem = { id: 'release-rocky', text: 'Planned early', release: 'rocky', project: 'fwaas' };
    const deck = { ...boston, talks: [{ ...first, history: [...(first.history ?? []), item] }, ...others] };
    const target = render(TimelineSlides, { deck });
    const rocky = target.querySelector('li.era[data-era="rocky"]')!;
    expect(texts(rocky, 'li[data-item="release-rocky"]')).toEqual([
      'cycle de développement débutant en février 2018',
      'FWaaS Planned early',
    ]);
  });

  it('places an item dated by `when` just before the next item of its talk that has a release', () => {
    const history = (items: Omit<HistoryItem, 'project'>[]) => items.map((item) => ({ ...item, project: 'p' }));
    const deck: DeckFacts = {
      language: 'en',
      projects: [{ id: 'p', name: 'P' }],
      releases: [
        { id: 'r1', name: 'R1', role: 'past' },
        { id: 'r2', name: 'R2', role: 'past' },
        { id: 'r3', name: 'R3', role: 'past' },
        { id: 'r4', name: 'R4', role: 'ahead' },
      ],
      talks: [
        {
          id: 't1',
          title: 'T1',
          kind: 'conference',
          source: 't1.yaml',
          history: history([
            { id: 'a', text: 'A', release: 'r1' },
            { id: 'w1', text: 'W1', when: '2015' },
            { id: 'b', text: 'B', release: 'r3' },
            { id: 'w2', text: 'W2', when: 'later' },
          ]),
        },
        {
          id: 't2',
          title: 'T2',
          kind: 'conference',
          source: 't2.yaml',
          history: history([
            { id: 'c', text: 'C', release: 'r2' },
            { id: 'd', text: 'D', release: 'r1' },
            { id: 'w3', text: 'W3', when: 'somewhen' },
          ]),
        },
        {
          id: 't3',
          title: 'T3',
          kind: 'evening',
          source: 't3.yaml',
          history: history([{ id: 'w4', text: 'W4', when: 'once' }]),
        },
      ],
    };
    expect(timelineEras(vocabularyOf(deck)).map((era) => [era.label, era.entries.map((entry) => entry.id)])).toEqual([
      ['R1', ['a', 'd']],
      ['somewhen', ['w3']],
      ['R2', ['c']],
      ['2015', ['w1']],
      ['R3', ['b']],
      ['later', ['w2']],
      ['once', ['w4']],
    ]);
  });
});
