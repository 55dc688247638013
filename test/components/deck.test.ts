/**
 * Deck.svelte, the one owner of reveal.js, against a stand-in engine: created on the frame once the slides are in
 * it, started in a task of its own, destroyed with the deck; and the slides' live parts it brings to life.
 */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Deck from '../../src/deck/Deck.svelte';
import { roomTallyKey } from '../../src/deck/room.svelte.ts';
import SlidesFrame from '../../src/deck/SlidesFrame.svelte';
import { addSpeakerNotes } from '../../src/deck/speaker-notes.ts';
import { openingSlide } from '../../src/deck/controllers/live-parts.ts';
import { summarize, type DeckSummary } from '../../src/deck/summary.ts';
import { resolveViewOptions, type ViewOptions } from '../../src/deck/view.ts';
import { notesOf, withoutNotes } from '../../src/model/notes.ts';
import { miniDeck, roomQuizOf, texts } from './render.ts';

const engines = vi.hoisted(() => {
  /** Records what the deck asks of reveal.js. */
  class FakeReveal {
    initialize = vi.fn(() => Promise.resolve());
    destroy = vi.fn();
    addKeyBinding = vi.fn();
    removeKeyBinding = vi.fn();
    hasPlugin = vi.fn(() => false);
    registerPlugin = vi.fn();
    getPlugin = vi.fn();
    getCurrentSlide = vi.fn();
    getConfig = vi.fn(() => ({}));
    on = vi.fn();
    off = vi.fn();
    registerKeyboardShortcut = vi.fn();
    /** The ids of the slides in the element when the engine was created. */
    readonly slidesAtStart: string[];

    constructor(
      readonly element: HTMLElement,
      readonly config: Record<string, unknown>,
    ) {
      this.slidesAtStart = [...element.querySelectorAll('.slides section[id]')].map((section) => section.id);
      created.push(this);
    }
  }
  const created: FakeReveal[] = [];
  return { FakeReveal, created };
});

vi.mock('reveal.js', () => ({ default: engines.FakeReveal }));

const mini = withoutNotes(miniDeck());
const quiz = roomQuizOf(mini);

let mounted: { instances: ReturnType<typeof mount>[]; target: HTMLElement } | undefined;

/** The slides in their frame, as the page has them, then the deck on them. */
function mountDeck(options: { view?: ViewOptions; summary?: DeckSummary } = {}) {
  const summary = options.summary ?? summarize(mini, quiz);
  const target = document.body.appendChild(document.createElement('div'));
  const slides = mount(SlidesFrame, { target, props: { deck: mini, quiz: summary.quiz ? quiz : undefined } });
  const frame = target.querySelector<HTMLElement>('.reveal')!;
  const deck = mount(Deck, { target, props: { frame, summary, view: options.view ?? resolveViewOptions('') } });
  flushSync();
  mounted = { instances: [deck, slides], target };
  return { frame, engine: engines.created.at(-1)! };
}

function unmountDeck() {
  if (!mounted) return;
  for (const instance of mounted.instances) void unmount(instance);
  flushSync();
  mounted.target.remove();
  mounted = undefined;
}

beforeEach(() => {
  engines.created.length = 0;
  window.matchMedia = vi.fn(() => ({ matches: false }) as MediaQueryList);
  localStorage.clear();
});
afterEach(unmountDeck);

/** After the task in which the engine starts, its initialize() resolved, and the task after it. */
const started = async () => {
  for (let task = 0; task < 2; task++) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
};

describe('the engine', () => {
  it('is created once, on the .reveal element with the slides in it, and started in a task of its own', async () => {
    const { engine, frame } = mountDeck();
    expect(engines.created).toHaveLength(1);
    expect(engine.element).toBe(frame);
    expect(engine.slidesAtStart).toEqual(expect.arrayContaining(['title', 'agenda', 'widget-update', 'closing']));
    expect(engine.config).toMatchObject({ width: 1280, height: 720, hash: true });
    // Not in the task that mounted the deck: the page paints and answers input first.
    expect(engine.initialize).not.toHaveBeenCalled();
    await started();
    expect(engine.initialize).toHaveBeenCalledTimes(1);
    expect(window.Reveal).toBe(engine);
  });

  it('is destroyed with the deck, its keys unbound and window.Reveal gone', async () => {
    const { engine } = mountDeck();
    await started();
    const bound = engine.addKeyBinding.mock.calls.map(([binding]) => (binding as { keyCode: number }).keyCode);
    unmountDeck();
    expect(engine.destroy).toHaveBeenCalledTimes(1);
    expect(engine.removeKeyBinding.mock.calls.map(([keyCode]) => keyCode).sort()).toEqual([...bound].sort());
    expect(window.Reveal).toBeUndefined();
    expect(engines.created).toHaveLength(1);
  });

  it('is never started when the deck goes before its turn', async () => {
    const { engine } = mountDeck();
    unmountDeck();
    await started();
    expect(engine.initialize).not.toHaveBeenCalled();
    expect(window.Reveal).toBeUndefined();
  });
});

describe('the deck’s keys', () => {
  const bindings = (engine: InstanceType<typeof engines.FakeReveal>) =>
    engine.addKeyBinding.mock.calls.map(
      ([binding]) => binding as { keyCode: number; key: string; description: string },
    );

  it('binds S for the speaker view and, with the room quiz, Y, X and R, by the code of each letter', () => {
    const { engine } = mountDeck();
    expect(bindings(engine)).toEqual([
      { keyCode: 83, key: 'S', description: 'Speaker view' },
      { keyCode: 89, key: 'Y', description: 'Quiz: the room got it' },
      { keyCode: 88, key: 'X', description: 'Quiz: the room missed it' },
      { keyCode: 82, key: 'R', description: 'Quiz: reset the room’s score' },
    ]);
  });

  it('leaves the quiz keys out of the print view', () => {
    const { engine } = mountDeck({ view: resolveViewOptions('?print-pdf') });
    expect(bindings(engine).map((binding) => binding.key)).toEqual(['S']);
  });

  it('leaves them out of a plain presentation', () => {
    const { engine, frame } = mountDeck({ summary: summarize(mini) });
    expect(bindings(engine).map((binding) => binding.key)).toEqual(['S']);
    expect(frame.ownerDocument.querySelector('.room-notice')).toBeNull();
  });
});

