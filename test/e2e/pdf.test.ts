/** `npm run export:pdf`: the PDF a reader gets, checked page by page with pdf.js. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDeck } from '../../src/model/fs.ts';
import { launchBrowser } from '../../src/cli/browser.ts';
import { findDeck } from '../../src/cli/common.ts';
import { exportPdf, resolveExportOptions, type ExportOptions } from '../../src/cli/export-pdf.ts';
import { SLIDE_SIZE } from '../../src/deck/config.ts';
import { matrixItems, packMatrix } from '../../src/deck/matrix.ts';
import { wordRoomQuiz } from '../../src/deck/room-quiz.ts';
import { packTimeline, timelineEras } from '../../src/deck/timeline.ts';
import { deckWords, quizWords } from '../../src/locale/index.ts';
import { editionOf } from '../../src/model/addresses.ts';
import { vocabularyOf, type Deck } from '../../src/model/index.ts';
import { planRoomQuiz } from '../../quiz/room-plan.ts';
import { selectRoomQuiz } from '../../quiz/room.ts';

const deck = loadDeck(process.cwd(), resolve('slides'));
const labels = deckWords(deck.language);
/** The room quiz, planned once for the whole deck (it is on in deck.yaml): a slide per question of a talk. */
const roomQuiz = wordRoomQuiz(planRoomQuiz(deck), quizWords(deck.language));
const slidesOfTalk = (talk: (typeof deck.talks)[number]) =>
  1 +
  (talk.details?.length ?? 0) +
  (talk.history?.length ? 1 : 0) +
  (talk.roadmap?.length ? 1 : 0) +
  (roomQuiz.talks.find((entry) => entry.talk === talk.id)?.questions.length ?? 0);

/** After the talks: the timeline's and the matrix's pages, the final quiz (intro, a slide per release, score). */
function chapterPages(of: Deck) {
  const vocabulary = vocabularyOf(of);
  return {
    timeline: packTimeline(timelineEras(vocabulary), vocabulary).length,
    matrix: packMatrix(vocabulary, matrixItems(vocabulary)).length,
    quiz: (({ talks, final }) => (final.length > 0 ? final.length + 2 : talks.length > 0 ? 1 : 0))(
      selectRoomQuiz(
        roomQuiz,
        of.talks.map((talk) => talk.id),
      ),
    ),
  };
}
const chapters = chapterPages(deck);
/** Title, agenda, every talk's slides, timeline, matrix, final quiz, closing. */
const SLIDE_COUNT =
  3 +
  deck.talks.reduce((sum, talk) => sum + slidesOfTalk(talk), 0) +
  chapters.timeline +
  chapters.matrix +
  chapters.quiz;

let browser: Browser;
let work: string;

