/**
 * The deck in live mode against a socket the test answers for: the room's state as the deck follows it, what the
 * deck tells the room as the presenter moves, the QR code, and the live parts on the slides (how to join and the
 * counts, each choice's share once revealed, the room's recall per release), with the presenter's key taken out of
 * the address bar.
 */
import jsQR from 'jsqr';
import { flushSync, mount, unmount } from 'svelte';
import { encode } from 'uqr';
import { afterEach, describe, expect, it } from 'vitest';
import { roomQuestions } from '../../../quiz/room.ts';
import type { DeckHandle } from '../../../src/deck/controllers/controller.ts';
import { shownOn } from '../../../src/deck/live-room/controller.ts';
import { takePresenterKey } from '../../../src/deck/live-room/key.ts';
import { liveMode } from '../../../src/deck/live-room/mode.ts';
import { qrPicture } from '../../../src/deck/live-room/qr.ts';
import { LiveRoom } from '../../../src/deck/live-room/room.svelte.ts';
import SlidesFrame from '../../../src/deck/SlidesFrame.svelte';
import { releaseVocabulary, summarize } from '../../../src/deck/summary.ts';
import { resolveViewOptions } from '../../../src/deck/view.ts';
import { deckWords, roomWords } from '../../../src/locale/index.ts';
import type { RoomCounts } from '../../../src/live/protocol.ts';
import { slideIds } from '../../../src/model/addresses.ts';
import { loadDeck } from '../../../src/model/fs.ts';
import { roomQuizOf, texts } from '../render.ts';
import { FakeSocket, settle } from './fake-socket.ts';

const boston = loadDeck(process.cwd(), 'slides', 'boston-2017');
const quiz = roomQuizOf(boston);
const [first, second] = roomQuestions(quiz);
const words = roomWords('fr');

const JOIN = 'http://192.168.1.20:8080/join.html?room=123456';
const counts = (seq: number, extra: Partial<RoomCounts> = {}): RoomCounts => ({
  seq,
  joined: 0,
  revealed: [],
  ...extra,
});

/** A room connected and presented (as the presenter, or only watching). */
async function presentedRoom(presenter = true) {
  const socket = new FakeSocket();
  const room = new LiveRoom(socket, '123456', presenter ? 'secret' : undefined);
  socket.fire('connect');
  socket.of('present')[0]!.reply({ ok: true, presenter, counts: counts(0, { joined: 2 }), join: JOIN });
  await settle();
  return { socket, room };
}

describe('the live room as the deck follows it', () => {
  it('presents itself with its key, and takes the join address and the counts it is given', async () => {
    const { socket, room } = await presentedRoom();
    expect(socket.of('present')[0]!.message).toEqual({ room: '123456', key: 'secret' });
    expect(room.presenter).toBe(true);
    expect(room.joinUrl).toBe(JOIN);
    expect(room.counts.joined).toBe(2);
    expect(room.connection).toBe('online');
  });

  it('keeps the newest counts when older ones arrive after them', async () => {
    const { socket, room } = await presentedRoom();
    socket.fire('counts', counts(5, { joined: 7 }));
    socket.fire('counts', counts(4, { joined: 6 }));
    expect(room.counts.joined).toBe(7);
  });

  it('tells the room each change of view once, and again after a reconnection', async () => {
    const { socket, room } = await presentedRoom();
    const view = { view: 'question', question: first!.question.id, revealed: false } as const;
    room.show(view);
    room.show(view);
    await settle();
    expect(socket.of('show').map((entry) => entry.message)).toEqual([view]);
    socket.of('show')[0]!.reply({ ok: true });
    socket.fire('disconnect');
    expect(room.connection).toBe('offline');
    socket.fire('connect');
    socket.of('present')[1]!.reply({ ok: true, presenter: true, counts: counts(1), join: JOIN });
    await settle();
    expect(socket.of('show').map((entry) => entry.message)).toEqual([view, view]);
  });

  it('never drives the room from a page that only watches', async () => {
    const { socket, room } = await presentedRoom(false);
    room.show({ view: 'score' });
    await settle();
    expect(socket.of('show')).toEqual([]);
  });

  it('says why the room turned the page away', async () => {
    const socket = new FakeSocket();
    const room = new LiveRoom(socket, '123456', 'stale');
    socket.fire('connect');
    socket.of('present')[0]!.reply({ ok: false, reason: 'unauthorized' });
    await settle();
    expect(room.problem).toBe('unauthorized');
  });
});

describe('the QR code of the join address', () => {
  it('draws exactly the modules of the code, and reads back as the address', () => {
    const picture = qrPicture(JOIN);
    const { data } = encode(JOIN, { ecc: 'M', border: 2 });
    expect(picture.size).toBe(data.length);
    const drawn = data.map((row) => row.map(() => false));
    for (const [, x, y, width] of picture.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let dx = 0; dx < Number(width); dx++) drawn[Number(y)]![Number(x) + dx] = true;
    }
    expect(drawn).toEqual(data);
    // As a camera would see it: 8 pixels per module, dark on white.
    const scale = 8;
    const side = picture.size * scale;
    const pixels = new Uint8ClampedArray(side * side * 4);
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        const value = drawn[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
        pixels.set([value, value, value, 255], (y * side + x) * 4);
      }
    }
    expect(jsQR(pixels, side, side)?.data).toBe(JOIN);
  });
});

