/**
 * The page's entry, kept tiny: the slides are in the HTML (the whole deck, for the default view), so the first
 * one paints before any of the deck's code runs; then the deck loads (its chunks are preloaded with the page)
 * and boots in short tasks.
 */
import 'virtual:deck-font.css';
import './deck/theme.css';
import { afterFirstPaint } from './deck/tasks.ts';

await afterFirstPaint();
performance.mark('deck-boot');
const { boot } = await import('./deck/boot.ts');
await boot(document.getElementById('app')!);
