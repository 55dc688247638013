/**
 * What every command shares: its arguments read by node:util's parseArgs (strict: an unknown option is an
 * error), one error type for what the user asked wrong, one atomic write, one way to find the deck, and one
 * line on stderr for any failure.
 */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { deckLocation, loadDeck } from '../model/fs.ts';
import { DeckDataError, type Deck } from '../model/index.ts';

/** What the user asked wrong (an option, a talk, a place to write); the message is one line that names the command. */
export class UsageError extends Error {
  override name = 'UsageError';

  constructor(
    readonly command: string,
    problem: string,
  ) {
    super(`${command}: ${problem}`);
  }
}

/** A file that could not be written. The message names the file asked for, never the temporary one. */
export class OutputError extends Error {
  override name = 'OutputError';

  constructor(
    readonly path: string,
    /** The system's error code (ENOENT, EACCES…), or what went wrong. */
    readonly reason: string,
  ) {
    super(`cannot write ${path} (${reason})`);
  }
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** What a string option takes, for messages: `--out needs a file name`. Default: a value. */
  value?: string;
}

export interface CommandSpec<Options extends Record<string, OptionSpec>> {
  /** As messages name the command, e.g. export-anki. */
  name: string;
  /** Where to learn more, added to every message about the arguments, e.g. `see --help`. */
  hint: string;
  options: Options;
}

export type OptionValues<Options extends Record<string, OptionSpec>> = {
  [Name in keyof Options]?: Options[Name]['type'] extends 'boolean'
    ? boolean
    : Options[Name]['multiple'] extends true
      ? string[]
      : string;
};

/**
 * Where an export writes, as every export spells it: `--out FILE`, `-o FILE`, or `--output FILE` (the word of
 * Marp's and Slidev's commands). Read with outputPath.
 */
export const OUTPUT_OPTIONS = {
  out: { type: 'string', short: 'o', value: 'a file name' },
  output: { type: 'string', value: 'a file name' },
} as const satisfies Record<string, OptionSpec>;

/** The file asked for with OUTPUT_OPTIONS, in whichever spelling; both spellings at once is a UsageError. */
export function outputPath(
  spec: CommandSpec<Record<string, OptionSpec>>,
  values: { out?: string; output?: string },
): string | undefined {
  if (values.out !== undefined && values.output !== undefined) {
    throw argumentError(spec, '--out and --output both given: give one');
  }
  return values.out ?? values.output;
}

/** A UsageError about the arguments, with the command's hint. */
export function argumentError(spec: CommandSpec<Record<string, OptionSpec>>, problem: string): UsageError {
  return new UsageError(spec.name, `${problem} (${spec.hint})`);
}

/**
 * argv → the options' values. `--name value` and `--name=value` both work; an unknown option, an argument, a
 * missing or empty value, a value given to a switch and a single-value option given twice are UsageErrors
 * naming the first one in argv.
 */
export function parseCommandLine<Options extends Record<string, OptionSpec>>(
  spec: CommandSpec<Options>,
  argv: readonly string[],
): OptionValues<Options> {
  const options: ParseArgsOptionsConfig = Object.fromEntries(
    Object.entries(spec.options).map(([name, { type, multiple, short }]) => [
      name,
      { type, ...(multiple ? { multiple } : {}), ...(short ? { short } : {}) },
    ]),
  );
  const fail = (problem: string): never => {
    throw argumentError(spec, problem);
  };
  // A first, lenient pass names what is wrong in the user's words; the strict pass then reads the values.
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind === 'positional') fail(`unknown argument "${token.value}"`);
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
    if (!option) return fail(`unknown option "${token.rawName}"`);
    if (option.type === 'boolean') {
      if (token.value !== undefined) fail(`${token.rawName} takes no value`);
      continue;
    }
    if (!token.value || (!token.inlineValue && token.value.startsWith('-'))) {
      fail(`${token.rawName} needs ${option.value ?? 'a value'}`);
    }
    if (seen.has(token.name) && !option.multiple) fail(`${token.rawName} given twice`);
    seen.add(token.name);
  }
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false })
      .values as OptionValues<Options>;
  } catch (error) {
    return fail(firstLine(error));
  }
}

/**
 * Fails at once, with a UsageError naming the file, when a file cannot be written there: the folder (or the
 * nearest one that exists, the others being made on writing) must take a new file, which is tried for real (a
 * permission check says yes as root even where nothing can be created, as in /proc). Leaves nothing behind.
 */
export function checkWritable(command: string, path: string): void {
  const fail = (why: string) => new UsageError(command, `cannot write ${path}: ${why}`);
  if (existsSync(path) && statSync(path).isDirectory()) throw fail('it is a folder');
  let dir = dirname(resolve(path));
  while (!existsSync(dir)) dir = dirname(dir);
  if (!statSync(dir).isDirectory()) throw fail(`${dir} is not a folder`);
  const probe = join(dir, `.summit-recap-${process.pid}.probe`);
  try {
    writeFileSync(probe, '');
  } catch (error) {
    throw fail(
      `${dir} takes no new file (${(error as NodeJS.ErrnoException).code ?? firstLine(error)}; choose another place)`,
    );
  } finally {
    rmSync(probe, { force: true });
  }
}

/**
 * Writes beside the target, then renames: a failure never leaves a half-written file under the real name, and
 * removes the temporary file. @throws OutputError
 */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new OutputError(path, (error as NodeJS.ErrnoException).code ?? firstLine(error));
  }
}

/**
 * The deck a command works on: the event named by DECK (optional when there is one) in the folder SLIDES_DIR
 * (default: slides/), as `npm start` and `npm run build` find it. @throws DeckDataError
 */
export function findDeck(
  root: string,
  env: NodeJS.ProcessEnv,
): { deck: Deck; slidesDir: string; /** The event's folder, for messages, e.g. slides/boston-2017. */ folder: string } {
  const { slidesDir, event } = deckLocation(root, env);
  const deck = loadDeck(root, slidesDir, event);
  return { deck, slidesDir, folder: relative(root, join(slidesDir, deck.slug)) };
}

export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** What a command prints on stderr when it fails: the data's problems as listed, anything else in one line. */
export function failureMessage(command: string, error: unknown): string {
  if (error instanceof DeckDataError || error instanceof UsageError) return error.message;
  return `${command}: ${firstLine(error)}`;
}

/**
 * Runs the command's main when its file is the one run (not when a test imports it): main's result is the exit
 * status, and a failure is one line on stderr (failureMessage) with status 1. `moduleUrl`: the command file's
 * import.meta.url.
 */
export async function runAsCommand(
  moduleUrl: string,
  command: string,
  main: (argv: readonly string[]) => number | Promise<number>,
): Promise<void> {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(resolve(process.argv[1])).href) return;
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(failureMessage(command, error));
    process.exitCode = 1;
  }
}
