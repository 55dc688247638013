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
import type { DecodeNote } from '../../quiz/progress.ts';
import type { Prompt } from '../../quiz/prompt.ts';
import type { DeckWords, LiveWords, QuizWords, StudyWords } from './en.ts';
import { displayName } from './tools.ts';
import { baseLanguage, quote, typeset } from './typography.ts';

export type { DeckWords, LiveWords, QuizWords, StudyWords } from './en.ts';
export { displayName, tools, type PluralForms, type Tools } from './tools.ts';
export { quote, typeset } from './typography.ts';

/** The languages the interface speaks. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language used when a deck's language has no file. */
export const FALLBACK_LANGUAGE: Language = 'en';

// One list per section, so that a page bundles only the sections it uses (a namespace object held in a table
// would bring every section along).
const DECK: Record<Language, DeckWords> = { en: en.deck, fr: fr.deck };
const QUIZ: Record<Language, QuizWords> = { en: en.quiz, fr: fr.quiz };
const STUDY: Record<Language, StudyWords> = { en: en.study, fr: fr.study };
const LIVE: Record<Language, LiveWords> = { en: en.live, fr: fr.live };

/** The interface language for a content language tag: its own, its base language's, or English. */
export function interfaceLanguage(tag: string): Language {
  const base = baseLanguage(tag);
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : FALLBACK_LANGUAGE;
}

/** Whether the interface has words for the language (else it speaks English). */
export function speaks(tag: string): boolean {
  return (LANGUAGES as readonly string[]).includes(baseLanguage(tag));
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

/** The deck's words (index.html: slides, room quiz, print view, PDF bookmarks). */
export function deckWords(tag: string): DeckWords {
  const language = interfaceLanguage(tag);
  return typesetSection(language, DECK[language]);
}

/** The quiz's wording: questions' prompts (study page, room, Anki) and Anki answers. */
export function quizWords(tag: string): QuizWords {
  const language = interfaceLanguage(tag);
  return typesetSection(language, QUIZ[language]);
}

/** The study page's words (study.html). */
export function studyWords(tag: string): StudyWords {
  const language = interfaceLanguage(tag);
  return typesetSection(language, STUDY[language]);
}

/** The live room's phone page's words. */
export function liveWords(tag: string): LiveWords {
  const language = interfaceLanguage(tag);
  return typesetSection(language, LIVE[language]);
}

/**
 * Sample arguments that the sections' functions are called with: numbers (so that what Intl writes is in the
 * samples too), and every kind of prompt and of progress note (so that what their helpers write is).
 */
const SAMPLE_CALLS: readonly unknown[][] = [
  [0, 0, 0, 0],
  [1, 2, 3, 1],
  [12345.5, 67.5, 100, 2],
  ...(
    [
      { kind: 'which-release', source: 'roadmap', project: 'Ab', text: 'Ab' },
      { kind: 'which-release', source: 'history', project: 'Ab', text: 'Ab' },
      { kind: 'when', project: 'Ab', text: 'Ab' },
      { kind: 'in-release', release: 'Ab', past: true },
      { kind: 'in-release', release: 'Ab', past: false },
      { kind: 'in-release', past: false },
      { kind: 'which-project', text: 'Ab' },
      { kind: 'which-items', project: 'Ab', release: 'Ab' },
      { kind: 'which-items', project: 'Ab' },
      { kind: 'sort', project: 'Ab' },
      { kind: 'recall', project: 'Ab', release: 'Ab', count: 1 },
      { kind: 'recall', project: 'Ab', count: 2 },
    ] satisfies Prompt[]
  ).map((prompt) => [prompt]),
  ...(
    [
      { kind: 'invalid-json' },
      { kind: 'too-large', chars: 2e6, limit: 2e6 },
      { kind: 'not-progress' },
      { kind: 'unknown-version', version: '0' },
      { kind: 'future-version', version: 9 },
      { kind: 'migrated', from: 1, to: 2 },
      { kind: 'not-a-list', what: 'answers' },
      { kind: 'unreadable', count: 2, what: 'cards' },
      { kind: 'duplicate-sessions', count: 2 },
      { kind: 'gone-questions', count: 2 },
      { kind: 'gone-items', count: 2 },
      { kind: 'reset-cards', items: ['ab'] },
      { kind: 'future', count: 2 },
      { kind: 'summarised', count: 2 },
    ] satisfies DecodeNote[]
  ).map((note) => [note]),
];

/**
 * The texts a function's source writes: its string and template literals (without their `${…}` parts, whose own
 * literals are taken too), but not the ids it compares with (`'which-release'`).
 */
export function literalsOf(source: string): string[] {
  const found: string[] = [];
  let at = 0;
  const quoted = (quote: string): string => {
    let text = '';
    for (at++; at < source.length && source[at] !== quote; at++)
      text += source[at] === '\\' ? source[++at] : source[at];
    at++;
    return text;
  };
  const template = (): string => {
    let text = '';
    for (at++; at < source.length && source[at] !== '`';) {
      if (source[at] === '\\') {
        text += source[at + 1];
        at += 2;
      } else if (source.startsWith('${', at)) {
        at += 2;
        code(true);
        text += ' ';
      } else text += source[at++];
    }
    at++;
    return text;
  };
  /** Reads code up to the end, or up to the brace that closes a `${`. */
  const code = (inExpression: boolean): void => {
    let depth = 0;
    while (at < source.length) {
      const char = source[at];
      if (char === "'" || char === '"') found.push(quoted(char));
      else if (char === '`') found.push(template());
      else if (source.startsWith('//', at))
        at = source.indexOf('\n', at) === -1 ? source.length : source.indexOf('\n', at);
      else if (source.startsWith('/*', at))
        at = source.indexOf('*/', at) === -1 ? source.length : source.indexOf('*/', at) + 2;
      else if (char === '}' && inExpression && depth === 0) {
        at++;
        return;
      } else {
        if (char === '{') depth++;
        if (char === '}') depth--;
        at++;
      }
    }
  };
  code(false);
  return found.filter((text) => text.trim() !== '' && !/^[a-z]+(-[a-z]+)+$/.test(text));
}

/**
 * Every text the interface can show in the language, for the build's font cut (src/vite) and for the tests that
 * look for the other language's words: each section's strings, each function's literals (whatever its arguments)
 * and what it returns for sample numbers (Intl's spaces and signs), all typeset, the language names the
 * language switch shows, and the typography's quotation marks.
 */
export function interfaceText(tag: string): string[] {
  const language = interfaceLanguage(tag);
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.push(typeset(language, value));
    else if (typeof value === 'function') {
      texts.push(...literalsOf(String(value)).map((text) => typeset(language, text)));
      for (const args of SAMPLE_CALLS) {
        try {
          const result: unknown = (value as (...args: unknown[]) => unknown)(...args);
          if (typeof result === 'string') texts.push(typeset(language, result));
        } catch {
          // A function that needs other arguments: its literals are in the samples already.
        }
      }
    } else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  [DECK, QUIZ, STUDY, LIVE].forEach((section) => walk(section[language]));
  const names = LANGUAGES.flatMap((other) => [displayName(other), displayName(other, language)]);
  return [...texts, ...names, quote(language, '« a » “b”')];
}
