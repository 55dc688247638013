/**
 * Every slide's address: the id of its section, which reveal.js shows in the URL as `#/<id>`. The deck's
 * slides, the links between them, the print view and the study page all build addresses here, and the
 * validator (parse.ts) rejects a talk id that would take an address the deck already gives another slide.
 * Pure.
 */
import { BACKLOG } from './constants.ts';
import type { Deck, Edition } from './schema.ts';

const FINAL_QUIZ = 'quiz-final';

/** The room quiz asks at most this many questions after a talk (quiz/room-plan.ts), each on its own slide. */
export const ROOM_QUESTIONS_PER_TALK = 2;

/** A picture over several slides: the first page has the bare name, the next ones `-2`, `-3`, … */
const paged = (name: string, page: number) => (page === 0 ? name : `${name}-${page + 1}`);

/** The id of each slide of the deck. Pages and detail slides count from 0. */
export const slideIds = {
  title: 'title',
  agenda: 'agenda',
  /** A talk's main slide: the talk's own id. */
  talk: (talk: string) => talk,
  /** A talk's detail slides, below its main slide: `<talk>-2`, `<talk>-3`, … */
  detail: (talk: string, index: number) => `${talk}-${index + 2}`,
  history: (talk: string) => `${talk}-history`,
  roadmap: (talk: string) => `${talk}-roadmap`,
  /** The room's questions on a talk, one a slide, last in its stack: `<talk>-quiz`, `<talk>-quiz-2`. */
  roomQuiz: (talk: string, index = 0) => paged(`${talk}-quiz`, index),
  timeline: (page: number) => paged('history-timeline', page),
  matrix: (page: number) => paged('roadmap-matrix', page),
  finalQuiz: FINAL_QUIZ,
  /** The final quiz's question on a release (or the backlog). */
  finalQuizRelease: (release: string) => `${FINAL_QUIZ}-${release}`,
  score: 'quiz-score',
  closing: 'closing',
  handoutRoadmap: (page: number) => `handout-roadmap-${page + 1}`,
  handoutAnswers: (page: number) => `handout-answers-${page + 1}`,
} as const;

/**
 * Set at build time by the one-file export (npm run export:html), whose deck and study page are files named
 * after the export; absent everywhere else.
 */
declare const __SUMMIT_RECAP_PAGES__: { deck: string; study: string } | undefined;

/**
 * The pages of the site (or of a one-file export), as links relative to any of them. The phones' page of the
 * live room exists only in the site that `npm run live` serves.
 */
export const PAGES: { readonly deck: string; readonly study: string; readonly join: string } = {
  join: './join.html',
  ...(typeof __SUMMIT_RECAP_PAGES__ === 'object'
    ? __SUMMIT_RECAP_PAGES__
    : { deck: './index.html', study: './study.html' }),
};

/** Whether this is a page exported as one file (npm run export:html): it has no live room, nothing serves one. */
export const ONE_FILE = typeof __SUMMIT_RECAP_PAGES__ === 'object';

/** The study page's parameters: `missed=<item ids, comma-separated>&at=<ISO date>`, what a live room's score links to. */
export const STUDY_PARAMS = { missed: 'missed', at: 'at' } as const;

/** A link to the study page that offers to review the items a person missed in a live room, as of `at`. */
export function studyMissedHref(items: readonly string[], at: string): string {
  const missed = items.map(encodeURIComponent).join(',');
  return `${PAGES.study}?${STUDY_PARAMS.missed}=${missed}&${STUDY_PARAMS.at}=${encodeURIComponent(at)}`;
}

/**
 * Where the site puts an edition of a recap, relative to the original's pages: the original at the root, each
 * translation in a folder named after its language (`en/`).
 */
export function editionPath(edition: { language: string; translationOf?: string }): string {
  return edition.translationOf === undefined ? '' : `${edition.language.toLowerCase()}/`;
}

/** The deck's own edition, as the site holds it (a deck alone is at the root). */
export function editionOf(deck: Pick<Deck, 'slug' | 'language' | 'editions'>): Edition {
  return (
    deck.editions?.find((edition) => edition.slug === deck.slug) ?? {
      slug: deck.slug,
      language: deck.language,
      path: '',
      names: {},
    }
  );
}

/** The recap's other editions, as the site holds them: none for a deck alone. */
export function otherEditions(deck: Pick<Deck, 'slug' | 'editions'>): Edition[] {
  return (deck.editions ?? []).filter((edition) => edition.slug !== deck.slug);
}

/**
 * A link from a page of one edition to the same page of another, relative (the site works under any path):
 * from the original to `./en/study.html`, from `en/` back to `../study.html`.
 */