describe('the deck in live mode', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => {
    cleanup?.();
    cleanup = undefined;
    document.body.replaceChildren();
    sessionStorage.clear();
  });

  /** The keys the deck connected with. */
  const keys: (string | undefined)[] = [];

  /** The slides in their frame, as the page has them, and a stand-in engine on the slide given. */
  function liveDeck(room: LiveRoom, search: string) {
    history.replaceState(null, '', `/index.html${search}`);
    const target = document.body.appendChild(document.createElement('div'));
    const slides = mount(SlidesFrame, { target, props: { deck: boston, quiz } });
    const frame = target.querySelector<HTMLElement>('.reveal')!;
    let current: Element | undefined = frame.querySelector('section[data-room-quiz]')!;
    const listeners = new Map<string, () => void>();
    const reveal = {
      on: (event: string, listener: () => void) => listeners.set(event, listener),
      off: (event: string) => listeners.delete(event),
      isReady: () => true,
      getCurrentSlide: () => current,
    };
    const summary = summarize(boston, quiz);
    const view = resolveViewOptions(search);
    const install = liveMode({
      code: view.live!,
      view,
      summary,
      vocabulary: releaseVocabulary(summary),
      labels: deckWords('fr'),
      connect: (_code, key) => {
        keys.push(key);
        return room;
      },
    });
    const uninstall = install({ reveal, element: frame } as unknown as DeckHandle);
    flushSync();
    cleanup = () => {
      uninstall();
      void unmount(slides);
    };
    const go = (slide: Element | undefined, event = 'slidechanged') => {
      current = slide;
      listeners.get(event)?.();
      flushSync();
    };
    return { frame, go };
  }

  it('shows how to join on every quiz slide, with the room code and the live counts', async () => {
    const { socket, room } = await presentedRoom();
    const { frame } = liveDeck(room, '?live=123456&key=secret');
    expect(keys.at(-1)).toBe('secret');
    expect(location.search).toBe('?live=123456');
    const panels = [...frame.querySelectorAll<HTMLElement>('.room-join')];
    expect(panels).toHaveLength(roomQuestions(quiz).length);
    expect(panels.every((panel) => !panel.hidden)).toBe(true);
    const panel = frame.querySelector(`section[data-room-quiz]`)!.querySelector('.room-join')!;
    expect(panel.querySelector('.join-code strong')!.textContent).toBe('123456');
    expect(panel.querySelector('.join-url')!.textContent).toContain('192.168.1.20:8080/join.html?room=123456');
    expect(panel.querySelector('svg.join-qr path')!.getAttribute('d')).toBe(qrPicture(JOIN).path);
    socket.fire(
      'counts',
      counts(3, { joined: 12, current: { question: first!.question.id, answers: 9, revealed: false } }),
    );
    expect(texts(panel, '.join-counts span')).toEqual(['12 personnes connectées', '9 réponses']);
    // Nothing of how the room leans shows before the answer.
    expect(texts(frame, '.choice-share').every((text) => text === '')).toBe(true);
    // Leaving live mode takes every part away.
    cleanup!();
    cleanup = undefined;
    expect(frame.querySelectorAll('.room-join, .choice-share, .room-recall')).toHaveLength(0);
    expect(frame.classList.contains('live-room')).toBe(false);
  });

  it('shows each choice’s share once the answer is revealed, the right one said', async () => {
    const { socket, room } = await presentedRoom();
    const { frame } = liveDeck(room, '?live=123456&key=secret');
    const id = first!.question.id;
    const choices = first!.question.choices.map((choice, index) => ({ id: choice.id, count: index === 0 ? 3 : 1 }));
    const answers = choices.reduce((sum, choice) => sum + choice.count, 0);
    const revealed = { question: id, answers, revealed: true, choices };
    socket.fire('counts', counts(4, { joined: 6, current: revealed, revealed: [revealed] }));
    const question = frame.querySelector(`.room-question[data-question="${id}"]`)!;
    const shares = texts(question, '.choice-share .share-count');
    expect(shares[0]).toMatch(new RegExp(`^3 · ${Math.round(300 / answers)}\\s%`));
    const right = question.querySelector('li.right-choice .share-count')!.textContent!;
    expect(right).toContain(words.rightChoice);
  });

  it('fills the score slide with the room’s recall per release, from everyone’s answers', async () => {
    const { socket, room } = await presentedRoom();
    const { frame } = liveDeck(room, '?live=123456&key=secret');
    const score = frame.querySelector(`#${slideIds.score}`)!;
    expect(texts(score, '.room-recall')).toEqual([words.noAnswers]);
    const result = (asked: typeof first, right: number, wrong: number) => ({
      question: asked!.question.id,
      answers: right + wrong,
      revealed: true,
      choices: asked!.question.choices.map((choice) => ({
        id: choice.id,
        count:
          choice.id === asked!.rightChoice
            ? right
            : choice.id === asked!.question.choices.find((c) => c.id !== asked!.rightChoice)!.id
              ? wrong
              : 0,
      })),
    });
    socket.fire('counts', counts(9, { joined: 4, revealed: [result(first, 3, 1), result(second, 1, 3)] }));
    const rows = [...score.querySelectorAll('.recall-table tr[data-release]')].map((row) =>
      [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
    const names = releaseVocabulary(summarize(boston));
    const expected = new Map<string, number[]>();
    for (const [asked, right] of [
      [first!, 3],
      [second!, 1],
    ] as const) {
      const line = expected.get(asked.release) ?? [0, 0, 0];
      expected.set(asked.release, [line[0]! + 1, line[1]! + 4, line[2]! + right]);
    }
    for (const [release, [asked, answers, right]] of expected) {
      expect(rows).toContainEqual([
        names.releaseName(release),
        `${asked}`,
        `${answers}`,
        `${Math.round((100 * right!) / answers!)} %`,
      ]);
    }
    expect(rows.at(-1)).toEqual(['Total', '2', '8', '50 %']);
  });

  it('tells the room what the presenter shows: the question, its answer revealed, the score', async () => {
    const { socket, room } = await presentedRoom();
    const { frame, go } = liveDeck(room, '?live=123456&key=secret');
    await settle();
    const slide = frame.querySelector('section[data-room-quiz]')!;
    const id = slide.querySelector<HTMLElement>('.room-question')!.dataset.question;
    expect(socket.of('show').at(-1)!.message).toEqual({ view: 'question', question: id, revealed: false });
    slide.querySelector('.room-answer')!.classList.add('visible');
    go(slide, 'fragmentshown');
    await settle();
    expect(socket.of('show').at(-1)!.message).toEqual({ view: 'question', question: id, revealed: true });
    go(frame.querySelector(`#${slideIds.score}`)!);
    await settle();
    expect(socket.of('show').at(-1)!.message).toEqual({ view: 'score' });
    go(frame.querySelector('section')!);
    await settle();
    expect(socket.of('show').at(-1)!.message).toEqual({ view: 'other' });
    expect(shownOn(undefined)).toEqual({ view: 'other' });
  });
});

