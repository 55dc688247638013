/** The quiz slides for the room: questions with their answer as a fragment, the final quiz, the room's score. */
import path from 'node:path';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/model/fs.ts';
import type { RevealApi } from 'reveal.js';
import { keyOutsideQuizControls } from '../../src/deck/config.ts';
import { liveParts } from '../../src/deck/controllers/live-parts.ts';
import { deckWords } from '../../src/locale/index.ts';
import QuizChapter from '../../src/deck/QuizChapter.svelte';
import RoomNotice from '../../src/deck/RoomNotice.svelte';
import { roomTallyKey, RoomTallyState, type RoomMessage } from '../../src/deck/room.svelte.ts';
import { vocabularyOf } from '../../src/model/vocabulary.ts';
import Slides from '../../src/deck/Slides.svelte';
import TalkSection from '../../src/deck/TalkSection.svelte';
import { quizSlidesOn, resolveViewOptions } from '../../src/deck/view.ts';
import { miniDeck, render, roomQuizOf, talkOf, texts } from './render.ts';

const boston = loadDeck(process.cwd(), path.resolve('slides'), 'boston-2017');
const quiz = roomQuizOf(boston);
const mini = miniDeck();

/** A Storage in memory. */
function memoryStorage(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

const takeDown: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of takeDown.splice(0)) cleanup();
});

/** The slides' live parts brought to life as the running deck does, on the tally given. */
function bringToLife(root: HTMLElement, tally: RoomTallyState) {
  const install = liveParts({ tally, labels: deckWords(boston.language), vocabulary: vocabularyOf(boston), quiz });
  takeDown.push(install({ element: root, reveal: {} as RevealApi }));
  flushSync();
}

function tallyState(options: { storage?: Storage; forward?: (message: RoomMessage) => void } = {}) {
  return new RoomTallyState({
    quiz: () => quiz,
    key: () => roomTallyKey(boston.slug),
    storage: options.storage ?? memoryStorage(),
    forward: options.forward,
    noticeFor: 10,
  });
}

describe('a talk’s quiz slide', () => {
  const octavia = talkOf(boston, 'octavia-update');
  const questions = quiz.talks.find((entry) => entry.talk === octavia.id)!.questions;
  // Rendered for each test (the render helper unmounts after each).
  const section = () => render(TalkSection, { talk: octavia, deck: boston, quiz: questions });
  const quizSlide = () => section().querySelector<HTMLElement>('#octavia-update-quiz')!;

  it('comes last in the talk’s stack, as "Qu’avez-vous retenu ?"', () => {
    const root = section();
    const slide = root.querySelector<HTMLElement>('#octavia-update-quiz')!;
    const ids = [...root.querySelectorAll('section.talk > section')].map((section) => section.id);
    expect(ids.slice(-3)).toEqual(['octavia-update-roadmap', 'octavia-update-quiz', 'octavia-update-quiz-2']);
    expect(texts(slide, 'h2')).toEqual(['Qu’avez-vous retenu ?']);
    expect(texts(slide, '.eyebrow')).toEqual([octavia.title]);
  });

  it('asks one question a slide, its choices lettered, the answer in a fragment shown by the next key press', () => {
    const root = section();
    const first = root.querySelector<HTMLElement>('#octavia-update-quiz')!;
    const second = root.querySelector<HTMLElement>('#octavia-update-quiz-2')!;
    expect(texts(first, '.prompt')).toEqual([
      'Pour quelle release Octavia prévoit-il « Orientation de la release : l’UX, la scalabilité et l’interopérabilité » ?',
    ]);
    expect(texts(second, '.prompt')).toEqual(['Lequel de ces éléments est prévu pour Pike ?']);
    // The question itself is no fragment: it shows with its slide; only the answer waits.
    for (const slide of [first, second]) {
      expect([...slide.querySelectorAll('.fragment')].map((fragment) => fragment.classList[0])).toEqual([
        'room-answer',
      ]);
    }
    expect(texts(first, '.choices li')).toEqual(['A Pike', 'B Queens', 'C Rocky', 'D Backlog']);
    expect(texts(first, '.choices li.right-choice')).toEqual(['B Queens']);
    expect(texts(first, '.answer')).toEqual(['Réponse : Queens']);
    expect(texts(second, '.choices li')).toHaveLength(4);
    expect(texts(second, '.choices li.right-choice')).toEqual(['B Orientation de la release : la sécurité et l’UX']);
    expect(texts(second, '.answer')).toEqual(['Réponse : Orientation de la release : la sécurité et l’UX']);
  });

  it('has no tally buttons in its markup: they are a live part of the running deck', () => {
    const slide = quizSlide();
    expect(slide.querySelector('.quiz-control, button')).toBeNull();
    expect(slide.querySelector('.room-answer')!.getAttribute('data-live')).toBe('tally');
  });

  it('is left out when the talk has no quiz', () => {
    const plain = render(TalkSection, { talk: octavia, deck: boston });
    expect(plain.querySelector('[data-room-quiz]')).toBeNull();
  });
});

