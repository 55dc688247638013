/** The model's only file-system edge: reads one event folder of slides/ from disk and hands its text to the pure parser. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DeckDataError, parseDeck, type Deck, type SourceFile } from './index.ts';

export const DECK_FILE = 'deck.yaml';

/** Where the deck is: a slides folder, and the event in it (undefined: the only one there is). */
export interface DeckLocation {
  slidesDir: string;
  event?: string;
}

/** The deck the environment names: SLIDES_DIR (default `<root>/slides`) and DECK, for every command and the build. */
export function deckLocation(root: string, env: Readonly<Record<string, string | undefined>>): DeckLocation {
  return { slidesDir: resolve(root, env.SLIDES_DIR || 'slides'), event: env.DECK || undefined };
}

/** Event folders under slides/: those holding a deck.yaml. */
export function listEvents(slidesDir: string): string[] {
  if (!existsSync(slidesDir)) return [];
  return readdirSync(slidesDir)
    .filter((name) => statSync(join(slidesDir, name)).isDirectory() && existsSync(join(slidesDir, name, DECK_FILE)))
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

/** Every file the deck is read from, for watching. */
export function eventFiles(slidesDir: string, event: string): string[] {
  const dir = join(slidesDir, event);
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

export function loadDeck(root: string, slidesDir: string, wanted?: string): Deck {
  const event = resolveEvent(root, slidesDir, wanted);
  const read = (path: string): SourceFile => ({ file: relative(root, path), text: readFileSync(path, 'utf8') });
  const files = eventFiles(slidesDir, event);
  const deckPath = join(slidesDir, event, DECK_FILE);
  return parseDeck(event, read(deckPath), files.filter((path) => path !== deckPath).map(read));
}