export function editionHref(from: { path: string }, to: { path: string }, page: keyof typeof PAGES): string {
  const up = from.path.split('/').filter(Boolean).length;
  const file = PAGES[page].replace(/^\.\//, '');
  return `${up === 0 ? './' : '../'.repeat(up)}${to.path}${file}`;
}

const SLIDE_LINK = '#/';

/** A link to a slide from within the deck. */
export function slideHref(id: string): string {
  return `${SLIDE_LINK}${id}`;
}

/**
 * What a deck's address names, as reveal.js reads it: `#/<id>` (a fragment's index may follow), or `#/<h>/<v>` by
 * position (`indices`), or nothing. An id that does not decode (`#/%E0`) names nothing.
 */
export function addressedSlide(hash: string): { id: string } | { indices: [string, string] } | undefined {
  const [first = '', second = '0'] = hash.replace(/^#\/?/, '').split('/');
  if (/^[0-9]*$/.test(first)) return { indices: [first, second] };
  try {
    return { id: decodeURIComponent(first) };
  } catch {
    return undefined;
  }
}

/** A link to a slide from another page of the site (the study page). */
export function deckSlideHref(id: string): string {
  return `${PAGES.deck}${slideHref(id)}`;
}

/**
 * The same link in a PDF, where `#/<id>` leads nowhere: `#<id>`, the slide's element id, which the PDF keeps
 * as an internal link. Undefined for a link that is not to a slide.
 */
export function printedSlideHref(href: string): string | undefined {
  return href.startsWith(SLIDE_LINK) ? `#${href.slice(SLIDE_LINK.length)}` : undefined;
}

/** What the validator knows of a talk when it checks addresses. */
export interface TalkAddressSource {
  id: string;
  details?: readonly unknown[];
}

/** One address of a talk's stack, and which of the talk's slides has it. */
export interface TalkAddress {
  id: string;
  /** Whether it is the talk's main slide (its own id). */
  main: boolean;
  /** In an author's words: `main slide`, `detail slide 1`, `history slide`, … */
  part: string;
}

/** Every address a talk's stack may take: its main slide, its details, its history, roadmap and quiz slides. */
export function talkAddresses(talk: TalkAddressSource): TalkAddress[] {
  return [
    { id: slideIds.talk(talk.id), main: true, part: 'main slide' },
    ...(talk.details ?? []).map((_, index) => ({
      id: slideIds.detail(talk.id, index),
      main: false,
      part: `detail slide ${index + 1}`,
    })),
    { id: slideIds.history(talk.id), main: false, part: 'history slide' },
    { id: slideIds.roadmap(talk.id), main: false, part: 'roadmap slide' },
    ...Array.from({ length: ROOM_QUESTIONS_PER_TALK }, (_, index) => ({
      id: slideIds.roomQuiz(talk.id, index),
      main: false,
      part: index === 0 ? 'quiz slide' : `quiz slide ${index + 1}`,
    })),
  ];
}

const DECK_SLIDES: ReadonlyMap<string, string> = new Map([
  [slideIds.title, 'the title slide'],
  [slideIds.agenda, 'the agenda slide'],
  [slideIds.finalQuiz, 'the final quiz'],
  [slideIds.score, 'the room’s score'],
  [slideIds.closing, 'the closing slide'],
]);

/** The pictures over several slides, each page with its own address. */
const PICTURES: readonly { slide: string; address: (page: number) => string }[] = [
  { slide: 'the history timeline', address: slideIds.timeline },
  { slide: 'the roadmap matrix', address: slideIds.matrix },
  { slide: 'the handout’s roadmap', address: slideIds.handoutRoadmap },
  { slide: 'the handout’s answer key', address: slideIds.handoutAnswers },
];

/**
 * The slide that the deck itself (not a talk) shows at this address, in an author's words; undefined when none.
 * A picture's page counts whatever the number of pages it has today. `releases`: the deck's release ids (the
 * final quiz has a slide per release, and one for the backlog).
 */
export function deckSlideAt(id: string, releases: readonly string[]): string | undefined {
  const fixed = DECK_SLIDES.get(id);
  if (fixed) return fixed;
  const release = [...releases, BACKLOG].find((candidate) => slideIds.finalQuizRelease(candidate) === id);
  if (release !== undefined) return `the final quiz’s question on release "${release}"`;
  const number = /-([1-9][0-9]{0,5})$/.exec(id)?.[1];
  const pages = number === undefined ? [0] : [0, Number(number) - 1];
  for (const picture of PICTURES) {
    const page = pages.find((candidate) => picture.address(candidate) === id);
    if (page !== undefined) return `page ${page + 1} of ${picture.slide}`;
  }
  return undefined;
}
