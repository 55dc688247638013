/**
 * The live room as a pure state machine: everything that happens is an event (the room opened, a person joined,
 * the deck showed a question, an answer, a reset), applied in order. The same events in the same order give the
 * same room, so a room is rebuilt by replaying its journal (or, across instances, its shared log), and time is
 * in the events (the server's clock), never read here.
 */
import { roomQuestions } from '../../quiz/room.ts';
import type { ShownRoomQuiz } from '../deck/room-quiz.ts';
import type { Deck } from '../model/index.ts';
import { vocabularyOf } from '../model/vocabulary.ts';
import { releaseTotals } from './score.ts';
import type {
  PhoneQuestion,
  PhoneState,
  QuestionCounts,
  Refusal,
  ReleaseScore,
  RoomCounts,
  RoomView,
  ShowMessage,
} from './protocol.ts';

/** A question of the room quiz, as the live room asks it. */
export interface LiveQuestion extends PhoneQuestion {
  talk: string;
  release: string;
  project: string;
  /** The item asked about (for the study page: a wrong answer makes it due there). */
  item: string;
  right: string;
}

/**
 * What happens in a room. `ref` names an event for the instance that submitted it, to know it again when a log
 * shared by several instances delivers it back.
 */
export type RoomEvent = { ref?: string } & (
  | { type: 'open-room'; at: number; code: string; event: string; keyHash: string }
  /** Another presenter key (the server restarted: the old page keeps its key, the new URL has a new one). */
  | { type: 'key'; at: number; keyHash: string }
  | { type: 'join'; at: number; participant: string; tokenHash: string; nickname?: string }
  | { type: 'show'; at: number; view: ShowMessage }
  | { type: 'answer'; at: number; participant: string; question: string; choice: string }
  | { type: 'reset'; at: number }
);

export type Outcome = { ok: true } | { ok: false; reason: Refusal };

const OK: Outcome = { ok: true };
const refuse = (reason: Refusal): Outcome => ({ ok: false, reason });

/**
 * The room quiz's questions (worded in the deck's language) with what the live room needs of each: its item,
 * project and right choice.
 */
export function liveQuestions(deck: Deck, quiz: ShownRoomQuiz): LiveQuestion[] {
  const names = vocabularyOf(deck);
  return roomQuestions(quiz).map((asked) => {
    const { question } = asked;
    const item = question.item;
    return {
      id: question.id,
      prompt: asked.prompt,
      choices: question.choices.map((choice) => ({ id: choice.id, label: choice.label })),
      talk: asked.talk,
      release: asked.release,
      project: names.item(item)?.project ?? '',
      item,
      right: asked.rightChoice,
    };
  });
}

interface Participant {
  tokenHash: string;
  nickname?: string;
  joinedAt: number;
}

export class Room {
  code = '';
  event = '';
  startedAt = 0;
  /** The last event's time. */
  lastAt = 0;
  /** Events applied so far. */
  seq = 0;
  private readonly keyHashes = new Set<string>();
  private readonly participants = new Map<string, Participant>();
  private shown: ShowMessage = { view: 'other' };
  /** When the deck last changed what it shows. */
  private shownAt = 0;
  /** Questions revealed, in the order they were. */
  private readonly revealed: string[] = [];
  /** When each question was revealed: a person who joined later is not scored on it. */
  private readonly revealedAt = new Map<string, number>();
  /** Questions shown at least once, in the order they first were. */
  private readonly asked: string[] = [];
  /** Question → participant → choice (the last one given before the reveal). */
  private readonly answers = new Map<string, Map<string, string>>();
  private readonly questions: ReadonlyMap<string, LiveQuestion>;

  constructor(
    questions: readonly LiveQuestion[],
    private readonly options: { maxParticipants: number },
  ) {
    this.questions = new Map(questions.map((question) => [question.id, question]));
  }

  get opened(): boolean {
    return this.code !== '';
  }

  get participantCount(): number {
    return this.participants.size;
  }

  hasKey(keyHash: string): boolean {
    return this.keyHashes.has(keyHash);
  }

  /** Whether the participant is known with this token (a rejoin). */
  knows(participant: string, tokenHash: string): boolean {
    return this.participants.get(participant)?.tokenHash === tokenHash;
  }

