/**
 * The deck in live mode (`?live=<code>`): it follows the room's counts, and the presenter's page (the one that
 * holds the key) tells the room what the deck shows. A speaker-view preview, or a page without the key, only
 * watches. Loaded only in live mode, with socket.io-client: a deck shown without it ships no socket code.
 */
import { io } from 'socket.io-client';
import {
  LIVE_EVENTS,
  type PresentReply,
  type QuestionCounts,
  type Refusal,
  type RoomCounts,
  type ShowMessage,
  type RoomSocket,
} from '../../live/protocol.ts';
import { qrPicture, type QrPicture } from './qr.ts';

const ACK_MS = 5000;

export class LiveRoom {
  connection = $state<'connecting' | 'online' | 'offline'>('connecting');
  /** Why the server turned this page away (a stale key, a room that is no more). */
  problem = $state<Refusal>();
  /** Whether this page drives the room (it holds the key). */
  presenter = $state(false);
  counts = $state<RoomCounts>({ seq: -1, joined: 0, revealed: [] });
  /** The address phones open, as the server gives it. */
  joinUrl = $state('');
  readonly qr: QrPicture | undefined = $derived(this.joinUrl ? qrPicture(this.joinUrl) : undefined);
  /** What the deck shows, as last told (or to tell once connected). */
  private shown: ShowMessage | undefined;
  private sent: string | undefined;

  constructor(
    private readonly socket: RoomSocket,
    readonly code: string,
    private readonly key: string | undefined,
  ) {
    socket.on('connect', () => {
      this.connection = 'online';
      void this.present();
    });
    socket.on('disconnect', () => {
      this.connection = 'offline';
      this.sent = undefined;
    });
    socket.on('connect_error', () => (this.connection = 'offline'));
    socket.on(LIVE_EVENTS.counts, (counts: RoomCounts) => this.update(counts));
  }

  /** The counts of a question: live while it is shown, kept once revealed. */
  question(id: string): QuestionCounts | undefined {
    const { current, revealed } = this.counts;
    return current?.question === id ? current : revealed.find((question) => question.question === id);
  }

  /** The deck shows this now: the presenter's page tells the room (once per change, again after a reconnect). */
  show(view: ShowMessage): void {
    this.shown = view;
    void this.tell();
  }

  close(): void {
    this.socket.disconnect();
  }

  private async present(): Promise<void> {
    let reply: PresentReply;
    try {
      reply = (await this.socket
        .timeout(ACK_MS)
        .emitWithAck(LIVE_EVENTS.present, { room: this.code, ...(this.key ? { key: this.key } : {}) })) as PresentReply;
    } catch {
      return; // Reconnecting: present() runs again on the next connect.
    }
    if (!reply.ok) {
      this.problem = reply.reason;
      return;
    }
    this.problem = undefined;
    this.presenter = reply.presenter;
    this.joinUrl = reply.join;
    this.update(reply.counts);
    await this.tell();
  }

  private async tell(): Promise<void> {
    const view = this.shown;
    if (!view || !this.presenter || !this.socket.connected) return;
    const text = JSON.stringify(view);
    if (text === this.sent) return;
    this.sent = text;
    try {
      const reply = (await this.socket.timeout(ACK_MS).emitWithAck(LIVE_EVENTS.show, view)) as {
        ok: boolean;
        reason?: Refusal;
      };
      if (!reply.ok) {
        this.problem = reply.reason;
        if (this.sent === text) this.sent = undefined;
      }
    } catch {
      if (this.sent === text) this.sent = undefined; // told again on reconnect
    }
  }

  private update(counts: RoomCounts): void {
    // Counts from several instances may cross on the way: an older one never replaces a newer.
    if (counts.seq >= this.counts.seq) this.counts = counts;
  }
}

/** The deck's live room, connected to the page's own origin. */
export function connectLiveRoom(code: string, key: string | undefined): LiveRoom {
  return new LiveRoom(io({ transports: ['websocket', 'polling'], tryAllTransports: true }), code, key);
}
