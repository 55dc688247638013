/**
 * The quiz a presenter asks the room, inside the deck: one or two questions after each talk that has roadmap
 * items, then one question per release, and the room's score per release as the presenter tallies it.
 * Every question has one right choice among a few (answered aloud, or tapped on a phone), and is drawn with
 * fixed seeds from the talk and release ids, so every showing of the deck (and its PDF) asks the same questions.
 * Pure: no clock, no storage; the deck reads and writes the tally.
 */
import { BACKLOG } from '../src/model/constants.ts';
import type { Deck } from '../src/model/index.ts';
import type { InReleaseQuestion, WhichReleaseQuestion } from './questions.ts';
import { tallyOf } from './tally.ts';

export type RoomQuestionKind = WhichReleaseQuestion | InReleaseQuestion;

/** What the room's tally and score need of a question: which it is, where it counts, its right choice. */
export interface AskedRoomQuestion {
  question: { id: string };
  /** The talk of the item asked about. */
  talk: string;
  /** The release id (or BACKLOG) of the item asked about: its score counts under it. */
  release: string;
  /** The id of the right choice (a release id, or an item id). */
  rightChoice: string;
}

export interface RoomQuestion extends AskedRoomQuestion {
  question: RoomQuestionKind;
  /** The answer as it reads. */
  answer: string;
}

/** `Q`: the questions as a view holds them (the deck's, with their prompts worded). */
export interface TalkRoomQuiz<Q extends AskedRoomQuestion = RoomQuestion> {
  talk: string;
  questions: Q[];
}

export interface RoomQuiz<Q extends AskedRoomQuestion = RoomQuestion> {
  /** Talks that have roadmap items, in deck order, each with one or two questions. */
  talks: TalkRoomQuiz<Q>[];
  /** One question per release that has items (and a question not asked yet), in release order, backlog last. */
  final: Q[];
}

/**
 * The room quiz of a showing of some talks (`?talk=`, `export:pdf --talk`): the same questions as the whole
 * deck's, keeping those about the talks shown. No ids: every talk.
 */
export function selectRoomQuiz<Q extends AskedRoomQuestion>(quiz: RoomQuiz<Q>, talks: readonly string[]): RoomQuiz<Q> {
  if (talks.length === 0) return quiz;
  return {
    talks: quiz.talks.filter((entry) => talks.includes(entry.talk)),
    final: quiz.final.filter((question) => talks.includes(question.talk)),
  };
}

/** The same quiz, each question made into another (fewer fields, or worded). */
export function mapRoomQuiz<Q extends AskedRoomQuestion, R extends AskedRoomQuestion>(
  quiz: RoomQuiz<Q>,
  map: (question: Q) => R,
): RoomQuiz<R> {
  return {
    talks: quiz.talks.map((entry) => ({ talk: entry.talk, questions: entry.questions.map(map) })),
    final: quiz.final.map(map),
  };
}

/** Every question of the room quiz, talks first, then the final chapter. */
export function roomQuestions<Q extends AskedRoomQuestion>(quiz: RoomQuiz<Q>): Q[] {
  return [...quiz.talks.flatMap((talk) => talk.questions), ...quiz.final];
}

/** The presenter's verdict on the room's answer to one question. */
export type Verdict = 'right' | 'wrong';

/** Question id → verdict. One verdict per question: tallying it again replaces the first. */
export type RoomTally = Readonly<Record<string, Verdict>>;

export const ROOM_TALLY_VERSION = 1;

export function withVerdict(tally: RoomTally, question: string, verdict: Verdict): RoomTally {
  return { ...tally, [question]: verdict };
}

export function encodeRoomTally(tally: RoomTally): string {
  return JSON.stringify({ version: ROOM_TALLY_VERSION, verdicts: tally });
}

/** Whatever was stored: unreadable text, another version or stray entries give what can be read (or nothing). */
export function decodeRoomTally(text: string | null | undefined): RoomTally {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const { version, verdicts } = value as { version?: unknown; verdicts?: unknown };
  if (version !== ROOM_TALLY_VERSION || typeof verdicts !== 'object' || verdicts === null) return {};
  return Object.fromEntries(
    Object.entries(verdicts).filter(
      (entry): entry is [string, Verdict] => entry[1] === 'right' || entry[1] === 'wrong',
    ),
  );
}

export interface RoomScoreLine {
  /** A release id, or BACKLOG. */
  release: string;
  /** Questions of the room quiz about this release. */
  questions: number;
  /** Of those, the ones the presenter tallied. */
  asked: number;
  right: number;
  /** right / asked as a whole percent (the quiz's one score: one point per question); undefined when none was tallied. */
  percent?: number;
}

export interface RoomScore {
  /** Releases that the room quiz asks about, in release order, backlog last. */
  releases: RoomScoreLine[];
  total: Omit<RoomScoreLine, 'release'>;
}

/**
 * The room quiz as the running deck keeps it: each question's id, talk, release and right choice (the slides'
 * markup has the rest).
 */
export type AskedRoomQuiz = RoomQuiz<AskedRoomQuestion>;

/** Only what the tally and the score need of each question. */
export function askedOnly(quiz: RoomQuiz): AskedRoomQuiz {
  return mapRoomQuiz(quiz, ({ question, talk, release, rightChoice }) => ({
    question: { id: question.id },
    talk,
    release,
    rightChoice,
  }));
}

/** The room's score per release. Verdicts on questions the quiz no longer asks are ignored. */
export function roomScore(deck: Pick<Deck, 'releases'>, quiz: AskedRoomQuiz, tally: RoomTally): RoomScore {
  const line = (questions: readonly AskedRoomQuestion[]): Omit<RoomScoreLine, 'release'> => {
    const verdicts = questions.map((question) => tally[question.question.id]).filter((verdict) => verdict);
    const right = verdicts.filter((verdict) => verdict === 'right').length;
    return {
      questions: questions.length,
      asked: verdicts.length,
      right,
      percent: verdicts.length > 0 ? tallyOf(right, verdicts.length).percent : undefined,
    };
  };
  const all = roomQuestions(quiz);
  const releases = [...deck.releases.map((release) => release.id), BACKLOG]
    .map((release) => ({ release, ...line(all.filter((question) => question.release === release)) }))
    .filter((entry) => entry.questions > 0);
  return { releases, total: line(all) };
}
