import type { Deck } from '../model/index.ts';
import { webAddress } from '../model/links.ts';

/**
 * Every URL parameter the deck reads, named once: the page reads them with resolveViewOptions and the PDF
 * export writes them with viewQuery. reveal.js reads every query parameter as one of its options too, so our
 * own are named apart from its options; the last three are reveal.js's own, which the deck needs to know.
 */
export const VIEW_PARAMS = {
  /** `talk=<id>` (repeatable, or ids joined by commas): only those talks, after the title slide. */
  talk: 'talk',
  /** `quiz=off` (or `on`): without (or with) the room's quiz slides, whatever deck.yaml's `quizSlides` says. */
  quiz: 'quiz',
  /** `handout`: an appendix after the closing slide, with the roadmap of every project and the quiz's answer key. */
  handout: 'handout',
  /** `link-base=<url>`: where the deck is published, so that a PDF's links to the study page work. */
  linkBase: 'link-base',
  /** reveal.js's print view, which the PDF is made from. */
  printPdf: 'print-pdf',
  /** reveal.js's speaker notes in the print view: `showNotes=separate-page` (or `true` for under the slide). */
  showNotes: 'showNotes',
  /** Added by reveal.js's speaker view to the deck it loads in its two preview frames. */
  receiver: 'receiver',
  /** `live=<room code>`: the deck shows the live room (npm run live): who joined, what the room answered. */
  live: 'live',
  /** `key=<secret>`: the presenter's secret, with `live`; the page takes it out of the address bar once read. */
  key: 'key',
  /** `room=<room code>`: on the phones' page, the room to join (the QR code's address has it). */
  room: 'room',
} as const;

export interface ViewOptions {
  /** From `talk`: the talks asked for, none meaning all. */
  talks: string[];
  /** From `quiz=on|off` (also true/false, yes/no, 1/0); undefined when absent or unreadable. */
  quiz?: boolean;
  handout: boolean;
  linkBase?: string;
  /** `print-pdf`: the print view, with no buttons and links fit for a PDF. */
  printView: boolean;
  /** `showNotes`: the layout of printed speaker notes; undefined when absent or `false`. */
  showNotes?: string;
  /** `receiver`: a speaker-view preview, which shows the deck but never records the room's answers. */
  speakerViewFrame: boolean;
  /** `live`: the live room's code, when the deck shows the live room. */
  live?: string;
  /** `key`: the presenter's secret for the live room. */
  liveKey?: string;
}

const SWITCH = new Map([
  ...['on', 'true', 'yes', '1'].map((word) => [word, true] as const),
  ...['off', 'false', 'no', '0'].map((word) => [word, false] as const),
]);

/** The options in a URL's query (`location.search`): parameters only, never a search in the raw text. */
export function resolveViewOptions(search: string): ViewOptions {
  const params = new URLSearchParams(search);
  const showNotes = params.get(VIEW_PARAMS.showNotes) ?? undefined;
  return {
    talks: params
      .getAll(VIEW_PARAMS.talk)
      .flatMap((value) => value.split(','))
      .filter(Boolean),
    quiz: SWITCH.get((params.get(VIEW_PARAMS.quiz) ?? '').trim().toLowerCase()),
    handout: params.has(VIEW_PARAMS.handout),
    linkBase: linkBaseOf(params.get(VIEW_PARAMS.linkBase)),
    printView: params.has(VIEW_PARAMS.printPdf),
    showNotes: showNotes === 'false' ? undefined : showNotes,
    speakerViewFrame: params.has(VIEW_PARAMS.receiver),
    live: roomCodeOf(params.get(VIEW_PARAMS.live)),
    liveKey: params.get(VIEW_PARAMS.key) || undefined,
  };
}

/**
 * `link-base` only as an absolute http(s) address: anything else (a `javascript:` URL, text that is no URL) is
 * ignored, with a warning for whoever set it, and the print view then prints study links as plain text.
 */
function linkBaseOf(value: string | null): string | undefined {
  if (value === null) return undefined;
  const url = webAddress(value);
  if (!url) console.warn(`summit-recap: ${VIEW_PARAMS.linkBase} must be an http(s) address; ignored: ${value}`);
  return url?.href;
}

/** A room code as typed: six digits, spaces allowed between them; anything else is no code. */
export function roomCodeOf(value: string | null | undefined): string | undefined {
  const digits = (value ?? '').replace(/\s+/g, '');
  return /^\d{6}$/.test(digits) ? digits : undefined;
}

/** The query (without `?`) that asks for these options, with the names resolveViewOptions reads. */
export function viewQuery(options: Partial<ViewOptions>): string {
  const parts: string[] = [];
  const flag = (name: string, on: boolean | undefined) => {
    if (on) parts.push(name);
  };
  const value = (name: string, text: string | undefined) => {
    if (text !== undefined) parts.push(`${name}=${encodeURIComponent(text)}`);
  };
  flag(VIEW_PARAMS.printPdf, options.printView);
  value(VIEW_PARAMS.showNotes, options.showNotes);
  for (const talk of options.talks ?? []) value(VIEW_PARAMS.talk, talk);
  value(VIEW_PARAMS.quiz, options.quiz === undefined ? undefined : options.quiz ? 'on' : 'off');
  flag(VIEW_PARAMS.handout, options.handout);
  value(VIEW_PARAMS.linkBase, options.linkBase);
  flag(VIEW_PARAMS.receiver, options.speakerViewFrame);
  value(VIEW_PARAMS.live, options.live);
  value(VIEW_PARAMS.key, options.liveKey);
  return parts.join('&');
}

/** Whether the deck shows the quiz slides for the room: the URL's `quiz` switch, else deck.yaml's `quizSlides` (on by default). */
export function quizSlidesOn(deck: Pick<Deck, 'quizSlides'>, view: Pick<ViewOptions, 'quiz'>): boolean {
  return view.quiz ?? deck.quizSlides ?? true;
}

/**
 * Whether the view shows the deck's default slides, which the build prerenders into the page: every talk, the room
 * quiz as deck.yaml has it (`quizByDefault`), no handout and no printed notes. Other views render their slides.
 */
export function showsDefaultSlides(view: ViewOptions, quizByDefault: boolean): boolean {
  return (
    view.talks.length === 0 &&
    !view.handout &&
    view.showNotes === undefined &&
    (view.quiz === undefined || view.quiz === quizByDefault)
  );
}

/** The deck with only the talks asked for (all when none is), in deck order; unknown ids are ignored. */
export function selectTalks(deck: Deck, ids: readonly string[]): Deck {
  if (ids.length === 0) return deck;
  return { ...deck, talks: deck.talks.filter((talk) => ids.includes(talk.id)) };
}
