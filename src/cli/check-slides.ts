/** Validates slides/ without building: `npm run check:slides` (DECK=<event> to choose one). */
import { resolve } from 'node:path';
import { loadDeck } from '../build/load.ts';
import { DeckDataError } from '../model/index.ts';

const root = process.cwd();
try {
  const deck = loadDeck(root, resolve(root, 'slides'), process.env.DECK);
  const items = deck.talks.reduce((sum, talk) => sum + (talk.roadmap?.length ?? 0) + (talk.history?.length ?? 0), 0);
  console.log(`slides/${deck.slug}: ${deck.talks.length} talks, ${items} roadmap and history items, all valid`);
} catch (error) {
  if (!(error instanceof DeckDataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
