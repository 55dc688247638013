/**
 * A phone in the live room: its connection, the person it joined as, and where the room is. The person's id and
 * token are kept in localStorage per room, so that a reload, a phone that slept or a dropped network rejoins as
 * the same person; an answer not acknowledged is sent again when the connection comes back (the room counts a
 * person's last answer once, however often it arrives).
 */
import {
  LIVE_EVENTS,
  type AnswerReply,
  type JoinReply,
  type PhoneQuestion,
  type PhoneState,
  type Refusal,
  type RoomView,
  type ScoreReply,
  type RoomSocket,
} from '../live/protocol.ts';

export type Connection = 'connecting' | 'online' | 'offline';
export type Problem = Refusal | 'offline';

export interface Identity {
  participant: string;
  token: string;
  nickname?: string;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const identityKey = (room: string) => `summit-recap:live:${room}`;

/** How long an answer waits for its acknowledgement before it is taken as lost (and sent again on reconnect). */
const ACK_MS = 5000;

export function readIdentity(storage: Storage | undefined, room: string): Identity | undefined {
  try {
    const value = JSON.parse(storage?.getItem(identityKey(room)) ?? 'null') as Partial<Identity> | null;
    if (typeof value?.participant !== 'string' || typeof value.token !== 'string') return undefined;
    return {
      participant: value.participant,
      token: value.token,
      ...(typeof value.nickname === 'string' ? { nickname: value.nickname } : {}),
    };
  } catch {
    return undefined;
  }
}

export class LiveClient {
  connection = $state<Connection>('connecting');
  /** The room joined, and as whom. */
  room = $state<string>();
  identity = $state<Identity>();
  state = $state<PhoneState>({ phase: 'waiting' });
  /** A join under way. */
  joining = $state(false);
  /** The choice sent for the open question and not acknowledged yet. */
  sending = $state<{ question: string; choice: string }>();
  problem = $state<Problem>();
  /** The room's events as of the latest view: an older view arriving late is not shown. */
  private seq = -1;
  /** This person's choice per question, as the room recorded it. */
  private readonly chosen: Record<string, string> = {};

  constructor(
    private readonly socket: RoomSocket,
    private readonly storage: Storage | undefined,
  ) {
    socket.on('connect', () => {
      this.connection = 'online';
      if (this.problem === 'offline') this.problem = undefined;
      // A recovered connection still has its room and got what it missed; a new one joins again.
      if (this.room && this.identity && !socket.recovered) void this.join(this.room, this.identity.nickname);
      else void this.resend();
    });
    socket.on('disconnect', () => (this.connection = 'offline'));
    socket.on('connect_error', () => (this.connection = 'offline'));
    socket.on(LIVE_EVENTS.view, (view: RoomView) => void this.view(view));
    socket.on(LIVE_EVENTS.chosen, ({ question, choice }: { question: string; choice: string }) => {
      this.chosen[question] = choice;
      if (this.state.phase === 'question' && this.state.question.id === question) {
        this.state = { ...this.state, chosen: choice };
      }
    });
  }

  /** The question shown now, if any. */
  get question(): PhoneQuestion | undefined {
    return this.state.phase === 'question' || this.state.phase === 'revealed' ? this.state.question : undefined;
  }

  /** Joins the room (again, as the same person, when this phone already did). */
  async join(room: string, nickname?: string): Promise<boolean> {
    const known = readIdentity(this.storage, room);
    this.joining = true;
    this.problem = undefined;
    let reply: JoinReply;
    try {
      reply = (await this.socket.timeout(ACK_MS).emitWithAck(LIVE_EVENTS.join, {
        room,
        ...(known ? { participant: known.participant, token: known.token } : {}),
        ...(nickname ? { nickname } : {}),
      })) as JoinReply;
    } catch {
      this.joining = false;
      this.problem = 'offline';
      return false;
    } finally {
      this.joining = false;
    }
    if (!reply.ok) {
      this.problem = reply.reason;
      return false;
    }
    const nick = nickname || known?.nickname;
    this.identity = { participant: reply.participant, token: reply.token, ...(nick ? { nickname: nick } : {}) };
    this.room = room;
    this.seq = reply.seq;
    try {
      this.storage?.setItem(identityKey(room), JSON.stringify(this.identity));
    } catch {
      // Storage refused (private mode, full): this page still rejoins while it stays open.
    }
    this.show(reply.state);
    await this.resend();
    return true;
  }

  /** Chooses an answer to the open question; another choice before the reveal replaces it. */
  async answer(choice: string): Promise<void> {
    const { state } = this;
    if (state.phase !== 'question') return;
    const question = state.question.id;
    this.sending = { question, choice };
    this.problem = undefined;
    if (!this.socket.connected) return; // sent on reconnect
    await this.send(question, choice);
  }

  /** Forgets the room on this phone (another person may use it). */
  leave(): void {
    if (this.room) {
      try {
        this.storage?.removeItem(identityKey(this.room));
      } catch {
        // See join().
      }
    }
    this.room = undefined;
    this.identity = undefined;
    this.sending = undefined;
    this.state = { phase: 'waiting' };
  }

  private async send(question: string, choice: string): Promise<void> {
    let reply: AnswerReply;
    try {
      reply = (await this.socket.timeout(ACK_MS).emitWithAck(LIVE_EVENTS.answer, { question, choice })) as AnswerReply;
    } catch {
      return; // No acknowledgement: kept in `sending`, sent again on reconnect.
    }
    // A later choice is on its way: its own reply settles it.
    if (this.sending?.question !== question || this.sending.choice !== choice) return;
    this.sending = undefined;
    if (!reply.ok) {
      this.problem = reply.reason;
      return;
    }
    this.chosen[question] = choice;
    if (this.state.phase === 'question' && this.state.question.id === question) {
      this.state = { ...this.state, chosen: choice };
    }
  }

  /** The room moved on: the same view for everyone, with this person's part added (their score asked for). */
  private async view(view: RoomView): Promise<void> {
    if (view.seq < this.seq || !this.identity) return;
    this.seq = view.seq;
    if (view.phase === 'waiting') return this.show({ phase: 'waiting' });
    if (view.phase !== 'score') {
      const chosen = Object.hasOwn(this.chosen, view.question.id) ? this.chosen[view.question.id] : undefined;
      const { seq: _seq, ...shown } = view;
      return this.show(chosen === undefined ? shown : { ...shown, chosen });
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      let reply: ScoreReply;
      try {
        reply = (await this.socket.timeout(ACK_MS).emitWithAck(LIVE_EVENTS.score, { after: view.seq })) as ScoreReply;
      } catch {
        continue;
      }
      // The deck moved on meanwhile: that view is shown instead.
      if (this.seq !== view.seq) return;
      if (reply.ok) return this.show(reply.state);
      if (reply.reason !== 'unavailable') return;
    }
  }

  private async resend(): Promise<void> {
    const { sending } = this;
    if (sending && this.state.phase === 'question' && this.state.question.id === sending.question) {
      await this.send(sending.question, sending.choice);
    } else {
      this.sending = undefined;
    }
  }

  private show(state: PhoneState): void {
    if ((state.phase === 'question' || state.phase === 'revealed') && state.chosen !== undefined) {
      this.chosen[state.question.id] = state.chosen;
    }
    this.state = state;
    // A choice still on its way stays shown as chosen until its reply.
    if (this.sending && (state.phase !== 'question' || state.question.id !== this.sending.question)) {
      this.sending = undefined;
    }
    if (this.problem === 'closed' || this.problem === 'unknown-choice') this.problem = undefined;
  }
}
