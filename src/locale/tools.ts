/**
 * What a dictionary needs to word numbers, plurals and quotations in its language: Intl.PluralRules,
 * Intl.NumberFormat and Intl.DisplayNames, made once per language. Pure.
 */
import { baseLanguage, quote } from './typography.ts';

/** A word or phrase by plural category (Intl.PluralRules): `one` and `other` at least. */
export type PluralForms = { one: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export interface Tools {
  readonly language: string;
  /** The form the count takes in the language: French puts 0 and 1 in the singular, English only 1. */
  plural(count: number, forms: PluralForms): string;
  /** The count as the language writes numbers, then its form: "3 éléments", "1 item", "0 items". */
  count(count: number, forms: PluralForms): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A whole percent (0 to 100) as the language writes it: "45 %" in French, "45%" in English. */
  percent(value: number): string;
  /** A date and time, medium date and short time: "30 Nov 2025, 11:58". */
  date(value: Date): string;
  /** The text between the language's quotation marks, never quoted twice (typography.ts). */
  quote(text: string): string;
}

/** A value made on first use: building Intl's formatters costs the page tens of milliseconds at load. */
function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

export function tools(language: string): Tools {
  const rules = lazy(() => new Intl.PluralRules(language));
  const numbers = lazy(() => new Intl.NumberFormat(language));
  const percents = lazy(() => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }));
  const dates = lazy(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }));
  const number = (value: number, options?: Intl.NumberFormatOptions) =>
    options ? new Intl.NumberFormat(language, options).format(value) : numbers().format(value);
  const plural = (count: number, forms: PluralForms) => forms[rules().select(count)] ?? forms.other;
  return {
    language,
    plural,
    count: (count, forms) => `${number(count)} ${plural(count, forms)}`,
    number,
    percent: (value) => percents().format(value / 100),
    date: (value) => dates().format(value),
    quote: (text) => quote(language, text),
  };
}

/** A language's name in a language (Intl.DisplayNames), its first letter capitalised: "Français", "English". */
export function displayName(tag: string, inLanguage: string = tag): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag);
  } catch {
    name = undefined;
  }
  const shown = name ?? baseLanguage(tag);
  return shown.charAt(0).toLocaleUpperCase(inLanguage) + shown.slice(1);
}
