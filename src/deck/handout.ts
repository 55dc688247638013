/** The handout appendix: the roadmap of every project by release, and the quiz answer key, in printable pages. */
import { buildAnkiNotes } from '../../quiz/index.ts';
import type { Deck, RoadmapItem } from '../model/index.ts';
import { columnsByRelease } from './roadmap.ts';

export interface RoadmapRow {
  project: string;
  release: string;
  role: 'past' | 'ahead' | 'backlog';
  text: string;
}

export interface AnswerKeyEntry {
  question: string;
  answer: string;
}

export interface Handout {
  roadmapPages: RoadmapRow[][];
  answerKeyPages: AnswerKeyEntry[][];
}

/** Rows that fit one 1280×720 page at a readable size. */
const ROADMAP_ROWS_PER_PAGE = 8;
const ANSWERS_PER_PAGE = 6;

function pages<T>(rows: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(rows.length / size) }, (_, index) =>
    rows.slice(index * size, (index + 1) * size),
  );
}

export function buildHandout(deck: Deck, backlogName: string): Handout {
  const history = deck.talks.flatMap((talk) => talk.history ?? []);
  const roadmap = deck.talks.flatMap((talk) => talk.roadmap ?? []);
  const releaseName = new Map(deck.releases.map((release) => [release.id, release.name]));
  const rows = deck.projects.flatMap((project) => {
    const name = project.name;
    const ofProject = <Item extends { project: string }>(items: Item[]) =>
      items.filter((item) => item.project === project.id);
    const byRelease = (items: RoadmapItem[]) =>
      columnsByRelease(deck, items, backlogName).flatMap((column) =>
        column.items.map((item) => ({ project: name, release: column.name, role: column.role, text: item.text })),
      );
    // History in the order the authors wrote it (chronological; some items have only a date).
    const past = ofProject(history).map((item) => ({
      project: name,
      release: item.release ? releaseName.get(item.release)! : (item.when ?? ''),
      role: 'past' as const,
      text: item.text,
    }));
    return [...past, ...byRelease(ofProject(roadmap))];
  });
  const answers = buildAnkiNotes(deck).map((note) => ({ question: note.front, answer: note.back }));
  return { roadmapPages: pages(rows, ROADMAP_ROWS_PER_PAGE), answerKeyPages: pages(answers, ANSWERS_PER_PAGE) };
}
