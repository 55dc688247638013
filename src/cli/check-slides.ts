/** Validates slides/ without building: `npm run check:slides` (DECK=<event> to choose one). */
import { relative, resolve } from 'node:path';
import { loadDeck } from '../model/fs.ts';
import { DeckDataError, vocabularyOf } from '../model/index.ts';

const root = process.cwd();
try {
  const slidesDir = resolve(root, process.env.SLIDES_DIR ?? 'slides');
  const deck = loadDeck(root, slidesDir, process.env.DECK);
  const items = vocabularyOf(deck).items.length;
  console.log(
    `${relative(root, slidesDir)}/${deck.slug}: ${deck.talks.length} talks, ${items} roadmap and history items, all valid`,
  );
} catch (error) {
  if (!(error instanceof DeckDataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
