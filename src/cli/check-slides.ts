/**
 * Validates slides/ without building: `npm run check:slides` (DECK and SLIDES_DIR as for every command). Every
 * edition of the recap is checked, as the build makes them all: a translation against its original too.
 */
import { basename, join, relative } from 'node:path';
import { deckLocation, eventFiles, loadDeck, recapOf, resolveEvent, skippedFiles } from '../model/fs.ts';
import { DeckDataError, formatIssue, vocabularyOf, type DataIssue } from '../model/index.ts';
import { parseCommandLine, runAsCommand } from './common.ts';

const COMMAND = { name: 'check:slides', hint: 'it takes no options; DECK=<event> chooses the event', options: {} };

function main(argv: readonly string[], root = process.cwd(), env = process.env): number {
  parseCommandLine(COMMAND, argv);
  const { slidesDir, event } = deckLocation(root, env);
  const { members } = recapOf(slidesDir, resolveEvent(root, slidesDir, event));
  const lines: string[] = [];
  const problems = new Map<string, DataIssue>();
  for (const member of members) {
    try {
      const deck = loadDeck(root, slidesDir, member.slug);
      const items = vocabularyOf(deck).items.length;
      const folder = relative(root, join(slidesDir, deck.slug));
      const checked = deck.translationOf ? `, checked against ${deck.translationOf}` : '';
      lines.push(`${folder}: ${deck.talks.length} talks, ${items} roadmap and history items, all valid${checked}`);
      const files = eventFiles(slidesDir, deck.slug).map((path) => basename(path));
      lines.push(`read ${files.length} files: ${files.join(', ')}`);
      const skipped = skippedFiles(slidesDir, deck.slug);
      if (skipped.length) lines.push(`left out ${skipped.length} (not slides files): ${skipped.join(', ')}`);
    } catch (error) {
      if (!(error instanceof DeckDataError)) throw error;
      // A translation reports its original's problems too: each is listed once.
      for (const issue of error.issues) problems.set(formatIssue(issue), issue);
    }
  }
  if (problems.size > 0) throw new DeckDataError([...problems.values()]);
  for (const line of lines) console.log(line);
  return 0;
}

await runAsCommand(import.meta.url, COMMAND.name, main);
