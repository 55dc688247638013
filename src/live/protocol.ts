/**
 * The live room's protocol, defined once: the events, the limits, and what the server sends. What it receives is
 * defined by the schemas in messages.ts (the server validates every message with them); this module holds no
 * code the pages would not need, so that the phones' page stays small.
 */
import type { AnswerMessage, JoinMessage, PresentMessage, ScoreMessage, ShowMessage } from './messages.ts';

export type { AnswerMessage, JoinMessage, PresentMessage, ScoreMessage, ShowMessage };

/** The socket.io event names. */
export const LIVE_EVENTS = {
  /** Phone → server: join a room (or rejoin as the same person). Ack: JoinReply. */
  join: 'join',
  /** Phone → server: the choice for the open question. Ack: AnswerReply. */
  answer: 'answer',
  /** Presenter or viewer → server: follow a room's counts (the presenter with its key). Ack: PresentReply. */
  present: 'present',
  /** Presenter → server: what the deck shows now. Ack: CommandReply. */
  show: 'show',
  /** Presenter → server: forget every answer. Ack: CommandReply. */
  reset: 'reset',
  /** Server → every phone: where the room is (RoomView). */
  view: 'view',
  /** Server → one person's phones: the choice recorded for a question (another tab of theirs chose). */
  chosen: 'chosen',
  /** Phone → server: this person's score, once the room's is shown. Ack: ScoreReply. */
  score: 'score',
  /** Server → presenter and viewers: the room's counts. */
  counts: 'counts',
} as const;

export const LIMITS = {
  /** Bytes of one message (socket.io's maxHttpBufferSize). */
  messageBytes: 4096,
  nickname: 40,
  /** Characters of an id (participant, question, choice, token). */
  id: 200,
  /** Join attempts per connection, per minute. */
  joinsPerMinute: 10,
  /** Messages per connection: a burst, then this many per second. */
  messageBurst: 30,
  messagesPerSecond: 10,
} as const;

/** Why a message was refused, for the page to say. */
/** What the pages (the deck in live mode, the phones' page) use of a socket.io client socket. */
export interface RoomSocket {
  readonly connected: boolean;
  /** Whether the last reconnection recovered the session (the server kept what was sent meanwhile). */
  readonly recovered: boolean;
  on(event: string, listener: (...args: never[]) => void): unknown;
  timeout(ms: number): { emitWithAck(event: string, message: unknown): Promise<unknown> };
  disconnect(): unknown;
}

export type Refusal =
  'invalid' | 'rate' | 'no-room' | 'full' | 'not-joined' | 'closed' | 'unknown-choice' | 'unauthorized' | 'unavailable';

export type Reply<T> = ({ ok: true } & T) | { ok: false; reason: Refusal };

/** A question as a phone shows it: no answer before it is revealed. */
export interface PhoneQuestion {
  id: string;
  prompt: string;
  choices: { id: string; label: string }[];
}

/** A release's part of a person's (or the room's) score. */
export interface ReleaseScore {
  release: string;
  name: string;
  /**
   * Revealed questions: for a person, those answered and those left unanswered after joining (they count as
   * missed); for the room, the answers given.
   */
  answers: number;
  correct: number;
}

/**
 * Where the room is, the same for every phone: sent to all of them at once when the deck moves. `seq` counts the
 * room's events, so that a phone can ask for its score as of this view, and a deck can tell newer counts from older.
 */
export type RoomView = { seq: number } & (
  | { phase: 'waiting' }
  | { phase: 'question'; question: PhoneQuestion }
  | { phase: 'revealed'; question: PhoneQuestion; right: string }
  | { phase: 'score' }
);

/** Where the room is, for one phone: the room's view with this person's part in it. */
export type PhoneState =
  | { phase: 'waiting' }
  | { phase: 'question'; question: PhoneQuestion; chosen?: string }
  | {
      phase: 'revealed';
      question: PhoneQuestion;
      chosen?: string;
      right: string;
    }
  | {
      phase: 'score';
      /** When the deck showed the score (ISO): the study page reviews missed items as of then. */
      at: string;
      releases: ReleaseScore[];
      /** Item ids of the questions this person answered wrongly (or not at all): to review on the study page. */
      missed: string[];
      /** This person's answers to revealed questions, for the study page: question id → choice id. */
      answers: Record<string, string>;
    };

export type JoinReply = Reply<{ participant: string; token: string; seq: number; state: PhoneState }>;
export type AnswerReply = Reply<{ question: string; choice: string }>;
export type CommandReply = Reply<object>;
export type ScoreReply = Reply<{ state: Extract<PhoneState, { phase: 'score' }> }>;
export type PresentReply = Reply<{ presenter: boolean; counts: RoomCounts; join: string }>;

/** What the deck shows of the room: people joined, and per question the answers received (per choice once revealed). */
export interface RoomCounts {
  /** The room's events counted so far: counts with a lower `seq` than some already shown are older. */
  seq: number;
  joined: number;
  /** The question open or last shown, with its counts. */
  current?: QuestionCounts;
  /** Every revealed question's counts, for the score slide. */
  revealed: QuestionCounts[];
}

export interface QuestionCounts {
  question: string;
  answers: number;
  revealed: boolean;
  /** Per choice, in the question's order; only once revealed (the room must not see the crowd lean before). */
  choices?: { id: string; count: number }[];
}
