/** Progress in the browser's storage: saved per deck, read back whatever it holds, shared between tabs. */
import { describe, expect, it } from 'vitest';
import {
  decodeProgress,
  emptyProgress,
  encodeProgress,
  generateQuiz,
  mergeProgress,
  type Progress,
} from '../../../quiz/index.ts';
import { answerCurrent, sessionState, startSession } from '../../../src/study/session.ts';
import {
  browserStorage,
  exportFileName,
  lostSomething,
  progressKey,
  ProgressStore,
} from '../../../src/study/storage.ts';
import { parseView } from '../../../src/study/view.ts';
import { FIXED_NOW, FIXED_SEED, fixtureDeck as deck } from '../../fixtures/quiz/deck.ts';
import { MemoryStorage, rightResponse, wrongResponse } from './responses.ts';

const minutes = (count: number) => new Date(FIXED_NOW.getTime() + count * 60_000);
const quiz = generateQuiz(deck, { seed: FIXED_SEED, now: FIXED_NOW, limit: 4 });
const session = quiz.session.id;

function answer(progress: Progress, right: boolean, at: number): Progress {
  const question = sessionState(deck, progress, session)!.current!;
  const response = right ? rightResponse(deck, question) : wrongResponse(deck, question);
  return answerCurrent(deck, progress, session, response, minutes(at)).progress;
}

