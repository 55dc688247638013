/** The page's URL options: read by one parser, written by the PDF export with the same names. */
import { describe, expect, it } from 'vitest';
import { printUrl, resolveExportOptions } from '../../src/cli/export-pdf.ts';
import {
  resolveViewOptions,
  showsDefaultSlides,
  VIEW_PARAMS,
  viewQuery,
  type ViewOptions,
} from '../../src/deck/view.ts';

const none: ViewOptions = {
  talks: [],
  quiz: undefined,
  handout: false,
  linkBase: undefined,
  printView: false,
  showNotes: undefined,
  speakerViewFrame: false,
};

describe('resolveViewOptions', () => {
  it('reads nothing from an empty query or from reveal.js’s own options', () => {
    expect(resolveViewOptions('')).toEqual(none);
    expect(resolveViewOptions('?transition=none&controls=false')).toEqual(none);
  });

  it('reads every option by its parameter', () => {
    expect(
      resolveViewOptions(
        '?print-pdf&showNotes=separate-page&talk=a,b&talk=c&quiz=off&handout&link-base=https%3A%2F%2Fexample.org%2Fdeck%2F&receiver',
      ),
    ).toEqual({
      talks: ['a', 'b', 'c'],
      quiz: false,
      handout: true,
      linkBase: 'https://example.org/deck/',
      printView: true,
      showNotes: 'separate-page',
      speakerViewFrame: true,
    });
  });

  it('reads the live room’s code and the presenter’s key; a code is six digits or nothing', () => {
    expect(resolveViewOptions('?live=123456&key=s3cret')).toMatchObject({ live: '123456', liveKey: 's3cret' });
    expect(resolveViewOptions('?live=123%20456').live).toBe('123456');
    expect(resolveViewOptions('?live=12345').live).toBeUndefined();
    expect(resolveViewOptions('?live=<script>&key=').live).toBeUndefined();
    expect(resolveViewOptions('?key=').liveKey).toBeUndefined();
    expect(viewQuery({ live: '123456', liveKey: 'a/b' })).toBe('live=123456&key=a%2Fb');
  });

  it('takes showNotes=false as no printed notes', () => {
    expect(resolveViewOptions('?showNotes=false').showNotes).toBeUndefined();
    expect(resolveViewOptions('?showNotes=true').showNotes).toBe('true');
  });

  // reveal.js and this deck used to look for the words anywhere in the query.
  it('reads receiver and print-pdf only as parameters, not as words anywhere in the query', () => {
    expect(resolveViewOptions('?talk=receiver-talk').speakerViewFrame).toBe(false);
    expect(resolveViewOptions('?link-base=https%3A%2F%2Fexample.org%2Freceiver%2F').speakerViewFrame).toBe(false);
    expect(resolveViewOptions('?talk=print-pdf-guide').printView).toBe(false);
    expect(resolveViewOptions('?receiver').speakerViewFrame).toBe(true);
    expect(resolveViewOptions('?transition=none&print-pdf=').printView).toBe(true);
  });
});

describe('viewQuery', () => {
  it('writes what resolveViewOptions reads, flags bare', () => {
    const options: ViewOptions = {
      talks: ['a', 'b'],
      quiz: true,
      handout: true,
      linkBase: 'https://example.org/a b/',
      printView: true,
      showNotes: 'separate-page',
      speakerViewFrame: true,
    };
    const query = viewQuery(options);
    expect(query).toBe(
      'print-pdf&showNotes=separate-page&talk=a&talk=b&quiz=on&handout&link-base=https%3A%2F%2Fexample.org%2Fa%20b%2F&receiver',
    );
    // The address comes back as the browser writes it.
    expect(resolveViewOptions(`?${query}`)).toEqual({ ...options, linkBase: 'https://example.org/a%20b/' });
    expect(viewQuery({})).toBe('');
  });

  it('names every parameter once', () => {
    const names = Object.values(VIEW_PARAMS);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('showsDefaultSlides', () => {
  const shows = (query: string, quizByDefault = true) => showsDefaultSlides(resolveViewOptions(query), quizByDefault);

  it('is true for the views whose slides the build prerenders, whatever else they show', () => {
    expect(shows('')).toBe(true);
    expect(shows('?print-pdf&link-base=https%3A%2F%2Fexample.org%2F')).toBe(true);
    expect(shows('?receiver&transition=none')).toBe(true);
    expect(shows('?quiz=on')).toBe(true);
    expect(shows('?quiz=off', false)).toBe(true);
    expect(shows('?showNotes=false')).toBe(true);
  });

  it('is false for a view with other slides: some talks, the quiz switched, the handout, printed notes', () => {
    expect(shows('?talk=a')).toBe(false);
    expect(shows('?quiz=off')).toBe(false);
    expect(shows('?quiz=on', false)).toBe(false);
    expect(shows('?handout')).toBe(false);
    expect(shows('?print-pdf&showNotes=separate-page')).toBe(false);
  });
});

describe('the PDF export’s URL', () => {
  it('asks the deck’s print view for the options given, with the deck’s own names', () => {
    const options = resolveExportOptions([
      '--notes',
      '--talk',
      'octavia-update',
      '--handout',
      '--link-base',
      'https://example.org/recap',
    ]);
    const url = new URL(printUrl('http://127.0.0.1:4173/recaps/', options));
    expect(url.pathname).toBe('/recaps/index.html');
    expect(resolveViewOptions(url.search)).toEqual({
      ...none,
      talks: ['octavia-update'],
      handout: true,
      linkBase: 'https://example.org/recap/',
      printView: true,
      showNotes: 'separate-page',
    });
    expect(
      Object.fromEntries([...url.searchParams].filter(([name]) => !Object.values(VIEW_PARAMS).includes(name as never))),
    ).toEqual({
      margin: '0',
      width: '1280',
      height: '720',
      pdfSeparateFragments: 'false',
    });
  });
});
