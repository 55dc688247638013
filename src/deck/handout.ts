/** The handout appendix: the roadmap of every project by release, and the quiz answer key, in printable pages. */
import answerKey from 'virtual:deck-answer-key';
import type { Deck, ReleaseRole } from '../model/index.ts';
import { vocabularyOf } from '../model/vocabulary.ts';
import type { AnswerKeyEntry } from './answer-key.ts';
import { columnsByRelease } from './roadmap.ts';

export interface RoadmapRow {
  project: string;
  release: string;
  role: ReleaseRole;
  text: string;
}

export interface Handout {
  roadmapPages: RoadmapRow[][];
  answerKeyPages: AnswerKeyEntry[][];
}

/** Rows that fit one slide-sized page (SLIDE_SIZE) at a readable size. */
const ROADMAP_ROWS_PER_PAGE = 8;
const ANSWERS_PER_PAGE = 6;

function pages<T>(rows: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(rows.length / size) }, (_, index) =>
    rows.slice(index * size, (index + 1) * size),
  );
}

/** `answers`: the quiz's answer key (answer-key.ts), by default the one the build made for the deck. */
export function buildHandout(deck: Deck, answers: readonly AnswerKeyEntry[] = answerKey): Handout {
  const vocabulary = vocabularyOf(deck);
  const rows = deck.projects.flatMap((project) => {
    const name = vocabulary.projectName(project.id);
    const ofProject = vocabulary.items.filter((item) => item.project === project.id);
    // History in the order the authors wrote it (chronological; some items have only a date).
    const past = ofProject
      .filter((item) => item.source === 'history')
      .map((item) => ({
        project: name,
        release: vocabulary.itemWhen(item),
        role: 'past' as const,
        text: item.text,
      }));
    const roadmap = ofProject.filter((item) => item.source === 'roadmap');
    const byRelease = columnsByRelease(vocabulary, roadmap).flatMap((column) =>
      column.items.map((item) => ({ project: name, release: column.name, role: column.role, text: item.text })),
    );
    return [...past, ...byRelease];
  });
  return { roadmapPages: pages(rows, ROADMAP_ROWS_PER_PAGE), answerKeyPages: pages([...answers], ANSWERS_PER_PAGE) };
}