describe('the slides’ live parts', () => {
  const answers = (frame: HTMLElement) => [...frame.querySelectorAll<HTMLElement>('.room-answer[data-live]')];

  const total = (frame: HTMLElement) => texts(frame, '#quiz-score tr[data-release="total"] > *');

  it('brings the parts of other slides, and those under a fragment, to life once the engine is ready', async () => {
    localStorage.setItem(
      roomTallyKey(mini.slug),
      JSON.stringify({ version: 1, verdicts: { [quiz.talks[0].questions[0].question.id]: 'right' } }),
    );
    const { frame, engine } = mountDeck();
    // The page opens on the title: the score's slide shows later, and the tally buttons wait under their answer.
    expect(total(frame)).toEqual(['Total', '0', '0', '—']);
    expect(frame.querySelector('.room-answer .quiz-control')).toBeNull();
    await started();
    expect(engine.initialize).toHaveBeenCalled();
    expect(total(frame)).toEqual(['Total', '1', '1', '100%']);
    expect(frame.querySelectorAll('.room-answer .quiz-control')).toHaveLength(answers(frame).length);
  });

  it('brings the parts that show on the slide the page opens on to life before the engine starts', () => {
    localStorage.setItem(
      roomTallyKey(mini.slug),
      JSON.stringify({ version: 1, verdicts: { [quiz.talks[0].questions[0].question.id]: 'right' } }),
    );
    window.location.hash = '#/quiz-score';
    try {
      const { frame, engine } = mountDeck();
      expect(engine.initialize).not.toHaveBeenCalled();
      expect(total(frame)).toEqual(['Total', '1', '1', '100%']);
    } finally {
      window.location.hash = '';
    }
  });

  it('puts the tally buttons under every answer of the room quiz, where a click records the verdict', async () => {
    const { frame } = mountDeck();
    await started();
    expect(answers(frame).length).toBe(quiz.talks.flatMap((talk) => talk.questions).length + quiz.final.length);
    for (const answer of answers(frame)) {
      expect(texts(answer, '.quiz-control button')).toEqual(['✓ Got it Y', '✗ Missed X']);
    }
    const [first] = answers(frame);
    first.querySelector<HTMLButtonElement>('.tally-right')!.click();
    flushSync();
    expect(JSON.parse(localStorage.getItem(roomTallyKey(mini.slug))!).verdicts).toEqual({
      [first.dataset.question!]: 'right',
    });
    expect(first.querySelector('.tally-right')!.getAttribute('aria-pressed')).toBe('true');
    // The room's score follows the tally.
    expect(total(frame)).toEqual(['Total', '1', '1', '100%']);
  });

  it('shows the stored score but no button in the print view', () => {
    localStorage.setItem(
      roomTallyKey(mini.slug),
      JSON.stringify({ version: 1, verdicts: { [quiz.talks[0].questions[0].question.id]: 'wrong' } }),
    );
    const { frame } = mountDeck({ view: resolveViewOptions('?print-pdf') });
    expect(frame.querySelector('.quiz-control, button')).toBeNull();
    expect(total(frame)).toEqual(['Total', '1', '0', '0%']);
  });

  it('are taken down with the deck', async () => {
    const { frame } = mountDeck();
    await started();
    unmountDeck();
    expect(frame.querySelector('.quiz-control')).toBeNull();
  });
});

describe('speaker notes', () => {
  it('come into their slides on demand, once, after what the slide shows', () => {
    const { frame } = mountDeck();
    const notes = notesOf(miniDeck());
    addSpeakerNotes(frame, notes);
    addSpeakerNotes(frame, notes);
    const talkSlide = frame.querySelector('section#widget-update')!;
    expect(texts(talkSlide, 'aside.notes')).toEqual(['The speaker said Widget keeps growing.']);
    expect(talkSlide.lastElementChild!.matches('aside.notes')).toBe(true);
    expect(frame.querySelectorAll('aside.notes').length).toBe(
      [
        notes.title,
        notes.closing,
        ...Object.values(notes.talks).flatMap((talk) => [talk.notes, ...talk.details]),
      ].filter(Boolean).length,
    );
  });
});

describe('the slide the page opens on', () => {
  const frame = () => {
    const target = document.body.appendChild(document.createElement('div'));
    mount(SlidesFrame, { target, props: { deck: mini, quiz } });
    return target.querySelector<HTMLElement>('.reveal')!;
  };

  it('is read from the address as reveal.js reads it: by id, by position, or the first', () => {
    const slides = frame();
    expect(openingSlide(slides, '')?.id).toBe('title');
    expect(openingSlide(slides, '#/')?.id).toBe('title');
    expect(openingSlide(slides, '#/widget-update-roadmap')?.id).toBe('widget-update-roadmap');
    expect(openingSlide(slides, '#/widget-update/2')?.id).toBe('widget-update');
    expect(openingSlide(slides, '#/1')?.id).toBe('agenda');
    expect(openingSlide(slides, '#/2/1')?.id).toBe('widget-update-2');
    expect(openingSlide(slides, '#/nowhere')).toBeUndefined();
    expect(openingSlide(slides, '#/%E0%A4%A')).toBeUndefined();
    slides.parentElement!.remove();
  });
});
