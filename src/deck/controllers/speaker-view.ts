/**
 * The room's tally across windows. reveal.js's speaker view loads the deck twice more, in preview frames
 * (`?receiver`): Y, X and R pressed there are posted to the presenting page, which alone records them. The
 * presenting page also reloads the tally when another tab of the same deck changes it.
 */
import type { RoomMessage, RoomTallyState } from '../room.svelte.ts';
import type { Controller } from './controller.ts';

/**
 * A deck opened from disk (the one-file export) has no origin to name: each file is an opaque origin. There, as
 * reveal.js's speaker view does, messages go to the opener whatever its origin, and come from any file.
 */
const fromDisk = () => window.location.protocol === 'file:';

/** From a speaker-view preview frame: the speaker window's opener is the page the room sees. */
export function sendToPresentingPage(message: RoomMessage): void {
  try {
    const presenting = (window.parent === window ? window : window.parent).opener as Window | null;
    presenting?.postMessage(JSON.stringify(message), fromDisk() ? '*' : window.location.origin);
  } catch {
    // Not opened by a deck of this origin: nothing to tell.
  }
}

/** `storageKey`: where the tally is kept (roomTallyKey). */
export function tallyMessages(tally: RoomTallyState, storageKey: string): Controller {
  return () => {
    const onMessage = (event: MessageEvent) => {
      const sameOrigin = event.origin === window.location.origin;
      if (sameOrigin || (fromDisk() && (event.origin === 'null' || event.origin === 'file://'))) {
        tally.receive(event.data);
      }
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === storageKey) tally.reload();
    };
    if (tally.records) window.addEventListener('message', onMessage);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('message', onMessage);
      window.removeEventListener('storage', onStorage);
    };
  };
}
