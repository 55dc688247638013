/**
 * The quiz a presenter asks the room, inside the deck: one or two questions after each talk that has roadmap
 * items, then one question per release, and the room's score per release as the presenter tallies it.
 * Questions that can be answered aloud only (which release? name the goals), drawn with fixed seeds from the
 * talk and release ids, so every showing of the deck (and its PDF) asks the same questions.
 * Pure: no clock, no storage; the deck reads and writes the tally.
 */
import { BACKLOG } from '../src/model/constants.ts';
import type { Deck } from '../src/model/index.ts';
import { collectItems, type QuizItem } from './items.ts';
import { generateQuiz, type Question, type RecallQuestion, type WhichReleaseQuestion } from './questions.ts';
import { hashText } from './random.ts';

/** Names the generated sessions; nothing in the room quiz depends on it. */
export const ROOM_QUIZ_NOW = new Date(0);

/** A recall question lists its answer on the slide: more goals than this would not fit. */
export const ROOM_RECALL_MAX = 4;

export type RoomQuestionKind = WhichReleaseQuestion | RecallQuestion;

export interface RoomQuestion {
  question: RoomQuestionKind;
  /** The release id (or BACKLOG) the question is about: its score counts under it. */
  release: string;
  /** The ids of the right choices (which release: the release id); none for a recall question. */
  rightChoices: string[];
  /** The answer as it reads: the release name, or each goal to recall. */
  answer: string[];
}

export interface TalkRoomQuiz {
  talk: string;
  questions: RoomQuestion[];
}

export interface RoomQuiz {
  /** Talks that have roadmap items, in deck order, each with one or two questions. */
  talks: TalkRoomQuiz[];
  /** One question per release that has items (and a question not asked yet), in release order, backlog last. */
  final: RoomQuestion[];
}

/** The seed of one part of the room quiz: fixed by its name, so the deck asks the same questions every time. */
export function roomSeed(key: string): number {
  return hashText(`room:${key}`);
}

/** Every question of the room quiz, talks first, then the final chapter. */
export function roomQuestions(quiz: RoomQuiz): RoomQuestion[] {
  return [...quiz.talks.flatMap((talk) => talk.questions), ...quiz.final];
}

export function planRoomQuiz(deck: Deck): RoomQuiz {
  const items = new Map(collectItems(deck).map((item) => [item.id, item]));
  const releaseName = (id: string) => deck.releases.find((release) => release.id === id)?.name;
  const toRoom = (question: Question): RoomQuestion | undefined => roomQuestion(question, items, releaseName);
  const asked = new Set<string>();

  const talks: TalkRoomQuiz[] = [];
  for (const talk of deck.talks) {
    if (!talk.roadmap?.length) continue;
    const drawn = generateQuiz(deck, {
      seed: roomSeed(talk.id),
      now: ROOM_QUIZ_NOW,
      talks: [talk.id],
      kinds: ['which-release', 'recall'],
    })
      .questions.map(toRoom)
      .filter((question): question is RoomQuestion => question !== undefined);
    // First a release question on one of the talk's roadmap items, then, when the talk has one, the goals of
    // another release to name: the second answer must not give the first away.
    const first = drawn.find(
      (question) =>
        question.question.kind === 'which-release' &&
        items.get(question.question.item)?.source === 'roadmap' &&
        items.get(question.question.item)?.talk === talk.id,
    );
    if (!first) continue;
    const second = drawn.find(
      (question) =>
        question.question.kind === 'recall' &&
        question.release !== first.release &&
        question.question.expected >= 2 &&
        question.question.expected <= ROOM_RECALL_MAX,
    );
    const questions = second ? [first, second] : [first];
    for (const question of questions) asked.add(question.question.id);
    talks.push({ talk: talk.id, questions });
  }

  const final: RoomQuestion[] = [];
  for (const release of [...deck.releases.map((candidate) => candidate.id), BACKLOG]) {
    const drawn = generateQuiz(deck, {
      seed: roomSeed(`final:${release}`),
      now: ROOM_QUIZ_NOW,
      kinds: ['which-release'],
      releases: [release],
    })
      .questions.map(toRoom)
      .filter((question): question is RoomQuestion => question?.release === release);
    // A question already asked after its talk is not asked again (its verdict is kept once): a release whose
    // every question was asked has none here.
    const chosen = drawn.find((question) => !asked.has(question.question.id));
    if (chosen) final.push(chosen);
  }
  return { talks, final };
}

function roomQuestion(
  question: Question,
  items: ReadonlyMap<string, QuizItem>,
  releaseName: (id: string) => string | undefined,
): RoomQuestion | undefined {
  if (question.kind === 'which-release') {
    const release = items.get(question.item)?.release;
    const right = question.choices.find((choice) => choice.id === release);
    if (release === undefined || !right) return undefined;
    return { question, release, rightChoices: [right.id], answer: [releaseName(release) ?? right.label] };
  }
  if (question.kind === 'recall') {
    return {
      question,
      release: question.release,
      rightChoices: [],
      answer: question.items.map((id) => items.get(id)?.text ?? id),
    };
  }
  return undefined;
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
  /** right / asked as a whole percent; undefined when none was tallied. */
  percent?: number;
}

export interface RoomScore {
  /** Releases that the room quiz asks about, in release order, backlog last. */
  releases: RoomScoreLine[];
  total: Omit<RoomScoreLine, 'release'>;
}

/** The room's score per release. Verdicts on questions the quiz no longer asks are ignored. */
export function roomScore(deck: Pick<Deck, 'releases'>, quiz: RoomQuiz, tally: RoomTally): RoomScore {
  const line = (questions: readonly RoomQuestion[]): Omit<RoomScoreLine, 'release'> => {
    const verdicts = questions.map((question) => tally[question.question.id]).filter((verdict) => verdict);
    const right = verdicts.filter((verdict) => verdict === 'right').length;
    return {
      questions: questions.length,
      asked: verdicts.length,
      right,
      percent: verdicts.length > 0 ? Math.round((100 * right) / verdicts.length) : undefined,
    };
  };
  const all = roomQuestions(quiz);
  const releases = [...deck.releases.map((release) => release.id), BACKLOG]
    .map((release) => ({ release, ...line(all.filter((question) => question.release === release)) }))
    .filter((entry) => entry.questions > 0);
  return { releases, total: line(all) };
}
