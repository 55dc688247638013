/**
 * The presenter's secret: read from the address (`key=`) once, kept for the tab in sessionStorage (a reload
 * stays the presenter), and taken out of the address bar, which may be on the projector. A speaker-view frame
 * never holds it: it shows the room, it does not drive it.
 */
import { VIEW_PARAMS } from '../view.ts';

const storageKey = (code: string) => `summit-recap:live-key:${code}`;

export interface KeyPlace {
  location: Pick<Location, 'href'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

export function takePresenterKey(code: string, fromAddress: string | undefined, place: KeyPlace): string | undefined {
  if (fromAddress !== undefined) {
    const url = new URL(place.location.href);
    url.searchParams.delete(VIEW_PARAMS.key);
    place.history.replaceState(place.history.state, '', url.href);
    try {
      place.storage?.setItem(storageKey(code), fromAddress);
    } catch {
      // Storage refused: the key holds while the page stays open.
    }
    return fromAddress;
  }
  try {
    return place.storage?.getItem(storageKey(code)) ?? undefined;
  } catch {
    return undefined;
  }
}
