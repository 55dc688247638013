/**
 * For the tests that read a page, a file or a prompt in one language: which words of the interface's other
 * language show in it. The interface's words are taken from src/locale (every text and function of every
 * section); a word counts as the other language's when that language's interface uses it, this one's does not,
 * and the deck's own text (its data, which may quote the other language) does not either.
 */
import { interfaceText } from '../src/locale/text.ts';

/** The words of a text, lower-cased: letters (with accents and inner apostrophes or hyphens), three or more. */
export function wordsOf(text: string): Set<string> {
  return new Set(
    (text.toLocaleLowerCase().match(/[\p{L}][\p{L}’'-]*[\p{L}]/gu) ?? [])
      .flatMap((word) => word.split(/[’'-]/))
      .filter((word) => word.length >= 3),
  );
}

/** The words only the other language's interface uses: what must not show on a page in `language`. */
export function otherLanguageWords(language: 'en' | 'fr', dataText: string): Set<string> {
  const other = language === 'en' ? 'fr' : 'en';
  const own = wordsOf(interfaceText(language).join(' '));
  const data = wordsOf(dataText);
  return new Set([...wordsOf(interfaceText(other).join(' '))].filter((word) => !own.has(word) && !data.has(word)));
}

/** The other language's interface words that show in a text, sorted. */
export function foreignWords(text: string, language: 'en' | 'fr', dataText: string): string[] {
  const foreign = otherLanguageWords(language, dataText);
  return [...wordsOf(text)].filter((word) => foreign.has(word)).sort();
}