describe('the whole deck with and without quiz slides', () => {
  /** The top-level sections, as reveal.js sees them. */
  const horizontal = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLElement>(':scope > section')].map(
      (slide) => slide.id || slide.dataset.talk || slide.dataset.chapter,
    );

  it('asks after each talk with roadmap items, then pictures, then the final quiz before the closing slide', () => {
    const root = render(Slides, { deck: boston, quiz });
    expect(horizontal(root)).toEqual([
      'title',
      'agenda',
      ...boston.talks.map((talk) => talk.id),
      'history-timeline',
      'roadmap-matrix',
      'quiz-final',
      'closing',
    ]);
    const withQuiz = boston.talks.filter((talk) => root.querySelector(`#${talk.id}-quiz`)).map((talk) => talk.id);
    expect(withQuiz).toEqual(boston.talks.filter((talk) => talk.roadmap?.length).map((talk) => talk.id));
    const ids = [...root.querySelectorAll('section[id]')].map((section) => section.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has none of them for a plain presentation', () => {
    const root = render(Slides, { deck: boston });
    expect(root.querySelector('[data-room-quiz], #quiz-final, #quiz-score')).toBeNull();
    expect(horizontal(root)).not.toContain('quiz-final');
    expect(horizontal(root)).toContain('roadmap-matrix');
  });
});

