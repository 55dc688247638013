/**
 * Plans the room quiz (see room.ts) once, from the whole deck: the questions asked after each talk and in the
 * final chapter. The build runs it (src/vite/slides-plugin.ts), so the deck ships the questions, not the
 * generator; a showing of some talks only keeps their questions.
 *
 * The room sees every answer once it is revealed, so a question never shows an item whose answer an earlier one
 * revealed, and never offers again, for the same release, an item an earlier question offered as a wrong choice.
 */
import { BACKLOG } from '../src/model/constants.ts';
import type { Deck } from '../src/model/index.ts';
import { indexDeck, type QuizItem } from './items.ts';
import { buildQuestion, type Question } from './questions.ts';
import { hashText, Random } from './random.ts';
import type { RoomQuestion, RoomQuiz, TalkRoomQuiz } from './room.ts';

/** The seed of one part of the room quiz: fixed by its name, so the deck asks the same questions every time. */
export function roomSeed(key: string): number {
  return hashText(`room:${key}`);
}

export function planRoomQuiz(deck: Deck): RoomQuiz {
  const index = indexDeck(deck);
  /** Items whose answer the room has seen. */
  const revealed = new Set<string>();
  /** Release → items offered as wrong choices for it. */
  const offered = new Map<string, Set<string>>();

  const ask = (question: Question, item: QuizItem, talk: string): RoomQuestion | undefined => {
    const release = item.release!;
    if (question.kind !== 'which-release' && question.kind !== 'in-release') return undefined;
    const rightChoice = question.kind === 'which-release' ? release : item.id;
    const answer = question.choices.find((choice) => choice.id === rightChoice)?.label;
    if (answer === undefined) return undefined;
    // An item that reads the same is revealed with it.
    for (const twin of index.twins(item)) revealed.add(twin.id);
    const wrong = offered.get(release) ?? new Set<string>();
    for (const shown of question.items) if (shown !== item.id) wrong.add(shown);
    offered.set(release, wrong);
    return { question, talk, release, rightChoice, answer };
  };
  /** The question about the item, offering nothing the room has seen answered or offered for its release. */
  const draw = (id: string, item: QuizItem, key: string, scope = {}): Question | undefined => {
    const avoid = new Set([...revealed, ...(offered.get(item.release!) ?? [])]);
    return buildQuestion(deck, id, roomSeed(key), scope, avoid);
  };

  const talks: TalkRoomQuiz[] = [];
  for (const talk of deck.talks) {
    const roadmap = index.items.filter((item) => item.talk === talk.id && item.source === 'roadmap');
    const order = new Random(roomSeed(talk.id)).shuffle(roadmap);
    // First, which release one of the talk's items is planned for.
    let first: RoomQuestion | undefined;
    for (const item of order) {
      const question = draw(`which-release:${item.id}`, item, `${talk.id}:release`);
      first = question && ask(question, item, talk.id);
      if (first) break;
    }
    if (!first) continue;
    // Then (shown once the first answer is), which of a few items another release of the talk brings.
    const others = order.filter((item) => !revealed.has(item.id));
    others.sort((a, b) => Number(a.release === first.release) - Number(b.release === first.release));
    let second: RoomQuestion | undefined;
    for (const item of others) {
      const question = draw(`in-release:${item.id}`, item, `${talk.id}:item`, { talks: [talk.id] });
      second = question && ask(question, item, talk.id);
      if (second) break;
    }
    talks.push({ talk: talk.id, questions: second ? [first, second] : [first] });
  }

  // The final chapter: for each release, which of a few items it brought or brings.
  const final: RoomQuestion[] = [];
  for (const release of [...deck.releases.map((candidate) => candidate.id), BACKLOG]) {
    const pool = new Random(roomSeed(`final:${release}`)).shuffle(
      index.items.filter((item) => item.release === release && !revealed.has(item.id)),
    );
    for (const item of pool) {
      const question = draw(`in-release:${item.id}`, item, `final:${release}`);
      const asked = question && ask(question, item, item.talk);
      if (asked) {
        final.push(asked);
        break;
      }
    }
  }
  return { talks, final };
}
