/**
 * Typography by language, in one place: every text of the interface passes through `typeset` (see index.ts), and
 * quotations are made by `quote`. Pure.
 */

const NBSP = '\u00a0';

/**
 * The text as the language sets it. French puts a no-break space before ; : ! ? and » and after «: the
 * dictionaries write a plain space there, and this function makes it one that never breaks (a colon with no space
 * before it, as in 12:30 or a URL, is left alone). Other languages are left as they are.
 */
export function typeset(language: string, text: string): string {
  if (baseLanguage(language) !== 'fr') return text;
  return text.replace(/[ \u00a0]+([;:!?»])/g, `${NBSP}$1`).replace(/«[ \u00a0]+/g, `«${NBSP}`);
}

/** The quotation marks of a language, outer and inner: « » and “ ” in French, “ ” and ‘ ’ in English. */
const MARKS: Record<string, { open: string; close: string; innerOpen: string; innerClose: string }> = {
  fr: { open: `«${NBSP}`, close: `${NBSP}»`, innerOpen: '“', innerClose: '”' },
  en: { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
};

/**
 * The text in quotation marks. A text that is one quotation already (« zone », “zone”) is not quoted again; the
 * quotation marks inside a text become the inner ones (« Notion de “zone” »), so quotes never double.
 */
export function quote(language: string, text: string): string {
  const marks = MARKS[baseLanguage(language)] ?? MARKS.en;
  const trimmed = text.trim();
  const whole = (open: string, close: string) =>
    trimmed.startsWith(open) &&
    trimmed.endsWith(close) &&
    !trimmed.slice(1, -1).includes(open) &&
    !trimmed.slice(1, -1).includes(close);
  if (whole('«', '»') || whole('“', '”')) return trimmed;
  const inner = trimmed
    .replace(/«[\s\u00a0\u202f]*/g, marks.innerOpen)
    .replace(/[\s\u00a0\u202f]*»/g, marks.innerClose)
    .replace(/“/g, marks.innerOpen)
    .replace(/”/g, marks.innerClose);
  return `${marks.open}${inner}${marks.close}`;
}

/** `fr` for `fr-CA`: the part of a language tag before its region. */
export function baseLanguage(language: string): string {
  return language.split('-')[0].toLowerCase();
}
