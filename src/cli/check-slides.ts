/**
 * Validates slides/ without building: `npm run check:slides` (DECK and SLIDES_DIR as for every command). Every
 * edition of the recap is checked, as the build makes them all: a translation against its original too.
 */
import { basename, join, relative } from 'node:path';
import { deckLocation, eventFiles, loadRecap, skippedFiles } from '../model/fs.ts';
import { vocabularyOf } from '../model/index.ts';
import { parseCommandLine, runAsCommand } from './common.ts';

const COMMAND = { name: 'check:slides', hint: 'it takes no options; DECK=<event> chooses the event', options: {} };

function main(argv: readonly string[], root = process.cwd(), env = process.env): number {
  parseCommandLine(COMMAND, argv);
  const { slidesDir, event } = deckLocation(root, env);
  for (const deck of loadRecap(root, slidesDir, event)) {
    const items = vocabularyOf(deck).items.length;
    const folder = relative(root, join(slidesDir, deck.slug));
    const checked = deck.translationOf ? `, checked against ${deck.translationOf}` : '';
    console.log(`${folder}: ${deck.talks.length} talks, ${items} roadmap and history items, all valid${checked}`);
    const files = eventFiles(slidesDir, deck.slug).map((path) => basename(path));
    console.log(`read ${files.length} files: ${files.join(', ')}`);
    const skipped = skippedFiles(slidesDir, deck.slug);
    if (skipped.length) console.log(`left out ${skipped.length} (not slides files): ${skipped.join(', ')}`);
  }
  return 0;
}

await runAsCommand(import.meta.url, COMMAND.name, main);
