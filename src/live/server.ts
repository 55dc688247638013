/**
 * The live room's server: one HTTP server that serves the built site (dist/, nothing outside it) and, on the
 * same origin, the room over socket.io. A thin adapter: it validates every message (protocol.ts), limits how
 * often a connection may speak, and hands events to the room's host, which keeps them in the log before they
 * count; it then tells each phone where the room is and the deck what the counts are.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { Server, type Socket } from 'socket.io';
import { z, type ZodType } from 'zod';
import type { RoomHost } from './host.ts';
import { AnswerMessage, JoinMessage, PresentMessage, ScoreMessage, ShowMessage } from './messages.ts';
import {
  LIMITS,
  LIVE_EVENTS,
  type AnswerReply,
  type CommandReply,
  type JoinReply,
  type PresentReply,
  type Refusal,
  type ScoreReply,
} from './protocol.ts';
import type { RoomEvent } from './room.ts';

export interface LiveServerOptions {
  host: RoomHost;
  /** The built site. */
  distDir: string;
  /** A release's name, for the phones' scores. */
  releaseName: (id: string) => string;
  /** The address phones open, given to the deck for its QR code. */
  joinUrl: () => string;
  /** The clock (milliseconds): an argument, so that tests can fix it. */
  now?: () => number;
  /** Called after a question is revealed and after a reset: the results changed. */
  onResults?: () => void;
  /** Extra socket.io server options (the Redis adapter, when scaled out). */
  socketOptions?: Partial<ConstructorParameters<typeof Server>[1]>;
}

export interface LiveServer {
  /** The address it listens on, e.g. http://127.0.0.1:8080/ */
  url: string;
  port: number;
  io: Server;
  http: HttpServer;
  /** The address phones open. */
  joinUrl: () => string;
  close(): Promise<void>;
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const newSecret = () => randomBytes(16).toString('base64url');

/** How often counts go to the deck at most, while answers arrive (ms). */
const COUNTS_EVERY = 50;
const PHONES = 'phones';
const WATCHERS = 'watchers';

/** Socket.io's room for one person's phones (a person may have several tabs). */
const personRoom = (participant: string) => `person:${participant}`;

interface SocketData {
  participant?: string;
  presenter?: boolean;
  watching?: boolean;
}

/** A token bucket per connection: a burst, then a steady rate; and a few join attempts a minute. */
class Limiter {
  private tokens: number = LIMITS.messageBurst;
  private last: number;
  private joins: number[] = [];

  constructor(private readonly now: () => number) {
    this.last = now();
  }

  message(): boolean {
    const now = this.now();
    this.tokens = Math.min(LIMITS.messageBurst, this.tokens + ((now - this.last) / 1000) * LIMITS.messagesPerSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  join(): boolean {
    const now = this.now();
    this.joins = this.joins.filter((at) => now - at < 60_000);
    if (this.joins.length >= LIMITS.joinsPerMinute) return false;
    this.joins.push(now);
    return true;
  }
}

export async function startLiveServer(
  options: LiveServerOptions,
  listen: { port: number; hostname?: string },
): Promise<LiveServer> {
  const { host } = options;
  const { room } = host;
  const now = options.now ?? Date.now;
  const files = sirv(options.distDir, { dev: false, etag: true, dotfiles: false, gzip: false, brotli: false });
  const http = createServer((request: IncomingMessage, response: ServerResponse) => {
    files(request, response, () => {
      response.writeHead(404).end('not found');
    });
  });
  const io = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: LIMITS.messageBytes,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: true },
    ...options.socketOptions,
  });

  const phoneState = (participant: string) => room.phoneState(participant, options.releaseName);
  let countsTimer: ReturnType<typeof setTimeout> | undefined;
  const tellWatchers = () => {
    countsTimer ??= setTimeout(() => {
      countsTimer = undefined;
      io.to(WATCHERS).emit(LIVE_EVENTS.counts, room.counts());
    }, COUNTS_EVERY);
  };

  // Every instance applies every event; the one that submitted it tells the room (through the adapter, every
  // instance's sockets), so that each message goes out once.
  host.onApplied((event, outcome, mine) => {
    if (!outcome.ok || !mine) return;
    if (event.type === 'answer' || event.type === 'join') tellWatchers();
    if (event.type === 'show' || event.type === 'reset') {
      io.to(WATCHERS).emit(LIVE_EVENTS.counts, room.counts());
      io.to(PHONES).emit(LIVE_EVENTS.view, room.view());
      if (event.type === 'reset' || (event.view.view === 'question' && event.view.revealed)) options.onResults?.();
    }
  });

