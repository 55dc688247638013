/**
 * One instance of the live room: its room, rebuilt from the room's log (a journal file, or a Redis stream that
 * other instances share), a new presenter key, and the server. `npm run live` starts one; tests and the benchmark
 * start several on one Redis.
 */
import { randomInt } from 'node:crypto';
import { MemoryLog, RoomHost, type RoomLog } from './host.ts';
import { FileLog } from './journal.ts';
import { connectRedis, durabilityWarning, RedisLog, redisAdapter } from './redis.ts';
import { Room, type LiveQuestion } from './room.ts';
import { hashSecret, newSecret, startLiveServer, type LiveServer } from './server.ts';

export interface InstanceOptions {
  questions: readonly LiveQuestion[];
  /** The event's id, recorded with the room. */
  event: string;
  /** Where the room is kept: a journal file, Redis (shared by every instance given the same URL and room name), or memory. */
  store: { journal: string } | { redis: string; room: string } | { memory: true };
  maxParticipants: number;
  /** The built site; a function is called once the room's store answered (a build waits for Redis to be there). */
  distDir: string | (() => string);
  releaseName: (id: string) => string;
  listen: { port: number; hostname?: string };
  /** The address phones open, once the port is known. */
  joinUrl: (port: number, code: string) => string;
  /** After a question is revealed (or the room reset) by a presenter on this instance. */
  onResults?: () => void;
  log: (line: string) => void;
  now?: () => number;
}

export interface Instance {
  server: LiveServer;
  host: RoomHost;
  room: Room;
  /** This instance's presenter secret (every instance's works on every instance of a shared room). */
  key: string;
  /** Whether the room resumed from its log rather than opened. */
  resumed: boolean;
  stop(): Promise<void>;
}

export async function startInstance(options: InstanceOptions): Promise<Instance> {
  const now = options.now ?? Date.now;
  const { store, log } = options;
  const closers: (() => Promise<unknown>)[] = [];
  let roomLog: RoomLog;
  let socketOptions = {};
  let distDir: string;
  try {
    if ('redis' in store) {
      const writer = await connectRedis(store.redis, log, 'room');
      closers.push(() => writer.close());
      const reader = await connectRedis(store.redis, log, 'room reader');
      closers.push(() => reader.close());
      const fanOut = await connectRedis(store.redis, log, 'socket.io');
      closers.push(() => fanOut.close());
      const warning = await durabilityWarning(writer);
      if (warning) log(warning);
      roomLog = new RedisLog(writer, reader, store.room);
      socketOptions = { adapter: redisAdapter(fanOut, store.room) };
    } else {
      roomLog = 'journal' in store ? new FileLog(store.journal) : new MemoryLog();
    }
    distDir = typeof options.distDir === 'function' ? options.distDir() : options.distDir;
  } catch (error) {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    throw error;
  }

  const room = new Room(options.questions, { maxParticipants: options.maxParticipants });
  const host = new RoomHost(room, roomLog);
  const stopStores = async () => {
    await host.close();
    for (const close of closers.reverse()) await close().catch(() => undefined);
  };
  let server: LiveServer;
  let key: string;
  let resumed: boolean;
  try {
    await host.replay();
    resumed = room.opened;
    // The server keeps only the key's hash. A resumed room (or one another instance opened) gets one more key.
    key = newSecret();
    const keyHash = hashSecret(key);
    const opened = room.opened
      ? { ok: false }
      : await host.submit({
          type: 'open-room',
          at: now(),
          code: String(randomInt(0, 1_000_000)).padStart(6, '0'),
          event: options.event,
          keyHash,
        });
    if (!opened.ok) await host.submit({ type: 'key', at: now(), keyHash });
    server = await startLiveServer(
      {
        host,
        distDir,
        releaseName: options.releaseName,
        joinUrl: () => options.joinUrl(server.port, room.code),
        now,
        onResults: options.onResults,
        socketOptions,
      },
      options.listen,
    );
  } catch (error) {
    await stopStores();
    throw error;
  }
  let stopped: Promise<void> | undefined;
  return {
    server,
    host,
    room,
    key,
    resumed,
    stop: () =>
      (stopped ??= (async () => {
        await server.close();
        await stopStores();
      })()),
  };
}
