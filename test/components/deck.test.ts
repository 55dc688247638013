/**
 * Deck.svelte, the one owner of reveal.js, against a stand-in engine: created once after the slides are in the
 * page, made to read the slides again when they change (and only then), destroyed with the deck.
 */
import { flushSync, mount, tick, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Deck from '../../src/deck/Deck.svelte';
import { resolveViewOptions } from '../../src/deck/view.ts';
import type { Deck as DeckData } from '../../src/model/index.ts';
import { reactiveProps } from './reactive.svelte.ts';
import { miniDeck, roomQuizOf } from './render.ts';

const engines = vi.hoisted(() => {
  /** Records what the deck asks of reveal.js; stands where the current slide is the 4th, 2nd below. */
  class FakeReveal {
    initialize = vi.fn(() => Promise.resolve());
    destroy = vi.fn();
    sync = vi.fn();
    slide = vi.fn();
    getIndices = vi.fn(() => ({ h: 3, v: 1, f: -1 }));
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

const mini = miniDeck();
const quiz = roomQuizOf(mini);

interface Props {
  deck: DeckData;
  view: ReturnType<typeof resolveViewOptions>;
  roomQuiz?: typeof quiz;
}

let mounted: { instance: ReturnType<typeof mount>; target: HTMLElement } | undefined;

/** `props`: reactiveProps(…) for a test that changes them after mounting. */
function mountDeck(props: Props) {
  const target = document.body.appendChild(document.createElement('div'));
  const instance = mount(Deck, { target, props });
  flushSync();
  mounted = { instance, target };
  return engines.created.at(-1)!;
}

function unmountDeck() {
  if (!mounted) return;
  void unmount(mounted.instance);
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

/** After the engine's initialize() has resolved. */
const ready = async () => {
  await tick();
  await Promise.resolve();
  flushSync();
};

describe('the engine', () => {
  it('is created once, on the .reveal element, after the slides are in it, and started', async () => {
    const engine = mountDeck({ deck: mini, view: resolveViewOptions('') });
    await ready();
    expect(engines.created).toHaveLength(1);
    expect(engine.element.classList.contains('reveal')).toBe(true);
    expect(engine.slidesAtStart).toEqual(expect.arrayContaining(['title', 'agenda', 'widget-update', 'closing']));
    expect(engine.config).toMatchObject({ width: 1280, height: 720, hash: true });
    expect(engine.initialize).toHaveBeenCalledTimes(1);
    expect(window.Reveal).toBe(engine);
  });

  it('reads the slides again when they change, and stays on the slide it shows', async () => {
    const props = reactiveProps<Props>({ deck: mini, view: resolveViewOptions('') });
    const engine = mountDeck(props);
    await ready();
    expect(engine.sync).not.toHaveBeenCalled();

    props.deck = { ...mini, talks: mini.talks.slice(0, 1) };
    flushSync();
    expect(engine.sync).toHaveBeenCalledTimes(1);
    expect(engine.slide).toHaveBeenCalledWith(3, 1, -1);
    expect(engine.sync.mock.invocationCallOrder[0]).toBeLessThan(engine.slide.mock.invocationCallOrder[0]);

    props.roomQuiz = quiz;
    flushSync();
    expect(engine.sync).toHaveBeenCalledTimes(2);
    expect(engines.created).toHaveLength(1);
  });

  it('is not synced when no slide comes or goes', async () => {
    const props = reactiveProps<Props>({ deck: mini, view: resolveViewOptions('') });
    const engine = mountDeck(props);
    await ready();
    props.deck = { ...mini, title: 'Another title' };
    flushSync();
    expect(engine.sync).not.toHaveBeenCalled();
    expect(engine.slide).not.toHaveBeenCalled();
  });

  it('is destroyed with the deck, its keys unbound and window.Reveal gone', async () => {
    const engine = mountDeck({ deck: mini, view: resolveViewOptions(''), roomQuiz: quiz });
    await ready();
    const bound = engine.addKeyBinding.mock.calls.map(([binding]) => (binding as { keyCode: number }).keyCode);
    unmountDeck();
    expect(engine.destroy).toHaveBeenCalledTimes(1);
    expect(engine.removeKeyBinding.mock.calls.map(([keyCode]) => keyCode).sort()).toEqual([...bound].sort());
    expect(window.Reveal).toBeUndefined();
    expect(engines.created).toHaveLength(1);
  });
});

describe('the deck’s keys', () => {
  const bindings = (engine: InstanceType<typeof engines.FakeReveal>) =>
    engine.addKeyBinding.mock.calls.map(
      ([binding]) => binding as { keyCode: number; key: string; description: string },
    );

  it('binds S for the speaker view and, with the room quiz, Y, X and R, by the code of each letter', () => {
    const engine = mountDeck({ deck: mini, view: resolveViewOptions(''), roomQuiz: quiz });
    expect(bindings(engine)).toEqual([
      { keyCode: 83, key: 'S', description: 'Speaker view' },
      { keyCode: 89, key: 'Y', description: 'Quiz: the room got it' },
      { keyCode: 88, key: 'X', description: 'Quiz: the room missed it' },
      { keyCode: 82, key: 'R', description: 'Quiz: reset the room’s score' },
    ]);
  });

  it('leaves the quiz keys out of the print view', () => {
    const engine = mountDeck({ deck: mini, view: resolveViewOptions('?print-pdf'), roomQuiz: quiz });
    expect(bindings(engine).map((binding) => binding.key)).toEqual(['S']);
  });
});
