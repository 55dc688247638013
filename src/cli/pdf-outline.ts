/**
 * The PDF's bookmarks, built from the deck rather than from the printed headings: the title slide, the agenda,
 * each talk with its sub-slides under it, the timeline, the matrix, the quiz, the closing slide and the handout,
 * in deck order. Chromium's own outline (page.pdf's `outline`) follows heading levels, which cannot say that a
 * detail slide belongs to its talk. `deckOutline` is pure; `addOutline` writes the outline into a PDF.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFRef } from 'pdf-lib';
import { deckWords } from '../locale/index.ts';
import { slideIds } from '../model/addresses.ts';
import { BACKLOG } from '../model/constants.ts';
import type { Deck } from '../model/index.ts';
import { vocabularyOf } from '../model/vocabulary.ts';

export interface OutlineEntry {
  title: string;
  /** The page it opens, counted from 0. */
  page: number;
  children: OutlineEntry[];
}

/** An entry before it is placed on its page: the slide it opens. */
interface Planned {
  title: string;
  slide: string;
  children?: Planned[];
}

/** Where the deck's slides are: the page of each printed one, and the id of every slide laid out. */
export interface PrintedSlides {
  /** The page (from 0) of every printed slide, by slide id. */
  pages: ReadonlyMap<string, number>;
  /** Every slide of the print view, printed or left out by a --range. */
  laidOut: readonly string[];
}

/**
 * A picture over several slides (timeline, matrix, handout): one entry, and its pages under it when there are
 * several, each named by its number as the slide shows it ("2 / 4").
 */
function paged(
  title: string,
  address: (page: number) => string,
  slides: PrintedSlides,
  page: (index: number, count: number) => string,
): Planned {
  const all: string[] = [];
  while (slides.laidOut.includes(address(all.length))) all.push(address(all.length));
  return {
    title,
    slide: address(0),
    children: all.length > 1 ? all.map((id, index) => ({ title: page(index + 1, all.length), slide: id })) : [],
  };
}

/**
 * The outline of the printed deck. Slides that were not printed (another talk, out of --range) have no entry,
 * and an entry whose own slide was not printed opens its first printed child.
 */
export function deckOutline(deck: Deck, slides: PrintedSlides): OutlineEntry[] {
  const labels = deckWords(deck.language);
  const vocabulary = vocabularyOf(deck);
  const releases = [...deck.releases.map((release) => release.id), BACKLOG];
  const quizSlides = (talk: string) =>
    [0, 1].map((index) => ({
      title: index === 0 ? labels.roomQuiz : `${labels.roomQuiz} (${index + 1})`,
      slide: slideIds.roomQuiz(talk, index),
    }));
  const plan: Planned[] = [
    { title: deck.title, slide: slideIds.title },
    { title: labels.agenda, slide: slideIds.agenda },
    ...deck.talks.map((talk) => ({
      title: talk.title,
      slide: slideIds.talk(talk.id),
      children: [
        ...(talk.details ?? []).map((detail, index) => ({
          title: detail.title,
          slide: slideIds.detail(talk.id, index),
        })),
        { title: labels.history, slide: slideIds.history(talk.id) },
        { title: labels.roadmap, slide: slideIds.roadmap(talk.id) },
        ...quizSlides(talk.id),
      ],
    })),
    paged(labels.timeline, slideIds.timeline, slides, labels.page),
    paged(labels.matrix, slideIds.matrix, slides, labels.page),
    {
      title: labels.finalQuiz,
      slide: slideIds.finalQuiz,
      children: [
        ...releases.map((release) => ({
          title: labels.finalQuizRelease(vocabulary.releaseName(release)),
          slide: slideIds.finalQuizRelease(release),
        })),
        { title: labels.score, slide: slideIds.score },
      ],
    },
    { title: deck.closing?.title ?? deck.title, slide: slideIds.closing },
    paged(labels.handoutRoadmap, slideIds.handoutRoadmap, slides, labels.page),
    paged(labels.answerKey, slideIds.handoutAnswers, slides, labels.page),
  ];
  const place = (entry: Planned): OutlineEntry | undefined => {
    const children = (entry.children ?? []).flatMap((child) => place(child) ?? []);
    const page = slides.pages.get(entry.slide) ?? children[0]?.page;
    return page === undefined ? undefined : { title: entry.title, page, children };
  };
  return plan.flatMap((entry) => place(entry) ?? []);
}

/**
 * The PDF with these bookmarks, opened with its outline shown. Everything else (the tagged structure, the
 * links, the fonts) is kept as Chromium wrote it.
 */
export async function addOutline(pdf: Uint8Array, entries: readonly OutlineEntry[]): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const { context } = document;
  const pages = document.getPages().map((page) => page.ref);
  const rootRef = context.nextRef();

  /** Writes `items` as the children of `parent`; returns their refs and how many entries they hold, all open. */
  const write = (items: readonly OutlineEntry[], parent: PDFRef): { refs: PDFRef[]; count: number } => {
    const refs = items.map(() => context.nextRef());
    const count = items.length;
    items.forEach((item, index) => {
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      const target = pages[Math.min(item.page, pages.length - 1)];
      dict.set(PDFName.of('Dest'), context.obj([target, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]) as PDFArray);
      if (index > 0) dict.set(PDFName.of('Prev'), refs[index - 1]);
      if (index < items.length - 1) dict.set(PDFName.of('Next'), refs[index + 1]);
      if (item.children.length > 0) {
        const children = write(item.children, refs[index]);
        dict.set(PDFName.of('First'), children.refs[0]);
        dict.set(PDFName.of('Last'), children.refs.at(-1)!);
        // Negative: the entry starts closed, so that the talks show as one list.
        dict.set(PDFName.of('Count'), PDFNumber.of(-children.count));
      }
      context.assign(refs[index], dict);
    });
    return { refs, count };
  };

  const { refs, count } = write(entries, rootRef);
  const root = context.obj({}) as PDFDict;
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  if (refs.length > 0) {
    root.set(PDFName.of('First'), refs[0]);
    root.set(PDFName.of('Last'), refs.at(-1)!);
  }
  root.set(PDFName.of('Count'), PDFNumber.of(count));
  context.assign(rootRef, root);
  document.catalog.set(PDFName.of('Outlines'), rootRef);
  document.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return document.save();
}