describe('the presenter’s key', () => {
  it('leaves the address bar once read, and stays with the tab for a reload', () => {
    history.replaceState(null, '', '/index.html?live=123456&key=secret&talk=octavia#/title');
    expect(takePresenterKey('123456', 'secret', { location, history, storage: sessionStorage })).toBe('secret');
    expect(location.search).toBe('?live=123456&talk=octavia');
    expect(location.hash).toBe('#/title');
    expect(takePresenterKey('123456', undefined, { location, history, storage: sessionStorage })).toBe('secret');
    expect(takePresenterKey('654321', undefined, { location, history, storage: sessionStorage })).toBeUndefined();
  });

  it('is never used by a speaker-view frame, which only watches', () => {
    sessionStorage.setItem('summit-recap:live-key:123456', 'secret');
    history.replaceState(null, '', '/index.html?live=123456&receiver');
    const view = resolveViewOptions(location.search);
    expect(view.speakerViewFrame).toBe(true);
    const target = document.body.appendChild(document.createElement('div'));
    const slides = mount(SlidesFrame, { target, props: { deck: boston, quiz } });
    const frame = target.querySelector<HTMLElement>('.reveal')!;
    const summary = summarize(boston, quiz);
    const reveal = { on() {}, off() {}, isReady: () => false, getCurrentSlide: () => undefined };
    const keys: (string | undefined)[] = [];
    const connect = (_code: string, key: string | undefined) => {
      keys.push(key);
      return new LiveRoom(new FakeSocket(), '123456', key);
    };
    const install = liveMode({
      code: '123456',
      view,
      summary,
      vocabulary: releaseVocabulary(summary),
      labels: deckWords('fr'),
      connect,
    });
    install({ reveal, element: frame } as unknown as DeckHandle)();
    void unmount(slides);
    target.remove();
    expect(keys).toEqual([undefined]);
    // The presenting page itself, reloaded, finds its key for the tab.
    const presenting = resolveViewOptions('?live=123456');
    const again = document.body.appendChild(document.createElement('div'));
    const slidesAgain = mount(SlidesFrame, { target: again, props: { deck: boston, quiz } });
    liveMode({
      code: '123456',
      view: presenting,
      summary,
      vocabulary: releaseVocabulary(summary),
      labels: deckWords('fr'),
      connect,
    })({ reveal, element: again.querySelector<HTMLElement>('.reveal')! } as unknown as DeckHandle)();
    void unmount(slidesAgain);
    expect(keys).toEqual([undefined, 'secret']);
  });
});
