/** Validates slides/ without building: `npm run check:slides` (DECK and SLIDES_DIR as for every command). */
import { basename } from 'node:path';
import { eventFiles, skippedFiles } from '../model/fs.ts';
import { vocabularyOf } from '../model/index.ts';
import { findDeck, parseCommandLine, runAsCommand } from './common.ts';

const COMMAND = { name: 'check:slides', hint: 'it takes no options; DECK=<event> chooses the event', options: {} };

function main(argv: readonly string[], root = process.cwd()): number {
  parseCommandLine(COMMAND, argv);
  const { deck, folder, slidesDir } = findDeck(root, process.env);
  const items = vocabularyOf(deck).items.length;
  console.log(`${folder}: ${deck.talks.length} talks, ${items} roadmap and history items, all valid`);
  const files = eventFiles(slidesDir, deck.slug).map((path) => basename(path));
  console.log(`read ${files.length} files: ${files.join(', ')}`);
  const skipped = skippedFiles(slidesDir, deck.slug);
  if (skipped.length) console.log(`left out ${skipped.length} (not slides files): ${skipped.join(', ')}`);
  return 0;
}

await runAsCommand(import.meta.url, COMMAND.name, main);
