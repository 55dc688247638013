/**
 * Writes the quiz question bank as a file Anki imports as is: `npm run export:anki -- --out FILE`
 * (or `npx tsx src/cli/export-anki.ts --out FILE`; DECK=<event> and SLIDES_DIR as for every command).
 * The TSV is built by quiz/anki.ts; this file only reads its arguments and does the I/O.
 */
import { resolve } from 'node:path';
import { buildAnkiNotes, buildAnkiTsv } from '../../quiz/index.ts';
import { quizWords } from '../locale/index.ts';
import {
  argumentError,
  findDeck,
  OUTPUT_OPTIONS,
  outputPath,
  parseCommandLine,
  runAsCommand,
  writeFileAtomically,
  type CommandSpec,
  type OptionSpec,
} from './common.ts';

export { UsageError } from './common.ts';

const COMMAND = {
  name: 'export-anki',
  hint: 'usage: export-anki --out FILE',
  options: OUTPUT_OPTIONS,
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

export interface AnkiOptions {
  /** Where to write the TSV, as given (relative to the working directory). */
  out: string;
}

/** `--out FILE` (also `--out=FILE`, `-o FILE`, `--output FILE`), nothing else. @throws UsageError */
export function resolveAnkiOptions(argv: readonly string[]): AnkiOptions {
  const out = outputPath(COMMAND, parseCommandLine(COMMAND, argv));
  if (out === undefined) throw argumentError(COMMAND, 'missing --out FILE');
  return { out };
}

/** Runs the command; returns the exit code. @throws UsageError, DeckDataError, OutputError */
export function main(argv: readonly string[], root = process.cwd(), env = process.env): number {
  const { out } = resolveAnkiOptions(argv);
  const { deck, folder } = findDeck(root, env);
  const wording = quizWords(deck.language);
  writeFileAtomically(resolve(root, out), buildAnkiTsv(deck, wording));
  console.log(`${COMMAND.name}: ${buildAnkiNotes(deck, wording).length} notes from ${folder} written to ${out}`);
  return 0;
}

await runAsCommand(import.meta.url, COMMAND.name, main);
