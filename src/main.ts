/**
 * The page's entry, kept tiny: the slides are in the HTML (the whole deck, for the default view), so the first
 * one paints before any of the deck's code runs; then the deck loads (its chunk is preloaded with the page) and
 * boots in short tasks.
 */
import 'virtual:deck-font.css';
import './deck/theme.css';
import { guardMessages } from './deck/message-guard.ts';

// Before reveal.js listens to window messages: only the deck's own windows may drive it.
guardMessages(window);

/** Resolves once the page has painted (at once when it has, or when it is hidden and paints nothing). */
function afterFirstPaint(): Promise<void> {
  if (document.visibilityState === 'hidden' || performance.getEntriesByType('paint').length > 0) {
    return Promise.resolve();
  }
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

await afterFirstPaint();
// Where the boot starts: `npm run bench` checks that the first paint came before this task.
performance.mark('deck-boot');
const { boot } = await import('./deck/boot.ts');
await boot(document.getElementById('app')!);
