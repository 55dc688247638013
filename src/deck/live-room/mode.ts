/**
 * The deck in live mode (`?live=<code>`, as `npm run live` prints it): loaded only then, with socket.io-client.
 * It connects to the room, tells it what the deck shows (from the page that holds the key), and adds the live
 * room's parts to the slides: how to join and the counts on each quiz slide, each choice's share once the answer
 * is shown, the room's recall per release on the score slide. A deck shown without it carries none of them.
 */
import { roomQuestions } from '../../../quiz/room.ts';
import { browserStorage } from '../../browser-storage.ts';
import { roomWords, type DeckWords } from '../../locale/index.ts';
import type { Vocabulary } from '../../model/vocabulary.ts';
import { mountIn, type Cleanup, type Controller } from '../controllers/controller.ts';
import { slideIds } from '../../model/addresses.ts';
import type { DeckSummary } from '../summary.ts';
import type { ViewOptions } from '../view.ts';
import ChoiceShare from './ChoiceShare.svelte';
import { liveRoomController } from './controller.ts';
import { takePresenterKey } from './key.ts';
import LiveStatus from './LiveStatus.svelte';
import RoomJoin from './RoomJoin.svelte';
import RoomRecall from './RoomRecall.svelte';
import { connectLiveRoom, type LiveRoom } from './room.svelte.ts';
import './live-room.css';

export interface LiveModeOptions {
  /** The room's code (the view's `live`). */
  code: string;
  view: ViewOptions;
  summary: DeckSummary;
  vocabulary: Vocabulary;
  labels: DeckWords;
  /** Connects to the room, with the presenter's key or none (by default, on the page's own origin). */
  connect?: (code: string, key: string | undefined) => LiveRoom;
}

export function liveMode(options: LiveModeOptions): Controller {
  return (deck) => {
    const { element } = deck;
    const { view, summary, vocabulary, labels, code } = options;
    const words = roomWords(summary.language);
    // A speaker-view frame shows the room; only the presenting page may hold the key.
    const key = view.speakerViewFrame
      ? undefined
      : takePresenterKey(code, view.liveKey, { location, history, storage: browserStorage('sessionStorage') });
    const room = (options.connect ?? connectLiveRoom)(code, key);
    const questions = new Map(
      roomQuestions(summary.quiz ?? { talks: [], final: [] }).map((asked) => [
        asked.question.id,
        { release: asked.release, right: asked.rightChoice },
      ]),
    );

    element.classList.add('live-room');
    const document = element.ownerDocument;
    /** Adds an element for a part to `parent`; the cleanup takes it away. */
    const host = (parent: Element, tag: string, className: string) => {
      const added = parent.appendChild(document.createElement(tag));
      added.className = className;
      return added;
    };
    const cleanups: Cleanup[] = [];
    const add = (target: Element, cleanup: Cleanup) => cleanups.push(cleanup, () => target.remove());
    for (const slide of element.querySelectorAll('section[data-room-quiz]')) {
      const question = slide.querySelector<HTMLElement>('.room-question')?.dataset.question;
      if (!question) continue;
      const join = host(slide, 'aside', 'room-join');
      add(join, mountIn(join, RoomJoin, { room, question, words }));
      for (const item of slide.querySelectorAll<HTMLElement>('.choices li[data-choice]')) {
        const choice = item.dataset.choice!;
        const share = host(item, 'span', 'choice-share');
        const right = questions.get(question)?.right === choice;
        add(share, mountIn(share, ChoiceShare, { room, question, choice, right, words }));
      }
    }
    const score = element.querySelector(`[id="${slideIds.score}"]`);
    if (score) {
      const recall = host(score, 'div', 'room-recall');
      add(recall, mountIn(recall, RoomRecall, { room, questions, vocabulary, labels, words }));
    }
    const status = document.createElement('div');
    element.after(status);
    add(status, mountIn(status, LiveStatus, { room, words }));
    cleanups.push(liveRoomController(room)(deck));

    return () => {
      for (const cleanup of cleanups.reverse()) cleanup();
      element.classList.remove('live-room');
      room.close();
    };
  };
}