  io.on('connection', (socket: Socket) => {
    const data = socket.data as SocketData;
    const limiter = new Limiter(now);
    /** One handler: rate-limited, validated, with an ack whatever happens. */
    const on = <T, R>(
      name: string,
      schema: ZodType<T>,
      handle: (message: T) => Promise<R | { ok: false; reason: Refusal }>,
    ) => {
      socket.on(name, async (raw: unknown, ack?: unknown) => {
        const reply = typeof ack === 'function' ? (ack as (value: unknown) => void) : () => {};
        if (!limiter.message()) return reply({ ok: false, reason: 'rate' });
        const parsed = schema.safeParse(raw);
        if (!parsed.success) return reply({ ok: false, reason: 'invalid' });
        try {
          reply(await handle(parsed.data));
        } catch {
          reply({ ok: false, reason: 'unavailable' });
        }
      });
    };
    const submit = (event: RoomEvent) => host.submit(event);

    on(LIVE_EVENTS.join, JoinMessage, async (message): Promise<JoinReply> => {
      if (!limiter.join()) return { ok: false, reason: 'rate' };
      if (message.room !== room.code) return { ok: false, reason: 'no-room' };
      const returning =
        message.participant && message.token && room.knows(message.participant, hashSecret(message.token))
          ? { participant: message.participant, token: message.token }
          : undefined;
      const { participant, token } = returning ?? { participant: randomUUID(), token: newSecret() };
      if (!returning || (message.nickname && message.nickname.length > 0)) {
        const outcome = await submit({
          type: 'join',
          at: now(),
          participant,
          tokenHash: hashSecret(token),
          ...(message.nickname ? { nickname: message.nickname } : {}),
        });
        if (!outcome.ok) return outcome;
      }
      data.participant = participant;
      await socket.join([PHONES, personRoom(participant)]);
      return { ok: true, participant, token, seq: room.seq, state: phoneState(participant) };
    });

    on(LIVE_EVENTS.answer, AnswerMessage, async (message): Promise<AnswerReply> => {
      const participant = data.participant;
      if (!participant) return { ok: false, reason: 'not-joined' };
      const outcome = await submit({ type: 'answer', at: now(), participant, ...message });
      if (!outcome.ok) return outcome;
      // The person's other tabs show the same choice.
      socket.to(personRoom(participant)).emit(LIVE_EVENTS.chosen, message);
      return { ok: true, ...message };
    });

    on(LIVE_EVENTS.score, ScoreMessage, async (message): Promise<ScoreReply> => {
      const participant = data.participant;
      if (!participant) return { ok: false, reason: 'not-joined' };
      // The view the phone saw may come from another instance: answer as of that view at least.
      if (!(await host.reached(message.after))) return { ok: false, reason: 'unavailable' };
      const state = phoneState(participant);
      return state.phase === 'score' ? { ok: true, state } : { ok: false, reason: 'closed' };
    });

    on(LIVE_EVENTS.present, PresentMessage, async (message): Promise<PresentReply> => {
      if (message.room !== room.code) return { ok: false, reason: 'no-room' };
      const presenter = message.key !== undefined;
      if (presenter && !room.hasKey(hashSecret(message.key!))) return { ok: false, reason: 'unauthorized' };
      data.presenter = presenter;
      await socket.join(WATCHERS);
      return { ok: true, presenter, counts: room.counts(), join: options.joinUrl() };
    });

    const presenterOnly = async (event: RoomEvent): Promise<CommandReply> => {
      if (!data.presenter) return { ok: false, reason: 'unauthorized' };
      const outcome = await submit(event);
      return outcome.ok ? { ok: true } : outcome;
    };
    on(LIVE_EVENTS.show, ShowMessage, (view) => presenterOnly({ type: 'show', at: now(), view }));
    on(LIVE_EVENTS.reset, z.unknown(), () => presenterOnly({ type: 'reset', at: now() }));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(listen.port, listen.hostname, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const { port } = http.address() as AddressInfo;
  const shown =
    !listen.hostname || listen.hostname === '0.0.0.0' || listen.hostname === '::' ? '127.0.0.1' : listen.hostname;
  return {
    url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`,
    port,
    io,
    http,
    joinUrl: options.joinUrl,
    close: async () => {
      clearTimeout(countsTimer);
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      http.closeAllConnections();
      await host.settled();
    },
  };
}
