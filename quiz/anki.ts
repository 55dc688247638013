/**
 * The question bank as an Anki text file: tab-separated, one note per item, columns front, back, tags, with
 * the file headers Anki reads (`#separator:tab`, `#html:false`, `#tags column:3`), so it imports as is.
 */
import { BACKLOG } from '../src/model/constants.ts';
import type { Deck } from '../src/model/index.ts';
import { indexDeck } from './items.ts';

export interface AnkiNote {
  front: string;
  back: string;
  tags: string[];
}

export function buildAnkiNotes(deck: Deck): AnkiNote[] {
  const index = indexDeck(deck);
  const { text } = index;
  return index.items.map((item) => {
    const project = index.projectName(item.project);
    let front: string;
    let back: string;
    if (item.release === undefined) {
      front = text.whenAtAll(project, item.text);
      back = item.when ?? '';
    } else {
      front =
        item.source === 'roadmap' ? text.whichRelease(project, item.text) : text.whenInRelease(project, item.text);
      back = item.when ? `${index.releaseName(item.release)} (${item.when})` : index.releaseName(item.release);
    }
    const tags = [
      ...(item.release === undefined ? [] : [`release::${item.release === BACKLOG ? 'backlog' : item.release}`]),
      `project::${item.project}`,
      `talk::${item.talk}`,
    ];
    return { front, back, tags };
  });
}

/**
 * One field of a line: tabs and line breaks would end the field or the note, so they become spaces. Anki reads
 * the file as CSV: a field with a double quote is quoted (quotes doubled), and so is one starting with "#",
 * which would otherwise make the line a comment.
 */
export function ankiField(value: string): string {
  const flat = value.replace(/[\t\r\n\u2028\u2029]+/g, ' ').trim();
  return /"/.test(flat) || flat.startsWith('#') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** The whole file, ending with a newline. Tags are slugs, so they hold no spaces. */
export function buildAnkiTsv(deck: Deck): string {
  const headers = ['#separator:tab', '#html:false', '#tags column:3', `#deck:${deck.event.replace(/[\t\r\n]+/g, ' ')}`];
  const lines = buildAnkiNotes(deck).map((note) =>
    [ankiField(note.front), ankiField(note.back), note.tags.join(' ')].join('\t'),
  );
  return `${[...headers, ...lines].join('\n')}\n`;
}
