/**
 * Plans the room quiz (see room.ts): the questions the deck asks after each talk and in its final chapter.
 * The build runs it (src/build/slides-plugin.ts), so the deck ships the questions, not the generator.
 */
import { BACKLOG } from '../src/model/constants.ts';
import type { Deck } from '../src/model/index.ts';
import { collectItems, type QuizItem } from './items.ts';
import { generateQuiz, type Question } from './questions.ts';
import { hashText } from './random.ts';
import type { RoomQuestion, RoomQuiz, TalkRoomQuiz } from './room.ts';

/** Names the generated sessions; nothing in the room quiz depends on it. */
export const ROOM_QUIZ_NOW = new Date(0);

/** A recall question lists its answer on the slide: more goals than this would not fit. */
export const ROOM_RECALL_MAX = 4;

/** The seed of one part of the room quiz: fixed by its name, so the deck asks the same questions every time. */
export function roomSeed(key: string): number {
  return hashText(`room:${key}`);
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