/** A storage that takes writes only while it has room, as a full localStorage refuses them. */
class FullStorage extends MemoryStorage {
  room = 0;
  override setItem(key: string, value: string): void {
    if (value.length > this.room) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

/** browserStorage() against a given storage: it must not need to write to find it usable. */
function browserStorageOf(storage: Storage): Storage | undefined {
  const real = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  try {
    return browserStorage();
  } finally {
    if (real) Object.defineProperty(globalThis, 'localStorage', real);
    else delete (globalThis as { localStorage?: Storage }).localStorage;
  }
}

/** A window's storage and pagehide events, delivered by hand. */
class Events {
  private handlers: { type: string; handler: (event: StorageEvent) => void }[] = [];
  addEventListener(type: string, handler: (event: StorageEvent) => void) {
    this.handlers.push({ type, handler });
  }
  removeEventListener(type: string, handler: (event: StorageEvent) => void) {
    this.handlers = this.handlers.filter((known) => known.type !== type || known.handler !== handler);
  }
  fire(event: Partial<StorageEvent>, type = 'storage') {
    for (const known of this.handlers) if (known.type === type) known.handler(event as StorageEvent);
  }
}

describe('ProgressStore', () => {
  it('keeps one key per deck and gives back what it saved, so a reload resumes the session', async () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore(deck, storage);
    expect(store.load()).toMatchObject({ progress: emptyProgress(), raw: null, persistent: true });
    let progress = startSession(emptyProgress(), quiz);
    progress = (await store.save(progress)).progress;
    progress = (await store.save(answer(progress, true, 1))).progress;
    await store.save(answer(progress, false, 2));
    expect(storage.length).toBe(1);
    expect(storage.key(0)).toBe('summit-recap:progress:fixture');
    expect(progressKey('boston-2017')).toBe('summit-recap:progress:boston-2017');

    const reloaded = new ProgressStore(deck, storage).load();
    expect(reloaded.report.notes).toEqual([]);
    const state = sessionState(deck, reloaded.progress, session)!;
    expect(state.current?.id).toBe(quiz.questions[2].id);
    expect([state.score.earned, state.answered]).toEqual([1, 2]);
  });

  it('merges what another tab saved meanwhile instead of overwriting it', async () => {
    const storage = new MemoryStorage();
    const here = new ProgressStore(deck, storage);
    const there = new ProgressStore(deck, storage);
    const start = (await here.save(startSession(emptyProgress(), quiz))).progress;
    there.load();
    const theirs = (await there.save(answer(start, true, 1))).progress;
    // This tab has not heard of that answer: its save keeps both.
    const mine = answer(start, false, 2);
    const saved = await here.save(mine);
    expect(saved.saved).toBe(true);
    expect(saved.progress.answers).toHaveLength(2);
    expect(saved.progress).toEqual(mergeProgress(mine, theirs));
    expect(decodeProgress(storage.getItem(here.key), deck).progress.answers).toHaveLength(2);
  });

  it('writes back what a tab holds when another tab wrote over it without having seen it', async () => {
    // A browser may give a tab a stale read: the other tab's write then lacks this tab's answer.
    const storage = new MemoryStorage();
    const here = new ProgressStore(deck, storage);
    const events = new Events();
    let held = answer(startSession(emptyProgress(), quiz), true, 1);
    await here.save(held);
    const stale = encodeProgress(answer(startSession(emptyProgress(), quiz), false, 2));
    storage.setItem(here.key, stale); // another tab's write, made without this tab's answer
    const changes: Promise<unknown>[] = [];
    here.listen(
      events as unknown as Window,
      () => held,
      (change) => {
        held = change.progress;
        if (change.saved) changes.push(change.saved);
      },
    );
    events.fire({ key: here.key, newValue: stale, storageArea: storage });
    await Promise.all(changes);
    expect(changes).toHaveLength(1);
    expect(held.answers).toHaveLength(2);
    expect(decodeProgress(storage.getItem(here.key), deck).progress.answers).toHaveLength(2);
    // Hearing a write that holds everything this tab has writes nothing back.
    const before = changes.length;
    events.fire({ key: here.key, newValue: storage.getItem(here.key), storageArea: storage });
    expect(changes).toHaveLength(before);
  });

  it('hears another tab’s writes and resets through storage events, and only for its deck', () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore(deck, storage);
    const events = new Events();
    const heard: [number, boolean][] = [];
    const stop = store.listen(
      events as unknown as Window,
      () => emptyProgress(),
      (change) => heard.push([change.progress.answers.length, change.reset]),
    );
    const progress = answer(startSession(emptyProgress(), quiz), true, 1);
    events.fire({ key: store.key, newValue: encodeProgress(progress), storageArea: storage });
    events.fire({ key: 'summit-recap:progress:other-deck', newValue: encodeProgress(progress), storageArea: storage });
    events.fire({ key: store.key, newValue: null, storageArea: storage });
    events.fire({ key: null, newValue: null, storageArea: storage });
    stop();
    events.fire({ key: store.key, newValue: encodeProgress(progress), storageArea: storage });
    expect(heard).toEqual([
      [1, false],
      [0, true],
      [0, true],
    ]);
  });

  it('says when the storage is full, never reporting a save that did not happen, and still reads', async () => {
    const storage = new FullStorage();
    const store = new ProgressStore(deck, storage);
    const before = answer(startSession(emptyProgress(), quiz), true, 1);
    storage.room = Infinity;
    await store.save(before);
    storage.room = 0;
    // Full: what was stored reads back (1 answer), and a new write fails, said as such.
    expect(new ProgressStore(deck, storage).load().progress.answers).toHaveLength(1);
    const result = await store.save(answer(before, false, 2));
    expect(result).toMatchObject({ saved: false, problem: 'full' });
    expect(result.progress.answers).toHaveLength(2);
    expect(decodeProgress(storage.getItem(store.key), deck).progress.answers).toHaveLength(1);
    expect((await store.replace(before)).saved).toBe(false);
    expect(browserStorageOf(storage)).toBe(storage);
  });

  it('takes turns with other tabs through the Web Locks API when the browser has it', async () => {
    const storage = new MemoryStorage();
    const names: string[] = [];
    const locks = {
      request: <T>(name: string, work: () => T) => {
        names.push(name);
        return Promise.resolve(work());
      },
    } as unknown as Pick<LockManager, 'request'>;
    const store = new ProgressStore(deck, storage, { locks });
    await store.save(startSession(emptyProgress(), quiz));
    expect(names).toEqual([`${store.key}:write`]);
  });

  it('stores at once what is still waiting for its turn when the page goes away (a reload right after an answer)', () => {
    const storage = new MemoryStorage();
    // The lock is never granted before the page goes: the browser unloads it first.
    const locks = { request: () => new Promise(() => {}) } as unknown as Pick<LockManager, 'request'>;
    const store = new ProgressStore(deck, storage, { locks });
    const events = new Events();
    store.listen(
      events as unknown as Window,
      () => emptyProgress(),
      () => {},
    );
    void store.save(answer(startSession(emptyProgress(), quiz), true, 1));
    expect(storage.getItem(store.key)).toBeNull();
    events.fire({}, 'pagehide');
    expect(decodeProgress(storage.getItem(store.key), deck).progress.answers).toHaveLength(1);
  });

  it('opens whatever is stored: invalid JSON, an old version, removed items — and says what it lost', () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore(deck, storage);
    storage.setItem(store.key, '{not json');
    const broken = store.load();
    expect(broken.progress).toEqual(emptyProgress());
    expect(broken.raw).toBe('{not json');
    expect(lostSomething(broken.report)).toBe(true);

    const good = JSON.parse(encodeProgress(answer(startSession(emptyProgress(), quiz), true, 1)));
    good.answers.push({ ...good.answers[0], question: 'which-release:removed-item' });
    storage.setItem(store.key, JSON.stringify(good));
    const partial = store.load();
    expect(partial.progress.answers).toHaveLength(1);
    expect(partial.report.dropped.answers).toBe(1);
    expect(lostSomething(partial.report)).toBe(true);

    const old = {
      version: 1,
      sessions: [{ id: 's1', seed: 7, startedAt: FIXED_NOW.toISOString() }],
      answers: [
        {
          question: 'which-release:fwaas-zones',
          session: 's1',
          at: FIXED_NOW.toISOString(),
          response: { choice: 'queens' },
        },
      ],
    };
    storage.setItem(store.key, JSON.stringify(old));
    const migrated = store.load();
    expect(migrated.progress.answers).toHaveLength(1);
    expect(migrated.report.notes).toHaveLength(1);
    expect(lostSomething(migrated.report)).toBe(false);
  });

