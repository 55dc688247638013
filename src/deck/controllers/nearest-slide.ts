/**
 * An address the deck has no slide for opens the nearest one it has, found by dropping the address's last parts:
 * `roadmap-matrix-3` (a page that another edition of the recap has, this one not) opens `roadmap-matrix`,
 * `octavia-update-quiz-2` opens `octavia-update-quiz`, then `octavia-update`. Installed before reveal.js reads
 * the address; an address of indices (`#/3/1`) is reveal.js's own and left alone.
 */
import { addressedSlide } from '../../model/addresses.ts';
import type { Controller } from './controller.ts';

export function nearestSlide(window: Pick<Window, 'location' | 'history'>): Controller {
  return ({ element }) => {
    const { location, history } = window;
    const address = addressedSlide(location.hash);
    const id = address && 'id' in address ? address.id : '';
    const has = (candidate: string) =>
      [...element.querySelectorAll('section[id]')].some((section) => section.id === candidate);
    if (id === '' || has(id)) return () => {};
    for (let candidate = id; candidate.includes('-');) {
      candidate = candidate.slice(0, candidate.lastIndexOf('-'));
      if (has(candidate)) {
        history.replaceState(history.state, '', `${location.pathname}${location.search}#/${candidate}`);
        break;
      }
    }
    return () => {};
  };
}
