/**
 * The live room on Redis, for several instances: the room's events are a Redis stream that every instance reads
 * in the same order (RedisLog), and socket.io's fan-out between instances goes through
 * @socket.io/redis-streams-adapter, which keeps connection state recovery working from one instance to another.
 * Redis keeps what it was sent in its append-only file; an event is acknowledged once Redis has it.
 */
import { createClient, type RedisClientType } from '@redis/client';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { RoomLog } from './host.ts';
import type { RoomEvent } from './room.ts';

type Client = RedisClientType;

export class RedisUnreachableError extends Error {}

/** The keys of one room: its events, and socket.io's own stream and sessions. */
export function redisKeys(room: string) {
  const prefix = `summit-recap:live:${room}`;
  return { events: `${prefix}:events`, socketStream: `${prefix}:socket.io`, sessions: `${prefix}:session:` };
}

/** How long a blocking read waits before it asks again (ms); short enough for close() to be prompt. */
const BLOCK_MS = 1000;
const READ_COUNT = 500;

/**
 * A client that connects now or says it cannot (one line, naming the URL), and afterwards reconnects by itself
 * whenever Redis goes away, saying so in the log.
 */
export async function connectRedis(url: string, log: (line: string) => void, role: string): Promise<Client> {
  let connected = false;
  let lost = false;
  const client = createClient({
    url,
    socket: {
      connectTimeout: 5000,
      reconnectStrategy: (retries, cause) =>
        connected
          ? Math.min(100 * 2 ** retries, 2000)
          : new RedisUnreachableError(`cannot reach Redis at ${url}: ${cause.message}`),
    },
  }) as Client;
  client.on('error', (error: Error) => {
    if (connected && !lost) {
      lost = true;
      log(`Redis (${role}): connection lost (${error.message}); reconnecting…`);
    }
  });
  client.on('ready', () => {
    if (lost) log(`Redis (${role}): connected again.`);
    lost = false;
  });
  try {
    await client.connect();
  } catch (error) {
    // The client hands back the strategy's error, or its own when the first attempt fails otherwise.
    const message = (error as Error).message;
    const problem = message.startsWith('cannot reach Redis') ? message : `cannot reach Redis at ${url}: ${message}`;
    throw new RedisUnreachableError(problem);
  }
  connected = true;
  return client;
}

/** Whether Redis keeps every write on disk before it answers; a line for the log when it does not. */
export async function durabilityWarning(client: Client): Promise<string | undefined> {
  let config: Record<string, string>;
  try {
    config = (await client.configGet(['appendonly', 'appendfsync'])) as Record<string, string>;
  } catch {
    return undefined; // CONFIG is disabled on some hosted Redis: their persistence is theirs to say.
  }
  if (config.appendonly !== 'yes') {
    return 'Redis keeps no append-only file (appendonly no): answers acknowledged since its last snapshot would be lost if it stopped.';
  }
  if (config.appendfsync !== 'always') {
    return `Redis writes its append-only file to disk every second (appendfsync ${config.appendfsync}): a crash of Redis itself could lose the last second of answers; appendfsync always loses none.`;
  }
  return undefined;
}

/** The socket.io adapter for a room, on its own client. */
export function redisAdapter(client: Client, room: string) {
  const keys = redisKeys(room);
  return createAdapter(client, { streamName: keys.socketStream, sessionKeyPrefix: keys.sessions });
}

export class RedisLog implements RoomLog {
  private lastId = '0-0';
  private following = false;
  private reading: Promise<void> | undefined;
  private readonly key: string;

  /** `writer` sends events; `reader` blocks on the stream (a blocked connection can send nothing else). */
  constructor(
    private readonly writer: Client,
    private readonly reader: Client,
    room: string,
  ) {
    this.key = redisKeys(room).events;
  }

  async read(): Promise<RoomEvent[]> {
    const entries = (await this.writer.xRange(this.key, '-', '+')) ?? [];
    const last = entries.at(-1);
    if (last) this.lastId = last.id;
    return entries.flatMap((entry) => parse(entry.message));
  }

  async write(events: readonly RoomEvent[]): Promise<void> {
    const batch = this.writer.multi();
    for (const event of events) batch.xAdd(this.key, '*', { event: JSON.stringify(event) });
    await batch.exec();
  }

  follow(onEvents: (events: readonly RoomEvent[]) => void): void {
    this.following = true;
    this.reading = (async () => {
      while (this.following) {
        let reply: Awaited<ReturnType<Client['xRead']>>;
        try {
          reply = await this.reader.xRead({ key: this.key, id: this.lastId }, { BLOCK: BLOCK_MS, COUNT: READ_COUNT });
        } catch {
          // Redis went away: the client reconnects by itself (and says so); read again from the same place.
          if (this.following) await new Promise((resolve) => setTimeout(resolve, 200));
          continue;
        }
        const streams = (reply ?? []) as {
          name: string;
          messages: { id: string; message: Record<string, string> }[];
        }[];
        const messages = streams.flatMap((stream) => stream.messages);
        if (messages.length === 0) continue;
        this.lastId = messages.at(-1)!.id;
        onEvents(messages.flatMap((entry) => parse(entry.message)));
      }
    })();
  }

  async close(): Promise<void> {
    this.following = false;
    await this.reading;
  }
}

function parse(message: Record<string, string>): RoomEvent[] {
  try {
    return [JSON.parse(message.event ?? '') as RoomEvent];
  } catch {
    return [];
  }
}