  it('keeps the session’s question list through encoding', () => {
    const progress = startSession(emptyProgress(), quiz);
    const decoded = decodeProgress(encodeProgress(progress), deck).progress;
    expect(decoded.sessions[0].questions).toEqual(quiz.questions.map((question) => question.id));
  });

  it('works without storage: nothing persists, and it says so', async () => {
    const store = new ProgressStore(deck, undefined);
    expect(store.persistent).toBe(false);
    const progress = startSession(emptyProgress(), quiz);
    expect(await store.save(progress)).toEqual({ progress, saved: false, problem: 'refused' });
    expect(store.load().progress).toEqual(emptyProgress());
  });

  it('clears its key only', async () => {
    const storage = new MemoryStorage();
    storage.setItem('other', 'kept');
    const store = new ProgressStore(deck, storage);
    await store.save(startSession(emptyProgress(), quiz));
    store.clear();
    expect(storage.getItem(store.key)).toBeNull();
    expect(storage.getItem('other')).toBe('kept');
  });

  it('names export files by deck and day', () => {
    expect(exportFileName('boston-2017', new Date(2025, 0, 5, 23, 59))).toBe(
      'summit-recap-boston-2017-2025-01-05.json',
    );
  });
});

describe('mergeProgress', () => {
  const a = answer(startSession(emptyProgress(), quiz), true, 1);
  const b = answer(answer(startSession(emptyProgress(), quiz), false, 3), true, 4);

  it('keeps each session and answer once, in time order, and each item’s latest card', () => {
    const merged = mergeProgress(a, b);
    expect(merged.sessions).toHaveLength(1);
    expect(merged.answers.map((entry) => entry.at)).toEqual([minutes(1), minutes(3), minutes(4)]);
    for (const [item, entry] of Object.entries(merged.cards)) {
      const latest = [a.cards[item], b.cards[item]]
        .filter((candidate) => candidate !== undefined)
        .sort((x, y) => y.card.last_review!.getTime() - x.card.last_review!.getTime())[0];
      expect(entry).toEqual(latest);
    }
  });

  it('is idempotent', () => {
    const merged = mergeProgress(a, b);
    expect(mergeProgress(merged, merged)).toEqual(merged);
    expect(mergeProgress(merged, a)).toEqual(merged);
  });
});

describe('the view a tab keeps', () => {
  it('reads back the screens it wrote, and nothing else', () => {
    expect(parseView('{"screen":"quiz","session":"s1","feedback":"sort:fwaas"}')).toEqual({
      screen: 'quiz',
      session: 's1',
      feedback: 'sort:fwaas',
    });
    expect(parseView('{"screen":"results"}')).toEqual({ screen: 'results', session: undefined });
    expect(parseView('{"screen":"quiz"}')).toBeUndefined();
    expect(parseView('nonsense')).toBeUndefined();
    expect(parseView(null)).toBeUndefined();
  });
});
