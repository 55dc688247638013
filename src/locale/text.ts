/**
 * Every text the interface can show in a language, read from the dictionaries themselves: what the build cuts
 * the font to (src/vite), and what the tests look for when a page must not say the other language's words.
 * Build and tests only: the pages do not load it.
 */
import type { DecodeNote } from '../../quiz/progress.ts';
import type { Prompt } from '../../quiz/prompt.ts';
import { LANGUAGES, sectionsOf } from './index.ts';
import { displayName } from './tools.ts';
import { quote, typeset } from './typography.ts';

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
  const { language, sections } = sectionsOf(tag);
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
  sections.forEach(walk);
  const names = LANGUAGES.flatMap((other) => [displayName(other), displayName(other, language)]);
  return [...texts, ...names, quote(language, '« a » “b”')];
}
