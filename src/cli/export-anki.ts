/**
 * Writes the quiz question bank as a file Anki imports as is: `npm run export:anki -- --out FILE`
 * (or `npx tsx src/cli/export-anki.ts --out FILE`; DECK=<event> to choose the event).
 * The TSV is built by quiz/anki.ts; this file only parses arguments and does the I/O.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildAnkiNotes, buildAnkiTsv } from '../../quiz/index.ts';
import { loadDeck } from '../model/fs.ts';
import { DeckDataError } from '../model/index.ts';

const USAGE = 'usage: export-anki --out FILE';

/** A command-line mistake; its message is one line, ready to print. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface AnkiOptions {
  /** Where to write the TSV, as given (relative to the working directory). */
  out: string;
}

/** `--out FILE` or `--out=FILE`, nothing else. @throws UsageError */
export function resolveAnkiOptions(argv: readonly string[]): AnkiOptions {
  let out: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (name !== '--out')
      throw new UsageError(`export-anki: unknown ${arg.startsWith('-') ? 'option' : 'argument'} "${arg}" (${USAGE})`);
    if (out !== undefined) throw new UsageError(`export-anki: --out given twice (${USAGE})`);
    const value = inline ?? argv[++index];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('-'))) {
      throw new UsageError(`export-anki: --out needs a file name (${USAGE})`);
    }
    out = value;
  }
  if (out === undefined) throw new UsageError(`export-anki: missing --out FILE (${USAGE})`);
  return { out };
}

/** Write beside the target, then rename: a failure never leaves a half-written file under the real name. */
export function writeFileAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Runs the command; returns the exit code. Every failure is reported on stderr, never as a stack trace. */
export function main(argv: readonly string[], root = process.cwd(), env = process.env): number {
  const fail = (message: string) => {
    console.error(message);
    return 1;
  };
  try {
    const { out } = resolveAnkiOptions(argv);
    const deck = loadDeck(root, resolve(root, 'slides'), env.DECK || undefined);
    try {
      writeFileAtomically(resolve(root, out), buildAnkiTsv(deck));
    } catch (error) {
      return fail(`export-anki: cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    console.log(`export-anki: ${buildAnkiNotes(deck).length} notes from slides/${deck.slug} written to ${out}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof DeckDataError) return fail(error.message);
    return fail(`export-anki: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
