/**
 * The interface's words, per language: one file per language (en.ts is the reference, fr.ts follows its shape),
 * listed here. Each page takes only its own section (the deck does not ship the study page's words), so the
 * languages are listed once per section; TypeScript says where a new language is missing.
 *
 * Words are looked up by the deck's `language` tag: `fr-CA` takes `fr`; a language with no file takes English.
 * Every text looked up has gone through the language's typography (typography.ts), once, here.
 */
import * as en from './en.ts';
import * as fr from './fr.ts';
import type { DeckWords, LiveWords, QuizWords, RoomWords, StudyWords } from './en.ts';
import { baseLanguage, typeset } from './typography.ts';

export type { DeckWords, LiveWords, QuizWords, RoomWords, StudyWords } from './en.ts';
export { tools, type PluralForms, type Tools } from './tools.ts';
export { quote, typeset } from './typography.ts';

/** The languages the interface speaks. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language used when a deck's language has no file. */
const FALLBACK_LANGUAGE: Language = 'en';

// One list per section, so that a page bundles only the sections it uses (a namespace object held in a table
// would bring every section along).
const DECK: Record<Language, DeckWords> = { en: en.deck, fr: fr.deck };
const QUIZ: Record<Language, QuizWords> = { en: en.quiz, fr: fr.quiz };
const STUDY: Record<Language, StudyWords> = { en: en.study, fr: fr.study };
const LIVE: Record<Language, LiveWords> = { en: en.live, fr: fr.live };
const ROOM: Record<Language, RoomWords> = { en: en.room, fr: fr.room };

/** The interface language for a content language tag: its own, its base language's, or English. */
export function interfaceLanguage(tag: string): Language {
  const base = baseLanguage(tag);
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : FALLBACK_LANGUAGE;
}

const finished = new WeakMap<object, unknown>();

/**
 * The section with the language's typography applied to every text it gives: its strings, and what its
 * functions return. Done once per section and language.
 */
function typesetSection<T extends object>(language: Language, section: T): T {
  const known = finished.get(section);
  if (known) return known as T;
  const finish = (value: unknown): unknown => {
    if (typeof value === 'string') return typeset(language, value);
    if (typeof value === 'function') {
      return (...args: unknown[]) => finish((value as (...args: unknown[]) => unknown)(...args));
    }
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, finish(entry)]));
    }
    return value;
  };
  const done = finish(section) as T;
  finished.set(section, done);
  return done;
}

/** A section's words in the interface language for a content language tag, typeset. */
function wordsIn<T extends object>(table: Record<Language, T>, tag: string): T {
  const language = interfaceLanguage(tag);
  return typesetSection(language, table[language]);
}

/** The deck's words (index.html: slides, room quiz, print view, PDF bookmarks). */
export function deckWords(tag: string): DeckWords {
  return wordsIn(DECK, tag);
}

/** The quiz's wording: questions' prompts (study page, room, Anki) and Anki answers. */
export function quizWords(tag: string): QuizWords {
  return wordsIn(QUIZ, tag);
}

/** The study page's words (study.html). */
export function studyWords(tag: string): StudyWords {
  return wordsIn(STUDY, tag);
}

/** The live room's phone page's words. */
export function liveWords(tag: string): LiveWords {
  return wordsIn(LIVE, tag);
}

/** The deck's words in live mode (loaded with the live room's code, only in live mode). */
export function roomWords(tag: string): RoomWords {
  return wordsIn(ROOM, tag);
}

/** Every section of a language as written (before typography): for the build's look at every word (text.ts). */
export function sectionsOf(tag: string): { language: Language; sections: object[] } {
  const language = interfaceLanguage(tag);
  return { language, sections: [DECK[language], QUIZ[language], STUDY[language], LIVE[language], ROOM[language]] };
}