describe('the final quiz', () => {
  it('asks, per release it can, which item the release brought or brings, then shows the room’s score', () => {
    const root = render(QuizChapter, { deck: boston, quiz });
    const releases = ['havana', 'kilo', 'newton', 'pike', 'queens', 'backlog'];
    expect([...root.querySelectorAll('section[id]')].map((slide) => slide.id)).toEqual([
      'quiz-final',
      ...releases.map((id) => `quiz-final-${id}`),
      'quiz-score',
    ]);
    // The heading names the release the question is about; the answer is an item, which no heading names.
    expect(texts(root, '#quiz-final-kilo .eyebrow')).toEqual(['Quiz final · Kilo']);
    expect(texts(root, '#quiz-final-kilo .prompt')).toEqual(['Lequel de ces éléments est arrivé dans Kilo ?']);
    expect(texts(root, '#quiz-final-kilo .answer')).toEqual([
      'Réponse : D’abord hébergé au sein de Stackforge, OpenStack-Ansible devient un projet OpenStack',
    ]);
    expect(texts(root, '#quiz-final .quiz-releases li')).toEqual([
      'Havana',
      'Kilo',
      'Newton',
      'Pike',
      'Queens',
      'Backlog',
    ]);
  });

  it('shows the room’s score per release from the tally, in an accessible table', () => {
    const storage = memoryStorage();
    const tally = tallyState({ storage });
    const [queens, pike] = quiz.talks.find((entry) => entry.talk === 'octavia-update')!.questions;
    expect([queens.release, pike.release]).toEqual(['queens', 'pike']);
    tally.record(queens.question.id, 'right');
    tally.record(pike.question.id, 'wrong');
    tally.record(quiz.final.find((asked) => asked.release === 'queens')!.question.id, 'wrong');
    const root = render(QuizChapter, { deck: boston, quiz });
    // In the slide's markup, no verdict yet.
    expect(texts(root, '#quiz-score tr[data-release="total"] > *')).toEqual(['Total', '0', '0', '—']);
    bringToLife(root, tally);
    const table = root.querySelector('#quiz-score table')!;
    expect(texts(table, 'caption')[0]).toMatch(/^Score de la salle par release/);
    expect(texts(table, 'thead th')).toEqual(['Release', 'Questions posées', 'Bonnes réponses', 'Réussite']);
    const row = (release: string) => texts(table, `tr[data-release="${release}"] > *`);
    expect(row('queens')).toEqual(['Queens', '2', '1', '50 %']);
    expect(row('pike')).toEqual(['Pike', '1', '0', '0 %']);
    expect(row('rocky')).toEqual(['Rocky', '0', '0', '—']);
    expect(row('havana')).toEqual(['Havana', '0', '0', '—']);
    expect(row('total')).toEqual(['Total', '3', '1', '33 %']);
    // Every release the room quiz asks about: Ocata's one item cannot be asked fairly.
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(7);

    // A reset empties it on the spot.
    tally.clear();
    flushSync();
    expect(row('queens')).toEqual(['Queens', '0', '0', '—']);
    expect(storage.data.size).toBe(0);
  });

  it('records a verdict from the buttons under a shown answer, and marks the one given', () => {
    const storage = memoryStorage();
    const tally = tallyState({ storage });
    const root = render(QuizChapter, { deck: boston, quiz });
    bringToLife(root, tally);
    const kilo = root.querySelector<HTMLElement>('#quiz-final-kilo')!;
    const buttons = [...kilo.querySelectorAll<HTMLButtonElement>('.room-answer .quiz-control button')];
    expect(buttons.map((button) => button.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      '✓ Trouvé Y',
      '✗ Raté X',
    ]);
    expect(kilo.querySelector('.quiz-control')!.hasAttribute('data-prevent-swipe')).toBe(true);
    buttons[1].click();
    flushSync();
    const id = kilo.querySelector<HTMLElement>('.room-question')!.dataset.question!;
    expect(JSON.parse(storage.data.get(roomTallyKey('boston-2017'))!)).toEqual({
      version: 1,
      verdicts: { [id]: 'wrong' },
    });
    expect(buttons.map((button) => button.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    expect(texts(root, '#quiz-score tr[data-release="kilo"] > *')).toEqual(['Kilo', '1', '0', '0 %']);
    expect(texts(root, '#quiz-score .score-control button')).toEqual(['Remettre à zéro R']);
  });
});

describe('RoomTallyState', () => {
  const id = quiz.final[0].question.id;

  it('keeps the tally in storage, per deck, so that a reload finds it', () => {
    const storage = memoryStorage();
    tallyState({ storage }).record(id, 'right');
    expect(tallyState({ storage }).verdictOf(id)).toBe('right');
    expect([...storage.data.keys()]).toEqual(['summit-recap:room-tally:boston-2017']);
  });

  it('in a speaker-view frame, sends verdicts to the presenting page and records nothing itself', () => {
    const storage = memoryStorage();
    const sent: RoomMessage[] = [];
    const frame = tallyState({ storage, forward: (message) => sent.push(message) });
    frame.record(id, 'right');
    frame.clear();
    expect(storage.data.size).toBe(0);
    expect(frame.records).toBe(false);
    expect(sent).toEqual([
      { namespace: 'summit-recap-room', type: 'verdict', question: id, verdict: 'right' },
      { namespace: 'summit-recap-room', type: 'clear' },
    ]);
    // The presenting page records what the frame sent, once.
    const presenting = tallyState({ storage });
    presenting.receive(JSON.stringify(sent[0]));
    presenting.receive(JSON.stringify(sent[0]));
    expect(presenting.verdicts).toEqual({ [id]: 'right' });
    presenting.receive('{"namespace":"reveal-notes","type":"state"}');
    presenting.receive('not json');
    expect(presenting.verdicts).toEqual({ [id]: 'right' });
  });

  it('ignores verdicts on questions the quiz does not ask', () => {
    const tally = tallyState();
    tally.record('which-release:nope', 'right');
    expect(tally.verdicts).toEqual({});
  });

  it('says what it did', () => {
    const tally = tallyState();
    tally.record(id, 'wrong');
    expect(tally.notice?.notice).toMatchObject({ kind: 'recorded', verdict: 'wrong' });
    tally.clear();
    expect(tally.notice?.notice).toEqual({ kind: 'cleared', count: 1 });
  });

  it('counts every verdict when the storage is full, and says they are not stored', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const tally = tallyState({ storage });
    const [first, second] = quiz.final;
    tally.record(first.question.id, 'right');
    tally.record(second.question.id, 'wrong');
    expect(tally.verdicts).toEqual({ [first.question.id]: 'right', [second.question.id]: 'wrong' });
    expect(tally.notice?.notice).toMatchObject({ kind: 'recorded', saved: false });
    const root = render(RoomNotice, {
      quiz,
      tally,
      vocabulary: vocabularyOf(boston),
      labels: deckWords(boston.language),
    });
    expect(texts(root, '.room-notice')[0]).toMatch(/non enregistré \(stockage du navigateur plein/);
  });

  it('still works when storage refuses', () => {
    const refusing = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const tally = tallyState({ storage: refusing as Storage });
    tally.record(id, 'right');
    expect(tally.verdicts).toEqual({ [id]: 'right' });
  });
});

describe('keys inside quiz controls', () => {
  it('never reach the deck', () => {
    const control = document.body.appendChild(document.createElement('div'));
    control.className = 'quiz-control';
    const button = control.appendChild(document.createElement('button'));
    expect(keyOutsideQuizControls({ target: button })).toBe(false);
    expect(keyOutsideQuizControls({ target: document.body })).toBe(true);
    // reveal.js's triggerKey (used by the speaker view) passes no target.
    expect(keyOutsideQuizControls({ target: null })).toBe(true);
    control.remove();
  });
});

describe('the quiz switch', () => {
  it('reads ?quiz=off / on from the URL, and leaves other values to deck.yaml', () => {
    expect(resolveViewOptions('?quiz=off').quiz).toBe(false);
    expect(resolveViewOptions('?quiz=OFF').quiz).toBe(false);
    expect(resolveViewOptions('?quiz=0').quiz).toBe(false);
    expect(resolveViewOptions('?quiz=on').quiz).toBe(true);
    expect(resolveViewOptions('?quiz').quiz).toBeUndefined();
    expect(resolveViewOptions('?quiz=constructor').quiz).toBeUndefined();
    expect(resolveViewOptions('?transition=none').quiz).toBeUndefined();
  });

  it('turns the quiz slides on by default, off by deck.yaml, the URL having the last word', () => {
    expect(quizSlidesOn(mini, {})).toBe(true);
    expect(quizSlidesOn({ quizSlides: false }, {})).toBe(false);
    expect(quizSlidesOn({ quizSlides: false }, { quiz: true })).toBe(true);
    expect(quizSlidesOn({ quizSlides: true }, { quiz: false })).toBe(false);
    expect(boston.quizSlides).toBe(true);
  });

  it('knows the speaker view’s frames by their receiver parameter', () => {
    expect(resolveViewOptions('?receiver&progress=false').speakerViewFrame).toBe(true);
    expect(resolveViewOptions('?transition=none').speakerViewFrame).toBe(false);
  });
});