  /** The question open for answers now, if any. */
  get openQuestion(): LiveQuestion | undefined {
    const { shown: view } = this;
    if (view.view !== 'question' || this.revealed.includes(view.question)) return undefined;
    return this.questions.get(view.question);
  }

  /** What applying the event would give, without applying it: to refuse early what would not count. */
  check(event: RoomEvent): Outcome {
    switch (event.type) {
      case 'open-room':
        return this.opened ? refuse('invalid') : OK;
      case 'key':
        return OK;
      case 'join': {
        const known = this.participants.get(event.participant);
        if (known) return known.tokenHash === event.tokenHash ? OK : refuse('unauthorized');
        return this.participants.size >= this.options.maxParticipants ? refuse('full') : OK;
      }
      case 'show':
        if (event.view.view === 'question' && !this.questions.has(event.view.question)) return refuse('invalid');
        return OK;
      case 'answer': {
        if (!this.participants.has(event.participant)) return refuse('not-joined');
        const open = this.openQuestion;
        if (!open || open.id !== event.question) return refuse('closed');
        return open.choices.some((choice) => choice.id === event.choice) ? OK : refuse('unknown-choice');
      }
      case 'reset':
        return OK;
    }
  }

  /** Applies the event when it is valid; a refused event changes nothing. */
  apply(event: RoomEvent): Outcome {
    const outcome = this.check(event);
    if (!outcome.ok) return outcome;
    this.lastAt = event.at;
    this.seq++;
    switch (event.type) {
      case 'open-room':
        this.code = event.code;
        this.event = event.event;
        this.startedAt = event.at;
        this.keyHashes.add(event.keyHash);
        break;
      case 'key':
        this.keyHashes.add(event.keyHash);
        break;
      case 'join': {
        const known = this.participants.get(event.participant);
        this.participants.set(event.participant, {
          tokenHash: event.tokenHash,
          nickname: event.nickname ?? known?.nickname,
          joinedAt: known?.joinedAt ?? event.at,
        });
        break;
      }
      case 'show': {
        const { view } = event;
        this.shown = view;
        this.shownAt = event.at;
        if (view.view === 'question') {
          if (!this.asked.includes(view.question)) this.asked.push(view.question);
          if (view.revealed && !this.revealed.includes(view.question)) {
            this.revealed.push(view.question);
            this.revealedAt.set(view.question, event.at);
          }
        }
        break;
      }
      case 'answer': {
        const given = this.answers.get(event.question) ?? new Map<string, string>();
        given.set(event.participant, event.choice);
        this.answers.set(event.question, given);
        break;
      }
      case 'reset':
        this.answers.clear();
        this.revealed.length = 0;
        this.revealedAt.clear();
        this.asked.length = 0;
        this.shown = { view: 'other' };
        break;
    }
    return OK;
  }

  /** The counts the deck shows: per choice only once a question is revealed. */
  counts(): RoomCounts {
    const current = this.shown.view === 'question' ? this.questionCounts(this.shown.question) : undefined;
    return {
      seq: this.seq,
      joined: this.participants.size,
      ...(current ? { current } : {}),
      revealed: this.revealed.map((question) => this.questionCounts(question)),
    };
  }

  private questionCounts(id: string): QuestionCounts {
    const given = this.answers.get(id);
    const revealed = this.revealed.includes(id);
    const question = this.questions.get(id)!;
    return {
      question: id,
      answers: given?.size ?? 0,
      revealed,
      ...(revealed
        ? {
            choices: question.choices.map((choice) => ({
              id: choice.id,
              count: [...(given?.values() ?? [])].filter((chosen) => chosen === choice.id).length,
            })),
          }
        : {}),
    };
  }

  /** Where the room is, the same for every phone. */
  view(): RoomView {
    const { shown: view, seq } = this;
    if (view.view === 'score') return { seq, phase: 'score' };
    if (view.view !== 'question') return { seq, phase: 'waiting' };
    const question = this.questions.get(view.question)!;
    const shown = { id: question.id, prompt: question.prompt, choices: question.choices };
    return this.revealed.includes(question.id)
      ? { seq, phase: 'revealed', question: shown, right: question.right }
      : { seq, phase: 'question', question: shown };
  }

