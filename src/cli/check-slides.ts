/** Validates slides/ without building: `npm run check:slides` (DECK and SLIDES_DIR as for every command). */
import { vocabularyOf } from '../model/index.ts';
import { findDeck, parseCommandLine, runAsCommand } from './common.ts';

const COMMAND = { name: 'check:slides', hint: 'it takes no options; DECK=<event> chooses the event', options: {} };

function main(argv: readonly string[], root = process.cwd()): number {
  parseCommandLine(COMMAND, argv);
  const { deck, folder } = findDeck(root, process.env);
  const items = vocabularyOf(deck).items.length;
  console.log(`${folder}: ${deck.talks.length} talks, ${items} roadmap and history items, all valid`);
  return 0;
}

await runAsCommand(import.meta.url, COMMAND.name, main);
