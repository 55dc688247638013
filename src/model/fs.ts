/** The model's only file-system edge: reads one event folder of slides/ from disk and hands its text to the pure parser. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DeckDataError, parseDeck, type Deck, type SourceFile } from './index.ts';

export const DECK_FILE = 'deck.yaml';

/** The file a build writes beside the site: which event it was built for, from which data. */
export const BUILD_RECORD = 'build.json';

export interface BuildRecord {
  /** The event's id (its folder's name). */
  event: string;
  /** deckFingerprint of the data it was built from. */
  data: string;
}

/** A fingerprint of an event's data: every file read, by name and content. Another folder or an edit changes it. */
export function deckFingerprint(slidesDir: string, event: string): string {
  const hash = createHash('sha256');
  for (const path of eventFiles(slidesDir, event)) {
    hash
      .update(`${relative(join(slidesDir, event), path)}\0`)
      .update(readFileSync(path))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/** Where the deck is: a slides folder, and the event in it (undefined: the only one there is). */
export interface DeckLocation {
  slidesDir: string;
  event?: string;
}

/** The deck the environment names: SLIDES_DIR (default `<root>/slides`) and DECK, for every command and the build. */
export function deckLocation(root: string, env: Readonly<Record<string, string | undefined>>): DeckLocation {
  return { slidesDir: resolve(root, env.SLIDES_DIR || 'slides'), event: env.DECK || undefined };
}

/** Event folders under slides/: those holding a deck.yaml (hidden folders and broken links aside). */
export function listEvents(slidesDir: string): string[] {
  if (!existsSync(slidesDir)) return [];
  return readdirSync(slidesDir)
    .filter(
      (name) =>
        !name.startsWith('.') && isFolder(join(slidesDir, name)) && existsSync(join(slidesDir, name, DECK_FILE)),
    )
    .sort();
}

/**
 * The event to build: the one named (e.g. by the DECK environment variable), or the only one there is.
 * A problem here is a DeckDataError too, so that every caller reports it the same way.
 */
export function resolveEvent(root: string, slidesDir: string, wanted: string | undefined): string {
  const events = listEvents(slidesDir);
  const where = relative(root, slidesDir) || '.';
  const fail = (message: string): never => {
    throw new DeckDataError([{ file: where, line: 1, column: 1, path: '', message }]);
  };
  if (wanted) {
    if (!events.includes(wanted)) {
      fail(`no event "${wanted}": ${events.length ? `found ${events.join(', ')}` : `no folder with a ${DECK_FILE}`}`);
    }
    return wanted;
  }
  if (events.length === 0) fail(`the deck is empty: add a folder with a ${DECK_FILE} (see README.md)`);
  if (events.length > 1) fail(`several events (${events.join(', ')}): choose one with DECK=<name>`);
  return events[0];
}

/**
 * Whether a name in an event folder is a slides file: YAML, and not an editor's or the system's own file
 * (hidden files, `.#name.yaml` locks, `name.yaml~` backups, `#name.yaml#` autosaves, `.name.yaml.swp`).
 */
export function isSlidesFile(name: string): boolean {
  return /\.ya?ml$/.test(name) && !/^[.#]/.test(name);
}

/** Every file the deck is read from (regular files only: a broken link is left out), for reading and watching. */
export function eventFiles(slidesDir: string, event: string): string[] {
  const dir = join(slidesDir, event);
  return readdirSync(dir)
    .filter((name) => isSlidesFile(name) && isFile(join(dir, name)))
    .sort()
    .map((name) => join(dir, name));
}

/** The names in an event folder that are not read, for saying so: hidden, editor and other files. */
export function skippedFiles(slidesDir: string, event: string): string[] {
  const dir = join(slidesDir, event);
  const read = new Set(eventFiles(slidesDir, event));
  return readdirSync(dir)
    .filter((name) => !read.has(join(dir, name)) && !isFolder(join(dir, name)))
    .sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function loadDeck(root: string, slidesDir: string, wanted?: string): Deck {
  const event = resolveEvent(root, slidesDir, wanted);
  const read = (path: string): SourceFile => ({ file: relative(root, path), text: readFileSync(path, 'utf8') });
  const files = eventFiles(slidesDir, event);
  const deckPath = join(slidesDir, event, DECK_FILE);
  return parseDeck(event, read(deckPath), files.filter((path) => path !== deckPath).map(read));
}
