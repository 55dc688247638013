/** Slide addresses: made in one place, and what the validator knows of them matches what the deck renders. */
import { describe, expect, it } from 'vitest';
import {
  deckSlideAt,
  deckSlideHref,
  printedSlideHref,
  slideHref,
  slideIds,
  talkAddresses,
} from '../../src/model/addresses.ts';

describe('slideIds', () => {
  it('gives a talk’s stack its own id, then -2, -3 … for details, -history, -roadmap and -quiz', () => {
    expect([
      slideIds.talk('x'),
      slideIds.detail('x', 0),
      slideIds.detail('x', 1),
      slideIds.history('x'),
      slideIds.roadmap('x'),
      slideIds.roomQuiz('x'),
    ]).toEqual(['x', 'x-2', 'x-3', 'x-history', 'x-roadmap', 'x-quiz']);
  });

  it('names the first page of a picture bare and numbers the next ones from 2; the handout from 1', () => {
    expect([0, 1, 2].map(slideIds.timeline)).toEqual(['history-timeline', 'history-timeline-2', 'history-timeline-3']);
    expect([0, 1].map(slideIds.matrix)).toEqual(['roadmap-matrix', 'roadmap-matrix-2']);
    expect([0, 1].map(slideIds.handoutRoadmap)).toEqual(['handout-roadmap-1', 'handout-roadmap-2']);
    expect([0, 1].map(slideIds.handoutAnswers)).toEqual(['handout-answers-1', 'handout-answers-2']);
    expect(slideIds.finalQuizRelease('pike')).toBe('quiz-final-pike');
  });
});

describe('links', () => {
  it('links a slide as #/<id> in the deck, ./index.html#/<id> from the study page', () => {
    expect(slideHref('octavia-update')).toBe('#/octavia-update');
    expect(deckSlideHref(slideIds.roadmap('octavia-update'))).toBe('./index.html#/octavia-update-roadmap');
  });

  it('turns a slide link into the element link a PDF keeps, and leaves other links alone', () => {
    expect(printedSlideHref('#/agenda')).toBe('#agenda');
    expect(printedSlideHref('./study.html')).toBeUndefined();
    expect(printedSlideHref('https://example.org/#/x')).toBeUndefined();
  });
});

describe('deckSlideAt', () => {
  const releases = ['pike', 'queens'];

  it.each([
    ['title', 'the title slide'],
    ['agenda', 'the agenda slide'],
    ['closing', 'the closing slide'],
    ['quiz-final', 'the final quiz'],
    ['quiz-score', 'the room’s score'],
    ['quiz-final-queens', 'the final quiz’s question on release "queens"'],
    ['quiz-final-backlog', 'the final quiz’s question on release "backlog"'],
    ['history-timeline', 'page 1 of the history timeline'],
    ['history-timeline-12', 'page 12 of the history timeline'],
    ['roadmap-matrix-2', 'page 2 of the roadmap matrix'],
    ['handout-roadmap-1', 'page 1 of the handout’s roadmap'],
    ['handout-answers-3', 'page 3 of the handout’s answer key'],
  ])('%s is %s', (id, slide) => {
    expect(deckSlideAt(id, releases)).toBe(slide);
  });

  it.each([
    'octavia-update',
    'quiz-final-rocky',
    'history-timeline-1',
    'handout-roadmap',
    'roadmap-matrix-02',
    'agenda-2',
  ])('%s is free', (id) => {
    expect(deckSlideAt(id, releases)).toBeUndefined();
  });
});

it('lists every address of a talk’s stack, its main slide first', () => {
  expect(talkAddresses({ id: 'x', details: [{}, {}] })).toEqual([
    { id: 'x', main: true, part: 'main slide' },
    { id: 'x-2', main: false, part: 'detail slide 1' },
    { id: 'x-3', main: false, part: 'detail slide 2' },
    { id: 'x-history', main: false, part: 'history slide' },
    { id: 'x-roadmap', main: false, part: 'roadmap slide' },
    { id: 'x-quiz', main: false, part: 'quiz slide' },
    { id: 'x-quiz-2', main: false, part: 'quiz slide 2' },
  ]);
});
