/**
 * The question bank as an Anki text file: tab-separated, one note per item, columns front, back, tags and GUID,
 * with the file headers Anki reads (`#separator:tab`, `#html:false`, `#notetype:Basic`, `#tags column:3`,
 * `#guid column:4`), so it imports as is. The GUID is made of the event and the item's id, never of its text:
 * importing the file again after an item is reworded updates its note, and the note keeps its review history.
 * The cards' sentences are the caller's (src/locale words them in the deck's language): quiz/ keeps none.
 */
import { BACKLOG } from '../src/model/constants.ts';
import type { Deck } from '../src/model/index.ts';
import { indexDeck } from './items.ts';
import type { Prompt } from './prompt.ts';

export interface AnkiNote {
  /** Anki's note identity: the same item of the same event always has the same one (ankiGuid). */
  guid: string;
  front: string;
  back: string;
  tags: string[];
}

/** How the cards read, in the deck's language. */
export interface AnkiWording {
  /** The front: the question (a `which-release` prompt, or `when` for an item dated by `when` only). */
  prompt: (prompt: Prompt) => string;
  /** The back: the release's name and the item's date, either of which may be missing. */
  ankiAnswer: (release: string | undefined, when: string | undefined) => string;
}

/** What GUIDs start with, so that they never meet those of notes made elsewhere. */
const GUID_PREFIX = 'summit-recap';

/** A note's GUID, e.g. `summit-recap:boston-2017:octavia-active-active-ha`: the event's slug and the item's id. */
export function ankiGuid(deck: Pick<Deck, 'slug'>, itemId: string): string {
  return `${GUID_PREFIX}:${deck.slug}:${itemId}`;
}

export function buildAnkiNotes(deck: Deck, wording: AnkiWording): AnkiNote[] {
  const index = indexDeck(deck);
  return index.items.map((item) => {
    const project = index.projectName(item.project);
    const front = wording.prompt(
      item.release === undefined
        ? { kind: 'when', project, text: item.text }
        : { kind: 'which-release', source: item.source, project, text: item.text },
    );
    const back = wording.ankiAnswer(
      item.release === undefined ? undefined : index.releaseName(item.release),
      item.when,
    );
    const tags = [
      ...(item.release === undefined ? [] : [`release::${item.release === BACKLOG ? 'backlog' : item.release}`]),
      `project::${item.project}`,
      `talk::${item.talk}`,
    ];
    return { guid: ankiGuid(deck, item.id), front, back, tags };
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

/** The whole file, ending with a newline. Tags are slugs, so they hold no spaces; GUIDs are made of slugs too. */
export function buildAnkiTsv(deck: Deck, wording: AnkiWording): string {
  const headers = [
    '#separator:tab',
    '#html:false',
    '#notetype:Basic',
    `#deck:${deck.event.replace(/[\t\r\n]+/g, ' ')}`,
    '#tags column:3',
    '#guid column:4',
  ];
  const lines = buildAnkiNotes(deck, wording).map((note) =>
    [ankiField(note.front), ankiField(note.back), note.tags.join(' '), ankiField(note.guid)].join('\t'),
  );
  return `${[...headers, ...lines].join('\n')}\n`;
}
