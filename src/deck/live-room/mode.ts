/**
 * The deck in live mode (`?live=<code>`, as `npm run live` prints it): loaded only then, with socket.io-client.
 * It connects to the room, tells it what the deck shows (from the page that holds the key), and brings the live
 * room's parts of the slides to life (../live.ts, LIVE_ROOM): how to join and the counts on each quiz slide, each
 * choice's share once the answer is shown, the room's recall per release on the score slide.
 */
import { mount, unmount, type Component } from 'svelte';
import { roomQuestions } from '../../../quiz/room.ts';
import { roomWords, type DeckWords } from '../../locale/index.ts';
import type { Vocabulary } from '../../model/vocabulary.ts';
import type { Cleanup, Controller } from '../controllers/controller.ts';
import { LIVE_ROOM } from '../live.ts';
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the props type of any component
function mountIn<Props extends Record<string, any>>(
  target: Element,
  component: Component<Props>,
  props: Props,
): Cleanup {
  const instance = mount(component, { target, props });
  return () => void unmount(instance);
}

export function liveMode(options: LiveModeOptions): Controller {
  return (deck) => {
    const { element } = deck;
    const { view, summary, vocabulary, labels, code } = options;
    const words = roomWords(summary.language);
    // A speaker-view frame shows the room; only the presenting page may hold the key.
    const key = view.speakerViewFrame
      ? undefined
      : takePresenterKey(code, view.liveKey, { location, history, storage: sessionStorageOrNothing() });
    const room = (options.connect ?? connectLiveRoom)(code, key);
    const questions = new Map(
      roomQuestions(summary.quiz ?? { talks: [], final: [] }).map((asked) => [
        asked.question.id,
        { release: asked.release, right: asked.rightChoice },
      ]),
    );

    element.classList.add('live-room');
    const parts = [...element.querySelectorAll<HTMLElement>('[data-live-room]')];
    const cleanups: Cleanup[] = parts.flatMap((host) => {
      const question = host.closest('section')?.querySelector<HTMLElement>('.room-question')?.dataset.question;
      switch (host.dataset.liveRoom) {
        case LIVE_ROOM.join:
          if (!question) return [];
          host.hidden = false;
          return [mountIn(host, RoomJoin, { room, question, words })];
        case LIVE_ROOM.choice: {
          const choice = host.closest<HTMLElement>('[data-choice]')?.dataset.choice;
          if (!question || !choice) return [];
          const right = questions.get(question)?.right === choice;
          return [mountIn(host, ChoiceShare, { room, question, choice, right, words })];
        }
        case LIVE_ROOM.recall:
          host.hidden = false;
          return [mountIn(host, RoomRecall, { room, questions, vocabulary, labels, words })];
        default:
          return [];
      }
    });
    const status = element.ownerDocument.createElement('div');
    element.after(status);
    cleanups.push(mountIn(status, LiveStatus, { room, words }), () => status.remove());
    cleanups.push(liveRoomController(room)(deck));

    return () => {
      for (const cleanup of cleanups.reverse()) cleanup();
      for (const host of parts) if (host.dataset.liveRoom !== LIVE_ROOM.choice) host.hidden = true;
      element.classList.remove('live-room');
      room.close();
    };
  };
}

function sessionStorageOrNothing(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
