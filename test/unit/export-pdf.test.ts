/** The PDF export's options and its outline, without a browser (test/e2e/pdf.test.ts prints real PDFs). */
import { resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseSlideRange, resolveExportOptions, UsageError } from '../../src/cli/export-pdf.ts';
import { addOutline, deckOutline, type OutlineEntry } from '../../src/cli/pdf-outline.ts';
import { deckWords } from '../../src/locale/index.ts';
import { slideIds, talkAddresses } from '../../src/model/addresses.ts';
import { loadDeck } from '../../src/model/fs.ts';

const deck = loadDeck(process.cwd(), resolve('slides'));
const labels = deckWords(deck.language);

describe('resolveExportOptions', () => {
  it('reads the output as --out, -o or --output', () => {
    expect(resolveExportOptions(['--out', 'a.pdf']).out).toBe('a.pdf');
    expect(resolveExportOptions(['-o', 'a.pdf']).out).toBe('a.pdf');
    expect(resolveExportOptions(['--output=a.pdf']).out).toBe('a.pdf');
    expect(resolveExportOptions([]).out).toBeUndefined();
    expect(() => resolveExportOptions(['-o', 'a.pdf', '--output', 'b.pdf'])).toThrow(
      'export:pdf: --out and --output both given: give one (see --help)',
    );
  });

  it('reads --range', () => {
    expect(resolveExportOptions(['--range', '3,5-8']).range).toEqual([
      [3, 3],
      [5, 8],
    ]);
    expect(resolveExportOptions([]).range).toBeUndefined();
  });
});

describe('parseSlideRange', () => {
  it('reads numbers and spans, as decktape and Slidev do', () => {
    expect(parseSlideRange('1')).toEqual([[1, 1]]);
    expect(parseSlideRange('3, 5-8,12-12')).toEqual([
      [3, 3],
      [5, 8],
      [12, 12],
    ]);
  });

  it.each([
    ['', 'takes slide numbers and spans separated by commas'],
    ['3,', 'takes slide numbers and spans separated by commas'],
    ['a-b', 'takes slide numbers and spans separated by commas'],
    ['-3', 'takes slide numbers and spans separated by commas'],
    ['0-2', 'counts slides from 1'],
    ['8-5', 'needs spans from low to high (8-5)'],
  ])('rejects %j in one line', (text, why) => {
    expect(() => parseSlideRange(text)).toThrow(UsageError);
    expect(() => parseSlideRange(text)).toThrow(`export:pdf: --range ${why}, got "${text}" (e.g. --range 3,5-8)`);
  });
});

/** Every slide of the deck as the print view lays it out, on its own page, in deck order. */
function wholeDeck(): { pages: Map<string, number>; laidOut: string[] } {
  const laidOut = [
    slideIds.title,
    slideIds.agenda,
    ...deck.talks.flatMap((talk) => [
      slideIds.talk(talk.id),
      ...(talk.details ?? []).map((_, index) => slideIds.detail(talk.id, index)),
      slideIds.roadmap(talk.id),
    ]),
    slideIds.timeline(0),
    slideIds.matrix(0),
    slideIds.matrix(1),
    slideIds.finalQuiz,
    slideIds.finalQuizRelease('pike'),
    slideIds.score,
    slideIds.closing,
  ];
  return { pages: new Map(laidOut.map((id, page) => [id, page])), laidOut };
}

const titles = (entries: OutlineEntry[]) => entries.map((entry) => entry.title);

describe('deckOutline', () => {
  it('lists the title, agenda, each talk, the timeline, the matrix, the quiz and the closing slide, in deck order', () => {
    const outline = deckOutline(deck, wholeDeck());
    expect(titles(outline)).toEqual([
      deck.title,
      labels.agenda,
      ...deck.talks.map((talk) => talk.title),
      labels.timeline,
      labels.matrix,
      labels.finalQuiz,
      deck.closing!.title,
    ]);
    const pages = outline.map((entry) => entry.page);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  it('puts each talk’s sub-slides under it, and the pages of a picture under the picture', () => {
    const slides = wholeDeck();
    const outline = deckOutline(deck, slides);
    for (const talk of deck.talks) {
      const entry = outline.find((candidate) => candidate.title === talk.title)!;
      expect(entry.page).toBe(slides.pages.get(talk.id));
      expect(titles(entry.children)).toEqual([...(talk.details ?? []).map((detail) => detail.title), labels.roadmap]);
    }
    const matrix = outline.find((entry) => entry.title === labels.matrix)!;
    expect(matrix.children.map((child) => [child.title, child.page])).toEqual([
      [labels.page(1, 2), slides.pages.get(slideIds.matrix(0))],
      [labels.page(2, 2), slides.pages.get(slideIds.matrix(1))],
    ]);
    expect(outline.find((entry) => entry.title === labels.timeline)!.children).toEqual([]);
    const quiz = outline.find((entry) => entry.title === labels.finalQuiz)!;
    expect(titles(quiz.children)).toEqual([labels.finalQuizRelease('Pike'), labels.score]);
  });

  it('leaves out slides that were not printed; a talk whose main slide was not printed opens its first sub-slide', () => {
    const talk = deck.talks.find((candidate) => candidate.details?.length)!;
    const { laidOut } = wholeDeck();
    const [main, first] = talkAddresses(talk).map((address) => address.id);
    const pages = new Map([
      [first, 0],
      [slideIds.closing, 1],
    ]);
    const outline = deckOutline(deck, { pages, laidOut });
    expect(outline).toEqual([
      { title: talk.title, page: 0, children: [{ title: talk.details![0].title, page: 0, children: [] }] },
      { title: deck.closing!.title, page: 1, children: [] },
    ]);
    expect(laidOut).toContain(main);
  });
});

describe('addOutline', () => {
  it('writes the entries as the PDF’s bookmarks, nested, each opening its page', async () => {
    const blank = await PDFDocument.create();
    for (let page = 0; page < 3; page++) blank.addPage([960, 540]);
    const outline: OutlineEntry[] = [
      { title: 'Titre « un »', page: 0, children: [] },
      {
        title: 'Deux',
        page: 1,
        children: [
          { title: 'Deux · a', page: 1, children: [] },
          { title: 'Deux · b', page: 2, children: [] },
        ],
      },
    ];
    const pdf = await getDocument({ data: await addOutline(await blank.save(), outline), verbosity: 0 }).promise;
    const read = async (items: Awaited<ReturnType<typeof pdf.getOutline>>): Promise<unknown[]> =>
      Promise.all(
        items.map(async (item) => ({
          title: item.title,
          page: await pdf.getPageIndex((item.dest as [{ num: number; gen: number }])[0]),
          children: await read(item.items),
        })),
      );
    expect(await read(await pdf.getOutline())).toEqual(outline);
  });
});
