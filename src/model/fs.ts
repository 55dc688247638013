/** The model's only file-system edge: reads one event folder of slides/ from disk and hands its text to the pure parser. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { displayName } from '../locale/tools.ts';
import { editionPath } from './addresses.ts';
import {
  DeckDataError,
  formatIssue,
  parseDeck,
  type DataIssue,
  type Deck,
  type Edition,
  type SourceFile,
} from './index.ts';
import type { EventSources, ParseOptions } from './parse.ts';
import { YAML_LIMITS } from './yaml-source.ts';

export const DECK_FILE = 'deck.yaml';

/** The file a build writes beside the site: which event it was built for, from which data. */
export const BUILD_RECORD = 'build.json';

export interface BuildRecord {
  /** The event's id (its folder's name): the recap's original edition, at the site's root. */
  event: string;
  /** deckFingerprint of the data it was built from. */
  data: string;
  /** Every edition the site holds and where, when the recap has translations. */
  editions?: Pick<Edition, 'slug' | 'path'>[];
}

/**
 * A fingerprint of an event's data: every file read, by name and content, of every edition of its recap (a
 * translation is built and checked with its original). Another folder or an edit changes it.
 */
export function deckFingerprint(slidesDir: string, event: string): string {
  const hash = createHash('sha256');
  const { members } = recapOf(slidesDir, event);
  for (const member of members) {
    if (members.length > 1) hash.update(`${member.slug}/\0`);
    for (const path of eventFiles(slidesDir, member.slug)) {
      hash
        .update(`${relative(join(slidesDir, member.slug), path)}\0`)
        .update(readFileSync(path))
        .update('\0');
    }
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

/** What deck.yaml says of the recap an event belongs to, read without validating (the parser reports problems). */
function peekEvent(slidesDir: string, event: string): { translationOf?: string; language: string } {
  try {
    const data: unknown = parse(readFileSync(join(slidesDir, event, DECK_FILE), 'utf8'), {
      maxAliasCount: YAML_LIMITS.aliases,
    });
    const { translationOf, language } = (typeof data === 'object' && data !== null ? data : {}) as Record<
      string,
      unknown
    >;
    return {
      ...(typeof translationOf === 'string' ? { translationOf } : {}),
      language: typeof language === 'string' ? language : '',
    };
  } catch {
    return { language: '' };
  }
}

/** An event of a recap: its folder, its language, and the event it translates (none for the original). */
export interface RecapMember {
  slug: string;
  language: string;
  translationOf?: string;
}

/**
 * The recap an event belongs to: its original (the event itself, or the event its deck.yaml's `translationOf`
 * names, when there is such a folder) and every event that translates that original, the original first; with
 * the events of the folder it looked through. The event itself is always a member.
 */
export function recapOf(
  slidesDir: string,
  event: string,
): { original: string; members: RecapMember[]; events: string[] } {
  const events = listEvents(slidesDir);
  const peeked = new Map(events.map((slug) => [slug, peekEvent(slidesDir, slug)]));
  const named = peeked.get(event)?.translationOf;
  const original = named !== undefined && named !== event && events.includes(named) ? named : event;
  const member = (slug: string): RecapMember => ({ slug, ...(peeked.get(slug) ?? { language: '' }) });
  const translations = events.filter((slug) => slug !== original && peeked.get(slug)?.translationOf === original);
  return { original, members: [member(original), ...translations.map(member)], events };
}

/** The editions of a recap as the site holds them: the original at its root, each translation under its language. */
export function editionsOf(members: readonly RecapMember[]): Edition[] {
  return members.map(({ slug, language, translationOf }) => ({
    slug,
    language,
    path: editionPath({ language, translationOf }),
    names: Object.fromEntries(members.map((member) => [member.language, displayName(language, member.language)])),
  }));
}

/**
 * The event to build: the one named (e.g. by the DECK environment variable), or the only recap there is (its
 * original: translations go with it). A problem here is a DeckDataError too, so that every caller reports it
 * the same way.
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
  const { original, members } = recapOf(slidesDir, events[0]);
  if (members.length < events.length) {
    // A translation of an event that is not there makes a recap of its own: its deck.yaml says why.
    const dangling = events.find((slug) => {
      const named = peekEvent(slidesDir, slug).translationOf;
      return named !== undefined && !events.includes(named);
    });
    if (dangling) loadDeck(root, slidesDir, dangling);
    fail(`several events (${events.join(', ')}): choose one with DECK=<name>`);
  }
  return original;
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

/** The original of the recap of the event named (or of the only recap there is). @throws DeckDataError */
export function originalEvent(root: string, slidesDir: string, wanted?: string): string {
  return recapOf(slidesDir, resolveEvent(root, slidesDir, wanted)).original;
}

/** An event's files as the parser takes them, named relative to the project's root. */
function eventSources(root: string, slidesDir: string, event: string): EventSources {
  const read = (path: string): SourceFile => ({ file: relative(root, path), text: readFileSync(path, 'utf8') });
  const deckPath = join(slidesDir, event, DECK_FILE);
  return {
    deck: read(deckPath),
    talks: eventFiles(slidesDir, event)
      .filter((path) => path !== deckPath)
      .map(read),
  };
}

/**
 * The deck of an event, validated; a translation is checked against its original too. The deck lists the
 * recap's editions when it has several (the site holds them all). @throws DeckDataError
 */
export function loadDeck(root: string, slidesDir: string, wanted?: string): Deck {
  const event = resolveEvent(root, slidesDir, wanted);
  const sources = eventSources(root, slidesDir, event);
  const { original, members, events } = recapOf(slidesDir, event);
  const named = members.find((member) => member.slug === event)?.translationOf;
  const options: ParseOptions = {};
  if (named !== undefined) {
    const where = relative(root, slidesDir) || '.';
    if (named === event) options.original = { problem: 'a deck cannot translate itself: name the original' };
    else if (!events.includes(named)) {
      options.original = { problem: `no event "${named}" in ${where}: found ${events.join(', ')}` };
    } else {
      options.original = { sources: eventSources(root, slidesDir, original) };
      options.otherEditions = members.filter((member) => member.translationOf !== undefined && member.slug !== event);
    }
  }
  const deck = parseDeck(event, sources.deck, sources.talks, options);
  return members.length > 1 ? { ...deck, editions: editionsOf(members) } : deck;
}

/**
 * Every edition of the recap an event belongs to, validated, the original first: what the site builds. The
 * problems of them all come in one DeckDataError, each once (a translation reports its original's too).
 * @throws DeckDataError
 */
export function loadRecap(root: string, slidesDir: string, wanted?: string): Deck[] {
  const { members } = recapOf(slidesDir, resolveEvent(root, slidesDir, wanted));
  const decks: Deck[] = [];
  const problems = new Map<string, DataIssue>();
  for (const member of members) {
    try {
      decks.push(loadDeck(root, slidesDir, member.slug));
    } catch (error) {
      if (!(error instanceof DeckDataError)) throw error;
      for (const issue of error.issues) problems.set(formatIssue(issue), issue);
    }
  }
  if (problems.size > 0) throw new DeckDataError([...problems.values()]);
  return decks;
}