beforeAll(async () => {
  browser = await launchBrowser();
  work = mkdtempSync(join(tmpdir(), 'summit-recap-pdf-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The outline as pdf.js reads it: each entry's title, the page it opens (from 1) and its children. */
interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

async function bookmarks(pdf: PDFDocumentProxy): Promise<Bookmark[]> {
  const read = (items: Awaited<ReturnType<PDFDocumentProxy['getOutline']>>): Promise<Bookmark[]> =>
    Promise.all(
      (items ?? []).map(async (item) => ({
        title: item.title,
        page: (await pdf.getPageIndex((item.dest as [{ num: number; gen: number }])[0])) + 1,
        children: await read(item.items),
      })),
    );
  return read(await pdf.getOutline());
}

async function exportTo(name: string, argv: string[] = []): Promise<PDFDocumentProxy> {
  const options: ExportOptions & { out: string } = { ...resolveExportOptions(argv), out: join(work, name) };
  const result = await exportPdf(deck, options, { distDir: inject('distDir'), browser });
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(result.file)), verbosity: 0 }).promise;
  expect(result.pages).toBe(pdf.numPages);
  return pdf;
}

/** Runs of spaces (no-break ones too) as one space: the PDF splits text at them. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

async function pageText(pdf: PDFDocumentProxy, number: number): Promise<string> {
  const content = await (await pdf.getPage(number)).getTextContent();
  return squash(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
}

async function allPageTexts(pdf: PDFDocumentProxy): Promise<string[]> {
  return Promise.all(Array.from({ length: pdf.numPages }, (_, index) => pageText(pdf, index + 1)));
}

describe('the whole deck', () => {
  let pdf: PDFDocumentProxy;
  let texts: string[];
  beforeAll(async () => {
    pdf = await exportTo('deck.pdf');
    texts = await allPageTexts(pdf);
  });

  it('has one page per slide, each the slide’s size (in points: 3/4 of a CSS pixel)', async () => {
    expect(pdf.numPages).toBe(SLIDE_COUNT);
    const points = [0, 0, (SLIDE_SIZE.width * 3) / 4, (SLIDE_SIZE.height * 3) / 4];
    expect(points).toEqual([0, 0, 960, 540]);
    for (let number = 1; number <= pdf.numPages; number++) {
      expect((await pdf.getPage(number)).view).toEqual(points);
    }
  });

  it('shows each talk’s title on its page, in deck order, and no blank page', () => {
    let page = 2; // after the title and agenda (0-based index 2 is the first talk)
    for (const talk of deck.talks) {
      expect(texts[page], talk.id).toContain(squash(talk.title).slice(0, 30));
      page += slidesOfTalk(talk);
    }
    expect(texts.at(-1)).toContain(squash(deck.closing!.title));
    for (const [index, text] of texts.entries()) expect(text.trim().length, `page ${index + 1}`).toBeGreaterThan(10);
  });

  it('prints the slide number on each page', () => {
    texts.forEach((text, index) => expect(text, `page ${index + 1}`).toMatch(new RegExp(`(^|\\s)${index + 1}\\s*$`)));
  });

  it('embeds every font as a real font, not Type 3', async () => {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const operators = await page.getOperatorList();
      const fontIds = new Set<string>();
      operators.fnArray.forEach((fn, index) => {
        if (fn === OPS.setFont) fontIds.add(operators.argsArray[index][0] as string);
      });
      expect(fontIds.size, `fonts on page ${number}`).toBeGreaterThan(0);
      for (const id of fontIds) {
        const font = page.commonObjs.get(id) as { name: string; missingFile: boolean; isType3Font: boolean };
        expect(font.missingFile, `${font.name} embedded`).toBe(false);
        expect(font.isType3Font, `${font.name} not Type 3`).toBe(false);
        expect(font.name).toMatch(/SourceSans3/);
      }
    }
  });

  it('shows the roadmap matrix on its pages: every roadmap item, at 22 px (16.5 pt) or more', async () => {
    const matrixPages = texts.flatMap((text, index) => (text.includes(labels.matrixSubhead) ? [index] : []));
    expect(matrixPages).toHaveLength(chapters.matrix);
    const bare = (text: string) => text.replace(/\s+/g, '');
    const matrixText = bare(matrixPages.map((index) => texts[index]).join(''));
    for (const item of deck.talks.flatMap((talk) => talk.roadmap ?? [])) {
      expect(matrixText, item.id).toContain(bare(item.text));
    }
    for (const index of matrixPages) {
      const content = await (await pdf.getPage(index + 1)).getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim() || item.str.trim() === String(index + 1)) continue;
        expect(Math.abs(item.transform[3]), `page ${index + 1}: "${item.str}"`).toBeGreaterThanOrEqual(16.4);
      }
    }
  });

  it('prints each quiz slide with its answer under the question, and never a tally button', () => {
    const bare = (text: string) => text.replace(/\s+/g, '');
    for (const asked of [...roomQuiz.talks.flatMap((talk) => talk.questions), ...roomQuiz.final]) {
      // Several questions can share a prompt ("Lequel de ces éléments est prévu pour Pike ?"): the page is the
      // one with the question's choices.
      const page = texts.find((text) =>
        [asked.prompt, ...asked.question.choices.map((choice) => choice.label)].every((words) =>
          bare(text).includes(bare(words)),
        ),
      );
      expect(page, asked.question.id).toBeDefined();
      expect(bare(page!), asked.question.id).toContain(bare(`${labels.answer} ${asked.answer}`));
    }
    const all = texts.join(' ');
    expect(all).not.toContain(labels.roomRight);
    expect(all).not.toContain(labels.clearScore);
    expect(texts.some((text) => text.includes(labels.score))).toBe(true);
  });

  it('has bookmarks: title, agenda, every talk in order with its sub-slides under it, then the chapters', async () => {
    const outline = await bookmarks(pdf);
    const talkTitles = deck.talks.map((talk) => talk.title);
    expect(outline.map((entry) => entry.title)).toEqual([
      deck.title,
      labels.agenda,
      ...talkTitles,
      labels.timeline,
      labels.matrix,
      labels.finalQuiz,
      deck.closing!.title,
    ]);
    let page = 3;
    for (const talk of deck.talks) {
      const entry = outline.find((candidate) => candidate.title === talk.title)!;
      expect(entry.page, talk.id).toBe(page);
      expect(texts[entry.page - 1]).toContain(squash(talk.title).slice(0, 30));
      expect(entry.children.length, talk.id).toBe(slidesOfTalk(talk) - 1);
      expect(entry.children.map((child) => child.page)).toEqual(entry.children.map((_, index) => page + index + 1));
      page += slidesOfTalk(talk);
    }
    expect(outline.at(-1)!.page).toBe(pdf.numPages);
  });

  it('is a tagged PDF, its headings, lists and tables marked up for screen readers', async () => {
    const info = spawnSync('pdfinfo', [join(work, 'deck.pdf')], { encoding: 'utf8' });
    expect(info.status, info.stderr).toBe(0);
    expect(info.stdout).toMatch(/^Tagged:\s+yes$/m);
    const roles = (node: { role?: string; children?: unknown[] }, found: Set<string>): Set<string> => {
      if (node.role) found.add(node.role);
      for (const child of node.children ?? []) roles(child as typeof node, found);
      return found;
    };
    // Every slide's text is in the structure (reveal.js hides all slides but one from assistive technology).
    for (let number = 1; number <= pdf.numPages; number++) {
      const tree = await (await pdf.getPage(number)).getStructTree();
      expect([...roles(tree, new Set())], `page ${number}`).toEqual(
        expect.arrayContaining([number === 1 ? 'H1' : 'H2']),
      );
    }
    const all = new Set<string>();
    for (let number = 1; number <= pdf.numPages; number++)
      roles(await (await pdf.getPage(number)).getStructTree(), all);
    expect([...all]).toEqual(expect.arrayContaining(['H1', 'H2', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD']));
  });

  it('links the agenda to each talk’s page inside the PDF', async () => {
    const links = (await (await pdf.getPage(2)).getAnnotations()).filter((annotation) => annotation.subtype === 'Link');
    // A title on two lines is one link with two rectangles.
    const targets = links.map((link) => link.dest).filter((dest, index, all) => dest !== all[index - 1]);
    expect(targets).toEqual(deck.talks.map((talk) => talk.id));
  });
});

describe('variants', () => {
  it('--talk prints only those talks, after the title slide', async () => {
    const [first, second] = [deck.talks[5], deck.talks[1]];
    const pdf = await exportTo('talks.pdf', ['--talk', first.id, '--talk', second.id]);
    // Title, the agenda of the two talks, their slides in deck order, the pictures and the quiz of those two
    // talks, closing.
    const selected = chapterPages({ ...deck, talks: [second, first] });
    expect(pdf.numPages).toBe(
      3 + slidesOfTalk(first) + slidesOfTalk(second) + selected.timeline + selected.matrix + selected.quiz,
    );
    const texts = await allPageTexts(pdf);
    expect(texts[2]).toContain(squash(second.title).slice(0, 20));
    expect(texts[2 + slidesOfTalk(second)]).toContain(squash(first.title).slice(0, 20));
    expect(texts.join(' ')).not.toContain(deck.talks[0].title);
  });

  it('--range prints only those slides, by number, with the bookmarks of those only', async () => {
    const full = await allPageTexts(await exportTo('full-for-range.pdf'));
    const pdf = await exportTo('range.pdf', ['--range', '1,3-4,' + String(SLIDE_COUNT)]);
    expect(pdf.numPages).toBe(4);
    const texts = await allPageTexts(pdf);
    // Each page is the slide of that number in the whole deck (slide numbers stay those of the deck).
    [1, 3, 4, SLIDE_COUNT].forEach((number, index) =>
      expect(texts[index].replace(/\s*\d+\s*$/, '')).toBe(full[number - 1].replace(/\s*\d+\s*$/, '')),
    );
    const outline = await bookmarks(pdf);
    expect(outline.map((entry) => entry.title)).toEqual([deck.title, deck.talks[0].title, deck.closing!.title]);
    expect(outline[1].children.map((child) => child.page)).toEqual([3]);
  });

  it('--range past the last slide fails in one line, and writes no file', async () => {
    const out = join(work, 'never-range.pdf');
    const options = { ...resolveExportOptions(['--range', `2-${SLIDE_COUNT + 1}`]), out };
    await expect(exportPdf(deck, options, { distDir: inject('distDir'), browser })).rejects.toThrow(
      `export:pdf: --range goes to slide ${SLIDE_COUNT + 1}, but the deck has ${SLIDE_COUNT}`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('--fragments puts a quiz question’s answer on the page after the question', async () => {
    const talk = deck.talks.find((candidate) => candidate.id === 'kubernetes-on-openstack')!;
    const [asked] = roomQuiz.talks.find((entry) => entry.talk === talk.id)!.questions;
    const pdf = await exportTo('fragments.pdf', ['--fragments', '--talk', talk.id]);
    const bare = (text: string) => text.replace(/\s+/g, '');
    const texts = (await allPageTexts(pdf)).map(bare);
    const question = texts.findIndex((text) => text.includes(bare(asked.prompt)));
    const answer = bare(`${labels.answer} ${asked.answer}`);
    expect(question).toBeGreaterThan(0);
    expect(texts[question]).not.toContain(answer);
    expect(texts[question + 1]).toContain(bare(asked.prompt));
    expect(texts[question + 1]).toContain(answer);
  });

  it('--notes puts each slide’s notes on the page after it', async () => {
    const talk = deck.talks.find((candidate) => candidate.notes)!;
    const pdf = await exportTo('notes.pdf', ['--notes', '--talk', talk.id]);
    const texts = await allPageTexts(pdf);
    const slidePage = texts.findIndex((text) => text.includes(squash(talk.title).slice(0, 20)));
    expect(texts[slidePage + 1]).toContain(squash(talk.notes!).slice(0, 40));
  });

  it('--handout adds the roadmap of every project and the quiz answer key', async () => {
    const pdf = await exportTo('handout.pdf', ['--handout']);
    expect(pdf.numPages).toBeGreaterThan(SLIDE_COUNT);
    const appendix = (await allPageTexts(pdf)).slice(SLIDE_COUNT).join(' ');
    for (const item of deck.talks.flatMap((talk) => talk.roadmap ?? [])) {
      expect(appendix, item.id).toContain(squash(item.text).slice(0, 25));
    }
    expect(appendix).toMatch(/corrigé du quiz/i);
    expect(appendix).toContain('Pour quelle release');
  });
});

describe('the command', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(resolve('node_modules/.bin/tsx'), [resolve('src/cli/export-pdf.ts'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it('rejects an unknown option in one line, with status 1 and no file', () => {
    const out = join(work, 'never.pdf');
    const result = run(['--out', out, '--colour']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('export:pdf: unknown option "--colour" (see --help)');
    expect(existsSync(out)).toBe(false);
  });

  it('rejects an unknown talk and names the real ones', () => {
    const out = join(work, 'never.pdf');
    const result = run(['--out', out, '--talk', 'nope']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown talk nope; talks are: neutron-update');
    expect(existsSync(out)).toBe(false);
  });

  it('rejects an output path it cannot write', () => {
    const readOnly = join(work, 'read-only');
    writeFileSync(readOnly, 'a file, not a folder');
    const result = run(['--out', join(readOnly, 'deck.pdf')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/cannot write/);
  });

  it('says what to do when no browser can be found', () => {
    const out = join(work, 'never.pdf');
    const result = run(['--out', out], { CHROME_PATH: '/nonexistent/chrome' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'export:pdf: CHROME_PATH=/nonexistent/chrome is not an executable file: fix or unset it.',
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('the edition DECK names, as export:pdf finds it', () => {
  it('prints the English edition from its folder of the site, in English, its bookmarks too', async () => {
    const { deck: english } = findDeck(process.cwd(), { DECK: 'boston-2017-en' });
    expect(editionOf(english).path).toBe('en/');
    // The site built for the French recap holds the English one: no new build is needed.
    expect(english.translationOf).toBe('boston-2017');
    const out = join(work, 'english.pdf');
    const result = await exportPdf(
      english,
      { ...resolveExportOptions(['--talk', 'octavia-update']), out },
      { distDir: inject('distDir'), browser },
    );
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(result.file)), verbosity: 0 }).promise;
    const text = (await allPageTexts(pdf)).join(' ');
    expect(text).toContain(squash(english.title));
    expect(text).toContain('Active/active high availability');
    expect(text).not.toContain('Haute disponibilité');
    const talk = (await bookmarks(pdf)).find((entry) => entry.title === 'Octavia: Update');
    expect(talk?.children.map((entry) => entry.title)).toContain('Roadmap');
  });

  it('prints the deck of SLIDES_DIR', async () => {
    const { deck: fixture } = findDeck(process.cwd(), { SLIDES_DIR: 'test/fixtures/slides', DECK: 'mini-summit' });
    const out = join(work, 'fixture.pdf');
    const result = await exportPdf(
      fixture,
      { ...resolveExportOptions([]), out },
      { distDir: inject('fixtureDistDir'), browser },
    );
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(result.file)), verbosity: 0 }).promise;
    expect(await pageText(pdf, 1)).toContain(fixture.title);
  });
});