  /** The person's choice on a question, if any. */
  chosenBy(participant: string, question: string): string | undefined {
    return this.answers.get(question)?.get(participant);
  }

  /** Where the room is, for one person. */
  phoneState(participant: string, releaseName: (id: string) => string): PhoneState {
    const { shown: view } = this;
    if (view.view === 'score') return this.personalScore(participant, releaseName);
    if (view.view !== 'question') return { phase: 'waiting' };
    const question = this.questions.get(view.question)!;
    const chosen = this.answers.get(question.id)?.get(participant);
    const shown = { id: question.id, prompt: question.prompt, choices: question.choices };
    const choice = chosen === undefined ? {} : { chosen };
    return this.revealed.includes(question.id)
      ? { phase: 'revealed', question: shown, right: question.right, ...choice }
      : { phase: 'question', question: shown, ...choice };
  }

  private personalScore(participant: string, releaseName: (id: string) => string): PhoneState {
    const releases = new Map<string, ReleaseScore>();
    const missed: string[] = [];
    const answers: Record<string, string> = {};
    const joinedAt = this.participants.get(participant)?.joinedAt ?? 0;
    for (const id of this.revealed) {
      const question = this.questions.get(id)!;
      const chosen = this.answers.get(id)?.get(participant);
      // A question revealed before the person came in is not theirs to answer.
      if (chosen === undefined && (this.revealedAt.get(id) ?? 0) < joinedAt) continue;
      const line = releases.get(question.release) ?? {
        release: question.release,
        name: releaseName(question.release),
        answers: 0,
        correct: 0,
      };
      line.answers++;
      if (chosen === question.right) line.correct++;
      else missed.push(question.item);
      if (chosen !== undefined) answers[id] = chosen;
      releases.set(question.release, line);
    }
    return {
      phase: 'score',
      at: new Date(this.shownAt).toISOString(),
      releases: [...releases.values()],
      missed,
      answers,
    };
  }

  /** The room's score per release, over revealed questions: one point per answer given. */
  releaseScores(releaseOrder: readonly string[], releaseName: (id: string) => string) {
    const counted = this.revealed.map((id) => {
      const question = this.questions.get(id)!;
      return { release: question.release, right: question.right, choices: this.questionCounts(id).choices ?? [] };
    });
    return releaseTotals(counted, releaseOrder).map(({ release, asked, answers, correct }) => ({
      id: release,
      name: releaseName(release),
      asked,
      answers,
      correct,
    }));
  }

  /** Every question shown, in order, with its counts per choice. */
  questionResults() {
    return this.asked.map((id) => {
      const question = this.questions.get(id)!;
      const given = [...(this.answers.get(id)?.values() ?? [])];
      return {
        id,
        talk: question.talk,
        release: question.release,
        project: question.project,
        prompt: question.prompt,
        revealed: this.revealed.includes(id),
        answered: given.length,
        choices: question.choices.map((choice) => ({
          text: choice.label,
          correct: choice.id === question.right,
          count: given.filter((chosen) => chosen === choice.id).length,
        })),
      };
    });
  }

  /** The participants, without their tokens: ids, nicknames and when they joined. */
  participantList() {
    return [...this.participants].map(([id, participant]) => ({
      id,
      ...(participant.nickname ? { nickname: participant.nickname } : {}),
      joinedAt: new Date(participant.joinedAt).toISOString(),
    }));
  }
}

/** The results file's content: what happened in the room, for keeping. */
export function roomResults(room: Room, deck: Deck, endedAt?: number) {
  const names = vocabularyOf(deck);
  return {
    event: room.event,
    room: room.code,
    startedAt: new Date(room.startedAt).toISOString(),
    endedAt: endedAt === undefined ? null : new Date(endedAt).toISOString(),
    participants: room.participantCount,
    questions: room.questionResults(),
    releases: room.releaseScores(
      names.releases.map((release) => release.id),
      (id) => names.releaseName(id),
    ),
  };
}

export type RoomResults = ReturnType<typeof roomResults>;
